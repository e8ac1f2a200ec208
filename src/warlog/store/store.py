"""The event store: articles and their events in any SQLAlchemy database.

Each ``save`` is one transaction per article that replaces the article's earlier
events, so re-ingesting is idempotent and an interrupted run keeps everything it
had committed. Database failures surface as ``StoreError``, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..article import Article
from ..errors import StoreError
from ..record import Event
from .convert import article_row, event_row, update_article_row
from .engine import WRITE_OPTION, describe, make_engine, parse_url
from .filters import EventFilter
from . import clusters as _clusters  # noqa: F401  (registers the cluster tables on Base)
from . import migrate, search
from .models import ArticleRow, EventRow

READ_BATCH = 500  # rows fetched per round trip while streaming events


class Store:
    """``Store(url)``; ``url`` None means ``$WARLOG_DB`` or the per-user SQLite file."""

    def __init__(self, url: str | None = None) -> None:
        self.url = parse_url(url)
        self.engine = make_engine(self.url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}))
        try:
            self._create_schema()
        except BaseException:
            self.engine.dispose()
            raise

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Store({describe(self.url)!r})"

    # -- writing -------------------------------------------------------------------

    def save(
        self, article: Article, events: list[Event], *, then: Callable[[Session], object] | None = None
    ) -> int:
        """Store ``article`` with exactly ``events`` (its earlier events are replaced).

        All or nothing: on any failure, including Ctrl-C, the article's previous
        state is kept. ``then`` runs inside the same transaction after the events
        are written (de-duplication clusters them there). Returns the number of
        events stored.
        """
        for ev in events:
            if ev.article_id != article.id:
                raise ValueError(f"event {ev.event_id} belongs to article {ev.article_id}, not {article.id}")
        _check_unique_ids(article.id, events)
        with self._translate(f"cannot save article {article.id}"), self._write.begin() as session:
            existing = session.get(ArticleRow, article.id)
            if existing is None:
                session.add(article_row(article))
            else:
                update_article_row(existing, article)
            session.execute(
                delete(EventRow).where(EventRow.article_id == article.id),
                execution_options={"synchronize_session": False},
            )
            session.add_all(event_row(ev) for ev in events)
            if then is not None:
                session.flush()
                then(session)
        return len(events)

    # -- reading -------------------------------------------------------------------

    def has_article(self, article_id: str, text_hash: str) -> bool:
        """True when this article was stored with this exact text (see ``text_hash``)."""
        stmt = select(ArticleRow.id).where(ArticleRow.id == article_id, ArticleRow.text_hash == text_hash)
        with self._translate("cannot read articles"), self._read() as session:
            return session.execute(stmt).first() is not None

    def events(self, filters: EventFilter | None = None) -> Iterator[Event]:
        """Matching events, oldest first (undated last), streamed in batches."""
        filters = filters or EventFilter()
        stmt = _filtered(select(EventRow.data), filters).order_by(
            EventRow.date_start.asc().nulls_last(), EventRow.event_id
        )
        if filters.limit is not None:
            stmt = stmt.limit(filters.limit)
        with self._translate("cannot read events"), self._read() as session:
            result = session.execute(stmt, execution_options={"yield_per": READ_BATCH})
            for data in result.scalars():
                yield Event.from_json(data)

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many events match ``filters`` (``limit`` ignored)."""
        stmt = _filtered(select(func.count()).select_from(EventRow), filters or EventFilter())
        with self._translate("cannot count events"), self._read() as session:
            return int(session.execute(stmt).scalar_one())

    def count_articles(self) -> int:
        stmt = select(func.count()).select_from(ArticleRow)
        with self._translate("cannot count articles"), self._read() as session:
            return int(session.execute(stmt).scalar_one())

    # -- internals -----------------------------------------------------------------

    def _create_schema(self) -> None:
        """Create a new database at the newest revision, or upgrade an older one in place.

        A database written by a newer warlog is refused (``StoreError``); see ``migrate``.
        """
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        with self._translate("cannot open the database"):
            self.fulltext = migrate.prepare(self.engine, writer, describe(self.url))
        search.enable(self.engine, self.fulltext)

    @contextmanager
    def _translate(self, action: str) -> Iterator[None]:
        """Database errors -> one-line ``StoreError`` naming the database (password hidden)."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(f"{action}: {_reason(exc)}", path=describe(self.url)) from exc


def _filtered(stmt: Select[Any], filters: EventFilter) -> Select[Any]:
    where = filters.where()
    return stmt if where is None else stmt.where(where)


def _check_unique_ids(article_id: str, events: list[Event]) -> None:
    seen: set[str] = set()
    for ev in events:
        if ev.event_id in seen:
            raise StoreError(f"article {article_id} has two events with id {ev.event_id}; nothing saved")
        seen.add(ev.event_id)


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's own first line ("unable to open database file"), not SQLAlchemy's dump."""
    source = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = str(source).strip().splitlines()
    return lines[0] if lines else type(source).__name__
