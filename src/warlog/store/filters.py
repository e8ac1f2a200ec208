"""What ``warlog events`` (and later exports and reports) can ask the store for.

One frozen value object, turned into SQLAlchemy ``WHERE`` clauses in one place,
so every command filters the same way and every value is a bound parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from .models import ArticleRow, EventRow
from .search import FullTextMatch, search_terms


@dataclass(frozen=True, slots=True)
class EventFilter:
    """All criteria are optional and combine with AND; strings match case-insensitively.

    ``since``/``until`` keep events whose date span overlaps the range, so an event
    dated "October 2017" (month precision) is found by a query for 10-15 October.

    ``text`` is a full-text search (``warlog.store.search``): every word or "quoted
    phrase" must appear, as whole stemmed words, in the evidence or the article's
    title ("airstrikes" finds "airstrike"). Text without letters or digits ("%")
    falls back to a substring match on the evidence.

    ``ingested_since`` is about the store, not the event: it keeps events of articles
    stored (or re-coded, which replaces their events) strictly after that instant,
    for incremental pulls. A naive datetime is taken as UTC, the store's clock.
    """

    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None  # name ("Iraq") or code ("IQ")
    since: date | None = None
    until: date | None = None
    actor: str | None = None  # substring of any actor's name or wording
    text: str | None = None  # words/"phrases" in the evidence or the article title (full-text)
    ingested_since: datetime | None = None  # article stored after this instant
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.limit is not None and self.limit < 0:
            raise ValueError("limit must be >= 0")
        if self.ingested_since is not None:
            # Frozen: normalise through object.__setattr__, once, so clauses() stays pure.
            object.__setattr__(self, "ingested_since", as_utc(self.ingested_since))

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
            terms = search_terms(self.text)
            out.append(FullTextMatch(terms) if terms else _contains(EventRow.evidence, self.text))
        if self.ingested_since is not None:
            out.append(EventRow.article_id.in_(ingested_after(self.ingested_since)))
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


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime; naive means UTC already.

    The store writes ``ingested_at`` in UTC, and SQLite compares the stored text, so
    a bound value in another zone would compare wrongly; UTC makes both back ends agree.
    """
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def ingested_after(moment: datetime) -> Select[tuple[str]]:
    """Ids of the articles stored strictly after ``moment`` (a sub-query, so no join is needed)."""
    return select(ArticleRow.id).where(ArticleRow.ingested_at > as_utc(moment))


def _contains(column: InstrumentedAttribute[str], needle: str) -> ColumnElement[bool]:
    """Case-insensitive substring match; ``%`` and ``_`` in ``needle`` are literal."""
    return column.icontains(needle, autoescape=True)
