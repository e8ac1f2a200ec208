"""Size limits for inputs, in one place so the CLI docs and the errors agree.

Single documents (plain text, HTML) are read whole, so they are capped; JSON Lines
files are streamed and only each record is capped; feeds are parsed whole by
feedparser, so they get a larger cap of their own.
"""

from __future__ import annotations

from ..errors import InputError

MB = 1_000_000

MAX_DOCUMENT_BYTES = 10 * MB
"""Largest plain-text or HTML file read as one article."""

MAX_RECORD_BYTES = 10 * MB
"""Largest single JSON Lines record (one line)."""

MAX_FEED_BYTES = 50 * MB
"""Largest RSS/Atom file (feedparser holds the whole document in memory)."""

SNIFF_BYTES = 8192
"""How much of an input is read up front to guess its format and spot binary data."""


def megabytes(size: int) -> str:
    """``12_345_678`` -> ``"12.3"``: short, and whole numbers stay whole."""
    return f"{size / MB:.1f}".removesuffix(".0")


def too_large(size: int | None, limit: int, *, path: str) -> InputError:
    """The error for an input over ``limit``; ``size`` is None when unknown (a stream)."""
    actual = f"{megabytes(size)} MB" if size is not None else f"over {megabytes(limit)} MB"
    return InputError(f"too large ({actual}; limit {megabytes(limit)} MB)", path=path)
