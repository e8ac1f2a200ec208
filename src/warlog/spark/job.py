"""The Spark job: read articles, code them in ``mapPartitions``, write events, de-duplicate.

Layout of ``output``::

    output/events/year=YYYY/month=M/part-*.parquet      every coded event (export schema)
    output/happenings/year=YYYY/month=M/part-*.parquet  one record per happening, with
                                                         member_ids and corroboration

Both are overwritten. Paths may be any Hadoop-compatible URL (``s3a://``,
``hdfs://``, ``gs://``, ``file://``) the cluster has connectors for.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from datetime import date

from typing import Any

from pyspark import RDD
from pyspark.sql import DataFrame, SparkSession

from .articles import ARTICLE_FIELDS, InputFormat, input_format
from .blocking import Blocking
from .coding import PartitionCoder
from .dedup import happenings
from .schema import PARTITION_COLUMNS, output_schema

APP_NAME = "warlog"


@dataclass(frozen=True, slots=True)
class JobOptions:
    inputs: list[str]
    output: str
    fmt: str = "auto"
    default_date: date | None = None
    partitions: int | None = None  # input partitions; default: 2 per core
    dedup: bool = True
    blocking: Blocking = Blocking()


@dataclass(frozen=True, slots=True)
class JobReport:
    events: int
    happenings: int | None
    links: int | None
    bad_records: int
    seconds: float
    coding_seconds: float  # reading, coding and writing the events (the rest is dedup)

    def line(self) -> str:
        dedup = (
            f"; {self.links} cross-article links -> {self.happenings} happenings"
            f" (de-duplication {self.seconds - self.coding_seconds:.1f} s)"
            if self.happenings is not None
            else ""
        )
        bad = f"; {self.bad_records} bad input record(s) skipped" if self.bad_records else ""
        return f"coded {self.events} events in {self.coding_seconds:.1f} s{dedup}{bad}; {self.seconds:.1f} s in all"


def session(master: str | None = None, app_name: str = APP_NAME) -> SparkSession:
    """A session; ``master`` None leaves it to spark-submit (or local[*] when run directly).

    The Python workers must be this interpreter (it has warlog and the models), so in
    local mode ``PYSPARK_PYTHON`` defaults to it.
    """
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = "local[*]"
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def _records(spark: SparkSession, path: str, fmt: InputFormat) -> RDD[Any]:
    """An RDD of raw records: text lines (jsonl) or row dicts (parquet)."""
    if fmt == "jsonl":
        return spark.read.text(path).rdd.map(lambda row: row.value)
    frame = spark.read.parquet(path)
    columns = [name for name in ARTICLE_FIELDS if name in frame.columns]
    return frame.select(*columns).rdd.map(lambda row: row.asDict())


def code_articles(spark: SparkSession, options: JobOptions, bad: Any) -> DataFrame:
    """Events of every input, as an ``output_schema`` DataFrame (lazy)."""
    sc = spark.sparkContext
    parts = options.partitions or 2 * sc.defaultParallelism
    coded = []
    for path in options.inputs:
        fmt = input_format(path, options.fmt)
        records = _records(spark, path, fmt)
        if records.getNumPartitions() < parts:  # a single small file is one partition: one core
            records = records.repartition(parts)
        coded.append(records.mapPartitions(PartitionCoder(fmt, path, options.default_date, bad)))
    rows = coded[0] if len(coded) == 1 else sc.union(coded)
    return spark.createDataFrame(rows, output_schema())


def run(spark: SparkSession, options: JobOptions) -> JobReport:
    started = time.perf_counter()
    bad = spark.sparkContext.accumulator(0)
    events_path = options.output.rstrip("/") + "/events"
    code_articles(spark, options, bad).write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(events_path)
    events = spark.read.parquet(events_path)
    count = events.count()
    coding_seconds = time.perf_counter() - started
    found = links = None
    if options.dedup:
        # Read back from Parquet, not recomputed: coding is the expensive step.
        merged, links = happenings(events, options.blocking)
        happenings_path = options.output.rstrip("/") + "/happenings"
        merged.write.mode("overwrite").partitionBy(*PARTITION_COLUMNS).parquet(happenings_path)
        found = spark.read.parquet(happenings_path).count()
    return JobReport(count, found, links, int(bad.value), time.perf_counter() - started, coding_seconds)
