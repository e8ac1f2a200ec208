"""Sentences that point back at an event already told: "claimed responsibility for the attack".

A definite noun trigger with no date of its own ("the attack", "the blast") re-mentions
the latest event of its kind; it must add a mention (and often the perpetrator) to
that event, not create a second attack. So does a participle on a definite phrase
("the number of people kidnapped"), for the latest event of its sub-type.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..extract.actors import DEFINITE, definite
from ..extract.roles import EVENT_NOUNS
from ..extract.modality import CLAIM_VERBS, nobody_did
from ..normalise.actors import ActorDictionary
from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES
from .combine import nearer_town
from .mentions import EventMention
from .tolls import add_toll, dead_told

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
GENERIC_PERPETRATOR = "Unidentified"


def _states_date(mention: EventMention) -> bool:
    """Whether the sentence itself says when (a date inherited from context does not count)."""
    return any(ent.label_ in ("DATE", "TIME") for ent in mention.sent.ents)


def is_anaphoric(mention: EventMention, event: Event) -> bool:
    """A definite nominal trigger ("the attack") in a sentence that states no date."""
    token = mention.anchor.token
    return (
        token.pos_ == "NOUN"
        and not _states_date(mention)
        and definite(token)
    )


def is_denial_of_told(mention: EventMention, event: Event) -> bool:
    """"The coalition denied carrying out any strike in the area" after a strike told as
    having happened: a denial, with no date of its own, answers what the story told (a
    mention of it, denied), not a second happening."""
    return event.modality == "denied" and not _states_date(mention)


def is_told_participle(mention: EventMention) -> bool:
    """A participle on a definite noun phrase ("the number of people kidnapped", "those
    abducted") in a sentence that states no date: it names the victims of a happening
    already told, it does not tell a new one."""
    token = mention.anchor.token
    head = token.head
    return (
        token.dep_ == "acl"
        and not any(c.dep_ in ("nsubj", "dobj") for c in token.children)
        and (definite(head) or head.lower_ in DEFINITE)
        and not _states_date(mention)
    )


CASUALTY_VERBS = frozenset({"kill", "die", "dead", "injure", "wound", "death"})
# "Three rebels were reported killed", "one person said to have died": the toll told at one remove.
REPORTING_VERBS = frozenset({"report", "say", "tell", "believe", "confirm", "fear", "presume"})


def is_casualty_report(mention: EventMention, event: Event) -> bool:
    """"Five people were killed." after an attack: its toll, not a second attack.

    A death or injury told with no perpetrator, no date and no place of its own
    (passive or intransitive) continues the previous event of the paragraph.
    """
    token = mention.anchor.token
    if _left_by_the_act(token) or _reported_toll(token):
        return token.lemma_.lower() in CASUALTY_VERBS and not _states_date(mention)
    clause = token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() in REPORTING_VERBS else token
    # "One soldier reported killed.": a headline-style sentence whose verb hangs off its noun.
    main = (
        clause.dep_ in ("ROOT", "conj")
        or (clause.dep_ == "acl" and clause.head.dep_ == "ROOT")
        or _said_by_a_source(clause)
    )
    if clause is token:
        passive_or_bare = main and not any(_doer(c, clause) for c in clause.children)
    else:  # "Four soldiers were reported killed", never "the army reported killing five"
        passive_or_bare = main and _bare_participle(token)
    return (
        token.lemma_.lower() in CASUALTY_VERBS
        and passive_or_bare
        and not _states_date(mention)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def _said_by_a_source(clause: Token) -> bool:
    """"Three troops died in the fighting, the ministry said": the toll is the
    clause a source's verb of saying reports, which parses as its complement."""
    verb = clause.head
    return clause.dep_ == "ccomp" and verb.dep_ == "ROOT" and verb.lemma_.lower() in REPORTING_VERBS


def _left_by_the_act(token: Token) -> bool:
    """"The attack left five dead", "it left two soldiers injured": the toll of an act
    told before, which the sentence names only as its subject."""
    verb = token.head
    if token.dep_ != "oprd" or verb.lemma_.lower() != "leave":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lemma_.lower() in EVENT_NOUNS or subject.pos_ == "PRON")


def _reported_toll(token: Token) -> bool:
    """"Local sources report four rebels killed": the dead as what a source reports."""
    dead = token.head
    return (
        token.dep_ == "acl"
        and _bare_participle(token)
        and dead.dep_ == "dobj"
        and dead.head.dep_ == "ROOT"
        and dead.head.lemma_.lower() in REPORTING_VERBS
    )


def _doer(child: Token, verb: Token) -> bool:
    """A subject that did the harm: not a pronoun, not "people", not who died ("two
    soldiers died"), and not the subject of a participle with no object ("a soldier
    injured" is a passive told short)."""
    if child.dep_ != "nsubj" or child.pos_ == "PRON" or child.lemma_.lower() in ("people", "person"):
        return False
    if verb.lemma_.lower() == "die":
        return False
    return not _bare_participle(verb)


def _bare_participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in verb.children)


def claim_of(trigger: Token) -> Token | None:
    """The verb of "claimed responsibility for <trigger>" or "claimed <trigger>", said
    or denied."""
    head = trigger.head
    verb = None
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        verb = head.head.head
    elif trigger.dep_ == "dobj" and head.lemma_.lower() == "claim":
        verb = head  # "Al-Shabaab claimed the attack"
    return verb if verb is not None and verb.lemma_.lower() in CLAIM_VERBS else None


def claimant(trigger: Token) -> Token | None:
    """Subject of "claimed responsibility for <trigger>" or "claimed <trigger>"."""
    verb = claim_of(trigger)
    # "No group claimed the attack": no claimant, no doer (ACLED: an unidentified armed group)
    if verb is not None and not nobody_did(verb):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _claimed_by(mention: EventMention, dictionary: ActorDictionary, event: Event, year: int | None):
    token = claimant(mention.anchor.token)
    if token is None:
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1].text
    return dictionary.lookup(phrase, year=year, country_code=event.location.country_code)


def _latest_factual(events: list[Event], kind: Callable[[Event], bool]) -> Event | None:
    """The latest event told as having happened that is of the ``kind`` referred back to."""
    return next((e for e in reversed(events) if kind(e) and e.modality in FACTUAL_MODALITIES), None)


def _told_just_before(events: list[Event]) -> Event | None:
    """The happening a bare casualty sentence ("Five people were killed.") counts: the
    latest one told as having happened, when it is violence. Past a riot, an arrest or a
    search told in between ("... thrown into the well." "99 persons have been killed in
    police firing."), the dead are no toll of an act told further back."""
    latest = _latest_factual(events, lambda e: True)
    return latest if latest is not None and latest.event_type in VIOLENT else None


def resolve_anaphora(
    pairs: list[tuple[EventMention, Event]], dictionary: ActorDictionary, year: int | None
) -> list[Event]:
    """Events with back-references folded into the event they refer to."""
    events: list[Event] = []
    for mention, event in pairs:
        claimed = _claimed_by(mention, dictionary, event, year)
        target = None
        casualties = is_casualty_report(mention, event)
        anaphoric = is_anaphoric(mention, event)
        # "No group claimed the attack": about an attack told before, whatever its own
        # sentence, with no victim named, would make of it
        told_claim = anaphoric and claim_of(mention.anchor.token) is not None
        # "The attack left five dead": a back-reference that tells the toll.
        toll_told = casualties or anaphoric
        if event.event_type in VIOLENT or told_claim:
            if anaphoric:
                target = _latest_factual(events, lambda e: e.event_type in VIOLENT)
            elif is_denial_of_told(mention, event):
                target = _latest_factual(events, lambda e: e.event_type == event.event_type)
            elif casualties:
                target = _told_just_before(events)
            elif is_told_participle(mention):
                # Its victims were named by one kind of act: the latest told of that kind.
                sub_type = event.sub_event_type
                target = _latest_factual(events, lambda e: e.sub_event_type == sub_type)
        if target is None and told_claim:
            continue  # the claim of an attack the story told nowhere: no happening to code
        if target is None:
            target = event
            events.append(event)
        else:
            # A sentence already folded in (its "killed" and "injured" both trigger) told its toll once.
            counted = any(m.evidence.start == event.evidence.start for m in target.mentions)
            dead = dead_told(mention.sent.doc, target)
            if nearer_town(event, target):  # "north of Baghdad" ... "The bomb struck near the town of Tarmiya"
                target.location = event.location
            target.mentions += event.mentions
            target.sources += [s for s in event.sources if s not in target.sources]
            if toll_told and event.fatalities is not None and not counted:
                # The toll first given here, told again (the larger count), or more dead.
                target.fatalities = add_toll(target.fatalities, event.fatalities, mention.sent, dead)
        if claimed is not None and (target.actor1 is None or target.actor1.name.startswith(GENERIC_PERPETRATOR)):
            target.actor1 = claimed
    return events
