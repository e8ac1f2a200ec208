"""A cheap "has the store changed?" token, so cached answers are never stale.

Counting events and taking two maxima cost about 19 ms at 100,000 events on SQLite,
more than the page of events it would guard. SQLite keeps a counter for exactly this:
``PRAGMA data_version`` on a connection changes whenever any *other* connection (of
this process or another one, such as ``warlog ingest``) commits. One private,
read-only connection asks it in microseconds. Other back-ends (and in-memory SQLite,
which a second connection cannot see) fall back to the counting query.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from ..store import Store
from ..store.models import ArticleRow, EventRow


class DataVersion:
    """``current()`` returns a value that differs after every commit to the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._sqlite = _sqlite_watcher(store)
        self._current: Callable[[], Any] = self._pragma if self._sqlite is not None else self._counted

    def current(self) -> Any:
        return self._current()

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()

    def _pragma(self) -> Any:
        assert self._sqlite is not None
        with self._lock:
            return self._sqlite.execute("PRAGMA data_version").fetchone()[0]

    def _counted(self) -> Any:
        from ..store.review import ReviewLog

        with sessionmaker(self.store.engine)() as session:
            return (
                session.execute(select(func.count()).select_from(EventRow)).scalar(),
                session.execute(select(func.max(ArticleRow.ingested_at))).scalar(),
                session.execute(select(func.max(ReviewLog.id))).scalar(),
            )


def _sqlite_watcher(store: Store) -> sqlite3.Connection | None:
    """A read-only connection to the store's SQLite file, or None when there is no file."""
    url = store.engine.url
    path = url.database
    if url.get_backend_name() != "sqlite" or not path or path == ":memory:" or path.startswith("file:"):
        return None
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
