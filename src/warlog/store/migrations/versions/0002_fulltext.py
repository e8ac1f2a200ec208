"""Full-text search over evidence and article titles, and composite indexes for filtered listings.

SQLite: an FTS5 table ``event_search(evidence, title)`` whose rowid comes from
``event_search_ids`` (an INTEGER PRIMARY KEY per event id). The events table's own
rowid cannot be used: it is not an alias of its primary key, so VACUUM may renumber
it. Triggers keep the index in step with every insert, delete and edit of events
and with retitled articles. Builds without FTS5 get no table (search falls back to
substring matching, see ``warlog.store.search``).

PostgreSQL: a trigger-maintained ``events.search`` tsvector (evidence weighted A,
title B, English configuration) with a GIN index. A generated column cannot read
the article's title, hence triggers.

Both: composite indexes for filtered listings (``INDEXES``), so "country + type +
date range, oldest first" reads a narrow index range instead of a whole type or country.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 2

_SQLITE_SEARCH_ROW = """
    INSERT INTO event_search_ids(event_id) VALUES (new.event_id);
    INSERT INTO event_search(rowid, evidence, title) VALUES (
        (SELECT docid FROM event_search_ids WHERE event_id = new.event_id),
        new.evidence,
        (SELECT title FROM articles WHERE id = new.article_id));
"""
_SQLITE_DROP_ROW = """
    DELETE FROM event_search WHERE rowid = (SELECT docid FROM event_search_ids WHERE event_id = old.event_id);
    DELETE FROM event_search_ids WHERE event_id = old.event_id;
"""

SQLITE_DDL: tuple[str, ...] = (
    "CREATE TABLE event_search_ids (docid INTEGER PRIMARY KEY, event_id VARCHAR NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE event_search USING fts5(evidence, title, tokenize = 'porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN {_SQLITE_SEARCH_ROW} END",
    f"CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN {_SQLITE_DROP_ROW} END",
    "CREATE TRIGGER events_search_update AFTER UPDATE OF event_id, article_id, evidence ON events "
    f"BEGIN {_SQLITE_DROP_ROW} {_SQLITE_SEARCH_ROW} END",
    "CREATE TRIGGER articles_search_title AFTER UPDATE OF title ON articles "
    "WHEN new.title IS NOT old.title BEGIN "
    "UPDATE event_search SET title = new.title WHERE rowid IN ("
    "SELECT d.docid FROM event_search_ids d JOIN events e ON e.event_id = d.event_id WHERE e.article_id = new.id); "
    "END",
    # Backfill what revision 1 stored.
    "INSERT INTO event_search_ids(event_id) SELECT event_id FROM events",
    "INSERT INTO event_search(rowid, evidence, title) "
    "SELECT d.docid, e.evidence, a.title FROM event_search_ids d "
    "JOIN events e ON e.event_id = d.event_id LEFT JOIN articles a ON a.id = e.article_id",
)

POSTGRES_DDL: tuple[str, ...] = (
    "CREATE OR REPLACE FUNCTION warlog_search_vector(evidence text, title text) RETURNS tsvector "
    "LANGUAGE sql IMMUTABLE AS $$ SELECT "
    "setweight(to_tsvector('english'::regconfig, coalesce(evidence, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'B') $$",
    "ALTER TABLE events ADD COLUMN search tsvector",
    "CREATE OR REPLACE FUNCTION warlog_events_search() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.search := warlog_search_vector(NEW.evidence, (SELECT title FROM articles WHERE id = NEW.article_id)); "
    "RETURN NEW; END $$",
    "CREATE TRIGGER events_search BEFORE INSERT OR UPDATE OF article_id, evidence ON events "
    "FOR EACH ROW EXECUTE FUNCTION warlog_events_search()",
    "CREATE OR REPLACE FUNCTION warlog_articles_search() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "UPDATE events SET search = warlog_search_vector(evidence, NEW.title) WHERE article_id = NEW.id; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER articles_search AFTER UPDATE OF title ON articles FOR EACH ROW "
    "WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION warlog_articles_search()",
    "UPDATE events e SET search = warlog_search_vector(e.evidence, a.title) FROM articles a WHERE a.id = e.article_id",
    "UPDATE events SET search = warlog_search_vector(evidence, NULL) WHERE search IS NULL",
    "CREATE INDEX ix_events_search ON events USING gin (search)",
)


# Listings "in one type / country, by date" (the API's, models.LIST_INDEXES) and
# "type + country + date range" (warlog events): equality columns first, then the order.
INDEXES: tuple[tuple[str, list[str | sa.TextClause]], ...] = (
    ("ix_events_type_date", ["event_type", "date_start", "event_id"]),
    ("ix_events_code_date", ["country_code", "date_start", "event_id"]),
    ("ix_events_country_lower_date", [sa.text("lower(country)"), "date_start", "event_id"]),
    ("ix_events_type_code_date", ["event_type", "country_code", "date_start", "event_id"]),
    ("ix_events_type_country_date", ["event_type", sa.text("lower(country)"), "date_start", "event_id"]),
)


def sqlite_has_fts5(bind: sa.Connection) -> bool:
    """Whether this SQLite build compiles FTS5 (nearly all do; the fallback covers the rest)."""
    options = {row[0] for row in bind.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options


def upgrade() -> None:
    bind = op.get_bind()
    # IF NOT EXISTS: a database made by a create_all that already declared them is adopted too.
    for name, columns in INDEXES:
        op.create_index(name, "events", columns, if_not_exists=True)
    if bind.dialect.name == "sqlite":
        statements = SQLITE_DDL if sqlite_has_fts5(bind) else ()
    elif bind.dialect.name == "postgresql":
        statements = POSTGRES_DDL
    else:
        statements = ()
    for statement in statements:
        bind.exec_driver_sql(statement)
