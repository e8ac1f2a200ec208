"""A crowd gathering for a cause is a protest, though no protest word is used.

"Youths gathered in support of the prime minister", "traders assembled outside the
office to demand compensation", "villagers converged on the police station against the
arrest": ACLED codes these as protests. A gathering with no cause ("families were
gathered in their lawn", "guests assembled for dinner") is none, so the verb counts
only when the parse gives it a purpose: "in support of", "against", or a clause of
demanding or opposing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

GATHERING_CLASS = "protest"
PURPOSE_DEPS = frozenset({"xcomp", "advcl", "conj"})


@dataclass(frozen=True)
class Gatherings:
    """The ``gatherings`` section of data/triggers.json."""

    verbs: frozenset[str]  # gather, assemble, converge
    causes: frozenset[str]  # verbs of a purpose clause: demand, oppose, condemn


def compile_gatherings(data: dict) -> Gatherings:
    return Gatherings(frozenset(data.get("verbs", [])), frozenset(data.get("causes", [])))


def _for_or_against(prep: Token) -> bool:
    """"against the decision", "in support of the minister", "in protest at the killing"."""
    if prep.lower_ == "against":
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ == "in" and any(o.lemma_.lower() in ("support", "solidarity", "protest") for o in objects)


def gathered_for_a_cause(verb: Token, gatherings: Gatherings) -> bool:
    """The verb gathers people and the sentence says what for."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in gatherings.verbs:
        return False
    for child in verb.children:
        if child.dep_ == "prep" and _for_or_against(child):
            return True
        if child.dep_ in PURPOSE_DEPS and child.pos_ == "VERB" and child.lemma_.lower() in gatherings.causes:
            return True
    return False


def gathering_verbs(sent: Span, gatherings: Gatherings) -> list[Token]:
    """The verbs of the sentence that gather people for a cause."""
    return [t for t in sent if gathered_for_a_cause(t, gatherings)]
