"""One error shape for every failure: ``{"error": {"code": "W704", "message": "..."}}``.

Warlog's own errors keep their codes (``W401`` store, ``W411`` review, ...) and get an
HTTP status here; HTTP-level failures (unknown route, bad JSON, missing token) get
``W7xx`` codes whose last two digits follow the status (404 -> W704), so a client
handles one shape and can still search the code.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BadDateError, DataError, InputError, ModelError, StoreError, WarlogError
from ..exports import ExportError
from ..store.review import ReviewError, UnknownEventError
from .queries import QueryError
from .tokens import TokenError

log = logging.getLogger("warlog.api")


class ApiError(WarlogError):
    """An HTTP-level failure; ``status`` is the response status."""

    status = 400

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        self.code = http_code(self.status)


def http_code(status: int) -> str:
    return f"W7{status % 100:02d}"


# First match wins: subclasses before their bases.
STATUS: tuple[tuple[type[WarlogError], int], ...] = (
    (UnknownEventError, 404),
    (ReviewError, 422),
    (QueryError, 400),
    (TokenError, 401),
    (BadDateError, 400),
    (InputError, 400),
    (ExportError, 400),
    (StoreError, 503),
    (ModelError, 503),
    (DataError, 500),
)


def status_for(exc: WarlogError) -> int:
    if isinstance(exc, ApiError):
        return exc.status
    return next((status for kind, status in STATUS if isinstance(exc, kind)), 500)


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path"))
        parts.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(WarlogError)
    async def _warlog(_: Request, exc: WarlogError) -> JSONResponse:
        status = status_for(exc)
        if status >= 500:
            log.warning("%s", exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        # The message, not str(exc): paths in StoreError may name files; the code says what kind.
        return error_response(status, exc.code, exc.message, headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, http_code(exc.status_code), str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, http_code(422), _validation_message(exc))

    @app.exception_handler(Exception)
    async def _bug(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, http_code(500), "internal error; see the server log")
