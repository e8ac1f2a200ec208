"""Counts told without a number: "a civilian was killed" (one), "killing him" (one), "no one
was hurt" (zero). ACLED counts them as stated; a pronoun subject ("he died") may be someone
already counted, so it is kept apart.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..record import Quantity
from .causes import told_as_cause
from .counted import (
    ANIMALS,
    EARLIER_FATALITIES,
    FATALITIES,
    PLACE_NOUNS,
    PRONOUN_FATALITY,
    bodies_of,
    carried_dead,
    context_role,
    verb_role,
)
from .victims import (
    killed_oneself,
    listed_appositive,
    married_pair,
    object_after_date,
    same_person,
    subject_before_passive,
    verb_object,
)

_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_SINGLE_ROLES = {FATALITIES, "injured", "arrested", "abducted"}
_COLLECTIVE = {"number", "group", "family", "crowd", "convoy", "unit", "team", "lot", "majority",
               "couple", "few", "handful", "people", "other", "personnel", "force", "police"}
_OBJECT_PRONOUNS = {"him", "her"}
# Happenings, never victims: "The attack led to one death" counts one dead, not the attack.
_HAPPENINGS = {"attack", "clash", "ambush", "raid", "explosion", "blast", "bombing", "strike", "shooting", "fighting",
               "operation", "offensive", "incident", "violence", "assault", "battle", "skirmish", "shootout",
               "firefight", "encounter", "exchange", "unrest", "riot", "incursion"}
_PART_OF = {"including", "among", "includes", "include"}


def implicit_singles(sent: Span, counted: list[Quantity]) -> list[tuple[int, Quantity]]:
    """One person per singular victim with no number: "a civilian was killed", "killing him".

    Subject pronouns ("he died") usually refer back to someone already counted: they
    count apart (``PRONOUN_FATALITY``). Collective nouns ("a number of", "a family")
    give no count.
    """
    found: list[tuple[int, Quantity]] = []
    for token in sent:
        pair = married_pair(token)
        person = (
            token.lemma_.lower() not in _COLLECTIVE | ANIMALS | PLACE_NOUNS | _HAPPENINGS or _head_of_people(token) or pair
        )
        singular_noun = (
            token.tag_ == "NN" or _adjective_as_noun(token) or _one_member(token) or _named_person(token) or _another(token)
        ) and person
        object_pronoun = token.lower_ in _OBJECT_PRONOUNS and token.dep_ == "dobj"
        subject_pronoun = token.lower_ in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass")
        if not (singular_noun or object_pronoun or subject_pronoun or killed_oneself(token)):
            continue
        if token.dep_ not in ("dobj", "nsubjpass", "nsubj", "conj", "pobj") and not (
            listed_appositive(token) or object_after_date(token) or subject_before_passive(token) or bodies_of(token)
        ):
            continue
        if same_person(token):
            continue
        if any(c.dep_ in ("nummod", "quantmod") or (c.like_num and c.ent_type_ != "ORDINAL") for c in token.children):
            continue  # counted already; "a fifth fighter died" is one more
        if any(c.dep_ == "det" and c.lower_ in ("no", "some", "any", "each", "every") for c in token.children):
            continue
        if any(a.lower_ in _PART_OF for a in token.ancestors):
            continue  # "four civilians including a teacher who was burned alive": already counted
        # the verb must say it: "the killing" alone is not a victim
        role = context_role(verb_object(token) or token)
        if role not in _SINGLE_ROLES:
            continue
        if role == FATALITIES and (told_as_cause(token) or carried_dead(token)):
            role = EARLIER_FATALITIES
        elif role == FATALITIES and subject_pronoun:
            role = PRONOUN_FATALITY
        elif subject_pronoun:
            continue
        if object_pronoun and any(q.what == role for q in counted):
            continue  # "killed 1 officer ..., killing him": the same person
        phrase = sent.doc[max(token.left_edge.i, sent.start) : token.i + 1]
        if any(phrase.text in q.text or q.text in phrase.text for q in counted):
            continue
        found.append((phrase.start_char - sent.start_char, Quantity(text=phrase.text, value=2 if pair else 1, what=role)))
    return found


def _another(token: Token) -> bool:
    """"a soldier killed another", "another was beheaded": one more person."""
    return token.lower_ == "another" and token.dep_ in ("dobj", "nsubjpass") and not list(token.children)


def _adjective_as_noun(token: Token) -> bool:
    """"shot dead a civilian", "killed his superior": the parser may tag the victim an
    adjective; with a determiner and in an argument's place it is a singular noun."""
    return (
        token.tag_ == "JJ"
        and token.dep_ in ("dobj", "nsubjpass")
        and any(c.dep_ in ("det", "poss") and c.i < token.i for c in token.children)
    )


def _head_of_people(token: Token) -> bool:
    """"the head of the police", "a village head" are persons; "a head of cattle" is not
    (nor "killed livestock")."""
    if token.lemma_.lower() != "head":
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() not in ANIMALS for c in token.children):
        return True  # "a village head", "the district head"
    owners = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return bool(owners) and not any(o.lemma_.lower() in ANIMALS for o in owners)


def _named_person(token: Token) -> bool:
    """"killed Joseph Yalala", "killed Amadou Diallo, a councillor": a person's name (its
    last word), or a name a singular noun describes, is one person."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.ent_type_ == "PERSON" and (following is None or following.ent_iob_ != "I"):
        return True
    return token.tag_ == "NNP" and any(c.dep_ == "appos" and c.tag_ == "NN" for c in token.children)


def _one_member(token: Token) -> bool:
    """"a Naxal", "a male IDP": a proper noun after "a/an" is one member of a group."""
    return token.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


_ZERO_NOUNS: dict[str, str] = {
    "casualty": FATALITIES, "fatality": FATALITIES, "death": FATALITIES, "dead": FATALITIES,
    "injury": "injured", "arrest": "arrested", "life": FATALITIES,
}


def stated_zeros(sent: Span) -> list[tuple[int, Quantity]]:
    """Explicit zero counts: "no fatalities", "no casualties", "no one was killed"."""
    zeros: list[tuple[int, Quantity]] = []
    for token in sent:
        if token.lower_ not in ("no", "without", "nobody", "none"):
            continue
        if token.lower_ in ("nobody", "none") or (token.lower_ == "no" and token.head.lower_ in ("one", "body")):
            subject = token if token.lower_ in ("nobody", "none") else token.head
            if subject.dep_ in ("nsubj", "nsubjpass"):
                role = verb_role(subject.head, object_position=subject.dep_ == "nsubjpass")
                if role:
                    zeros.append(_zero(sent, subject, subject.head, role))
            continue
        nouns = [token.head] if token.lower_ == "no" else [c for c in token.children if c.dep_ == "pobj"]
        for noun in nouns:
            for counted in (noun, *(c for c in noun.children if c.dep_ == "conj")):
                role = _ZERO_NOUNS.get(counted.lemma_.lower()) or _loss_of_life(counted)
                if role and noun.i > token.i:
                    zeros.append(_zero(sent, token, counted, role))
    return zeros


def _loss_of_life(noun: Token) -> str | None:
    """"no loss of life": no fatalities."""
    of_life = any(o.lemma_.lower() == "life" for p in noun.children if p.lower_ == "of" for o in p.children)
    return FATALITIES if noun.lemma_.lower() == "loss" and of_life else None


def _zero(sent: Span, first: Token, last: Token, what: str) -> tuple[int, Quantity]:
    offset, text = _phrase(sent, first, last)
    return offset, Quantity(text=text, value=0, what=what)


def _phrase(sent: Span, first: Token, last: Token) -> tuple[int, str]:
    """(offset in the sentence, text) of the tokens from ``first`` to ``last``, with a leading "no"."""
    start, end = sorted((first.i, last.i))
    if start > sent.start and sent.doc[start - 1].lower_ == "no":
        start -= 1
    phrase = sent.doc[start : end + 1]
    return phrase.start_char - sent.start_char, phrase.text
