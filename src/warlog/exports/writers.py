"""Event streams to file formats. Every writer streams: nothing is held in memory.

Text formats: ``jsonl`` (the record itself, lossless), ``csv`` (every leaf field,
lists joined with "; "), ``acled`` (ACLED's columns and order) and ``geojson``
(a FeatureCollection of Points; events without coordinates are left out, since a
map cannot place them; use the other formats to get every event).

Binary formats: ``parquet`` (the record as nested columns, see
``docs/parquet-schema.md``). They need a binary stream, so they can only go to a
file (``output.open_binary_output``), never to a terminal.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, BinaryIO, TextIO

from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES
from .acled import ACLED_COLUMNS, acled_row
from .errors import ExportError
from .flat import flat_columns, flatten
from .parquet import write_parquet

Writer = Callable[[Iterable[Event], TextIO], int]
BinaryWriter = Callable[[Iterable[Event], BinaryIO], int]


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    count = 0
    for event in events:
        out.write(event.to_json())
        out.write("\n")
        count += 1
    return count


def _write_rows(rows: Iterator[dict[str, Any]], header: Sequence[str], out: TextIO) -> int:
    """CSV with ``header``; None becomes an empty cell."""
    writer = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_csv(events: Iterable[Event], out: TextIO) -> int:
    header = [column.name for column in flat_columns()]
    return _write_rows((flatten(event) for event in events), header, out)


def write_acled(events: Iterable[Event], out: TextIO) -> int:
    """ACLED's columns have no modality, so only events said to have happened go in:
    a vow, a plan or a denial in an ACLED file would be counted as a battle."""
    factual = (event for event in events if event.modality in FACTUAL_MODALITIES)
    return _write_rows((acled_row(event) for event in factual), ACLED_COLUMNS, out)


def geojson_feature(event: Event) -> dict[str, Any] | None:
    """A Point feature ([longitude, latitude], as GeoJSON orders them), or None without coordinates."""
    lat, lon = event.location.latitude, event.location.longitude
    if lat is None or lon is None:
        return None
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": flatten(event),
    }


def write_geojson(events: Iterable[Event], out: TextIO) -> int:
    """Written feature by feature; returns the number of features (placed events)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for event in events:
        feature = geojson_feature(event)
        if feature is None:
            continue
        if count:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "acled": write_acled,
    "geojson": write_geojson,
}
BINARY_WRITERS: dict[str, BinaryWriter] = {
    "parquet": write_parquet,
}
FORMATS: tuple[str, ...] = (*WRITERS, *BINARY_WRITERS)
BINARY_FORMATS: tuple[str, ...] = tuple(BINARY_WRITERS)


def _known(fmt: str) -> str:
    """``fmt`` normalised (case-insensitive); ``ExportError`` naming the valid ones."""
    chosen = fmt.strip().lower()
    if chosen not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return chosen


def is_binary(fmt: str) -> bool:
    """True for formats that need a binary stream (and so a file, not standard output)."""
    return _known(fmt) in BINARY_WRITERS


def get_writer(fmt: str) -> Writer | BinaryWriter:
    """The writer for ``fmt``: text writers take a ``TextIO``, binary ones (``is_binary``) a ``BinaryIO``."""
    chosen = _known(fmt)
    return WRITERS.get(chosen) or BINARY_WRITERS[chosen]


def write_events(events: Iterable[Event], fmt: str, out: TextIO | BinaryIO) -> int:
    """Write ``events`` to ``out`` in ``fmt``; returns how many were written.

    ``out`` must be binary for a binary format and text otherwise; a mismatch is an
    ``ExportError`` rather than a half-written file.
    """
    binary = is_binary(fmt)
    if binary != _is_binary_stream(out):
        kind = "binary" if binary else "text"
        raise ExportError(f"{fmt} needs a {kind} stream")
    return get_writer(fmt)(events, out)  # type: ignore[arg-type]  # checked just above


def _is_binary_stream(out: TextIO | BinaryIO) -> bool:
    """Text streams have an ``encoding``; binary ones (files opened "wb", ``BytesIO``) do not."""
    return not hasattr(out, "encoding")
