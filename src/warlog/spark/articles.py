"""Input records -> Articles inside the executors, validated like ``warlog code`` does.

JSON Lines are read as plain text lines and parsed in Python with the CLI's own
``record_to_article``: Spark's JSON reader would first scan the whole input to infer
a schema, and might type fields differently from the CLI (a ``date`` as timestamp).
Parquet rows become the same kind of record (``id, text, title?, date?, url?,
source?``), so both formats are validated by one function.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, Literal

from ..article import Article
from ..errors import InputError
from ..ingest.jsonl import record_to_article

InputFormat = Literal["jsonl", "parquet"]
ARTICLE_FIELDS = ("id", "text", "title", "date", "url", "source")
PARQUET_SUFFIXES = (".parquet", ".pq")


def input_format(path: str, requested: str = "auto") -> InputFormat:
    """``auto`` means Parquet for ``*.parquet``/``*.pq`` paths, JSON Lines otherwise."""
    if requested == "jsonl":
        return "jsonl"
    if requested == "parquet":
        return "parquet"
    if requested != "auto":
        raise InputError(f"unknown input format {requested!r} (auto, jsonl or parquet)", path=path)
    return "parquet" if path.rstrip("/").lower().endswith(PARQUET_SUFFIXES) else "jsonl"


def _plain(value: Any) -> Any:
    """Parquet dates/timestamps as the ISO strings the JSON Lines format carries."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    return value


def parse_line(line: str) -> Any:
    """A JSON Lines line; ``InputError`` for bad JSON."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None


def to_articles(
    records: Iterable[Any], *, fmt: InputFormat, origin: str, default_date: date | None, bad: Any = None
) -> Iterator[Article]:
    """Articles from lines (jsonl) or row dicts (parquet); bad records counted in ``bad``.

    ``bad`` is a Spark accumulator (anything with ``add``); a bad record never stops
    the job, as a bad line never stops ``warlog code``.
    """
    for number, item in enumerate(records, start=1):
        if fmt == "jsonl" and not item.strip():
            continue
        try:
            record = parse_line(item) if fmt == "jsonl" else {k: _plain(v) for k, v in item.items()}
            yield record_to_article(record, where=f"{origin}#{number}", origin=origin, default_date=default_date)
        except InputError:
            if bad is not None:
                bad.add(1)
