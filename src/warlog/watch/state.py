"""What the watcher remembers across restarts, kept in the event store's own database.

Two small tables beside the store's (same database, so one backup holds both and a
PostgreSQL store works too): per source the HTTP validators and the back-off state,
and every entry link already coded. They have their own metadata: the store's
schema (and its version number) is not the watcher's to change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Engine, Integer, MetaData, String, Table, Text, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..store.engine import WRITE_OPTION

metadata = MetaData()

sources_table = Table(
    "watch_sources",
    metadata,
    Column("source", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("retry_at", DateTime(timezone=True)),
)

seen_table = Table(
    "watch_seen",
    metadata,
    Column("link", Text, primary_key=True),
    Column("article_id", String, nullable=False),
    Column("seen_at", DateTime(timezone=True), nullable=False),
)


@dataclass(slots=True)
class SourceState:
    source: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_at: dt.datetime | None = None


class WatchState:
    """Read and write the watcher's tables; every write is its own short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(**{WRITE_OPTION: True})
        try:
            with self._writer.begin() as conn:
                metadata.create_all(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot create the watcher's tables: {exc}") from exc

    def source(self, source: str) -> SourceState:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources_table).where(sources_table.c.source == source)).first()
        if row is None:
            return SourceState(source)
        retry_at = row.retry_at
        if retry_at is not None and retry_at.tzinfo is None:  # SQLite drops the zone
            retry_at = retry_at.replace(tzinfo=dt.UTC)
        return SourceState(source, row.etag, row.last_modified, row.failures, retry_at)

    def save_source(self, state: SourceState) -> None:
        values = {
            "etag": state.etag,
            "last_modified": state.last_modified,
            "failures": state.failures,
            "retry_at": state.retry_at,
        }
        with self._writer.begin() as conn:
            done = conn.execute(update(sources_table).where(sources_table.c.source == state.source).values(**values))
            if not done.rowcount:
                conn.execute(insert(sources_table).values(source=state.source, **values))

    def seen(self, link: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(seen_table.c.link).where(seen_table.c.link == link)).first() is not None

    def mark_seen(self, link: str, article_id: str, when: dt.datetime) -> None:
        with self._writer.begin() as conn:
            if conn.execute(select(seen_table.c.link).where(seen_table.c.link == link)).first() is None:
                conn.execute(insert(seen_table).values(link=link, article_id=article_id, seen_at=when))
