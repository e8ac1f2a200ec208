"""What de-duplication's candidate query tested by scanning text, kept in indexed columns.

``store.clusters.SessionIndex.candidates`` keeps as candidates of a new record, whatever
their dates, the rows dated by a whole year, the rows whose evidence speaks of a toll,
and the rows whose evidence writes a year of the record's span. It tested those with
``extract`` and ``LIKE`` over every row of the table, so each ingested record read the
whole store (seconds per record at a million events). This revision stores the same
facts at write time (``store.convert.candidate_facts``: a span longer than a month, whole-year
date, toll, smallest and largest year written) with one index per arm of the query,
and backfills the rows already stored, in batches, on SQLite and PostgreSQL alike.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from warlog.record import Event
from warlog.store.convert import candidate_facts, told_texts

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 4

BATCH = 5000


def columns() -> list[sa.Column]:
    """The new columns (fresh objects each call: a Column belongs to one table)."""
    return [
        sa.Column("long_span", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("whole_year", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("counts_toll", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("recalls_from", sa.Integer),
        sa.Column("recalls_to", sa.Integer),
    ]


INDEXES: tuple[tuple[str, list[str]], ...] = (
    ("ix_events_long_span", ["long_span", "country_code"]),
    ("ix_events_whole_year", ["whole_year", "country_code"]),
    ("ix_events_counts_toll", ["counts_toll", "country_code"]),
    ("ix_events_code_recalls", ["country_code", "recalls_to", "recalls_from"]),
    ("ix_events_recalls", ["recalls_to", "recalls_from"]),
)
# What ADD COLUMN leaves in every row.
DEFAULTS = {"long_span": False, "whole_year": False, "counts_toll": False, "recalls_from": None, "recalls_to": None}
# The columns the backfill reads and writes, without the models (frozen here).
EVENTS = sa.table(
    "events",
    sa.column("event_id", sa.String),
    sa.column("evidence", sa.Text),
    sa.column("data", sa.JSON),
    sa.column("date_start", sa.Date),
    sa.column("date_end", sa.Date),
    *(sa.column(column.name, column.type) for column in columns()),
)


def backfill(bind: sa.Connection) -> None:
    """Compute the facts of every stored row, ``BATCH`` rows at a time in event id order;
    write only those that differ from the new columns' defaults (most rows: a short span,
    no toll, no year), so the upgrade does not rewrite the whole table."""
    read = sa.select(EVENTS.c.event_id, EVENTS.c.evidence, EVENTS.c.data, EVENTS.c.date_start, EVENTS.c.date_end)
    write = EVENTS.update().where(EVENTS.c.event_id == sa.bindparam("row_id"))  # SET: the facts' keys
    after = None
    while True:
        page = read if after is None else read.where(EVENTS.c.event_id > after)
        rows = bind.execute(page.order_by(EVENTS.c.event_id).limit(BATCH)).all()
        if not rows:
            return
        changed = [
            (eid, candidate_facts(text or "", start, end, told_texts(Event.from_json(data))))
            for eid, text, data, start, end in rows
        ]
        changed = [{"row_id": eid, **facts} for eid, facts in changed if facts != DEFAULTS]
        if changed:
            bind.execute(write, changed)
        after = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    # Unless present: a database made by a create_all that declared them is adopted too.
    present = {column["name"] for column in sa.inspect(bind).get_columns("events")}
    for column in columns():
        if column.name not in present:
            op.add_column("events", column)
    backfill(bind)
    for name, indexed in INDEXES:
        op.create_index(name, "events", indexed, if_not_exists=True)


def downgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, "events")
    for column in columns():
        op.drop_column("events", column.name)
