"""Events out of warlog: file formats (jsonl, csv, acled, geojson) and the summary table.

Every command that emits events (``code``, ``ingest``, ``events``, later
``export``) goes through ``write_events`` / ``render_table`` so the formats agree.
"""

from __future__ import annotations

from .acled import ACLED_COLUMNS, acled_row, interaction_code
from .emit import OUTPUT_FORMATS, TABLE, emit, resolve_format
from .flat import flat_columns, flatten
from .output import STDOUT, format_for_path, open_output
from .table import event_table, render_table
from .writers import FORMATS, ExportError, geojson_feature, get_writer, write_events

__all__ = [
    "ACLED_COLUMNS",
    "FORMATS",
    "OUTPUT_FORMATS",
    "STDOUT",
    "TABLE",
    "ExportError",
    "acled_row",
    "emit",
    "event_table",
    "flat_columns",
    "flatten",
    "format_for_path",
    "geojson_feature",
    "get_writer",
    "interaction_code",
    "open_output",
    "render_table",
    "resolve_format",
    "write_events",
]
