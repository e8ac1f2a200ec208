"""The ``mapPartitions`` function: a partition of input records -> event rows.

The Pipeline comes from ``warlog.parallel.process_pipeline``, a module global of the
Python worker process; PySpark reuses its workers across tasks
(``spark.python.worker.reuse``, on by default), so the models load once per executor
process, not once per task and never once per row. Articles are parsed in the
Pipeline's spaCy batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..parallel import process_pipeline
from .articles import InputFormat, to_articles
from .schema import event_row


class PartitionCoder:
    """Picklable settings for the executors; calling it codes one partition."""

    def __init__(self, fmt: InputFormat, origin: str, default_date: date | None, bad: Any = None) -> None:
        self.fmt = fmt
        self.origin = origin
        self.default_date = default_date
        self.bad = bad

    def __call__(self, records: Iterable[Any]) -> Iterator[dict[str, Any]]:
        articles = to_articles(records, fmt=self.fmt, origin=self.origin, default_date=self.default_date, bad=self.bad)
        for _, events in process_pipeline().code(articles):
            for event in events:
                yield event_row(event)
