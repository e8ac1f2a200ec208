"""Poll feeds, fetch each new entry's page, code it, store it, say what was found.

One pass over a source (``Watcher.poll``):
  1. fetch the feed conditionally (ETag / Last-Modified; a local file: its mtime);
  2. for every entry whose link was never coded: fetch the page, extract it with the
     HTML ingest (trafilatura), falling back to the feed's own text when the page has
     none; code it, store it (one transaction), remember the link, log its events;
  3. only when every entry went through are the feed's validators saved, so an entry
     whose page failed is offered again by the next full fetch.
Any failure backs the source off exponentially (``Backoff``); success resets it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article
from ..errors import InputError
from ..ingest import MAX_DOCUMENT_BYTES, MAX_FEED_BYTES, article_from_html, decode_bytes, iter_feed
from ..ingest.html import declared_charset
from ..record import Event
from ..store import Store
from .backoff import Backoff
from .http import FetchError, Response, fetch
from .state import SourceState, WatchState

if TYPE_CHECKING:
    from ..pipeline import Pipeline

Log = Callable[[str], None]
Clock = Callable[[], dt.datetime]
DEFAULT_EVERY = dt.timedelta(minutes=10)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def event_line(event: Event, article: Article) -> str:
    """One log line per new event: what, when, where, who, and where it was read."""
    kind = event.sub_event_type or event.event_type or "?"
    place = event.location.name or event.location.country or "?"
    actor = event.actor1.name if event.actor1 else "?"
    return f"new event {event.event_id} {event.date.start or '?'} {kind} @ {place}: {actor} ({article.url or article.id})"


@dataclass(frozen=True, slots=True)
class PollResult:
    source: str
    articles: int = 0
    events: int = 0
    not_modified: bool = False
    error: str | None = None


class Watcher:
    """Watches ``sources`` (feed URLs or local feed files) and stores what they bring."""

    def __init__(
        self,
        sources: list[str],
        store: Store,
        pipeline: "Pipeline",
        *,
        every: dt.timedelta = DEFAULT_EVERY,
        backoff: Backoff = Backoff(),
        default_date: dt.date | None = None,
        log: Log = print,
        clock: Clock = utcnow,
    ) -> None:
        self.sources = list(dict.fromkeys(sources))
        self.store = store
        self.pipeline = pipeline
        self.every = every
        self.backoff = backoff
        self.default_date = default_date
        self.log = log
        self.clock = clock
        self.state = WatchState(store.engine)
        now = clock()
        # A source still backing off from an earlier run waits for its retry time.
        self.next_poll = {s: max(now, self.state.source(s).retry_at or now) for s in self.sources}

    # -- scheduling -------------------------------------------------------------------

    def poll_due(self) -> list[PollResult]:
        """Poll every source whose time has come; schedule its next poll."""
        results = []
        for source in self.sources:
            if self.next_poll[source] <= self.clock():
                results.append(self.poll(source))
        return results

    def run(self, *, once: bool = False, sleep: Callable[[float], None] = time.sleep) -> None:
        """Poll forever (``once``: a single pass over the sources that are due)."""
        while True:
            self.poll_due()
            if once:
                return
            wait = (min(self.next_poll.values()) - self.clock()).total_seconds()
            sleep(max(1.0, wait))

    # -- one source -------------------------------------------------------------------

    def poll(self, source: str) -> PollResult:
        state = self.state.source(source)
        try:
            result = self._poll(source, state)
        except (FetchError, InputError, OSError) as exc:
            state.failures += 1
            delay = self.backoff.delay(state.failures)
            state.retry_at = self.clock() + delay
            self.state.save_source(state)
            self.next_poll[source] = state.retry_at
            self.log(f"error {exc}; retry in {delay} (failure {state.failures} in a row)")
            return PollResult(source, error=str(exc))
        state.failures, state.retry_at = 0, None
        self.state.save_source(state)
        self.next_poll[source] = self.clock() + self.every
        return result

    def _poll(self, source: str, state: SourceState) -> PollResult:
        answer = self._read_feed(source, state)
        if answer.not_modified:
            return PollResult(source, not_modified=True)
        articles = events = 0
        for entry in iter_feed(answer.body, origin=source, default_date=self.default_date):
            if isinstance(entry, InputError):
                self.log(f"skipped {entry}")
                continue
            found = self._code_entry(entry)
            if found is not None:
                articles += 1
                events += found
        # Only now: an entry that failed above is offered again by the next full fetch.
        state.etag, state.last_modified = answer.etag, answer.last_modified
        return PollResult(source, articles=articles, events=events)

    def _read_feed(self, source: str, state: SourceState) -> Response:
        if is_url(source):
            return fetch(source, etag=state.etag, last_modified=state.last_modified, limit=MAX_FEED_BYTES)
        path = Path(source)
        stamp = str(path.stat().st_mtime_ns)  # a local file's validator is its mtime
        if stamp == state.last_modified:
            return Response(304, last_modified=stamp)
        with path.open("rb") as handle:
            body = handle.read(MAX_FEED_BYTES + 1)
        if len(body) > MAX_FEED_BYTES:
            raise InputError(f"feed larger than {MAX_FEED_BYTES} bytes", path=source)
        return Response(200, body, last_modified=stamp)

    def _code_entry(self, entry: Article) -> int | None:
        """Events stored for a new entry; None when its link was coded before."""
        link = entry.url or entry.id
        if self.state.seen(link):
            return None
        article = self._full_article(entry)
        events = self.pipeline.code_article(article)
        self.store.save(article, events)
        self.state.mark_seen(link, article.id, self.clock())
        for event in events:
            self.log(event_line(event, article))
        return len(events)

    def _full_article(self, entry: Article) -> Article:
        """The page's article text; the feed's own text when the page has none."""
        if not entry.url or not is_url(entry.url):
            return entry
        page = fetch(entry.url, limit=MAX_DOCUMENT_BYTES)
        html = decode_bytes(page.body, path=entry.url, declared=declared_charset(page.body))
        try:
            article = article_from_html(html, origin=entry.url, default_date=entry.date or self.default_date)
        except InputError as exc:
            self.log(f"{exc}; coding the feed's summary instead")
            return entry
        # The entry's id (a hash of its link) stays stable when the page is edited.
        return article.model_copy(
            update={"id": entry.id, "url": entry.url, "title": article.title or entry.title,
                    "source": entry.source or article.source}
        )
