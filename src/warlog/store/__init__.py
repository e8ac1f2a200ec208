"""Where coded events live: SQLite by default, any SQLAlchemy URL (PostgreSQL) by choice.

>>> with Store("sqlite:///events.db") as store:            # doctest: +SKIP
...     store.save(article, events)
...     for event in store.events(EventFilter(country="Iraq")):
...         print(event.event_id)
"""

from __future__ import annotations

from .convert import text_hash
from .engine import ENV_VAR, default_url
from .filters import EventFilter
from .models import SCHEMA_VERSION
from .store import Store

__all__ = ["ENV_VAR", "SCHEMA_VERSION", "EventFilter", "Store", "default_url", "text_hash"]
