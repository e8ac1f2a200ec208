"""Parquet: the documented schema, a lossless round trip, and binary output only to files."""

from __future__ import annotations

import io
import re
import types
from datetime import date
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import BaseModel

from warlog.exports import ExportError, emit, parquet_schema, resolve_format, write_events
from warlog.exports import parquet as parquet_module
from warlog.record import Event

DOC = Path(__file__).resolve().parents[2] / "docs" / "parquet-schema.md"


# -- helpers -------------------------------------------------------------------------


def _describe(kind: pa.DataType) -> str:
    """The docs' type notation: leaf types as Arrow prints them, containers by shape."""
    if pa.types.is_struct(kind):
        return "struct"
    if pa.types.is_list(kind):
        inner = kind.value_type
        return f"list<{'struct' if pa.types.is_struct(inner) else str(inner)}>"
    return str(kind)


def _columns(fields: list[pa.Field], prefix: str = "") -> dict[str, tuple[str, bool]]:
    """``{documented path: (type, required)}`` for a schema, descending into structs and lists."""
    out: dict[str, tuple[str, bool]] = {}
    for field in fields:
        path = prefix + field.name
        out[path] = (_describe(field.type), not field.nullable)
        kind = field.type
        if pa.types.is_list(kind):
            item = kind.value_field
            if pa.types.is_struct(item.type):
                out.update(_columns(list(item.type), path + "[]."))
            else:
                out[path + "[]"] = (_describe(item.type), not item.nullable)
        elif pa.types.is_struct(kind):
            out.update(_columns(list(kind), path + "."))
    return out


def _documented() -> dict[str, tuple[str, bool]]:
    """The column table of ``docs/parquet-schema.md``."""
    rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \| (yes|no) \|", DOC.read_text(encoding="utf-8"), re.M)
    return {name: (kind.strip().replace("\\<", "<").replace("\\>", ">"), req == "yes") for name, kind, req in rows}


def _model_of(annotation: Any) -> type[BaseModel] | None:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType, list):
        inner = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _model_of(inner[0]) if len(inner) == 1 else None
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _record_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Field names of the record, nested models included, in declaration order."""
    out: list[str] = []
    for name, field in model.model_fields.items():
        out.append(prefix + name)
        nested = _model_of(field.annotation)
        if nested is not None:
            is_list = get_origin(field.annotation) is list
            out.extend(_record_paths(nested, prefix + name + ("[]." if is_list else ".")))
    return out


def _as_record(row: dict[str, Any]) -> dict[str, Any]:
    """A row read back, with dates as the record's ISO strings again."""
    for key in ("start", "end"):
        value = row["date"][key]
        row["date"][key] = value.isoformat() if isinstance(value, date) else value
    return row


# -- schema --------------------------------------------------------------------------


def test_schema_follows_the_record_field_for_field():
    schema_paths = [p for p in _columns(list(parquet_schema())) if p != "sources[]"]
    assert schema_paths == _record_paths(Event)


def test_docs_describe_exactly_the_schema():
    assert _documented() == _columns(list(parquet_schema()))


def test_schema_is_versioned():
    assert parquet_schema().metadata == {b"warlog.parquet_schema": b"1"}


# -- round trip ----------------------------------------------------------------------


def test_round_trip_through_pyarrow_is_lossless(events, tmp_path: Path):
    target = tmp_path / "events.parquet"
    assert emit(events, "parquet", target) == 4
    table = pq.read_table(target)
    assert table.schema.equals(parquet_schema(), check_metadata=True)
    assert [_as_record(row) for row in table.to_pylist()] == [event.to_dict() for event in events]
    assert [Event.from_json(_as_record(row)) for row in table.to_pylist()] == events


def test_pandas_reads_the_documented_types(events, tmp_path: Path):
    target = tmp_path / "events.parquet"
    emit(events, "parquet", target)
    typed = pd.read_parquet(target, dtype_backend="pyarrow")
    assert {name: dtype.pyarrow_dtype for name, dtype in typed.dtypes.items()} == {
        field.name: field.type for field in parquet_schema()
    }
    plain = pd.read_parquet(target)
    assert list(plain.columns) == parquet_schema().names
    hawija, raqqa, shooting, wire = plain.to_dict("records")
    assert hawija["date"]["start"] == date(2017, 10, 2) and hawija["date"]["end"] == date(2017, 10, 8)
    assert hawija["location"]["latitude"] == pytest.approx(35.3256)
    assert hawija["quantities"][0]["min"] == 1000 and hawija["quantities"][0]["text"] == "more than one thousand"
    assert raqqa["attribution"][0]["via"] == "Reuters"
    assert [m["source"] for m in raqqa["mentions"]] == ["Breitbart", None]
    assert shooting["actor2"] is None and shooting["date"]["start"] is None
    assert pd.isna(shooting["fatalities"]) and wire["fatalities"] == 12
    assert list(wire["sources"]) == ["AP"]


def test_no_events_still_give_a_readable_file_with_the_schema(tmp_path: Path):
    target = tmp_path / "none.parquet"
    assert emit([], "parquet", target) == 0
    table = pq.read_table(target)
    assert table.num_rows == 0 and table.schema.equals(parquet_schema())


def test_events_are_written_in_row_groups(events, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(parquet_module, "ROWS_PER_GROUP", 3)
    target = tmp_path / "events.parquet"
    emit(events, "parquet", target)
    assert pq.ParquetFile(target).num_row_groups == 2


# -- binary output -------------------------------------------------------------------


def test_extension_picks_parquet():
    assert resolve_format(None, "out/events.PARQUET") == "parquet"


@pytest.mark.parametrize("path", [None, "-"])
def test_parquet_is_refused_on_standard_output(events, path, capsys):
    with pytest.raises(ExportError, match=r"parquet is binary .* -o FILE"):
        emit(events, "parquet", path)
    assert capsys.readouterr().out == ""


def test_streams_must_match_the_format(events):
    with pytest.raises(ExportError, match="binary stream"):
        write_events(events, "parquet", io.StringIO())
    with pytest.raises(ExportError, match="text stream"):
        write_events(events, "jsonl", io.BytesIO())


def test_parquet_to_a_binary_stream(events):
    buffer = io.BytesIO()
    assert write_events(events, "parquet", buffer) == 4
    assert pq.read_table(pa.BufferReader(buffer.getvalue())).num_rows == 4


def test_a_bad_date_fails_the_export_and_keeps_the_old_file(events, tmp_path: Path):
    target = tmp_path / "events.parquet"
    target.write_bytes(b"previous export")
    broken = events[0].model_copy(update={"date": events[0].date.model_copy(update={"start": "last week"})})
    with pytest.raises(ExportError, match=f"event {broken.event_id}: date 'last week' is not ISO"):
        emit([events[1], broken], "parquet", target)
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]
