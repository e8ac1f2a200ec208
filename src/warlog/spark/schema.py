"""The Spark job's output schema: the Parquet export schema, plus partition columns.

Events are written nested, exactly as ``warlog code --format parquet`` writes them
(``warlog.exports.parquet.parquet_schema``, documented in docs/parquet-schema.md):
one schema for both paths, so a reader cannot tell which one produced a file.
``year`` and ``month`` (of ``date.start``) are added as Hive partition columns
(``events/year=2017/month=10/part-*.parquet``); undated events land in
``year=__HIVE_DEFAULT_PARTITION__``.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from pyspark.sql.pandas.types import from_arrow_schema
from pyspark.sql.types import ArrayType, IntegerType, StringType, StructField, StructType

from ..exports.parquet import parquet_row, parquet_schema
from ..record import Event

PARTITION_COLUMNS = ("year", "month")


@cache
def event_schema() -> StructType:
    """The export schema as a Spark type (converted, not re-typed by hand)."""
    return from_arrow_schema(parquet_schema())


@cache
def output_schema() -> StructType:
    """Event columns followed by the partition columns."""
    return StructType(
        [*event_schema().fields, StructField("year", IntegerType()), StructField("month", IntegerType())]
    )


@cache
def happening_schema() -> StructType:
    """A de-duplicated happening: its canonical event, the events merged into it, partitions."""
    extra = [
        StructField("member_ids", ArrayType(StringType(), containsNull=False), nullable=False),
        StructField("corroboration", IntegerType(), nullable=False),
    ]
    return StructType([*event_schema().fields, *extra, *output_schema().fields[-2:]])


def event_row(event: Event) -> dict[str, Any]:
    """``event`` as an ``output_schema`` row."""
    row = parquet_row(event)
    start: date | None = row["date"]["start"]
    row["year"] = start.year if start else None
    row["month"] = start.month if start else None
    return row


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def event_from_row(row: dict[str, Any]) -> Event:
    """The record back from a row read from Parquet (``Row.asDict(recursive=True)``)."""
    data = {name: row[name] for name in event_schema().names}
    data["date"] = {key: _iso(value) for key, value in data["date"].items()}
    return Event.from_json(data)
