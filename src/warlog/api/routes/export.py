"""Exports of the current filter in every ``warlog.exports`` format.

The file is written to a spooled temporary file first (memory up to a few MB, then
disk) and streamed from there, so a failure surfaces as a proper error response
instead of a truncated download.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from ...exports import FORMATS, is_binary, write_events
from ..deps import Reader, State
from ..queries import QueryError, iter_events
from .params import Filters

router = APIRouter(prefix="/api", tags=["export"])

MEDIA = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "csv": ("text/csv", "csv"),
    "acled": ("text/csv", "acled.csv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
SPOOL_BYTES = 4_000_000
CHUNK = 64 * 1024


def _chunks(spool: tempfile.SpooledTemporaryFile) -> Iterator[bytes]:  # type: ignore[type-arg]
    try:
        spool.seek(0)
        while chunk := spool.read(CHUNK):
            yield chunk
    finally:
        spool.close()


@router.get("/export")
def export(
    state: State,
    _: Reader,
    filters: Filters,
    fmt: Annotated[str, Query(alias="format", description=f"one of {', '.join(FORMATS)}")] = "jsonl",
) -> StreamingResponse:
    """Every event matching the filter (no page limit), oldest first, as a download."""
    chosen = fmt.strip().lower()
    if chosen not in MEDIA:
        raise QueryError(f"format {fmt!r}: choose one of {', '.join(FORMATS)}")
    media, extension = MEDIA[chosen]
    spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+b")
    try:
        if is_binary(chosen):
            write_events(iter_events(state.store, filters), chosen, spool)
        else:
            text = io.TextIOWrapper(spool, encoding="utf-8", newline="", write_through=True)
            write_events(iter_events(state.store, filters), chosen, text)
            text.flush()
            text.detach()
    except BaseException:
        spool.close()
        raise
    return StreamingResponse(
        _chunks(spool),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="warlog-events.{extension}"'},
    )
