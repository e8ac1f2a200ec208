"""Event mentions: which trigger in a sentence anchors an event.

One clause, one event: a trigger deep inside another trigger's clause ("fleeing the
fight to liberate Hawija") is background, not an event of its own; a coordinated
clause with its own subject ("..., but some militants have surrendered") is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..extract.actors import definite
from ..extract.boilerplate import is_furniture
from ..extract.measures import MEASURE_CLASS
from ..extract.modality import DENIAL, governors
from ..extract.subtypes import HARMLESS_FIRE, WEAPON_PRIORITY
from ..extract.triggers import Lexicon, Trigger, find_triggers
from ..normalise.causes import told_as_cause

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Classes of a response to events (a curfew imposed, a group re-formed): background to
# any violence or protest the same sentence tells ("a curfew was imposed after mobs
# burned shops" is about the riot), an event only when the sentence tells nothing else.
RESPONSES = frozenset({MEASURE_CLASS})
# Classes of harm done to people or things by force: a killing or an attack told as a cause.
HARM_CLASSES = frozenset({"violence", "Armed clash", "explosion", *WEAPON_PRIORITY})


@dataclass(frozen=True)
class EventMention:
    """An anchor trigger, the other triggers of its sentence, and the sentence."""

    sent: Span
    anchor: Trigger
    others: tuple[Trigger, ...]


def depth(token: Token) -> int:
    """Number of dependency hops from the token to its sentence root."""
    hops = 0
    while token.head.i != token.i:
        token = token.head
        hops += 1
    return hops


def _dominates(upper: Token, lower: Token) -> bool:
    return upper.left_edge.i <= lower.i <= upper.right_edge.i and lower in upper.subtree


def _own_clause(trigger: Trigger) -> bool:
    token = trigger.token
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in token.children)


# Words of a trigger that tells only that force was used, not what it did: fire that
# harms no one ("fired tear gas") and an operation launched ("launched a search operation").
VAGUE_WORDS = HARMLESS_FIRE | {"operation", "offensive"}


def _vague(trigger: Trigger) -> bool:
    return len(trigger.span) > 1 and any(t.lower_ in VAGUE_WORDS for t in trigger.span)


# What an operation looks for, not whom it fights: "launched a search operation".
SEARCH_WORDS = frozenset({"search", "clearance", "combing", "cordon", "manhunt", "sweep", "hunt", "rescue"})


def _search(trigger: Trigger) -> bool:
    """A search or clearance operation launched tells of no fighting (ACLED codes no
    battle without contact); arrests or seizures it made are triggers of their own."""
    return _vague(trigger) and any(t.lower_ in SEARCH_WORDS for t in trigger.span)


def _searched_for(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """The search itself, or a happening named only in its clause ("launched a search
    operation after the attack"): what it made of its own ("and arrested four", "killing
    two") is told by a verb and stays."""
    if _search(trigger):
        return True
    return trigger.token.pos_ != "VERB" and any(
        _search(s) and _dominates(s.token, trigger.token) for s in triggers
    )


# Verbs of telling whose subject is a speaker ("claimed" also takes a deed: "a blast claimed four lives").
SPEAKING = frozenset({"say", "tell", "recount", "recall", "describe", "add", "explain", "speak"})


def _describes_speakers(trigger: Trigger) -> bool:
    """"Pupils freed after the Kuriga abduction told reporters ...", "survivors of the
    attack said ...": a happening named by a definite noun only to say who speaks is the
    setting of the speech, told before, not a new event. One the description tells with
    a verb of its own ("a trader whose shops were burnt during the bandh said") stays."""
    token = trigger.token
    if token.pos_ != "NOUN" or not definite(token):
        return False
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "nsubj" and ancestor.head.pos_ == "VERB" and ancestor.head.lemma_.lower() in SPEAKING:
            return True
    return False


# Verbs that end a captivity or a danger: what befell the people they free came before.
FREEING = frozenset({"rescue", "free", "release", "liberate", "evacuate", "reunite"})


def _freed_from(trigger: Trigger) -> bool:
    """"Troops rescued 20 pupils kidnapped this month", "soldiers freed 14 hostages",
    "hostages who were abducted last week were freed": the captivity that the people a
    rescue frees are named by, or that a participle or passive relative clause recalls on
    them, is an earlier happening, background to the rescue, and the rescuers are not its
    doers; a rescue with no fighting is no political violence (ACLED)."""
    token = trigger.token
    if token.pos_ == "VERB":
        if token.dep_ not in ("acl", "relcl"):
            return False
        if token.dep_ == "relcl" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            return False
        token = token.head
    return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in FREEING


# Verbs of leaving a danger: what people fled names who they are when told in a clause on them.
FLEEING = frozenset({"flee", "escape", "displace", "uproot"})


def _fled_from(trigger: Trigger) -> bool:
    """"Families who fled fighting in the north", "villagers displaced by the clashes",
    "people fleeing the violence": a happening named only as what people fled, in a
    clause that describes them, tells who they are (an earlier happening, background to
    the sentence's news); the flight itself is no event (ACLED codes no displacement
    alone). A flight told as the sentence's own news ("thousands fled as fighting
    raged") is not touched."""
    token = trigger.token
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):  # "fled from the fighting", "displaced by it"
        verb = verb.head
    elif token.dep_ not in ("dobj", "xcomp"):  # "who fled fighting": the gerund may parse as a complement
        return False
    return verb.lemma_.lower() in FLEEING and verb.dep_ in ("relcl", "acl")


def _none_in_particular(token: Token) -> bool:
    """"would not back any negotiated withdrawal", "will answer any attack on its
    positions": a happening named with "any" is none in particular, a stand taken on what
    may come, no event (a stated position is no record, whatever its modality). Under a
    denial ("denied carrying out any attack") it still denies one: kept, as denied."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return False
    return not any(g.lemma_.lower() in DENIAL for g in governors(token))


def _within_none_in_particular(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Such a happening, or one told inside its phrase ("any withdrawal of fighters who
    claim to have surrendered": who they are, not a surrender told as news)."""
    return any(_none_in_particular(s.token) and _dominates(s.token, trigger.token) for s in triggers)


def choose_anchors(triggers: list[Trigger]) -> list[Trigger]:
    """The main trigger (shallowest, verbs first), plus triggers of independent clauses.
    A vague trigger yields to what the sentence says the force did ("fired tear gas and
    assaulted the attendants", "launched a search operation and arrested four suspects")."""
    told = any(not _vague(t) and t.token.pos_ == "VERB" for t in triggers)  # not "after his arrest"
    ranked = sorted(triggers, key=lambda t: (told and _vague(t), depth(t.token), t.token.pos_ != "VERB", t.token.i))
    anchors = [ranked[0]]
    for trigger in ranked[1:]:
        if not _own_clause(trigger):
            continue
        if any(_dominates(a.token, trigger.token) or _dominates(trigger.token, a.token) for a in anchors):
            continue
        anchors.append(trigger)
    return sorted(anchors, key=lambda t: t.token.i)


def _news(triggers: list[Trigger]) -> list[Trigger]:
    """Harm told only as the cause of another the sentence reports ("staff protested
    after one of them was beaten", "displaced by violence following the murder of a
    chief") is an earlier happening, background to the news; when the sentence reports
    nothing else ("a curfew after clashes left four dead", the curfew yielding to the
    violence), the cause is the news (``build`` decides whose dead it keeps)."""
    causes = [t for t in triggers if t.cls in HARM_CLASSES and told_as_cause(t.token)]
    return [t for t in triggers if t not in causes] or triggers


def find_mentions(doc: Doc, lexicon: Lexicon) -> list[EventMention]:
    """Every event mention in a document, in reading order."""
    mentions: list[EventMention] = []
    for sent in doc.sents:
        if is_furniture(sent):
            continue
        triggers = find_triggers(sent, lexicon)
        if any(t.cls not in RESPONSES for t in triggers):
            triggers = [t for t in triggers if t.cls not in RESPONSES]
        # a search is still the sentence's news: "a day after a bombing" stays its background
        triggers = [
            t for t in _news(triggers)
            if not _describes_speakers(t) and not _searched_for(t, triggers) and not _freed_from(t)
            and not _fled_from(t) and not _within_none_in_particular(t, triggers)
        ]
        if not triggers:
            continue
        for anchor in choose_anchors(triggers):
            others = tuple(t for t in triggers if t is not anchor)
            mentions.append(EventMention(sent, anchor, others))
    return mentions
