"""The API's routers, one module per resource."""

from __future__ import annotations

from . import articles, events, export, review

ROUTERS = (events.router, review.router, articles.router, export.router)
