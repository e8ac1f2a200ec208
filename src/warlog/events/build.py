"""Turn one event mention into an event record: arguments, modality, sources, confidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..article import Article
from ..extract.actors import ActorRoles, extract_actors
from ..extract.modality import background, left_unconfirmed
from ..extract.outlets import outlet_name
from ..extract.modality import classify as classify_modality
from ..extract.subtypes import resolve as resolve_subtype
from ..geo import Toponym, event_location
from ..normalise.actors import ActorDictionary
from ..normalise.dates import is_historical
from ..normalise.causes import recalled_happening, told_as_cause
from ..normalise.quantities import EARLIER_FATALITIES, FATALITIES, extract_quantities, fatalities
from ..normalise.sentence_dates import TELLING_VERBS, sentence_date
from ..record import Actor, Attribution, Event, EventDate, Evidence, Location, Mention, Quantity, make_event_id
from ..taxonomy import ARMED_TYPES as ARMED
from ..taxonomy import FACTUAL_MODALITIES, event_type_of
from .confidence import score
from .mentions import EventMention
from .paragraphs import sentences_before



@dataclass
class ArticleContext:
    """What every mention of one article shares: its parse, places and speakers."""

    article: Article
    doc: Doc
    toponyms: list[Toponym]
    attributions: dict[int, list[Attribution]] = field(default_factory=dict)
    # Armed actors named in the article, by token index: antecedents for "them", "the group".
    actor_mentions: list[tuple[int, Actor]] = field(default_factory=list)
    # Where the article is set when a sentence, and the article, name no usable place.
    country_fallback: Location = field(default_factory=Location)
    # (token index, country) of actor phrases: see ``home_countries``.
    actor_countries: list[tuple[int, str]] = field(default_factory=list)
    # Whether a name is a town of a country (the gazetteer's ``names_town_in``).
    names_town: Callable[[str, str | None], bool] = lambda name, country: False

    @property
    def year(self) -> int | None:
        return self.article.date.year if self.article.date else None

    def countries_in(self, sent: Span) -> set[str]:
        """Countries whose actors the sentence names ("Peshmerga" -> IQ)."""
        return {code for index, code in self.actor_countries if sent.start <= index < sent.end}

    def actors_before(self, token_index: int) -> list[Actor]:
        return [actor for index, actor in self.actor_mentions if index < token_index]


def named_actors(doc: Doc, dictionary: ActorDictionary, year: int | None) -> list[tuple[int, Actor]]:
    """Armed groups and forces the article names (entities the dictionary knows)."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "NORP", "GPE", "PERSON"):
            continue
        actor = dictionary.lookup(ent.text, year=year)
        if actor is not None and actor.type in ARMED and actor.name != ent.text:
            found.append((ent.start, actor))
    return found


def _actor_phrases(span: Doc) -> list[Span]:
    """Entities and capitalised noun phrases: where actor names are (cheap to look up)."""
    chunks = [c for c in span.noun_chunks if any(_name_word(t) for t in c)]
    return [*span.ents, *chunks]


def _name_word(token: Token) -> bool:
    """A word that marks a name: capitalised inside a sentence, or an acronym anywhere
    ("RENAMO gunmen held up buses" opens its sentence with the group's name)."""
    acronym = token.is_upper and len(token.text) > 1 and token.is_alpha
    return acronym or (token.is_title or token.is_upper) and not token.is_sent_start


def home_countries(doc: Doc, dictionary: ActorDictionary, year: int | None) -> list[tuple[int, str]]:
    """(token index, country) for each actor phrase whose actor belongs to or fights in a
    country: a place hint for the article, and per sentence for its events. A phrase
    spaCy gives both as an entity and a noun chunk is one hint (merging overlapping
    phrases, "Al Shabaab" in "two Al Shabaab militants", lost a DEV seed 11 note)."""
    found = [
        (phrase.start, code)
        for phrase in _actor_phrases(doc)
        if (code := dictionary.home_country(phrase.text, year=year))
    ]
    return list(dict.fromkeys(found))


def _evidence(mention: EventMention, text: str) -> Evidence:
    start, end = mention.sent.start_char, mention.sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(text=text[start:end], start=start, end=end)


# How far back a date set earlier in the paragraph still governs a sentence.
DATE_CONTEXT_SENTENCES = 2


def _paragraph_before(sent: Span) -> list[Span]:
    """Up to DATE_CONTEXT_SENTENCES earlier sentences of the same paragraph, nearest first."""
    return sentences_before(sent, DATE_CONTEXT_SENTENCES)


def recalled_year(when: EventDate, ref: date | None) -> bool:
    """A whole year other than the report's ("seized it in 2014"): history a story recalls,
    not the time of what the next sentences tell."""
    if ref is None or when.precision != 3 or when.start is None or when.end is None:
        return False
    start, end = date.fromisoformat(when.start), date.fromisoformat(when.end)
    return start.year != ref.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def _event_date(mention: EventMention, ref: date | None) -> EventDate:
    """The sentence's date; else one set earlier in the paragraph ("On Monday, ... The
    attackers then ..."), unless that is a recalled year (``recalled_year``); else the
    report's own date, with week precision."""
    found = sentence_date(mention.sent, ref, mention.anchor.token)
    if found.start is not None or found.text is not None:
        return found
    for earlier in _paragraph_before(mention.sent):
        inherited = sentence_date(earlier, ref, _reported(earlier))
        if recalled_year(inherited, ref):
            break
        if inherited.start is not None:
            return inherited
    if ref is not None:
        return EventDate(start=ref.isoformat(), end=ref.isoformat(), precision=2, text=None)
    return found


def _reported(sent: Span) -> Token | None:
    """The happening a sentence's source tells of ("gunmen killed 12 ..., police said
    Tuesday"): the next sentence inherits the day told as a bound, as that sentence has
    it, not as the happening's day."""
    root = sent.root
    if root.lemma_.lower() not in TELLING_VERBS:
        return None
    return next((c for c in root.children if c.dep_ == "ccomp"), None)


def _outlet(article: Article) -> str | None:
    """The article's outlet under its canonical name: "AP" and "Associated Press" are one
    outlet, so one story counts once in an event's corroboration."""
    return (outlet_name(article.source) or article.source) if article.source else None


def _sources(article: Article, attributions: list[Attribution]) -> list[str]:
    own = _outlet(article)
    names: list[str] = [own] if own else []
    for candidate in [*[a.via for a in attributions], *[a.name for a in attributions]]:
        name = outlet_name(candidate) if candidate else None
        if name and name not in names:
            names.append(name)
    return names


def _deaths(quantities: list[Quantity], trigger: Token, modality: str) -> int | None:
    """The event's toll: none for what did not happen or nobody could verify; an event
    told as the cause of the sentence's news ("a curfew after clashes left four people
    dead") keeps the deaths its own clause tells, unless it is only recalled ("displaced
    by violence following the murder of a chief": that death was told before)."""
    if modality not in FACTUAL_MODALITIES or left_unconfirmed(trigger):
        return None
    if told_as_cause(trigger) and not recalled_happening(trigger):
        quantities = [q.model_copy(update={"what": FATALITIES}) if q.what == EARLIER_FATALITIES else q for q in quantities]
    return fatalities(quantities)


def _actor_anchor(trigger: Token) -> Token:
    """Where the parties hang: a weapon noun's verb ("hurled a grenade at X" -> hurled)."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return trigger.head
    return trigger


def _no_town(actor: Actor | None, ctx: ArticleContext, country: str | None) -> Actor | None:
    """"Amid the push to liberate Tal Afar" (a person, by spaCy's tag): an untyped name
    that is a town of the event's country is where it happened, never a party."""
    if actor is None or actor.type is not None or not actor.text or not ctx.names_town(actor.text, country):
        return actor
    return None


def build_event(mention: EventMention, ctx: ArticleContext, dictionary: ActorDictionary) -> Event | None:
    """The event record for a mention, or None when the sentence turns out to hold no event."""
    article, sent, trigger = ctx.article, mention.sent, mention.anchor.token
    location = event_location(
        ctx.doc, sent, trigger, ctx.toponyms, ctx.countries_in(sent), home=ctx.country_fallback.country_code
    )
    if location.latitude is None:
        location = ctx.country_fallback
    roles: ActorRoles = extract_actors(
        _actor_anchor(trigger), sent, year=ctx.year, country_code=location.country_code, dictionary=dictionary,
        context=ctx.actors_before(trigger.i),
    )
    roles.actor1, roles.actor2 = (_no_town(a, ctx, location.country_code) for a in (roles.actor1, roles.actor2))
    if roles.actor1 is not None and roles.actor2 is not None and roles.actor1.name == roles.actor2.name:
        roles.actor2 = None  # a pronoun resolved back to the actor itself
    sub_event_type = resolve_subtype(mention.anchor, list(mention.others), sent, roles.actor1, roles.actor2)
    if sub_event_type is None:
        return None
    when = _event_date(mention, article.date)
    attributions = ctx.attributions.get(sent.start_char, [])
    kind = background(trigger)
    historical = (article.date is not None and is_historical(when, article.date)) or kind
    modality = classify_modality(trigger, sent, attributed=bool(attributions), historical=historical)
    if kind or (historical and modality not in FACTUAL_MODALITIES):
        # "expects to take Raqqa, years after ISIS seized it in 2014": the past date is
        # the other clause's; what is expected has not happened yet. "Similar attacks in
        # the past" name no day at all.
        when = EventDate(text=None)
    quantities = extract_quantities(sent)
    event_type = event_type_of(sub_event_type)
    evidence = _evidence(mention, article.text)
    sources = _sources(article, attributions)
    deaths = _deaths(quantities, trigger, modality)
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
        mentions=[Mention(article_id=article.id, evidence=evidence, source=_outlet(article), modality=modality)],
    )
