"""The schema as ``Base.metadata.create_all`` made it before migrations existed (schema version 1).

Frozen DDL, not ``Base.metadata``: later model changes belong in later revisions.
Each table is created only when missing, so a database made by the old
``create_all`` (whose version row already says 1) is adopted as revision 1: tables
that older code created lazily (reviews, API tokens) are added, nothing is touched.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None
SCHEMA_VERSION = 1

JSONType = sa.JSON().with_variant(JSONB(), "postgresql")
Stamp = sa.DateTime(timezone=True)


def _missing(table: str) -> bool:
    return not sa.inspect(op.get_bind()).has_table(table)


def _create(table: str, *columns: sa.Column, indexes: tuple[tuple[str, list[str]], ...] = ()) -> bool:
    """Create ``table`` and its plain indexes unless it exists; True when created."""
    if not _missing(table):
        return False
    op.create_table(table, *columns)
    for name, cols in indexes:
        op.create_index(name, table, cols)
    return True


def upgrade() -> None:
    _create(
        "schema_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("updated_at", Stamp, nullable=False),
    )
    _create(
        "articles",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.Date),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("ingested_at", Stamp, nullable=False),
    )
    if _create(
        "events",
        sa.Column("event_id", sa.String, primary_key=True),
        sa.Column("article_id", sa.String, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("data", JSONType, nullable=False),
        sa.Column("event_type", sa.String),
        sa.Column("sub_event_type", sa.String),
        sa.Column("country", sa.String),
        sa.Column("country_code", sa.String),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("actors", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("modality", sa.String, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        indexes=(
            ("ix_events_article_id", ["article_id"]),
            ("ix_events_event_type", ["event_type"]),
            ("ix_events_sub_event_type", ["sub_event_type"]),
            ("ix_events_country_code", ["country_code"]),
            ("ix_events_date_end", ["date_end"]),
            ("ix_events_modality", ["modality"]),
            ("ix_events_date_start_event_id", ["date_start", "event_id"]),
        ),
    ):
        op.create_index("ix_events_country_lower", "events", [sa.text("lower(country)")])
    _create(
        "clusters",
        sa.Column("cluster_id", sa.String, primary_key=True),
        sa.Column("data", JSONType, nullable=False),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sub_event_type", sa.String),
        sa.Column("country_code", sa.String),
        sa.Column("date_start", sa.Date),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("updated_at", Stamp, nullable=False),
        indexes=(
            ("ix_clusters_corroboration", ["corroboration"]),
            ("ix_clusters_sub_event_type", ["sub_event_type"]),
            ("ix_clusters_country_code", ["country_code"]),
            ("ix_clusters_date_start", ["date_start"]),
        ),
    )
    _create(
        "cluster_members",
        sa.Column("event_id", sa.String, primary_key=True),
        sa.Column("cluster_id", sa.String, nullable=False),
        sa.Column("article_id", sa.String, nullable=False),
        indexes=(
            ("ix_cluster_members_cluster_id", ["cluster_id"]),
            ("ix_cluster_members_article_id", ["article_id"]),
        ),
    )
    _create(
        "cannot_links",
        sa.Column("event_a", sa.String, primary_key=True),
        sa.Column("event_b", sa.String, primary_key=True),
        sa.Column("created_at", Stamp, nullable=False),
    )
    _create(
        "event_reviews",
        sa.Column("event_id", sa.String, primary_key=True),
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("original", sa.JSON, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("reviewed_by", sa.String, nullable=False),
        sa.Column("reviewed_at", Stamp, nullable=False),
        indexes=(
            ("ix_event_reviews_article_id", ["article_id"]),
            ("ix_event_reviews_status", ["status"]),
        ),
    )
    if _create(
        "review_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("article_id", sa.String, nullable=False),
        sa.Column("who", sa.String, nullable=False),
        sa.Column("at", Stamp, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("field", sa.String),
        sa.Column("old", sa.JSON),
        sa.Column("new", sa.JSON),
        sa.Column("reason", sa.Text),
        indexes=(("ix_review_log_event_id", ["event_id"]),),
    ) and op.get_bind().dialect.name == "sqlite":
        # The append-only guarantee review.py attaches to create_all, repeated here.
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER review_log_no_{verb.lower()} BEFORE {verb} ON review_log "
                "BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END"
            )
    _create(
        "api_tokens",
        sa.Column("id", sa.String(12), primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("salt", sa.String(32), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("created_at", Stamp, nullable=False),
        sa.Column("revoked_at", Stamp),
        indexes=(("ix_api_tokens_name", ["name"]),),
    )
