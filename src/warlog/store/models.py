"""The database schema: articles, their events, and the schema version.

An event row keeps the whole record as JSON (``data``, the one serialisation,
``Event.to_dict()``) and copies the fields people filter on into indexed columns,
so queries never parse JSON and the record can grow without a migration.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, false, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Bump with every schema change, together with a new revision in store/migrations/versions:
# Store no longer runs create_all, so a table or index declared here only exists once a
# revision creates it (tests/store/test_migrations.py compares the two).
SCHEMA_VERSION = 4  # = the newest migration's SCHEMA_VERSION (store/migrations/versions)

JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class SchemaVersion(Base):
    """One row: the schema version this database was created or last migrated to."""

    __tablename__ = "schema_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    events: Mapped[list[EventRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class EventRow(Base):
    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    article_id: Mapped[str] = mapped_column(
        String, ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)

    event_type: Mapped[str | None] = mapped_column(String, index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String, index=True)
    country: Mapped[str | None] = mapped_column(String)
    country_code: Mapped[str | None] = mapped_column(String, index=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    actor1: Mapped[str | None] = mapped_column(Text)
    actor2: Mapped[str | None] = mapped_column(Text)
    # Every actor name and article wording (actor1, actor2, associates), one per line,
    # so one substring match covers them all.
    actors: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    modality: Mapped[str] = mapped_column(String, index=True)
    confidence: Mapped[float] = mapped_column(Float)
    # What de-duplication's candidate query keeps whatever the dates (store.clusters), copied
    # out at write time so it reads an index instead of scanning every row's evidence
    # (revision 0004; the values come from store.convert.candidate_facts).
    long_span: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # convert.LONG_SPAN
    whole_year: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    counts_toll: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    recalls_from: Mapped[int | None] = mapped_column(Integer)  # smallest year (1000-9999) the evidence writes
    recalls_to: Mapped[int | None] = mapped_column(Integer)  # largest

    article: Mapped[ArticleRow] = relationship(back_populates="events")

    # Default ordering and date-range queries.
    __table_args__ = (Index("ix_events_date_start_event_id", "date_start", "event_id"),)


# Country names match case-insensitively; an expression index keeps that fast.
Index("ix_events_country_lower", func.lower(EventRow.country))

# Event lists filtered by type or country page by (date_start, event_id) inside that
# value (API, issue 7): without these SQLite sorted every matching event for each page.
LIST_INDEXES = (
    Index("ix_events_type_date", EventRow.event_type, EventRow.date_start, EventRow.event_id),
    Index("ix_events_code_date", EventRow.country_code, EventRow.date_start, EventRow.event_id),
    Index("ix_events_country_lower_date", func.lower(EventRow.country), EventRow.date_start, EventRow.event_id),
)

# "Country + type + date range, oldest first" (warlog events, the API's listings): one
# index per way a country matches, so the date range is read in order (revision 0002).
FILTER_INDEXES = (
    Index("ix_events_type_code_date", EventRow.event_type, EventRow.country_code, EventRow.date_start, EventRow.event_id),
    Index(
        "ix_events_type_country_date",
        EventRow.event_type, func.lower(EventRow.country), EventRow.date_start, EventRow.event_id,
    ),
)

# De-duplication's candidate query (store.clusters.SessionIndex): an index per arm of its
# OR, so each arm reads an index range instead of the whole table (revision 0004). A flag
# leads its index (a record of unknown country tests no country), then the country; the
# years written need the country first, else the country's own index looks cheaper to
# SQLite, and alone for a record of unknown country. Short date spans use
# ix_events_code_date (or ix_events_date_start_event_id).
CANDIDATE_INDEXES = (
    Index("ix_events_long_span", EventRow.long_span, EventRow.country_code),
    Index("ix_events_whole_year", EventRow.whole_year, EventRow.country_code),
    Index("ix_events_counts_toll", EventRow.counts_toll, EventRow.country_code),
    Index("ix_events_code_recalls", EventRow.country_code, EventRow.recalls_to, EventRow.recalls_from),
    Index("ix_events_recalls", EventRow.recalls_to, EventRow.recalls_from),
)
