"""The options that select stored events, shared by ``warlog export`` and ``warlog report``.

Declared once as annotated types so both commands accept the same filters with
the same help, and turned into an ``EventFilter`` in one place. The event-date
range is ``--from``/``--to`` here because ``export --since`` means "ingested
since" (incremental pulls), not an event date.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import typer

from ..errors import BadDateError
from ..store import EventFilter
from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from .query import DB_HELP, parse_day
from .query import vocabulary_term  # one spelling check for every command

DbOption = Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)]
TypeOption = Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. Battles.")]
SubTypeOption = Annotated[str | None, typer.Option("--sub-type", help="ACLED sub-event type, e.g. 'Armed clash'.")]
CountryOption = Annotated[str | None, typer.Option("--country", help="Country name or ISO code.")]
FromOption = Annotated[str | None, typer.Option("--from", help="Events dated on or after YYYY-MM-DD.")]
ToOption = Annotated[str | None, typer.Option("--to", help="Events dated on or before YYYY-MM-DD.")]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Text in any actor's name.")]
TextOption = Annotated[str | None, typer.Option("--text", help="Text in the evidence sentence.")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many events.")]


def date_range(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    """``--from``/``--to`` as dates; a ``BadDateError`` for a bad or reversed range."""
    first, last = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    if first and last and first > last:
        raise BadDateError(f"--from {first} is after --to {last}")
    return first, last


def event_filter(
    *,
    event_type: str | None = None,
    sub_type: str | None = None,
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    actor: str | None = None,
    text: str | None = None,
    limit: int | None = None,
    ingested_since: datetime | None = None,
) -> EventFilter:
    """The ``EventFilter`` the shared options describe (values checked, vocabularies canonical)."""
    first, last = date_range(date_from, date_to)
    return EventFilter(
        event_type=vocabulary_term(event_type, EVENT_TYPES, "--type"),
        sub_event_type=vocabulary_term(sub_type, tuple(SUB_EVENT_TYPES), "--sub-type"),
        country=country,
        since=first,
        until=last,
        actor=actor,
        text=text,
        ingested_since=ingested_since,
        limit=limit,
    )


def describe_filter(filters: EventFilter) -> list[str]:
    """The active criteria in words ("country: Iraq"), for headers and logs."""
    labels = {
        "event_type": "type",
        "sub_event_type": "sub-type",
        "country": "country",
        "since": "from",
        "until": "to",
        "actor": "actor",
        "text": "evidence contains",
        "ingested_since": "ingested after",
        "limit": "at most",
    }
    return [
        f"{label}: {_shown(value)}" for name, label in labels.items() if (value := getattr(filters, name)) is not None
    ]


def _shown(value: object) -> str:
    """Dates and datetimes in ISO form, anything else as ``str``."""
    return value.isoformat() if isinstance(value, date) else str(value)
