"""RSS/Atom -> Articles via feedparser: one Article per entry, HTML reduced to text.

The document is handed to feedparser as a stream, never as a string: a string that
looks like a URL would make feedparser fetch it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

import feedparser

from ..article import Article, content_id
from ..errors import InputError
from .decode import normalise_newlines
from .html import fragment_to_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_feed(data: bytes, *, origin: str, default_date: date | None = None) -> Iterator[Article | InputError]:
    """Yield an Article (or InputError) per entry; ``InputError`` raised if nothing is a feed."""
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.entries:
        raise InputError(_why_no_entries(parsed), path=origin)
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield entry_to_article(entry, number=number, source=source, origin=origin, default_date=default_date)
        except InputError as exc:
            yield exc


def entry_to_article(
    entry: Any, *, number: int, source: str | None, origin: str, default_date: date | None = None
) -> Article:
    """One feed entry; ``number`` (1-based) names it in errors."""
    title = " ".join(entry.get("title", "").split()) or None
    text = _entry_text(entry)
    if not text:
        label = f"entry {number}" + (f" ({title!r})" if title else "")
        raise InputError(f"{label} has no text in its content or summary", path=origin)
    url = entry.get("link") or None
    return Article(
        id=content_id(text, url),
        text=text,
        title=title,
        date=_entry_date(entry) or default_date,
        url=url,
        source=source,
        origin=origin,
    )


def _entry_text(entry: Any) -> str:
    """The fullest text the entry carries: its content if present, else its summary."""
    candidates = [*entry.get("content", []), entry.get("summary_detail") or {}]
    for detail in candidates:
        value = detail.get("value") or ""
        text = fragment_to_text(value) if detail.get("type") in _HTML_TYPES else value.strip()
        if text:
            return normalise_newlines(text)
    return ""


def _entry_date(entry: Any) -> date | None:
    """Publication date (feedparser gives UTC struct_time), else last update."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def _why_no_entries(parsed: Any) -> str:
    if parsed.get("version"):
        return "feed has no entries"
    if parsed.get("bozo"):
        return f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})"
    return "not an RSS/Atom feed"
