"""Government measures ACLED codes as a change to group/activity: a curfew, a state of
emergency, a border closure, imposed.

The measure is named by a noun phrase ("a three-month state of emergency") and done by
the verb that imposes it ("declared", "was imposed"). The lexicon's phrases cannot join
the two (a hyphen or a long modifier parts them), so the parse does: the imposing verb
anchors the event, and its subject is who decided ("the government", "Chad"). A measure
only named ("protested against the curfew", "an end to the curfew") is no event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span, Token

MEASURE_CLASS = "Change to group/activity"
# The measure's noun may be what the verb acts on or, in the passive, its subject.
MEASURE_DEPS = frozenset({"dobj", "nsubjpass"})


@dataclass(frozen=True)
class Measures:
    """The compiled ``measures`` section of data/triggers.json."""

    nouns: Matcher
    verbs: frozenset[str]
    closing_verbs: frozenset[str]
    closed_objects: frozenset[str]


def compile_measures(nlp: Language, data: dict) -> Measures:
    """A matcher for the measure noun phrases; a determiner or possessive may part their
    words ("closure of its border")."""
    matcher = Matcher(nlp.vocab)
    gap = {"POS": {"IN": ["DET", "PRON"]}, "OP": "?"}
    patterns = []
    for words in data.get("nouns", []):
        pattern: list[dict] = []
        for k, word in enumerate(words):
            if k:
                pattern.append(gap)
            pattern.append({"LEMMA": {"IN": [word, word.title()]}})
        patterns.append(pattern)
    if patterns:
        matcher.add("measure", patterns)
    closing = data.get("closing", {})
    return Measures(
        matcher,
        frozenset(data.get("verbs", [])),
        frozenset(closing.get("verbs", [])),
        frozenset(closing.get("objects", [])),
    )


def _phrase_head(span: Span) -> Token:
    """The word of the phrase the rest hangs on ("state" in "state of emergency")."""
    return next((t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i), span.root)


def imposing_verb(head: Token, verbs: frozenset[str]) -> Token | None:
    """The verb that imposes the measure headed by ``head``, if the sentence says one does
    ("imposed a curfew and a ban", "a curfew was imposed")."""
    while head.dep_ == "conj":
        head = head.head
    verb = head.head
    if head.dep_ in MEASURE_DEPS and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
        return verb
    return None


def measure_verbs(sent: Span, measures: Measures) -> list[Token]:
    """Verbs in the sentence that impose a measure or close a border, in reading order."""
    found: dict[int, Token] = {}
    for _, start, end in measures.nouns(sent):
        verb = imposing_verb(_phrase_head(sent[start:end]), measures.verbs)
        if verb is not None:
            found[verb.i] = verb
    for token in sent:
        if token.pos_ == "VERB" and token.lemma_.lower() in measures.closing_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in measures.closed_objects for c in token.children
        ):
            found[token.i] = token
    return [found[i] for i in sorted(found)]
