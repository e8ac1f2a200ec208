"""One event as one row of an ACLED export: ACLED's columns, in ACLED's order.

Values we do not know are left empty rather than guessed (ACLED itself writes 0
fatalities for "none reported"; we cannot tell that from "not reported").
``event_id_cnty`` carries our event id: ACLED's own ids are theirs to assign.
"""

from __future__ import annotations

from typing import Any

from ..record import Actor, Event
from ..taxonomy import inter_code
from .flat import join_list

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)


def interaction_code(inter1: int | None, inter2: int | None, has_actor2: bool) -> int | None:
    """ACLED's two-digit interaction: lower inter code first (2 and 1 -> 12); alone -> inter1 * 10."""
    if inter1 is None:
        return None
    if not has_actor2:
        return inter1 * 10
    if inter2 is None:
        return None
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _year(iso: str | None) -> int | None:
    head = (iso or "")[:4]
    return int(head) if head.isdigit() else None


def _names(actors: list[Actor]) -> str | None:
    return join_list([actor.name for actor in actors])


def _sources(event: Event) -> str | None:
    """The event's outlets; failing those, its mentions' outlets (each once)."""
    outlets = event.sources or [m.source for m in event.mentions if m.source]
    return join_list(list(dict.fromkeys(outlets)))


def acled_row(event: Event) -> dict[str, Any]:
    """``{ACLED column: value}`` with None for unknown."""
    actor1, actor2 = event.actor1, event.actor2
    inter1 = inter_code(actor1.type) if actor1 else None
    inter2 = inter_code(actor2.type) if actor2 else None
    loc = event.location
    return {
        "event_id_cnty": event.event_id,
        "event_date": event.date.start,
        "year": _year(event.date.start),
        "time_precision": event.date.precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": actor1.name if actor1 else None,
        "assoc_actor_1": _names(event.assoc_actor_1),
        "inter1": inter1,
        "actor2": actor2.name if actor2 else None,
        "assoc_actor_2": _names(event.assoc_actor_2),
        "inter2": inter2,
        "interaction": interaction_code(inter1, inter2, actor2 is not None),
        "country": loc.country,
        "admin1": loc.admin1,
        "admin2": loc.admin2,
        "location": loc.name,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "geo_precision": loc.precision,
        "source": _sources(event),
        "notes": event.evidence.text,
        "fatalities": event.fatalities,
    }
