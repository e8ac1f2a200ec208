"""Events out of warlog: file formats (jsonl, csv, acled, geojson, parquet) and the summary table.

Every command that emits events (``code``, ``ingest``, ``events``,
``export``) goes through ``write_events`` / ``render_table`` so the formats agree.
"""

from __future__ import annotations

from .acled import ACLED_COLUMNS, acled_row, interaction_code
from .emit import OUTPUT_FORMATS, TABLE, emit, resolve_format
from .errors import ExportError
from .flat import flat_columns, flatten
from .output import STDOUT, format_for_path, is_stdout, open_binary_output, open_output
from .parquet import PARQUET_SCHEMA_VERSION, parquet_row, parquet_schema, write_parquet
from .table import event_table, render_table
from .writers import BINARY_FORMATS, FORMATS, geojson_feature, get_writer, is_binary, write_events

__all__ = [
    "ACLED_COLUMNS",
    "BINARY_FORMATS",
    "FORMATS",
    "OUTPUT_FORMATS",
    "PARQUET_SCHEMA_VERSION",
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
    "is_binary",
    "is_stdout",
    "open_binary_output",
    "open_output",
    "parquet_row",
    "parquet_schema",
    "render_table",
    "resolve_format",
    "write_events",
    "write_parquet",
]
