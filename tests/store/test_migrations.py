"""Schema migrations: new databases at head, older ones upgraded in place, newer ones refused."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import store_samples as samples
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import column as sa_column
from sqlalchemy import create_engine, inspect
from sqlalchemy import table as sa_table
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from warlog.errors import StoreError
from warlog.store import SCHEMA_VERSION, EventFilter, Store
from warlog.store import migrate
from warlog.store.convert import article_row, event_row
from warlog.store.engine import WRITE_OPTION
from warlog.store.models import Base, EventRow

NEW_INDEXES = tuple(name for name, _ in __import__("importlib").import_module("warlog.store.migrations.versions.0002_fulltext").INDEXES)
# Objects revision 0002 adds outside the models on purpose (see migrations/versions/0002_fulltext.py).
SEARCH_OBJECTS = {"event_search_ids", "event_search", "search", "ix_events_search"}


def ids(events) -> list[str]:
    return [event.event_id for event in events]


def state(url: str) -> tuple[int | None, str | None, set[str]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return migrate.current_state(conn)
    finally:
        engine.dispose()


def build_at(url: str, *stories, revision: str = "0001") -> None:
    """A database at ``revision`` holding the (article, events) ``stories``, written without
    today's Store: the event rows carry only the columns that revision's table has."""
    engine = create_engine(url)
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
            migrate.upgrade(conn, url, target=revision)
            with Session(conn) as session:
                session.add_all(article_row(article) for article, _ in stories)
                session.flush()
            present = {column["name"] for column in inspect(conn).get_columns("events")}
            columns = [column for column in EventRow.__table__.columns if column.name in present]
            old_events = sa_table("events", *(sa_column(column.name, column.type) for column in columns))
            rows = [event_row(event) for _, events in stories for event in events]
            conn.execute(old_events.insert(), [{c.name: getattr(row, c.key) for c in columns} for row in rows])
    finally:
        engine.dispose()


def test_head_constant_matches_the_scripts():
    scripts = ScriptDirectory.from_config(migrate.config())
    assert scripts.get_current_head() == migrate.HEAD
    assert migrate.schema_version_of(migrate.config(), "head") == SCHEMA_VERSION


def test_a_new_database_is_created_at_head(db_url):
    Store(db_url).close()
    version, revision, tables = state(db_url)
    assert (version, revision) == (SCHEMA_VERSION, migrate.HEAD)
    assert {"articles", "events", "clusters", "event_reviews", "review_log", "api_tokens"} <= tables


def test_revision_1_upgrades_in_place_keeping_data(db_url, seed):
    build_at(db_url, seed)
    assert state(db_url)[:2] == (1, "0001")
    article, events = seed
    with Store(db_url) as store:
        assert store.fulltext
        assert ids(store.events()) == ids(events)
        # Backfilled: evidence words and the article's title are searchable at once.
        assert ids(store.events(EventFilter(text="opened fire"))) == [events[2].event_id]
        assert len(list(store.events(EventFilter(text="jihadists surrender")))) == 3  # the title
    assert state(db_url)[:2] == (SCHEMA_VERSION, migrate.HEAD)


def test_a_pre_alembic_create_all_database_is_adopted(tmp_path, seed):
    """What Store's old ``create_all`` made: version row 1, no review tables, no stamp."""
    url = f"sqlite:///{tmp_path / 'legacy.db'}"
    engine = create_engine(url)
    legacy = [t for t in Base.metadata.sorted_tables if t.name not in {"event_reviews", "review_log", "api_tokens"}]
    with engine.begin() as conn:
        Base.metadata.create_all(conn, tables=legacy)
        for name in NEW_INDEXES:
            conn.execute(sql_text(f"DROP INDEX {name}"))
        conn.execute(sql_text("INSERT INTO schema_version (id, version, updated_at) VALUES (1, 1, '2025-01-01')"))
    engine.dispose()
    article, events = seed
    # Rows as the old Store wrote them.
    engine = create_engine(url)
    with Session(engine) as session, session.begin():
        session.add(article_row(article))
        session.flush()
        session.add_all(event_row(event) for event in events)
    engine.dispose()
    with Store(url) as store:
        assert store.count_events() == 3
        assert ids(store.events(EventFilter(text="Peshmerga"))) != []
    version, revision, tables = state(url)
    assert (version, revision) == (SCHEMA_VERSION, migrate.HEAD)
    assert {"event_reviews", "review_log", "event_search"} <= tables


def test_an_unrecognised_database_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(sql_text("CREATE TABLE articles (id TEXT PRIMARY KEY)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not a warlog database"):
        Store(url)


def test_an_unknown_revision_is_refused_as_newer(db_url):
    Store(db_url).close()
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sql_text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer warlog"):
        Store(db_url)


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_the_migrated_schema_matches_the_models(db_url):
    """A table or index added to the models without a revision fails here."""
    import warlog.api.tokens  # noqa: F401  (its table is on Base too)

    Store(db_url).close()
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": False})
            diffs = compare_metadata(context, migrate.target_metadata())
    finally:
        engine.dispose()
    relevant = [diff for diff in _flatten(diffs) if not _is_search_object(diff)]
    assert relevant == []


def _flatten(diffs):
    for diff in diffs:
        if isinstance(diff, list):
            yield from diff
        else:
            yield diff


def _is_search_object(diff) -> bool:
    for part in diff[1:]:
        name = getattr(part, "name", None)
        if name in SEARCH_OBJECTS or (isinstance(name, str) and name.startswith("event_search")):
            return True
    return diff[0] == "remove_column" and diff[3].name in SEARCH_OBJECTS


def test_two_processes_opening_a_new_file_at_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'race.db'}"
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Store(url).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert state(url)[:2] == (SCHEMA_VERSION, migrate.HEAD)


def test_search_index_has_no_stray_rows_after_replacing_events(tmp_path, seed):
    url = f"sqlite:///{tmp_path / 's.db'}"
    article, events = seed
    with Store(url) as store:
        store.save(article, events)
        store.save(article, events[:1])
        with store.engine.connect() as conn:
            assert conn.execute(sql_text("SELECT count(*) FROM event_search")).scalar() == 1
            assert conn.execute(sql_text("SELECT count(*) FROM event_search_ids")).scalar() == 1
        assert "event_search" in inspect(store.engine).get_table_names()


def test_a_pragma_refused_as_locked_is_tried_again():
    from warlog.store.engine import _execute_retrying

    class Refusing:
        """A cursor that answers ``error`` to the first ``refusals`` statements."""

        def __init__(self, error: str, refusals: int) -> None:
            self.error, self.refusals, self.calls = error, refusals, 0

        def execute(self, statement: str) -> None:
            self.calls += 1
            if self.calls <= self.refusals:
                raise sqlite3.OperationalError(self.error)

    locked = Refusing("database is locked", refusals=2)
    _execute_retrying(locked, "PRAGMA journal_mode=WAL", pause=0)
    assert locked.calls == 3
    broken = Refusing("no such table: x", refusals=5)
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        _execute_retrying(broken, "SELECT * FROM x", pause=0)
    assert broken.calls == 1  # other errors are not retried
