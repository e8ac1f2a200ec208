"""Plain text -> Article: the decoded text is kept exactly, so offsets index into it."""

from __future__ import annotations

from datetime import date

from ..article import Article, content_id

MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 30


def headline(text: str) -> str | None:
    """The first line, if it reads like a headline: short, set off by a blank line.

    A first line ending in a full stop is taken for a one-sentence lead paragraph,
    not a headline, and there must be body text after the blank line.
    """
    lines = text.lstrip().split("\n")
    if len(lines) < 3 or lines[1].strip():
        return None
    first = lines[0].strip()
    body = "\n".join(lines[2:]).strip()
    if not first or not body or first.endswith("."):
        return None
    if len(first) > MAX_HEADLINE_CHARS or len(first.split()) > MAX_HEADLINE_WORDS:
        return None
    return first


def article_from_text(text: str, *, origin: str, default_date: date | None = None) -> Article:
    """Wrap already-decoded text; the caller has checked it is not blank."""
    return Article(
        id=content_id(text),
        text=text,
        title=headline(text),
        date=default_date,
        origin=origin,
    )
