"""Live feeds: ``warlog watch`` polls RSS/Atom feeds and codes new articles as they appear."""

from __future__ import annotations

from .backoff import Backoff
from .http import FetchError, Response, fetch
from .interval import parse_interval
from .state import WatchState
from .watcher import PollResult, Watcher

__all__ = ["Backoff", "FetchError", "PollResult", "Response", "WatchState", "Watcher", "fetch", "parse_interval"]
