"""Where an export goes: a file (replaced only once fully written) or standard output.

Text formats may go to standard output; binary ones (Parquet) only to a file, since
bytes on a terminal are useless and a pipe is better served by ``-o FILE``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, TextIO

from .errors import ExportError

STDOUT = "-"

# -o extension -> format, so "-o events.csv" needs no --format.
EXTENSION_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".geojson": "geojson",
    ".parquet": "parquet",
}


def is_stdout(path: str | Path | None) -> bool:
    """None and ``-`` both mean standard output."""
    return path is None or str(path) == STDOUT


def format_for_path(path: str | Path | None) -> str | None:
    """The format an output path's extension implies, if any."""
    if is_stdout(path):
        return None
    return EXTENSION_FORMATS.get(Path(path).suffix.lower())


@contextmanager
def open_output(path: str | Path | None) -> Iterator[TextIO]:
    """A text stream for ``path``; None or ``-`` means standard output.

    A file is written beside its destination and moved into place only when the
    block succeeds, so a failed export never leaves a truncated file behind (or
    destroys the previous one).
    """
    if path is None or is_stdout(path):
        yield sys.stdout
        sys.stdout.flush()
        return
    with _atomic_file(Path(path)) as fd, os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
        yield stream


@contextmanager
def open_binary_output(path: str | Path | None, *, what: str = "binary output") -> Iterator[BinaryIO]:
    """A binary stream for the file ``path``, published as ``open_output`` does.

    Standard output is refused with an ``ExportError`` naming ``what`` (e.g. "parquet").
    """
    if path is None or is_stdout(path):
        raise ExportError(f"{what} is binary and is not written to standard output; give a file with -o FILE")
    with _atomic_file(Path(path)) as fd, os.fdopen(fd, "wb") as stream:
        yield stream


@contextmanager
def _atomic_file(target: Path) -> Iterator[int]:
    """A descriptor of a temporary file beside ``target``, moved onto it if the block succeeds.

    The caller's stream must be closed inside the block (``with os.fdopen(...)``)
    so everything is flushed before the move.
    """
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write here: {exc.strerror}", path=str(target)) from exc
    tmp = Path(tmp_name)
    try:
        yield fd
        _publish(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _publish(tmp: Path, target: Path) -> None:
    """Move the finished file into place with ordinary permissions (mkstemp makes 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(f"cannot write: {exc.strerror}", path=str(target)) from exc
