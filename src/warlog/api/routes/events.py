"""Reading events: pages, one event with its mentions and articles, aggregates, map cells."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...exports import FORMATS
from ...record import Event
from ...store.review import UnknownEventError, review_log, review_state, review_statuses
from ...taxonomy import ACTOR_TYPES, EVENT_TYPES, MODALITIES, SUB_EVENT_TYPES
from .. import queries
from ..deps import AppState, Reader, State
from ..errors import ApiError
from .params import Filters

router = APIRouter(prefix="/api", tags=["events"])

MAX_PAGE = 500  # hard limit: a bigger page is a bulk export, and /api/export does that


@router.get("/meta")
def meta(state: State, _: Reader) -> dict[str, Any]:
    """Vocabularies for filters and review forms, and the access mode."""
    return {
        "event_types": list(EVENT_TYPES),
        "sub_event_types": SUB_EVENT_TYPES,
        "actor_types": list(ACTOR_TYPES),
        "modalities": list(MODALITIES),
        "export_formats": list(FORMATS),
        "open_read": state.open_read,
        "max_page": MAX_PAGE,
    }


@router.get("/events", response_class=Response, responses={200: {"content": {"application/json": {}}}})
def list_events(
    state: State,
    _: Reader,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    cursor: Annotated[str | None, Query(max_length=400, description="next_cursor of the previous page")] = None,
    order: Literal["desc", "asc"] = "desc",
) -> Response:
    """Matching events, newest first (``order=asc``: oldest first), ``limit`` at a time.

    Answers ``{"events", "reviews", "next_cursor", "limit"}``. Follow ``next_cursor`` for
    the next page; it stays valid while events are added.
    """
    after = queries.Cursor.decode(cursor) if cursor else None
    body = state.cache.get(
        ("events", filters, limit, after, order), lambda: events_body(state, filters, limit, after, order)
    )
    return Response(body, media_type="application/json")


def events_body(state: AppState, filters: queries.EventQuery, limit: int, after: queries.Cursor | None,
                order: Literal["desc", "asc"]) -> bytes:
    """The list response as bytes, the stored records spliced in verbatim.

    Parsing each record's JSON and encoding it again was most of a request's cost;
    the store only holds records it has validated, so the text is valid JSON as is.
    """
    result = queries.raw_page(state.store, filters, limit=limit, cursor=after, order=order)
    events = ",".join(result.records).encode("utf-8")
    return b"".join((
        b'{"events":[', events, b'],"reviews":', orjson.dumps(review_statuses(state.store, result.ids)),
        b',"next_cursor":', orjson.dumps(result.next_cursor), b',"limit":', str(limit).encode("ascii"), b"}",
    ))


@router.get("/events/{event_id}")
def get_event(event_id: str, state: State, _: Reader) -> dict[str, Any]:
    """One event (a rejected one too), its review, its mentions with their articles, the
    happening (cluster) it belongs to, its audit log."""
    review = review_state(state.store, event_id)
    data = queries.event_data(state.store, event_id)
    if data is None:
        if review is None:
            raise UnknownEventError(f"no event with id {event_id!r}")
        data = review["record"]
    event = Event.from_json(data)
    article_ids = list(dict.fromkeys([event.article_id, *(m.article_id for m in event.mentions)]))
    if review is not None:
        review = {key: value for key, value in review.items() if key != "record"}
    return {
        "event": event.to_dict(),
        "review": review,
        "mentions": [m.model_dump(mode="json") for m in event.mentions],
        "articles": queries.articles(state.store, article_ids),
        "cluster": queries.cluster(state.store, event_id),
        "log": [asdict(entry) for entry in review_log(state.store, event_id)],
    }


@router.get("/articles/{article_id}")
def get_article(article_id: str, state: State, _: Reader) -> dict[str, Any]:
    """One stored article with its text and the events coded from it."""
    found = queries.articles(state.store, [article_id])
    if not found:
        raise ApiError(f"no article with id {article_id!r}", status=404)
    return {"article": found[0], "events": queries.article_events(state.store, article_id)}


@router.get("/stats")
def get_stats(state: State, _: Reader, filters: Filters) -> dict[str, Any]:
    """Counts of the matching events by ISO week and type, by type, by country and by actor."""
    return state.cache.get(("stats", filters), lambda: queries.stats(state.store, filters))


@router.get("/map")
def get_map(
    state: State,
    _: Reader,
    filters: Filters,
    cell: Annotated[float, Query(ge=0.05, le=30.0, description="grid cell size in degrees")] = 1.0,
) -> dict[str, Any]:
    """Placed events binned on a grid of ``cell`` degrees, with counts by type."""
    cells = state.cache.get(("map", filters, cell), lambda: queries.map_cells(state.store, filters, cell_degrees=cell))
    return {"cell": cell, "cells": cells}
