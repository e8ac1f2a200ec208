"""The FastAPI application: API routes, the page, security headers, one error shape.

``create_app`` is the one way to build it (``warlog serve``, tests, the bench), so
every instance gets the same middleware and handlers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.schema import CreateIndex
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from ..store import Store
from ..store.models import LIST_INDEXES
from ..store.review import ensure_tables
from .deps import AppState
from .errors import install_error_handlers
from .jobs import JobRunner
from .queries import AggregateCache
from .routes import ROUTERS
from .security import DEFAULT_MAX_BODY, SecurityMiddleware

if TYPE_CHECKING:
    from ..pipeline import Pipeline

STATIC = Path(__file__).with_name("static")

DESCRIPTION = """Explore, check and correct the events warlog coded.

Reading is open unless the server runs with `--no-open-read`; every write (review,
article submission) needs `Authorization: Bearer <token>` from `warlog token create NAME`.
Errors are always `{"error": {"code", "message"}}`. Event lists are paged with
`next_cursor` (keyset on date and id, stable while events are added)."""


def _version() -> str:
    try:
        return metadata.version("warlog")
    except metadata.PackageNotFoundError:
        return "0"


def ensure_list_indexes(store: Store) -> None:
    """Add the event-list indexes to a store created before they were declared.

    New stores get them from the models; an older file would otherwise keep paging
    filtered lists by sorting every match. Idempotent (IF NOT EXISTS), about a second once
    at 100,000 events; a read-only store simply goes without.
    """
    try:
        with store.engine.begin() as connection:
            for index in LIST_INDEXES:
                connection.execute(CreateIndex(index, if_not_exists=True))
    except SQLAlchemyError:
        pass


def create_app(
    store_url: str | None = None,
    *,
    open_read: bool = True,
    max_body: int = DEFAULT_MAX_BODY,
    pipeline_factory: Callable[[], "Pipeline"] | None = None,
) -> FastAPI:
    """An app on the store at ``store_url`` (None: ``$WARLOG_DB`` or the user's default).

    ``pipeline_factory`` builds the coding pipeline on the first submitted job
    (default: ``Pipeline`` sharing the app's gazetteer); tests pass a ready one.
    """
    store = Store(store_url)
    ensure_tables(store)
    ensure_list_indexes(store)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.jobs.close()
        state.cache.close()
        store.close()

    app = FastAPI(
        title="warlog",
        version=_version(),
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI loads from a CDN and runs inline script: neither fits our CSP
        redoc_url=None,
        lifespan=lifespan,
    )

    def default_pipeline() -> "Pipeline":
        from ..geo import Geoparser
        from ..pipeline import Pipeline

        return Pipeline(geoparser=Geoparser(state.gazetteer()))

    state = AppState(
        store=store,
        open_read=open_read,
        jobs=JobRunner(store, pipeline_factory or default_pipeline),
        cache=AggregateCache(store),
    )
    app.state.warlog = state
    install_error_handlers(app)
    app.add_middleware(SecurityMiddleware, max_body=max_body)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    return app
