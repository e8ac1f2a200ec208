"""Events as Parquet: the record's own shape as typed, nested columns.

Why nested rather than flattened: the record has lists of structured items
(quantities, attribution, mentions, associated actors) whose parts belong
together; flattening them (as the CSV does) either joins them into strings or
multiplies rows. Parquet stores them natively and pandas, pyarrow, DuckDB and
Spark can all unnest them. The schema is written out here, not inferred from the
data, so every file has the same columns and types whatever events it holds
(even none). ``docs/parquet-schema.md`` documents it column by column; a test
keeps the two, and the record (``warlog.record.Event``), in step.

Dates are typed (``date32``) instead of the record's ISO strings, so date
arithmetic works without parsing. pyarrow is imported only when a Parquet file is
written: the other formats, and every other command, do not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any, BinaryIO

from ..record import Event
from .errors import ExportError

if TYPE_CHECKING:
    import pyarrow as pa

PARQUET_SCHEMA_VERSION = "1"
ROWS_PER_GROUP = 10_000  # events held in memory at once, and one Parquet row group


def _pyarrow() -> Any:
    """``pyarrow``, or an ``ExportError`` saying how to get it."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401  (registers pyarrow.parquet)
    except ImportError as exc:
        raise ExportError("the parquet format needs pyarrow: pip install pyarrow") from exc
    return pyarrow


@cache
def parquet_schema() -> pa.Schema:
    """The one Parquet schema, field for field the ``Event`` record (see module docstring)."""
    pa = _pyarrow()
    text = pa.string()

    def required(name: str, kind: pa.DataType) -> pa.Field:
        return pa.field(name, kind, nullable=False)

    def items(kind: pa.DataType) -> pa.DataType:
        # "element" is the Parquet spec's item name, so the schema read back equals this one.
        return pa.list_(pa.field("element", kind, nullable=False))

    actor = pa.struct([required("name", text), ("text", text), ("type", text)])
    evidence = pa.struct([required("text", text), required("start", pa.int64()), required("end", pa.int64())])
    location = pa.struct([
        ("name", text), ("text", text), ("latitude", pa.float64()), ("longitude", pa.float64()),
        ("admin1", text), ("admin2", text), ("country", text), ("country_code", text),
        ("geonameid", pa.int64()), ("precision", pa.int8()),
    ])
    event_date = pa.struct([("start", pa.date32()), ("end", pa.date32()), ("precision", pa.int8()), ("text", text)])
    quantity = pa.struct([
        required("text", text), ("value", pa.float64()), ("min", pa.float64()), ("max", pa.float64()),
        ("unit", text), ("what", text),
    ])
    attribution = pa.struct([required("name", text), ("role", text), ("via", text)])
    mention = pa.struct([
        required("article_id", text), required("evidence", evidence), ("source", text), required("modality", text),
    ])
    fields = [
        required("event_id", text),
        required("article_id", text),
        pa.field("event_type", text),
        pa.field("sub_event_type", text),
        required("plover", pa.struct([("event", text), ("mode", text)])),
        pa.field("actor1", actor),
        pa.field("actor2", actor),
        required("assoc_actor_1", items(actor)),
        required("assoc_actor_2", items(actor)),
        required("location", location),
        required("date", event_date),
        pa.field("fatalities", pa.int32()),
        required("quantities", items(quantity)),
        required("modality", text),
        required("attribution", items(attribution)),
        required("evidence", evidence),
        required("confidence", pa.float64()),
        required("sources", items(text)),
        required("mentions", items(mention)),
    ]
    return pa.schema(fields, metadata={"warlog.parquet_schema": PARQUET_SCHEMA_VERSION})


def _day(event: Event, value: str | None) -> date | None:
    """An ISO date string of the record as a date; the record promises ISO, so anything else is an error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ExportError(f"event {event.event_id}: date {value!r} is not ISO (YYYY-MM-DD)") from exc


def parquet_row(event: Event) -> dict[str, Any]:
    """``event`` as a row for ``parquet_schema()``: its JSON form with typed dates."""
    row = event.to_dict()
    row["date"]["start"] = _day(event, event.date.start)
    row["date"]["end"] = _day(event, event.date.end)
    return row


def _batches(events: Iterable[Event], size: int) -> Iterator[list[dict[str, Any]]]:
    rows = (parquet_row(event) for event in events)
    while batch := list(islice(rows, size)):
        yield batch


def write_parquet(events: Iterable[Event], out: BinaryIO) -> int:
    """Write ``events`` to the binary stream ``out``, ``ROWS_PER_GROUP`` at a time; returns the count.

    No events still give a valid file with the full schema, so a consumer's
    incremental pull that finds nothing new reads an empty table, not an error.
    """
    pa = _pyarrow()
    schema = parquet_schema()
    count = 0
    with pa.parquet.ParquetWriter(out, schema, compression="snappy") as writer:
        for batch in _batches(events, ROWS_PER_GROUP):
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
