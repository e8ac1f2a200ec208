"""Records to rows: what the store copies out of an ``Event`` into query columns."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Any

from ..article import Article
from ..dedup.told import own_sentences
from ..record import Actor, Event
from .models import ArticleRow, EventRow, utcnow


def text_hash(text: str) -> str:
    """SHA-256 of the article text: an unchanged article need not be coded again."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def iso_date(value: str | None) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) as a date; None when absent or unreadable.

    The record keeps the original string; only the query column is left empty.
    """
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


DIGIT_RUN = re.compile(r"[0-9]{4,}")
FIRST_YEAR = 1000  # from here on ``str(year)`` is four digits
# A record dated by a longer span (or missing a date) is a ``long_span`` row: the candidate
# query reads the others from the date index, knowing they start at most this before they end.
LONG_SPAN = timedelta(days=31)


def written_years(text: str) -> tuple[int | None, int | None]:
    """Smallest and largest four-digit number from 1000 written anywhere in ``text``, inside
    longer numbers too: every year ``text LIKE '%<year>%'`` can match lies between them."""
    years = [int(run[i : i + 4]) for run in DIGIT_RUN.findall(text) for i in range(len(run) - 3) if run[i] != "0"]
    return (min(years), max(years)) if years else (None, None)


def told_texts(event: Event) -> str:
    """A record's evidence and the sentences of its own story it gathered
    (``dedup.told.own_sentences``): where ``dedup.recalled.told_text`` looks for the years
    a record recalls a happening by."""
    return "\n".join(e.text for e in own_sentences(event))


def candidate_facts(evidence: str, start: date | None, end: date | None, told: str | None = None) -> dict[str, Any]:
    """The columns de-duplication's candidate query reads instead of scanning text.

    Each is what an old test of ``store.clusters`` computed per row, so the candidates
    are the same: ``whole_year`` (dated 1 January to 31 December), ``counts_toll``
    (``evidence ILIKE '%toll%'``), the range of years its told sentences write (``told``,
    default the evidence; the query then searches the record with ``LIKE '%<year>%'``),
    and ``long_span`` (the rows the date index cannot bound).
    """
    first, last = written_years(evidence if told is None else told)
    both = start is not None and end is not None
    return {
        "long_span": not both or end - start > LONG_SPAN,
        "whole_year": both and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31),
        "counts_toll": "toll" in evidence.lower(),
        "recalls_from": first,
        "recalls_to": last,
    }


def article_row(article: Article) -> ArticleRow:
    return ArticleRow(
        id=article.id,
        title=article.title,
        date=article.date,
        url=article.url,
        source=article.source,
        origin=article.origin,
        text=article.text,
        text_hash=text_hash(article.text),
        ingested_at=utcnow(),
    )


def update_article_row(row: ArticleRow, article: Article) -> None:
    """Overwrite ``row`` in place with ``article`` (re-ingest of a known id).

    ``ingested_at`` moves too: it says when the stored events were last coded.
    """
    fresh = article_row(article)
    for column in ArticleRow.__table__.columns:
        setattr(row, column.key, getattr(fresh, column.key))


def _actor_terms(actors: list[Actor | None]) -> str:
    """Names and article wordings of the actors, one per line, duplicates dropped."""
    terms: dict[str, None] = {}
    for actor in actors:
        if actor is None:
            continue
        for term in (actor.name, actor.text):
            if term:
                terms[term] = None
    return "\n".join(terms)


def event_row(event: Event) -> EventRow:
    start = iso_date(event.date.start)
    end = iso_date(event.date.end) or start
    return EventRow(
        event_id=event.event_id,
        article_id=event.article_id,
        data=event.to_dict(),
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        country=event.location.country,
        country_code=event.location.country_code.upper() if event.location.country_code else None,
        date_start=start,
        date_end=end,
        actor1=event.actor1.name if event.actor1 else None,
        actor2=event.actor2.name if event.actor2 else None,
        actors=_actor_terms([event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2]),
        evidence=event.evidence.text,
        latitude=event.location.latitude,
        longitude=event.location.longitude,
        fatalities=event.fatalities,
        modality=event.modality,
        confidence=event.confidence,
        **candidate_facts(event.evidence.text, start, end, told_texts(event)),
    )
