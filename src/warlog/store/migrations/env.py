"""Alembic environment: always online, on the connection ``warlog.store.migrate`` hands over.

The caller owns the transaction (SQLite's ``BEGIN IMMEDIATE`` or PostgreSQL's advisory
lock is already held), so every revision runs inside it and an upgrade is all or
nothing on both back ends.
"""

from __future__ import annotations

from alembic import context

from warlog.store.migrate import target_metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from a hand-run alembic CLI
    raise RuntimeError("warlog migrations run through warlog.store.migrate (Store opens them)")

context.configure(connection=connection, target_metadata=target_metadata(), render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
