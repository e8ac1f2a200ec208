"""Bringing any database ``Store`` opens to the current schema, with Alembic.

Four cases, decided inside one write transaction (SQLite ``BEGIN IMMEDIATE``,
PostgreSQL advisory lock) so two processes opening the same new database never both
build it:

* empty database -> every revision, up to head;
* made by ``create_all`` before migrations (``schema_version`` says 1, no
  ``alembic_version``) -> revision 1 adopts it, later revisions upgrade it in place;
* at an older revision -> upgraded in place, data kept;
* written by a newer warlog (higher ``schema_version`` or an unknown revision) ->
  ``StoreError``: an old program must not guess at a newer schema.

A database already at head costs one small read, no Alembic import.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, inspect, select, text

from ..errors import StoreError
from .models import SCHEMA_VERSION, Base, SchemaVersion, utcnow

HEAD = "0004"  # the newest revision in migrations/versions (a test keeps them in step)
MIGRATIONS = Path(__file__).with_name("migrations")
ALEMBIC_TABLE = "alembic_version"
# Any 64-bit key, the same for every warlog: serialises concurrent PostgreSQL upgrades.
PG_LOCK_KEY = 0x5741524C4F47  # "WARLOG"
CORE_TABLES = ("articles", "events", "schema_version")


def target_metadata() -> MetaData:
    """Every table on ``Base`` (importing the modules that declare extra ones)."""
    from . import clusters, review  # noqa: F401  (register their tables)

    return Base.metadata


def config(connection: Connection | None = None):  # -> alembic.config.Config
    """An Alembic config for the packaged scripts; no ``alembic.ini`` needed."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def current_state(conn: Connection) -> tuple[int | None, str | None, set[str]]:
    """(schema_version, alembic revision, table names) of the database behind ``conn``."""
    tables = set(inspect(conn).get_table_names())
    version = None
    if "schema_version" in tables:
        version = conn.execute(select(SchemaVersion.version).where(SchemaVersion.id == 1)).scalar()
    revision = None
    if ALEMBIC_TABLE in tables:
        revision = conn.execute(text(f"SELECT version_num FROM {ALEMBIC_TABLE}")).scalar()
    return version, revision, tables


def prepare(engine: Engine, writer: Engine, where: str) -> bool:
    """Upgrade the database if needed; True when it has a full-text index.

    ``writer`` is ``engine`` with write transactions (SQLite takes its lock up front).
    At head this is one read and no lock: the common case when ``Store`` opens.
    """
    with engine.connect() as conn:
        version, revision, _ = current_state(conn)
        if revision == HEAD and version == SCHEMA_VERSION:
            return has_fulltext(conn)
    with writer.begin() as conn:
        upgrade(conn, where)
    with engine.connect() as conn:
        return has_fulltext(conn)


def upgrade(conn: Connection, where: str, target: str = "head") -> None:
    """Bring the database behind ``conn`` (in a write transaction) to ``target``."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
    version, revision, tables = current_state(conn)
    refuse_newer(version, revision, where)
    if revision is not None and not tables.intersection(CORE_TABLES):
        # A stamp without tables (someone dropped them): start again from nothing.
        conn.execute(text(f"DELETE FROM {ALEMBIC_TABLE}"))
        revision = None
    if revision is None and tables.intersection(CORE_TABLES):
        adoptable(version, tables, where)
    from alembic import command
    from alembic.util import CommandError

    cfg = config(conn)
    try:
        command.upgrade(cfg, target)
    except CommandError as exc:  # e.g. a damaged stamp: one line, like every store failure
        raise StoreError(f"cannot upgrade the database schema: {exc}", path=where) from exc
    record_version(conn, schema_version_of(cfg, target))


def refuse_newer(version: int | None, revision: str | None, where: str) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise StoreError(
            f"schema version {version} was written by a newer warlog (this one knows {SCHEMA_VERSION}); "
            "upgrade warlog",
            path=where,
        )
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            f"schema revision {revision!r} was written by a newer warlog (this one knows up to {HEAD}); "
            "upgrade warlog",
            path=where,
        )


def adoptable(version: int | None, tables: set[str], where: str) -> None:
    """A pre-Alembic database must look like what version 1's ``create_all`` made."""
    missing = [name for name in CORE_TABLES if name not in tables]
    if missing or version != 1:
        raise StoreError(
            "not a warlog database this version can upgrade "
            f"(missing tables: {', '.join(missing) or 'none'}; schema version {version})",
            path=where,
        )


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(config()).walk_revisions()}


def schema_version_of(cfg, target: str) -> int:
    """The ``SCHEMA_VERSION`` a revision script declares."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(cfg)
    revision = scripts.get_revision(scripts.get_current_head() if target == "head" else target)
    return int(revision.module.SCHEMA_VERSION)


def record_version(conn: Connection, version: int) -> None:
    """One row in ``schema_version``, for tools (and older warlogs) that read it."""
    table = SchemaVersion.__table__
    updated = conn.execute(table.update().where(table.c.id == 1).values(version=version, updated_at=utcnow()))
    if updated.rowcount == 0:
        conn.execute(table.insert().values(id=1, version=version, updated_at=utcnow()))


def has_fulltext(conn: Connection) -> bool:
    """Whether revision 2 built a full-text index here (FTS5 table or tsvector column)."""
    if conn.dialect.name == "sqlite":
        return inspect(conn).has_table("event_search")
    if conn.dialect.name == "postgresql":
        return any(column["name"] == "search" for column in inspect(conn).get_columns("events"))
    return False
