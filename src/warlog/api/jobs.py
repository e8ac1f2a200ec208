"""Coding submitted articles in the background, one job at a time, with the one Pipeline.

Why one worker thread: spaCy models are not safe to share between threads and load
in seconds, so a single thread owns the single ``Pipeline`` (built on the first job,
with the app's gazetteer) and codes jobs in submission order. Job status is kept in
memory: a restarted server forgets it, but every coded article is already stored.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import queue
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ..article import Article
from ..errors import InputError, WarlogError
from ..ingest import article_from_html, article_from_text, decode_bytes, iter_feed, iter_jsonl, sniff_format
from ..ingest.jsonl import record_to_article
from ..store import Store, text_hash
from ..store.review import apply_reviews

if TYPE_CHECKING:
    from ..pipeline import Pipeline

log = logging.getLogger("warlog.api.jobs")

Format = Literal["text", "html", "jsonl", "json", "feed"]
ORIGIN = "api"
KEEP_JOBS = 500  # finished jobs remembered for status queries

CONTENT_TYPES: dict[str, Format] = {
    "text/plain": "text",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/jsonlines": "jsonl",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
}


def parse_submission(data: bytes, fmt: Format | None, default_date: dt.date | None) -> list[Article | InputError]:
    """Articles (or per-record errors) from a request body; ``fmt`` None means sniff it."""
    if not data.strip():
        return [InputError("empty body (no text)", path=ORIGIN)]
    chosen = fmt or sniff_format(data[:8192])
    try:
        if chosen == "jsonl":
            return list(iter_jsonl(io.BytesIO(data), origin=ORIGIN, default_date=default_date))
        if chosen == "feed":
            return list(iter_feed(data, origin=ORIGIN, default_date=default_date))
        if chosen == "json":
            return [_json_article(data, default_date)]
        text = decode_bytes(data, path=ORIGIN)
        if not text.strip():
            raise InputError("empty body (no text)", path=ORIGIN)
        if chosen == "html":
            return [article_from_html(text, origin=ORIGIN, default_date=default_date)]
        return [article_from_text(text, origin=ORIGIN, default_date=default_date)]
    except InputError as exc:
        return [exc]


def _json_article(data: bytes, default_date: dt.date | None) -> Article:
    """One JSON object: a JSON Lines record (``text``), or ``html`` with optional metadata."""
    try:
        record = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"invalid JSON ({exc})", path=ORIGIN) from None
    if isinstance(record, dict) and "html" in record and "text" not in record:
        if not isinstance(record["html"], str):
            raise InputError("'html' must be a string", path=ORIGIN)
        article = article_from_html(record["html"], origin=ORIGIN, default_date=default_date)
        meta = record_to_article({**record, "text": article.text}, where=ORIGIN, origin=ORIGIN, default_date=article.date)
        return article.model_copy(
            update={k: getattr(meta, k) for k in ("title", "url", "source", "date") if record.get(k)}
            | ({"id": meta.id} if record.get("id") is not None else {})
        )
    return record_to_article(record, where=ORIGIN, origin=ORIGIN, default_date=default_date)


@dataclass
class Job:
    id: str
    submitted_by: str
    force: bool
    status: Literal["queued", "running", "done", "failed"] = "queued"
    created_at: str = field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat())
    finished_at: str | None = None
    articles: list[dict[str, Any]] = field(default_factory=list)  # {id, title, events, skipped}
    errors: list[str] = field(default_factory=list)
    events: int = 0
    pending: list[Article] = field(default_factory=list, repr=False)

    def public(self) -> dict[str, Any]:
        out = asdict(self)
        out.pop("pending")
        out["queued_articles"] = len(self.pending)
        return out


class JobRunner:
    """A queue of jobs and the daemon thread that codes them."""

    def __init__(self, store: Store, pipeline_factory: Callable[[], "Pipeline"]) -> None:
        self.store = store
        self._factory = pipeline_factory
        self._pipeline: Pipeline | None = None
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._work, name="warlog-jobs", daemon=True)
        self._thread.start()

    def submit(self, items: Iterable[Article | InputError], *, who: str, force: bool = False) -> Job:
        job = Job(id=secrets.token_hex(8), submitted_by=who, force=force)
        for item in items:
            if isinstance(item, InputError):
                job.errors.append(str(item))
            else:
                job.pending.append(item)
        if not job.pending:
            job.status, job.finished_at = "failed", dt.datetime.now(dt.UTC).isoformat()
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
        if job.pending:
            self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def close(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    # -- worker -------------------------------------------------------------------------

    def _forget_old(self) -> None:
        finished = [jid for jid, job in self._jobs.items() if job.status in ("done", "failed")]
        for jid in finished[: max(0, len(self._jobs) - KEEP_JOBS)]:
            del self._jobs[jid]

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            job.status = "running"
            try:
                self._run(job)
                job.status = "done" if job.articles or not job.errors else "failed"
            except WarlogError as exc:  # store or model trouble: the job fails, the server lives on
                job.errors.append(str(exc))
                job.status = "failed"
            except Exception as exc:  # noqa: BLE001 - a bug must fail the job, not kill the worker
                log.exception("job %s crashed", job.id)
                job.errors.append(f"internal error: {exc.__class__.__name__}")
                job.status = "failed"
            job.finished_at = dt.datetime.now(dt.UTC).isoformat()

    def _run(self, job: Job) -> None:
        if self._pipeline is None:
            self._pipeline = self._factory()
        fresh: list[Article] = []
        for article in job.pending:
            if not job.force and self.store.has_article(article.id, text_hash(article.text)):
                job.articles.append({"id": article.id, "title": article.title, "events": None, "skipped": True})
            else:
                fresh.append(article)
        job.pending = fresh
        for article, events in self._pipeline.code(_drain(job)):
            self.store.save(article, events)
            apply_reviews(self.store, article.id)
            job.events += len(events)
            job.articles.append({"id": article.id, "title": article.title, "events": len(events), "skipped": False})


def _drain(job: Job) -> Iterator[Article]:
    """Hand articles to the pipeline, taking each off the job's pending list."""
    while job.pending:
        yield job.pending.pop(0)
