"""When the classifier's sure "no event" may drop a factual record, and when it may not.

The classifier was trained on ACLED notes, which tell the day's events; a sentence that
recalls a past deed inside a reaction, a loss, a hearing or a wish reads to it like no
event. A recalled deed is an event all the same when the sentence gives it a time of its
own (a year, a named day), counts its dead, or names it by its target; it is not when it
is only the background of another happening ("since the bombings", "in the wake of").
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from ..extract.actors import names_installation
from ..extract.modality import PLACE_ENTITIES, YEAR, own_date, own_year, recalled_under_governor
from ..extract.premises import building
from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES
from .mentions import EventMention

# Drop a factual event only when the classifier is this sure the sentence holds none.
VETO_CONFIDENCE = 0.8


def _toll_of(mention: EventMention, event: Event) -> bool:
    """"The death toll from Saturday's fighting in El Fasher has risen to 40": the sentence
    counts the happening's dead, a report of it the classifier's "no event" must not veto
    (ACLED notes rarely word a toll so, and "clashes" in its place already passes)."""
    head = mention.anchor.token.head
    return (
        event.fatalities is not None and mention.anchor.token.dep_ == "pobj"
        and head.lower_ in ("from", "in", "of") and head.head.lemma_.lower() == "toll"
    )


def _recalled_with_its_year(mention: EventMention, event: Event) -> bool:
    """"He told the commission probing the razing of the mosque on December 6, 1992": a
    past deed told with a year of its own, the year the record is dated by. The sentence
    is about something else (a hearing, a speech), which is why the classifier, trained on
    reports of the day's events, reads no event in it; the recalled deed is one all the same."""
    year = own_year(mention.anchor.token)
    if year is None:
        return False
    # a deed dated "two years ago" whose clause names the month and year: another wording of that year
    start, end = event.date.start or "", event.date.end or ""
    return year in (event.date.text or "") or start[:4] == end[:4] == year[:4]


# A day told without a year, read as last year's though this year's is this near ahead,
# is more likely a coming day ("processions are banned on March 15", three days on).
NEAR_AHEAD = timedelta(days=62)


def _near_ahead(event: Event, today: date | None) -> bool:
    """The record's day has no year of its own and fell back a year, while the same day
    this year is only weeks after the story: not a recalled deed's day."""
    start = event.date.start
    if today is None or not start or YEAR.search(event.date.text or ""):
        return False
    told = date.fromisoformat(start)
    try:
        this_year = told.replace(year=today.year)
    except ValueError:  # 29 February
        return False
    return told.year < today.year and today < this_year <= today + NEAR_AHEAD


def _named_by_its_date(mention: EventMention, event: Event, today: date | None = None) -> bool:
    """"Parties condemned Saturday's attack on the assembly", "tourism has not
    recovered from the September 11 attacks", "the embassy was bombed last year": a deed
    named or told by a time of its own, the time the record is dated by. As with a year
    (``_recalled_with_its_year``), the sentence tells a reaction or a loss; the deed is one."""
    told = own_date(mention.anchor.token)
    dated = (event.date.text or "").lower()
    return (
        told is not None and bool(dated) and (dated in told.lower() or told.lower() in dated)
        and not _near_ahead(event, today)
    )


# Phrases a deed is background in: "after the attack on the assembly, troops ...".
BACKGROUND = frozenset({"after", "since", "following"})
AFTERMATH = frozenset({"wake", "aftermath"})  # "in the wake of the attack"


def _in_background(trigger: Token) -> bool:
    """"Since the August 7 bombings, tourism has fallen", "in the wake of the attack on the
    station, police were put on alert": the deed is the time of another
    happening, which the sentence tells; it gets no record of its own by this exemption."""
    if trigger.dep_ != "pobj":
        return False
    head = trigger.head
    return head.lower_ in BACKGROUND or (head.lower_ == "of" and head.head.lower_ in AFTERMATH)


def _aimed_at_place(trigger: Token) -> bool:
    """"Saturday's attack on the Lagos assembly", "the bombing of the embassy": a deed
    aimed at a named place, a building or a vehicle, not at a party or a government
    (a speech's "attack on the government" is no deed)."""
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "of", "at", "against"):
            continue
        for target in prep.children:
            if target.dep_ == "pobj" and (
                building(target) or names_installation(target.text)
                or any(t.ent_type_ in PLACE_ENTITIES for t in target.subtree)
            ):
                return True
    return False


def vetoed(confidence: float, mention: EventMention, event: Event, today: date | None = None) -> bool:
    """The classifier's sure "no event" drops a factual record, unless it counts a toll or
    is a past deed recalled inside a wish, fear or plan (the sentence tells the wish), told
    with its own year, or named by its own date (a deed noun; any deed when historical)."""
    if confidence < VETO_CONFIDENCE or event.modality not in FACTUAL_MODALITIES or _toll_of(mention, event):
        return False
    trigger = mention.anchor.token
    named = not _in_background(trigger) and _named_by_its_date(mention, event, today)
    if event.modality != "historical":
        # a recent deed named by its day: only one aimed at a place ("Friday's attack on
        # the government" is a speech)
        return not (named and trigger.pos_ in ("NOUN", "PROPN") and _aimed_at_place(trigger))
    return not (recalled_under_governor(trigger, mention.sent) or _recalled_with_its_year(mention, event) or named)
