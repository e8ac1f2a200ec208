"""Reviewers' merges: pairs of events that are one happening, whatever their scores.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None
SCHEMA_VERSION = 3


def upgrade() -> None:
    op.create_table(
        "must_links",
        sa.Column("event_a", sa.String(), primary_key=True),
        sa.Column("event_b", sa.String(), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_table("must_links")
