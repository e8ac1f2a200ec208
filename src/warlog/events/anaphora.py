"""Sentences that point back at an event already told: "claimed responsibility for the attack".

A definite noun trigger with no date of its own ("the attack", "the blast") re-mentions
the latest event of its kind; it must add a mention (and often the perpetrator) to
that event, not create a second attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..normalise.actors import ActorDictionary
from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES
from .mentions import EventMention

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
CLAIM_VERBS = frozenset({"claim", "accept", "admit", "acknowledge"})
GENERIC_PERPETRATOR = "Unidentified"


def is_anaphoric(mention: EventMention, event: Event) -> bool:
    """A definite nominal trigger ("the attack") in a sentence that states no date."""
    token = mention.anchor.token
    return (
        token.pos_ == "NOUN"
        and event.date.text is None
        and any(child.dep_ in ("det", "poss") and child.lower_ in DEFINITE for child in token.children)
    )


def claimant(trigger: Token) -> Token | None:
    """Subject of "claimed responsibility for <trigger>" (or "... said it carried out <trigger>")."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        verb = head.head.head
        if verb.lemma_.lower() in CLAIM_VERBS:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _claimed_by(mention: EventMention, dictionary: ActorDictionary, event: Event, year: int | None):
    token = claimant(mention.anchor.token)
    if token is None:
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    return dictionary.lookup(phrase, year=year, country_code=event.location.country_code)


def resolve_anaphora(
    pairs: list[tuple[EventMention, Event]], dictionary: ActorDictionary, year: int | None
) -> list[Event]:
    """Events with back-references folded into the event they refer to."""
    events: list[Event] = []
    for mention, event in pairs:
        claimed = _claimed_by(mention, dictionary, event, year)
        target = None
        if is_anaphoric(mention, event) and event.event_type in VIOLENT:
            target = next(
                (e for e in reversed(events) if e.event_type in VIOLENT and e.modality in FACTUAL_MODALITIES),
                None,
            )
        if target is None:
            target = event
            events.append(event)
        else:
            target.mentions += event.mentions
            target.sources += [s for s in event.sources if s not in target.sources]
        if claimed is not None and (target.actor1 is None or target.actor1.name.startswith(GENERIC_PERPETRATOR)):
            target.actor1 = claimed
    return events
