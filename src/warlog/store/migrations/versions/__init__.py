"""Revision scripts; ``__init__`` makes them package data that setuptools ships (Alembic skips it)."""
