"""JSON Lines -> Articles, streamed one line at a time so a file of any size is fine.

Each line is ``{"id", "text", "title"?, "date"?, "url"?, "source"?}``; a bad line
yields an ``InputError`` naming ``file:line`` and the next lines still come through.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date
from typing import IO, Any

from ..article import Article, content_id
from ..errors import InputError
from .dates import parse_iso_date
from .decode import normalise_newlines
from .limits import MAX_RECORD_BYTES, megabytes

_OPTIONAL_STRINGS = ("title", "url", "source")


def iter_jsonl(stream: IO[bytes], *, origin: str, default_date: date | None = None) -> Iterator[Article | InputError]:
    """Yield one Article or InputError per non-blank line; ``InputError`` raised if there are none."""
    found = False
    for lineno, line in enumerate(_lines(stream), start=1):
        where = f"{origin}:{lineno}"
        if line is None:
            found = True
            yield InputError(f"record too large (limit {megabytes(MAX_RECORD_BYTES)} MB)", path=where)
            continue
        if lineno == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        found = True
        try:
            yield record_to_article(_parse(line, where), where=where, origin=origin, default_date=default_date)
        except InputError as exc:
            yield exc
    if not found:
        raise InputError("empty file (no JSON records)", path=origin)


def record_to_article(record: Any, *, where: str, origin: str, default_date: date | None = None) -> Article:
    """Validate one decoded record; ``where`` (``file:line``) names it in errors."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}", path=where)
    text = record.get("text")
    if text is None:
        raise InputError("record has no 'text'", path=where)
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {type(text).__name__}", path=where)
    if not text.strip():
        raise InputError("'text' is empty", path=where)
    text = normalise_newlines(text)
    fields = {name: _optional_string(record, name, where) for name in _OPTIONAL_STRINGS}
    return Article(
        id=_record_id(record, text, fields["url"], where),
        text=text,
        date=_record_date(record, where) or default_date,
        origin=origin,
        **fields,
    )


def _lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of at most MAX_RECORD_BYTES; ``None`` stands for an over-long line (skipped unread)."""
    while True:
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield None
        else:
            yield line


def _skip_rest_of_line(stream: IO[bytes]) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse(line: bytes, where: str) -> Any:
    try:
        return json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 (byte {exc.start + 1})", path=where) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg.removesuffix(' at')} (column {exc.colno})", path=where) from None


def _optional_string(record: dict[str, Any], name: str, where: str) -> str | None:
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InputError(f"'{name}' must be a string, got {type(value).__name__}", path=where)
    return value.strip()


def _record_id(record: dict[str, Any], text: str, url: str | None, where: str) -> str:
    value = record.get("id")
    if value is None or (isinstance(value, str) and not value.strip()):
        return content_id(text, url)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"'id' must be a string or integer, got {type(value).__name__}", path=where)
    return str(value).strip()


def _record_date(record: dict[str, Any], where: str) -> date | None:
    value = record.get("date")
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"'date' must be an ISO date string, got {type(value).__name__}", path=where)
    try:
        return parse_iso_date(value)
    except ValueError:
        raise InputError(f"bad date {value!r} (expected ISO, e.g. 2017-10-09)", path=where) from None
