"""One call for commands that print events: pick the format, open the output, write.

``warlog events``, ``code`` and ``ingest`` share this so ``--format`` and ``-o``
behave the same everywhere: an explicit format wins, then the ``-o`` file's
extension, then a table on a terminal and JSON Lines in a pipe.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from rich.console import Console

from ..record import Event
from .errors import ExportError
from .output import format_for_path, is_stdout, open_binary_output, open_output
from .table import render_table
from .writers import FORMATS, is_binary, write_events

TABLE = "table"
OUTPUT_FORMATS: tuple[str, ...] = (TABLE, *FORMATS)
FILE_TABLE_WIDTH = 160  # a table written to a file is not squeezed to 80 columns


def resolve_format(fmt: str | None, path: str | Path | None) -> str:
    """The format to use for ``--format fmt -o path`` (see module docstring)."""
    if fmt:
        chosen = fmt.strip().lower()
        if chosen not in OUTPUT_FORMATS:
            raise ExportError(f"unknown format {fmt!r}; choose one of: {', '.join(OUTPUT_FORMATS)}")
        return chosen
    implied = format_for_path(path)
    if implied:
        return implied
    return TABLE if is_stdout(path) and sys.stdout.isatty() else "jsonl"


def emit(events: Iterable[Event], fmt: str, path: str | Path | None = None, *, title: str | None = None) -> int:
    """Write ``events`` as ``fmt`` (one of ``OUTPUT_FORMATS``) to ``path`` or stdout; returns the count.

    A binary format (Parquet) needs a file: standard output is an ``ExportError``
    raised before any event is read.
    """
    if fmt != TABLE and is_binary(fmt):
        with open_binary_output(path, what=fmt) as binary:
            return write_events(events, fmt, binary)
    with open_output(path) as stream:
        if fmt == TABLE:
            to_file = stream is not sys.stdout
            console = Console(file=stream, width=FILE_TABLE_WIDTH if to_file else None)
            return render_table(events, console, title=title)
        return write_events(events, fmt, stream)
