"""Where an export goes: a file (replaced only once fully written) or standard output."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from .writers import ExportError

STDOUT = "-"

# -o extension -> format, so "-o events.csv" needs no --format.
EXTENSION_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".geojson": "geojson",
}


def format_for_path(path: str | Path | None) -> str | None:
    """The format an output path's extension implies, if any."""
    if path is None or str(path) == STDOUT:
        return None
    return EXTENSION_FORMATS.get(Path(path).suffix.lower())


@contextmanager
def open_output(path: str | Path | None) -> Iterator[TextIO]:
    """A text stream for ``path``; None or ``-`` means standard output.

    A file is written beside its destination and moved into place only when the
    block succeeds, so a failed export never leaves a truncated file behind (or
    destroys the previous one).
    """
    if path is None or str(path) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(f"cannot write here: {exc.strerror}", path=str(target)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            yield stream
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
