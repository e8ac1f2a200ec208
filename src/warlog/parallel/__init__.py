"""Coding on every core of one machine: worker processes, one ordered writer.

``coder_for(n)`` returns an object whose ``code(articles)`` yields ``(article,
events)`` in input order, like ``Pipeline.code``; with ``n > 1`` the coding happens
in ``n`` spawned processes that each load the models once. ``process_pipeline`` is
the per-process cached Pipeline that the Spark executors use as well.
"""

from __future__ import annotations

from .memory import current_rss_bytes, peak_rss_bytes
from .pool import Coder, InProcessCoder, ParallelCoder, WorkerError, chunks, coder_for, default_workers
from .worker import process_pipeline

__all__ = [
    "Coder",
    "InProcessCoder",
    "ParallelCoder",
    "WorkerError",
    "chunks",
    "coder_for",
    "current_rss_bytes",
    "default_workers",
    "peak_rss_bytes",
    "process_pipeline",
]
