"""Ingestion: files, directories and stdin in many formats -> ``Article``s or ``InputError``s.

``read_articles`` is the one entry point the CLI needs; the format readers are public
for callers that already hold decoded content.
"""

from __future__ import annotations

from .decode import decode_bytes
from .feeds import iter_feed
from .html import article_from_html, fragment_to_text
from .jsonl import iter_jsonl
from .limits import MAX_DOCUMENT_BYTES, MAX_FEED_BYTES, MAX_RECORD_BYTES
from .sources import format_for_path, read_articles, sniff_format
from .text import article_from_text, headline

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_FEED_BYTES",
    "MAX_RECORD_BYTES",
    "article_from_html",
    "article_from_text",
    "decode_bytes",
    "format_for_path",
    "fragment_to_text",
    "headline",
    "iter_feed",
    "iter_jsonl",
    "read_articles",
    "sniff_format",
]
