"""Query parameters shared by every route that filters events (list, stats, map, export)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from ...store import EventFilter
from ...store.filters import canonical
from ...taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from ..queries import BBox, EventQuery, QueryError

Text = Annotated[str | None, Query(max_length=200)]


def _term(value: str | None, vocabulary: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    term = canonical(value, vocabulary)
    if term not in vocabulary:
        raise QueryError(f"{name} {value!r}: choose one of {', '.join(vocabulary)}")
    return term


def event_query(
    event_type: Annotated[str | None, Query(alias="type", max_length=100, description="ACLED event type")] = None,
    sub_type: Annotated[str | None, Query(max_length=100, description="ACLED sub-event type")] = None,
    country: Annotated[str | None, Query(max_length=100, description="country name or ISO code")] = None,
    since: Annotated[date | None, Query(description="events on or after (YYYY-MM-DD)")] = None,
    until: Annotated[date | None, Query(description="events on or before (YYYY-MM-DD)")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="text in any actor's name or wording")] = None,
    text: Annotated[str | None, Query(max_length=200, description="text in the evidence sentence")] = None,
    q: Annotated[str | None, Query(max_length=200, description="text in the evidence, an actor or the country")] = None,
    bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north in degrees")] = None,
) -> EventQuery:
    """The ``warlog events`` options, plus ``bbox`` and ``q``; empty values mean no filter."""
    if since and until and since > until:
        raise QueryError(f"since {since} is after until {until}")
    filters = EventFilter(
        event_type=_term(event_type, EVENT_TYPES, "type"),
        sub_event_type=_term(sub_type, tuple(SUB_EVENT_TYPES), "sub_type"),
        country=country or None,
        since=since,
        until=until,
        actor=actor or None,
        text=text or None,
    )
    return EventQuery(filters, BBox.parse(bbox) if bbox else None, q.strip() if q and q.strip() else None)


Filters = Annotated[EventQuery, Depends(event_query)]
