"""Per-application state and the access rules every route depends on.

Reading may be open (the default) or need a token; writing always needs one, and the
token's name is what the audit log records as "who".
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from ..store import Store
from .errors import ApiError
from .queries import AggregateCache
from .tokens import verify_token

if TYPE_CHECKING:
    from ..geo import Gazetteer
    from .jobs import JobRunner


@dataclass
class AppState:
    store: Store
    open_read: bool
    jobs: "JobRunner"
    cache: AggregateCache
    _gazetteer: "Gazetteer | None" = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def gazetteer(self) -> "Gazetteer":
        """Loaded on first use (about a second from its cache), shared with the job pipeline."""
        with self._lock:
            if self._gazetteer is None:
                from ..geo import Gazetteer

                self._gazetteer = Gazetteer.load()
            return self._gazetteer


def app_state(request: Request) -> AppState:
    return request.app.state.warlog


State = Annotated[AppState, Depends(app_state)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _authenticate(request: Request, state: AppState) -> str:
    token = _bearer(request)
    if token is None:
        raise ApiError("this needs an API token: send 'Authorization: Bearer <token>' (warlog token create NAME)", status=401)
    name = verify_token(state.store, token)
    if name is None:
        raise ApiError("unknown or revoked API token", status=401)
    return name


def reader(request: Request, state: State) -> str | None:
    """Who is reading: None when reading is open to all."""
    return None if state.open_read else _authenticate(request, state)


def writer(request: Request, state: State) -> str:
    """Who is writing: the name of a valid token, always required."""
    return _authenticate(request, state)


Reader = Annotated[str | None, Depends(reader)]
Writer = Annotated[str, Depends(writer)]
