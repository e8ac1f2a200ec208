"""Cross-article de-duplication as Spark steps: block -> link pairs -> components -> canonical.

1. Each event goes to the blocks of ``blocking.Blocking`` (date window x grid cell,
   and the incidents it names).
2. Within a block, candidate pairs are linked by ``compare.rules()`` (``warlog.dedup``'s
   comparison), each pair in exactly one block.
3. Linked events form happenings: connected components by iterative min-label
   propagation on DataFrames, so no machine holds the whole graph.
4. Each component becomes one canonical record (``happenings/``), partitioned like
   the events, listing the ids of the events merged into it.
Only slim copies of the events (no mentions, quantities or attributions) travel
through the blocking shuffle, because each event is copied into up to 30 blocks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from ..record import Event
from .blocking import Block, Blocking, compare_homes
from .compare import Happening, rules
from .schema import event_from_row, event_row, happening_schema

MAX_ITERATIONS = 50  # component diameter bound; real happenings link a handful of reports


def slim(event: Event) -> Event:
    """What the comparison reads, without the bulky lists it does not."""
    return event.model_copy(update={"mentions": [], "quantities": [], "attribution": []})


def block_pairs(blocking: Blocking, block: Block, members: Iterable[Event]) -> Iterator[tuple[str, str]]:
    """Linked (smaller id, larger id) pairs this block is responsible for."""
    compare = rules()
    events = sorted(members, key=lambda e: e.event_id)
    prepared = [compare.prepare(event) for event in events]
    placed = [blocking.homes(event) for event in events]  # found once per event, not per pair
    homes = {i for i, found in enumerate(placed) if block in found}
    for i in sorted(homes):
        for j, other in enumerate(events):
            if j == i or (j in homes and j < i):  # a home-home pair once
                continue
            if compare_homes(block, placed[i], placed[j]) and compare.linked(prepared[i], prepared[j]):
                low, high = sorted((events[i].event_id, other.event_id))
                yield low, high


def _blocked(blocking: Blocking, row: Any) -> Iterator[tuple[Block, Event]]:
    event = slim(event_from_row(row.asDict(recursive=True)))
    for block in blocking.blocks(event):
        yield block, event


def links(events: DataFrame, blocking: Blocking) -> DataFrame:
    """``(src, dst)`` pairs of events reported as one happening (src < dst)."""
    spark = events.sparkSession
    pairs = (
        events.rdd.flatMap(lambda row: _blocked(blocking, row))
        .groupByKey()
        .flatMap(lambda item: block_pairs(blocking, item[0], item[1]))
    )  # no distinct(): compare_here hands each pair to exactly one block
    return spark.createDataFrame(pairs, "src string, dst string")


def components(edges: DataFrame, max_iterations: int = MAX_ITERATIONS) -> DataFrame:
    """``(id, label)`` for every linked event; label = the smallest id of its component."""
    both = edges.select(F.col("src").alias("id"), F.col("dst").alias("other")).union(
        edges.select(F.col("dst").alias("id"), F.col("src").alias("other"))
    ).localCheckpoint()
    labels = both.groupBy("id").agg(F.least(F.first("id"), F.min("other")).alias("label")).localCheckpoint()
    for _ in range(max_iterations):
        spread = (
            both.join(labels.withColumnRenamed("id", "other").withColumnRenamed("label", "seen"), "other")
            .groupBy("id")
            .agg(F.min("seen").alias("seen"))
        )
        updated = (
            labels.join(spread, "id", "left")
            .select("id", F.least("label", F.coalesce("seen", "label")).alias("label"), (F.col("seen") < F.col("label")).alias("moved"))
            .localCheckpoint()
        )
        labels = updated.select("id", "label")
        if not updated.where("moved").limit(1).count():
            break
    return labels


def _happening_row(members: Iterable[Any]) -> dict[str, Any]:
    found: Happening = rules().canonical([event_from_row(row.asDict(recursive=True)) for row in members])
    row = event_row(found.event)
    row["member_ids"] = found.member_ids
    row["corroboration"] = found.corroboration
    return row


def happenings(events: DataFrame, blocking: Blocking = Blocking()) -> tuple[DataFrame, int]:
    """One canonical record per happening, and the number of cross-article links found."""
    spark: SparkSession = events.sparkSession
    edges = links(events, blocking).localCheckpoint()
    labels = components(edges)
    labelled = events.join(labels.withColumnRenamed("id", "event_id"), "event_id", "left").withColumn(
        "label", F.coalesce("label", "event_id")
    )
    rows = labelled.rdd.map(lambda row: (row["label"], row)).groupByKey().map(lambda item: _happening_row(item[1]))
    return spark.createDataFrame(rows, happening_schema()), edges.count()
