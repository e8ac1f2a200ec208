"""Turn one event mention into an event record: arguments, modality, sources, confidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from ..article import Article
from ..extract.actors import ActorRoles, extract_actors
from ..extract.modality import classify as classify_modality
from ..extract.subtypes import resolve as resolve_subtype
from ..geo import Toponym, event_location
from ..normalise.actors import ActorDictionary
from ..normalise.dates import is_historical, sentence_date
from ..normalise.quantities import extract_quantities, fatalities
from ..record import Attribution, Event, EventDate, Evidence, Mention, make_event_id
from ..taxonomy import FACTUAL_MODALITIES, event_type_of
from .confidence import score
from .mentions import EventMention

VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


@dataclass
class ArticleContext:
    """What every mention of one article shares: its parse, places and speakers."""

    article: Article
    doc: Doc
    toponyms: list[Toponym]
    attributions: dict[int, list[Attribution]] = field(default_factory=dict)

    @property
    def year(self) -> int | None:
        return self.article.date.year if self.article.date else None


def _evidence(mention: EventMention, text: str) -> Evidence:
    start, end = mention.sent.start_char, mention.sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(text=text[start:end], start=start, end=end)


def _event_date(mention: EventMention, ref: date | None) -> EventDate:
    found = sentence_date(mention.sent, ref)
    if found.start is None and found.text is None and ref is not None:
        # No date in the sentence: the report's own date, with week precision.
        return EventDate(start=ref.isoformat(), end=ref.isoformat(), precision=2, text=None)
    return found


def _sources(article: Article, attributions: list[Attribution]) -> list[str]:
    from ..extract.outlets import outlet_name

    names: list[str] = []
    for candidate in [article.source, *[a.via for a in attributions], *[a.name for a in attributions]]:
        if candidate and (candidate == article.source or outlet_name(candidate)):
            name = outlet_name(candidate) or candidate
            if name not in names:
                names.append(name)
    return names


def build_event(mention: EventMention, ctx: ArticleContext, dictionary: ActorDictionary) -> Event | None:
    """The event record for a mention, or None when the sentence turns out to hold no event."""
    article, sent, trigger = ctx.article, mention.sent, mention.anchor.token
    location = event_location(ctx.doc, sent, trigger, ctx.toponyms)
    roles: ActorRoles = extract_actors(
        trigger, sent, year=ctx.year, country_code=location.country_code, dictionary=dictionary
    )
    sub_event_type = resolve_subtype(mention.anchor, list(mention.others), sent, roles.actor1, roles.actor2)
    if sub_event_type is None:
        return None
    when = _event_date(mention, article.date)
    attributions = ctx.attributions.get(sent.start_char, [])
    historical = article.date is not None and is_historical(when, article.date)
    modality = classify_modality(trigger, sent, attributed=bool(attributions), historical=historical)
    quantities = extract_quantities(sent)
    event_type = event_type_of(sub_event_type)
    evidence = _evidence(mention, article.text)
    sources = _sources(article, attributions)
    deaths = fatalities(quantities) if event_type in VIOLENT_TYPES and modality in FACTUAL_MODALITIES else None
    return Event(
        event_id=make_event_id(article.id, evidence.start + (trigger.idx - sent.start_char), sub_event_type),
        article_id=article.id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=roles.actor1,
        actor2=roles.actor2,
        assoc_actor_1=roles.assoc_actor_1,
        assoc_actor_2=roles.assoc_actor_2,
        location=location,
        date=when,
        fatalities=deaths,
        quantities=quantities,
        modality=modality,
        attribution=attributions,
        evidence=evidence,
        confidence=score(mention, roles, location, when, modality),
        sources=sources,
        mentions=[Mention(article_id=article.id, evidence=evidence, source=article.source, modality=modality)],
    )
