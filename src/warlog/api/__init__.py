"""The analyst's desk: an HTTP API and a web page to explore, check and correct events.

``create_app(store_url)`` builds the FastAPI application that ``warlog serve`` runs.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
