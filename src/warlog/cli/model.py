"""Commands: model (see module docstring in each command)."""

from __future__ import annotations

from .app import app  # noqa: F401
