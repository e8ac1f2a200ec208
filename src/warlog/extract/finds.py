"""What was seized, found or handed over decides the event: weapons or bodies.

"The army seized 26 rifles", "police discovered four explosive devices", "villagers
handed over eleven firearms": ACLED codes weapons taken out of use as disrupted weapons
use, whatever the verb. "The body of a trader was found": a killing (ACLED codes a body
found as an attack by an unknown actor). The lexicon's phrases cannot join the verb and
its object across a number, a hyphenated name or a passive ("26 AK-47s", "was found"),
so the parse does: the verb anchors the event when its object (or passive subject) is
a weapon or a body.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

WEAPONS_CLASS = "Disrupted weapons use"
BODY_CLASS = "violence"
# Where the thing found stands to its verb: object, passive subject, or the noun a
# quantity word governs ("a large cache of arms").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
QUANTITY_DEPS = frozenset({"prep"})
# Particles that make "hand" a giving-up ("handed over", "handed in").
HANDING_PARTICLES = frozenset({"over", "in"})


@dataclass(frozen=True)
class Finds:
    """The ``finds`` section of data/triggers.json."""

    verbs: frozenset[str]  # taking or finding: seize, recover, discover, hand (over)
    weapons: frozenset[str]  # nouns naming a weapon ("rifle", "ak-47"), or qualifying one ("explosive device")
    bodies: frozenset[str]  # nouns naming a dead body
    body_verbs: frozenset[str]  # verbs of finding a body


def compile_finds(data: dict) -> Finds:
    return Finds(
        frozenset(data.get("verbs", [])),
        frozenset(data.get("weapons", [])),
        frozenset(data.get("bodies", [])),
        frozenset(data.get("body_verbs", [])),
    )


def _things(verb: Token) -> list[Token]:
    """The nouns the verb acts on: its objects, their conjuncts and appositions
    ("12 AK-47s, 150 rounds and 8 magazines"), and what a quantity word counts."""
    heads = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    things: list[Token] = []
    while heads:
        head = heads.pop()
        things.append(head)
        heads.extend(c for c in head.children if c.dep_ in ("conj", "appos"))
        for prep in head.children:
            if prep.dep_ in QUANTITY_DEPS and prep.lower_ == "of":
                heads.extend(c for c in prep.children if c.dep_ == "pobj")
    return things


def _names_one(noun: Token, words: frozenset[str]) -> bool:
    """The noun, or a word qualifying it ("explosive devices", "arms cache"), is in ``words``."""
    forms = {noun.lemma_.lower(), noun.lower_}
    forms |= {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return bool(forms & words)


def _takes(verb: Token, finds: Finds) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "hand":  # the parse may hang "over" on the number ("handed over twenty rifles")
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return after is not None and after.lower_ in HANDING_PARTICLES
    return lemma in finds.verbs


def found_thing(verb: Token, finds: Finds) -> tuple[str, Token] | None:
    """The event class a verb anchors by what it takes or finds, and that thing, if a
    weapon or a body."""
    if verb.pos_ != "VERB":
        return None
    things = _things(verb)
    if _takes(verb, finds):
        weapon = next((t for t in things if _names_one(t, finds.weapons)), None)
        if weapon is not None:
            return WEAPONS_CLASS, weapon
    if verb.lemma_.lower() in finds.body_verbs:
        body = next((t for t in things if t.lemma_.lower() in finds.bodies), None)
        if body is not None:
            return BODY_CLASS, body
    return None


def find_verbs(sent: Span, finds: Finds) -> list[tuple[Token, str, Span]]:
    """Each verb of the sentence that seizes or finds a weapon or a body, with its class
    and the words from the verb to the thing (a phrase, as "seized weapons" is)."""
    found = []
    for verb in sent:
        if (hit := found_thing(verb, finds)) is not None:
            cls, thing = hit
            found.append((verb, cls, sent.doc[min(verb.i, thing.i) : max(verb.i, thing.i) + 1]))
    return found
