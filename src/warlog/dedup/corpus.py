"""The Times of India 2002 stories (``news/metadata.csv``) as ``Article``s.

The labelled de-duplication set (``tests/data/dedup``) points into these texts by
``doc_id`` and character offsets, so the text must be rebuilt the same way every
time: the CSV's UTF-8-read-as-Windows-1252 quotes are repaired by a fixed table
(not a guesser), and nothing else is touched.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..article import Article
from ..errors import DataError

OUTLET = "Times of India"

# Mojibake of the typographic characters these stories use, longest first.
_MOJIBAKE = (
    ("\u00e2\u20ac\u2122", "\u2019"),
    ("\u00e2\u20ac\u02dc", "\u2018"),
    ("\u00e2\u20ac\u0153", "\u201c"),
    ("\u00e2\u20ac\ufffd", "\u201d"),
    ("\u00e2\u20ac\u201c", "\u2013"),
    ("\u00e2\u20ac\u201d", "\u2014"),
    ("\u00e2\u20ac\u00a6", "\u2026"),
    ("\u00c2\u00a0", " "),
)


def repair(text: str) -> str:
    """Undo the fixed set of quote/dash mojibake sequences found in the corpus."""
    for bad, good in _MOJIBAKE:
        text = text.replace(bad, good)
    return text


def article_id(doc_id: int) -> str:
    return f"toi-{doc_id}"


def read_news_articles(path: Path | str, doc_ids: Iterable[int] | None = None) -> Iterator[Article]:
    """Stories of ``metadata.csv`` (all, or those in ``doc_ids``), in file order."""
    path = Path(path)
    wanted = set(doc_ids) if doc_ids is not None else None
    csv.field_size_limit(sys.maxsize)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                doc_id = int(row["doc_id"])
                if wanted is not None and doc_id not in wanted:
                    continue
                yield Article(
                    id=article_id(doc_id),
                    text=repair(row["full_text"]),
                    date=date.fromisoformat(row["date"]) if row.get("date") else None,
                    url=row.get("url") or None,
                    source=OUTLET,
                    origin=f"{path}#{doc_id}",
                )
    except OSError as exc:
        raise DataError(f"cannot read news stories: {exc}", path=str(path)) from exc
    except (KeyError, ValueError) as exc:
        raise DataError(f"unexpected metadata.csv layout: {exc}", path=str(path)) from exc
