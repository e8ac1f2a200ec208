"""Records to rows: what the store copies out of an ``Event`` into query columns."""

from __future__ import annotations

import hashlib
from datetime import date

from ..article import Article
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
    return EventRow(
        event_id=event.event_id,
        article_id=event.article_id,
        data=event.to_dict(),
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        country=event.location.country,
        country_code=event.location.country_code.upper() if event.location.country_code else None,
        date_start=start,
        date_end=iso_date(event.date.end) or start,
        actor1=event.actor1.name if event.actor1 else None,
        actor2=event.actor2.name if event.actor2 else None,
        actors=_actor_terms([event.actor1, event.actor2, *event.assoc_actor_1, *event.assoc_actor_2]),
        evidence=event.evidence.text,
        latitude=event.location.latitude,
        longitude=event.location.longitude,
        fatalities=event.fatalities,
        modality=event.modality,
        confidence=event.confidence,
    )
