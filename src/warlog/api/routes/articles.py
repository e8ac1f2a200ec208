"""Submitting articles for coding (a background job) and following the job."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from ...errors import InputError
from ...ingest import format_for_path
from ..deps import Reader, State, Writer
from ..errors import ApiError
from ..jobs import CONTENT_TYPES, Format, parse_submission

router = APIRouter(prefix="/api", tags=["articles"])

FORMAT_NAMES = ("text", "html", "jsonl", "json", "feed")


async def _body(request: Request) -> tuple[bytes, Format | None]:
    """The submitted bytes and their format: from the upload's file name, the content type, or sniffed."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "multipart/form-data":
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise ApiError("multipart upload needs a 'file' field", status=400)
        data = await upload.read()
        named = format_for_path(upload.filename or "")
        return data, ("text" if named == "text" else named)
    return await request.body(), CONTENT_TYPES.get(media)


@router.post(
    "/articles",
    status_code=202,
    openapi_extra={
        "requestBody": {
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
                "application/x-ndjson": {"schema": {"type": "string"}},
                "application/json": {"schema": {"type": "object", "properties": {
                    "text": {"type": "string"}, "html": {"type": "string"}, "id": {"type": "string"},
                    "title": {"type": "string"}, "date": {"type": "string"}, "url": {"type": "string"},
                    "source": {"type": "string"}}}},
                "multipart/form-data": {"schema": {"type": "object", "properties": {
                    "file": {"type": "string", "format": "binary"}}}},
            }
        }
    },
)
async def submit_articles(
    request: Request,
    state: State,
    who: Writer,
    day: Annotated[date | None, Query(alias="date", description="publication date for articles without one")] = None,
    fmt: Annotated[str | None, Query(alias="format", description=f"one of {', '.join(FORMAT_NAMES)}; default from the content type")] = None,
    force: Annotated[bool, Query(description="re-code articles already stored unchanged")] = False,
) -> JSONResponse:
    """Queue plain text, HTML, one JSON record or JSON Lines for coding; returns the job to poll."""
    if fmt is not None and fmt not in FORMAT_NAMES:
        raise ApiError(f"format {fmt!r}: choose one of {', '.join(FORMAT_NAMES)}", status=400)
    data, implied = await _body(request)
    items = await run_in_threadpool(parse_submission, data, fmt or implied, day)  # type: ignore[arg-type]
    job = state.jobs.submit(items, who=who, force=force)
    status = 202 if job.status != "failed" else 400
    body = {"job": job.public(), "status_url": f"/api/jobs/{job.id}"}
    if status == 400:
        message = "; ".join(job.errors[:5]) or "no article in the request"
        body = {"error": {"code": InputError.code, "message": message}, **body}
    return JSONResponse(body, status_code=status)


@router.get("/jobs/{job_id}")
def get_job(job_id: str, state: State, _: Reader) -> dict[str, Any]:
    """A submission's progress: queued, running, done or failed, with per-article counts and errors."""
    job = state.jobs.get(job_id)
    if job is None:
        raise ApiError(f"no job {job_id!r} (jobs are forgotten when the server restarts)", status=404)
    return {"job": job.public()}
