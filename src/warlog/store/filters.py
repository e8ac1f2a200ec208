"""What ``warlog events`` (and later exports and reports) can ask the store for.

One frozen value object, turned into SQLAlchemy ``WHERE`` clauses in one place,
so every command filters the same way and every value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_
from sqlalchemy.orm import InstrumentedAttribute

from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from .models import EventRow


@dataclass(frozen=True, slots=True)
class EventFilter:
    """All criteria are optional and combine with AND; strings match case-insensitively.

    ``since``/``until`` keep events whose date span overlaps the range, so an event
    dated "October 2017" (month precision) is found by a query for 10-15 October.
    """

    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None  # name ("Iraq") or code ("IQ")
    since: date | None = None
    until: date | None = None
    actor: str | None = None  # substring of any actor's name or wording
    text: str | None = None  # substring of the evidence
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError("limit must be >= 0")

    def clauses(self) -> list[ColumnElement[bool]]:
        """The ``WHERE`` conditions for ``EventRow``."""
        out: list[ColumnElement[bool]] = []
        if self.event_type:
            out.append(EventRow.event_type == canonical(self.event_type, EVENT_TYPES))
        if self.sub_event_type:
            out.append(EventRow.sub_event_type == canonical(self.sub_event_type, SUB_EVENT_TYPES))
        if self.country:
            value = self.country.strip()
            out.append(
                or_(func.lower(EventRow.country) == value.lower(), EventRow.country_code == value.upper())
            )
        if self.since:
            # date_end is filled with date_start for single-day events (see convert.py).
            out.append(EventRow.date_end >= self.since)
        if self.until:
            out.append(EventRow.date_start <= self.until)
        if self.actor:
            out.append(_contains(EventRow.actors, self.actor))
        if self.text:
            out.append(_contains(EventRow.evidence, self.text))
        return out

    def where(self) -> ColumnElement[bool] | None:
        clauses = self.clauses()
        return and_(*clauses) if clauses else None


def canonical(value: str, vocabulary: Iterable[str]) -> str:
    """ACLED's spelling of ``value`` ("armed clash" -> "Armed clash"), else ``value`` as given.

    Matching exactly on the canonical spelling keeps the column indexes usable.
    """
    wanted = value.strip().casefold()
    return next((term for term in vocabulary if term.casefold() == wanted), value.strip())


def _contains(column: InstrumentedAttribute[str], needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring match; ``%`` and ``_`` in ``needle`` are literal."""
    return column.icontains(needle, autoescape=True)
