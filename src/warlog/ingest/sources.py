"""Where articles come from: paths, directories and stdin, dispatched to a format reader.

Every failure is yielded as an ``InputError`` in place of the input's articles, so one
bad file never stops a batch; nothing here raises for bad input.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, BinaryIO, Literal, TextIO

from ..article import Article
from ..errors import InputError, MissingInputError
from .decode import decode_bytes, looks_binary
from .feeds import iter_feed
from .html import article_from_html, declared_charset
from .jsonl import iter_jsonl
from .limits import MAX_DOCUMENT_BYTES, MAX_FEED_BYTES, SNIFF_BYTES, too_large
from .text import article_from_text

Format = Literal["text", "html", "jsonl", "feed"]

STDIN = "-"

EXTENSION_FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}

# Formats read whole into memory, with their size cap.
_SIZE_LIMITS: dict[Format, int] = {"text": MAX_DOCUMENT_BYTES, "html": MAX_DOCUMENT_BYTES, "feed": MAX_FEED_BYTES}

_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


def read_articles(
    paths: Sequence[str],
    *,
    default_date: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles from files, directories and ``-`` (stdin), each bad input yielded as an error.

    ``default_date`` fills ``Article.date`` when the input gives none (``--date``);
    ``stdin`` replaces ``sys.stdin`` (tests inject a stream here).
    """
    if isinstance(paths, str | os.PathLike):  # one path, not a sequence of characters
        paths = [paths]
    for path in paths:
        path = os.fspath(path)
        if path == STDIN:
            yield from _read_stdin(stdin, default_date)
        elif os.path.isdir(path):
            yield from _read_directory(path, default_date)
        elif os.path.exists(path):
            yield from _read_file(path, default_date)
        else:
            yield MissingInputError("no such file or directory", path=path)


def format_for_path(path: str) -> Format | None:
    """The format a file extension promises, or None when the content must be sniffed."""
    return EXTENSION_FORMATS.get(Path(path).suffix.lower())


def sniff_format(head: bytes) -> Format:
    """Guess from the first non-blank character: ``{`` JSON lines, ``<`` markup, else text."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith(b"<"):
        return "feed" if _FEED_ROOT.search(start[:4096]) else "html"
    return "text"


def walk_directory(root: str) -> tuple[list[str], list[InputError]]:
    """Non-hidden files under ``root``, recursively, in sorted order; unreadable dirs as errors."""
    errors: list[InputError] = []
    found: list[str] = []

    def report(exc: OSError) -> None:
        errors.append(InputError(f"cannot read directory ({exc.strerror})", path=exc.filename or root))

    for dirpath, dirnames, filenames in os.walk(root, onerror=report):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        found.extend(os.path.join(dirpath, name) for name in filenames if not name.startswith("."))
    found.sort(key=lambda path: Path(path).relative_to(root).parts)
    return found, errors


def _read_directory(root: str, default_date: date | None) -> Iterator[Article | InputError]:
    files, errors = walk_directory(root)
    yield from errors
    if not files and not errors:
        yield InputError("directory has no (non-hidden) files", path=root)
    for path in files:
        yield from _read_file(path, default_date)


def _read_file(path: str, default_date: date | None) -> Iterator[Article | InputError]:
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            size = info.st_size if stat.S_ISREG(info.st_mode) else None
            yield from _read_stream(
                stream, origin=path, fmt=format_for_path(path), size=size, default_date=default_date
            )
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", path=path)


def _read_stdin(stdin: TextIO | BinaryIO | None, default_date: date | None) -> Iterator[Article | InputError]:
    stream = stdin if stdin is not None else sys.stdin
    if stream is None:
        yield InputError("no standard input to read", path=STDIN)
        return
    try:
        yield from _read_stream(_as_binary(stream), origin=STDIN, fmt=None, size=None, default_date=default_date)
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", path=STDIN)


def _read_stream(
    stream: IO[bytes], *, origin: str, fmt: Format | None, size: int | None, default_date: date | None
) -> Iterator[Article | InputError]:
    """Sniff, check size and binary-ness, then hand the whole stream to its format reader."""
    try:
        head = stream.read(SNIFF_BYTES)
        if len(head) < SNIFF_BYTES and not head.removeprefix(b"\xef\xbb\xbf").strip():
            raise InputError("empty (no text)", path=origin)
        fmt = fmt or sniff_format(head)
        limit = _SIZE_LIMITS.get(fmt)
        if limit is not None and size is not None and size > limit:
            raise too_large(size, limit, path=origin)
        if looks_binary(head):
            raise InputError("binary file (contains NUL bytes)", path=origin)
        body: IO[bytes] = io.BufferedReader(_Rejoined(head, stream))
        if fmt == "jsonl":
            yield from iter_jsonl(body, origin=origin, default_date=default_date)
        else:
            data = _read_capped(body, _SIZE_LIMITS[fmt], origin)
            yield from _read_document(data, fmt, origin=origin, default_date=default_date)
    except InputError as exc:
        yield exc


def _read_document(
    data: bytes, fmt: Format, *, origin: str, default_date: date | None
) -> Iterator[Article | InputError]:
    if fmt == "feed":
        yield from iter_feed(data, origin=origin, default_date=default_date)
        return
    declared = declared_charset(data) if fmt == "html" else None
    text = decode_bytes(data, path=origin, declared=declared)
    if not text.strip():
        raise InputError("empty (no text)", path=origin)
    if fmt == "html":
        yield article_from_html(text, origin=origin, default_date=default_date)
    else:
        yield article_from_text(text, origin=origin, default_date=default_date)


def _read_capped(stream: IO[bytes], limit: int, origin: str) -> bytes:
    """Read at most ``limit`` bytes; a stream with more is an error, not a silent cut."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_large(None, limit, path=origin)
    return data


def _as_binary(stream: TextIO | BinaryIO) -> IO[bytes]:
    """A byte stream for stdin: a text stream's buffer, or its text encoded as UTF-8."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, io.TextIOBase):
        return io.BytesIO(stream.read().encode("utf-8"))
    return stream  # type: ignore[return-value]


class _Rejoined(io.RawIOBase):
    """Replays the sniffed head, then the rest of the source: works on unseekable pipes."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
