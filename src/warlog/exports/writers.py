"""Event streams to text formats. Every writer streams: nothing is held in memory.

Formats: ``jsonl`` (the record itself, lossless), ``csv`` (every leaf field,
lists joined with "; "), ``acled`` (ACLED's columns and order) and ``geojson``
(a FeatureCollection of Points; events without coordinates are left out, since a
map cannot place them; use the other formats to get every event).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from ..errors import WarlogError
from ..record import Event
from .acled import ACLED_COLUMNS, acled_row
from .flat import flat_columns, flatten

Writer = Callable[[Iterable[Event], TextIO], int]


class ExportError(WarlogError):
    """An export could not be written (unknown format, unwritable path)."""

    code = "W601"


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
    return _write_rows((acled_row(event) for event in events), ACLED_COLUMNS, out)


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
FORMATS: tuple[str, ...] = tuple(WRITERS)


def get_writer(fmt: str) -> Writer:
    """The writer for ``fmt`` (case-insensitive); ``ExportError`` naming the valid ones."""
    writer = WRITERS.get(fmt.strip().lower())
    if writer is None:
        raise ExportError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return writer


def write_events(events: Iterable[Event], fmt: str, out: TextIO) -> int:
    """Write ``events`` to ``out`` in ``fmt``; returns how many were written."""
    return get_writer(fmt)(events, out)
