"""Coding articles in N processes with one ordered stream of results.

The parent reads articles, cuts them into chunks and keeps at most ``window`` chunks
in flight; results are yielded in input order, so a single writer (the caller) stores
them and the store sees the same sequence as with one process. ``Pool.imap`` is not
used because its feeder thread drains the whole input at once: memory would grow
with the input instead of staying bounded by ``window * chunk_size`` articles.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from types import TracebackType
from typing import Protocol

from ..article import Article
from ..errors import WarlogError
from ..nlp import BATCH_SIZE
from ..record import Event
from .memory import megabytes, peak_rss_bytes
from .worker import ChunkResult, code_chunk, init_worker, process_pipeline, ready

# spawn (or forkserver) rather than fork: the parent holds an open database, a rich
# live display and maybe threads; a forked copy of those is a known source of hangs.
DEFAULT_START_METHOD = "spawn"


class WorkerError(WarlogError):
    """A coding process died (killed for memory, crashed) and the run cannot go on."""

    code = "W701"


def default_workers() -> int:
    """CPUs this process may run on (the affinity mask, which containers narrow)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class Coder(Protocol):
    """What ``warlog ingest`` needs: ordered (article, events) and a memory line."""

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]: ...

    def memory_summary(self) -> str: ...

    def close(self) -> None: ...


class InProcessCoder:
    """``--workers 1``: today's path, the Pipeline in this process."""

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Loads the models only when an article needs coding: a re-run over unchanged
        articles (all skipped by content hash) then costs no model loading at all."""
        iterator = iter(articles)
        first = next(iterator, None)
        if first is None:
            return iter(())
        return process_pipeline().code(chain([first], iterator))

    def memory_summary(self) -> str:
        return f"peak memory {megabytes(peak_rss_bytes())} (1 process)"

    def close(self) -> None:
        """Nothing to release: the Pipeline is cached for the process."""

    def __enter__(self) -> InProcessCoder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class ParallelCoder:
    """N worker processes, each with its own Pipeline; results in input order."""

    def __init__(
        self,
        workers: int,
        *,
        chunk_size: int = BATCH_SIZE,
        window: int | None = None,
        start_method: str = DEFAULT_START_METHOD,
    ) -> None:
        if workers < 1 or chunk_size < 1:
            raise ValueError("workers and chunk_size must be >= 1")
        self.workers = workers
        self.chunk_size = chunk_size
        # Two chunks queued per worker keep every worker busy while the head chunk,
        # which the ordered output waits for, is still being coded.
        self.window = window or 3 * workers
        self.peak_rss: dict[int, int] = {}
        self.cpu_seconds: dict[int, float] = {}  # per worker, as of its latest chunk
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(start_method),
            initializer=init_worker,
        )

    def warm_up(self, pause: float = 0.2, attempts: int = 50) -> None:
        """Return once every worker has started and loaded its models.

        Workers start on demand; a benchmark that wants steady-state figures (not
        start-up) calls this first. Each round sends one short task per worker until
        every process has answered.
        """
        for _ in range(attempts):
            futures = [self._executor.submit(ready, pause) for _ in range(self.workers)]
            for future in futures:
                pid, cpu = future.result()
                self.cpu_seconds[pid] = max(cpu, self.cpu_seconds.get(pid, 0.0))
            if len(self.cpu_seconds) >= self.workers:
                return

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Chunks go to the workers; an input that fits in one chunk is coded here, since
        starting a worker (a new interpreter loading the models) would cost more than it saves."""
        iterator = iter(articles)
        head = list(islice(iterator, self.chunk_size + 1))
        if len(head) <= self.chunk_size:
            yield from InProcessCoder().code(head)
            return
        pending: deque[tuple[list[Article], Future[ChunkResult]]] = deque()
        for chunk in chunks(chain(head, iterator), self.chunk_size):
            pending.append((chunk, self._submit(chunk)))
            if len(pending) >= self.window:
                yield from self._collect(*pending.popleft())
        while pending:
            yield from self._collect(*pending.popleft())

    def _submit(self, chunk: list[Article]) -> Future[ChunkResult]:
        try:
            return self._executor.submit(code_chunk, chunk)
        except BrokenProcessPool as exc:
            raise WorkerError(f"a coding process died: {exc}") from exc

    def _collect(self, chunk: list[Article], future: Future[ChunkResult]) -> Iterator[tuple[Article, list[Event]]]:
        try:
            result = future.result()
        except BrokenProcessPool as exc:
            raise WorkerError(
                f"a coding process died ({exc}); articles already stored are kept, "
                "re-run to continue (try fewer --workers if memory is short)"
            ) from exc
        self.peak_rss[result.pid] = max(result.peak_rss, self.peak_rss.get(result.pid, 0))
        self.cpu_seconds[result.pid] = max(result.cpu_seconds, self.cpu_seconds.get(result.pid, 0.0))
        yield from zip(chunk, result.events, strict=True)

    def memory_summary(self) -> str:
        if not self.peak_rss:
            return f"peak memory {megabytes(peak_rss_bytes())} (coded in this process: the input fit in one chunk)"
        figures = ", ".join(megabytes(size) for _, size in sorted(self.peak_rss.items()))
        return f"peak memory per worker: {figures} (parent {megabytes(peak_rss_bytes())})"

    def close(self) -> None:
        """Stop the workers; chunks not yet started are dropped (on error or Ctrl-C)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ParallelCoder:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def coder_for(
    workers: int, *, chunk_size: int = BATCH_SIZE, start_method: str = DEFAULT_START_METHOD
) -> InProcessCoder | ParallelCoder:
    """One worker codes in this process; more start a pool of worker processes."""
    if workers < 1:
        raise ValueError("workers must be >= 1")
    if workers == 1:
        return InProcessCoder()
    return ParallelCoder(workers, chunk_size=chunk_size, start_method=start_method)
