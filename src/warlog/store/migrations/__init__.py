"""Alembic migrations of the warlog store, run programmatically by ``warlog.store.migrate``.

Shipped inside the package (no ``alembic.ini``): ``Store`` upgrades every database it
opens to the head revision, so users never run Alembic themselves. Developers who
add a revision can still use the Alembic CLI through ``warlog.store.migrate.config``.
"""
