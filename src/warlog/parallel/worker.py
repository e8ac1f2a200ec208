"""What runs inside a coding process: one Pipeline per process, reused for every chunk.

Loading spaCy, the gazetteer and the classifier costs seconds and hundreds of MB, so
it happens once per process (multiprocessing worker or Spark executor) and is kept
in a module global; per-row construction would dominate the run time.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..article import Article
from ..record import Event
from .memory import peak_rss_bytes

if TYPE_CHECKING:
    from ..pipeline import Pipeline

_PIPELINE: "Pipeline | None" = None


def process_pipeline() -> "Pipeline":
    """This process's Pipeline, built on first use."""
    global _PIPELINE
    if _PIPELINE is None:
        from ..pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE


def init_worker() -> None:
    """Pool initializer: load the models before the first chunk arrives.

    Ctrl-C is the parent's to handle: it stops feeding work and shuts the pool down,
    instead of every worker printing its own KeyboardInterrupt traceback.
    """
    from threadpoolctl import threadpool_limits

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    process_pipeline()
    # N workers on N cores: a BLAS or OpenMP pool of N threads in each would put N*N
    # threads on N cores. Set once the libraries are loaded; it lasts for the process.
    threadpool_limits(limits=1)


def thread_pools() -> list[dict[str, object]]:
    """The native thread pools loaded in this process and their sizes."""
    from threadpoolctl import threadpool_info

    return threadpool_info()


def ready(pause: float) -> tuple[int, float]:
    """A no-op task for warming a pool (runs once the initializer loaded the models):
    the worker's pid and CPU time so far."""
    time.sleep(pause)
    return os.getpid(), time.process_time()


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """Events of a chunk's articles (same order), plus the worker's identity and memory.

    Articles are not sent back: the parent still holds them, and pickling the text
    twice would double the traffic between processes.
    """

    events: list[list[Event]]
    pid: int
    peak_rss: int
    cpu_seconds: float  # the worker's CPU time so far (user + system)


def code_chunk(articles: list[Article]) -> ChunkResult:
    """Code a chunk (parsing is batched inside ``Pipeline.code``)."""
    events = [found for _, found in process_pipeline().code(articles)]
    return ChunkResult(events=events, pid=os.getpid(), peak_rss=peak_rss_bytes(), cpu_seconds=time.process_time())
