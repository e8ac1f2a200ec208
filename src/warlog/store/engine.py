"""Turning a database URL into a ready SQLAlchemy engine.

All back-end quirks live here so the rest of the store is plain, portable
SQLAlchemy: SQLite gets WAL (readers never block the writer), a busy timeout and
foreign keys, and write transactions that take the write lock up front
(``BEGIN IMMEDIATE``) so two concurrent ``ingest`` runs wait for each other
instead of failing with "database is locked".
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from ..errors import StoreError

ENV_VAR = "WARLOG_DB"
SQLITE_SUFFIXES = frozenset({".db", ".sqlite", ".sqlite3"})
BUSY_TIMEOUT_S = 30.0
# Fixed statements (PRAGMAs take no bound parameters); busy_timeout matches BUSY_TIMEOUT_S.
SQLITE_PRAGMAS: tuple[str, ...] = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=NORMAL",
)
# Execution option that marks a connection's transactions as writes (SQLite only).
WRITE_OPTION = "warlog_write"


def default_url() -> str:
    """``$WARLOG_DB``, else ``warlog.db`` in the user's data directory (created)."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    data_dir = Path(platformdirs.user_data_dir("warlog", appauthor=False))
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data directory: {exc.strerror}", path=str(data_dir)) from exc
    return f"sqlite:///{data_dir / 'warlog.db'}"


def parse_url(url: str | None) -> URL:
    """A SQLAlchemy URL; a bare ``*.db``/``*.sqlite`` path means that SQLite file.

    Only those suffixes: a mistyped URL must fail, not silently create a file.
    """
    raw = default_url() if url is None else url.strip()
    if not raw:
        raise StoreError("empty database URL")
    if "://" not in raw and Path(raw).suffix.lower() in SQLITE_SUFFIXES:
        raw = f"sqlite:///{Path(raw).expanduser().resolve()}"
    try:
        return make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(
            f"not a database URL: {raw!r} (expected e.g. sqlite:///events.db, "
            "postgresql://user@host/db, or a path ending in .db)"
        ) from exc


def describe(url: URL) -> str:
    """The URL for messages, password hidden."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL) -> Engine:
    """An engine for ``url``; driver problems become ``StoreError``."""
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as exc:
        raise StoreError(f"unknown database type in {describe(url)!r}") from exc
    except ImportError as exc:
        raise StoreError(
            f"the driver for {describe(url)!r} is not installed ({exc.name or exc}); "
            "for PostgreSQL: pip install 'psycopg[binary]'"
        ) from exc
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {describe(url)!r}: {exc}") from exc
    if url.get_backend_name() == "sqlite":
        _tune_sqlite(engine)
    return engine


def _execute_retrying(cursor: Any, statement: str, attempts: int = 60, pause: float = 0.25) -> None:
    """Switching a new file to WAL needs a moment alone with it, and SQLite may answer
    "database is locked" at once, without waiting for the busy timeout, while several
    processes open the same new file: wait and try again."""
    for attempt in range(attempts):
        try:
            cursor.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(pause)


def _tune_sqlite(engine: Engine) -> None:
    """Connection pragmas and explicit transaction control for SQLite."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from the sqlite3 module so "begin" below decides.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            for pragma in SQLITE_PRAGMAS:
                _execute_retrying(cursor, pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        write = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
