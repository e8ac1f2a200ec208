"""What a blast struck: "an army convoy struck a mine", "a bus was hit by an IED".

ACLED codes a remote explosion's target as actor2 and whoever planted the device as
actor1: a force whose vehicle or patrol the device hit is the target, never the doer
(the parse makes "an army convoy struck a mine" read as if the convoy acted), and a
bus, a truck or an ambulance that hit one carried civilians.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..extract.roles import noun_phrase
from ..extract.premises import VEHICLES

# Verbs by which a device meets what it hits ("struck", "hit", "stepped on", "ran over").
STRIKE_LEMMAS = frozenset({"strike", "hit", "step", "run", "drive"})
# Prepositions joining a verb of meeting to the device ("stepped on a mine", "struck by an IED").
DEVICE_PREPS = frozenset({"on", "over", "by", "into"})


def struck_phrase(sent: Span, is_instrument: Callable[[str], bool]) -> Span | None:
    """The phrase for what a device struck in ``sent``, or None when no verb of meeting
    joins a device to something else."""
    for verb in sent:
        if verb.lemma_.lower() not in STRIKE_LEMMAS:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in DEVICE_PREPS
            for o in p.children if o.dep_ == "pobj"
        ]
        device = [t for t in subjects + objects if is_instrument(_text(t))]
        if not device:
            continue
        others = [t for t in (objects if device[0] in subjects else subjects) if not is_instrument(_text(t))]
        if others:
            return noun_phrase(others[0], full=True)
    return None


def is_vehicle(phrase: Span) -> bool:
    return phrase.root.lemma_.lower() in VEHICLES


def _text(token: Token) -> str:
    return noun_phrase(token).text
