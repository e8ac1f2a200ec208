"""The unit that flows in: one news article, whatever format it came from."""

from __future__ import annotations

import datetime
import hashlib

from pydantic import BaseModel, ConfigDict


def content_id(text: str, url: str | None = None) -> str:
    """Stable id for an article without one: a hash of its URL, else of its text."""
    basis = url if url else " ".join(text.split())
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


class Article(BaseModel):
    """A news article ready for coding; ``text`` is what evidence offsets index into."""

    model_config = ConfigDict(frozen=False)

    id: str
    text: str
    title: str | None = None
    date: datetime.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file path, "-" for stdin, or feed URL: where we read it
