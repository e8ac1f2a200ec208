"""Targets when the verb's object is a thing: recipients, measures, complements, stances,
claims and the authors of words answered (warlog.extract.targets through find_roles);
what a role's span leaves out."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from warlog.extract.roles import find_roles, noun_phrase
from warlog.extract.actors_eval import main_verb


def _sent(nlp, text: str) -> Span:
    return next(iter(nlp(text).sents))


def _target(nlp, text: str) -> str | None:
    """actor2's core phrase for the sentence's main verb."""
    sent = _sent(nlp, text)
    roles = find_roles(main_verb(sent), sent)
    return noun_phrase(roles.actor2).text if roles.actor2 is not None else None


def _full_target(nlp, text: str) -> str:
    sent = _sent(nlp, text)
    return " ".join(span.text for span in find_roles(main_verb(sent), sent).spans(2))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # What changes hands is no party: who receives it is.
        ("The Dutch government gave four million euros in food aid to displaced families last year.", "displaced families"),
        ("The charity delivered blankets and tents to about 300 households near the river.", "about 300 households"),
        ("The ministry withdrew its engineers from the northern district after the floods.", "the northern district"),
        # A measure weighs on whoever it is imposed on.
        ("The council lifted the travel restrictions imposed on Ghanaian traders in 2019.", "Ghanaian traders"),
        ("The regional bloc eased its embargo on Mali after the vote.", "Mali"),
        ("The ministry lifted its restrictions on hundreds of seasonal workers from the south.", "hundreds of seasonal workers"),
        # A relation names its party; a party object still wins.
        ("The senator pledged strong support for the striking dockworkers.", "the striking dockworkers"),
        ("Soldiers arrested two traders and handed them to the police.", "two traders"),
        # "Call for" takes its object after "for"; a count of people is a party.
        ("The opposition called for sanctions against the ruling party's youth wing.", "the ruling party's youth wing"),
        ("The authorities opened investigations against hundreds of traders in the port.", "hundreds of traders"),
        # A catenative verb acts on its complement's target; a thing it makes is none.
        ("The mayor agreed to lift the curfew imposed on street vendors.", "street vendors"),
        ("The union is willing to hand the documents to the inspectors.", "the inspectors"),
        ("The rebels threatened to shell the army barracks outside the town.", "the army barracks"),
        ("The provincial government agreed to build a new hospital.", None),
        # A stance is about the subject of its clause, unless that is the speaker again.
        ("The envoy expressed hope that the rebel commanders would return to the talks.", "the rebel commanders"),
        ("The teachers' union warned that it will keep the schools shut.", None),
        # Denied words act on their author; a claimed attack points at what it hit.
        ("The ministry denied charges by a local rights group that it had hidden the report.", "a local rights group"),
        ("The armed group claimed responsibility for the ambush on a police patrol near the market.", "a police patrol"),
    ],
)
def test_target_of_the_main_verb(nlp, text: str, target: str | None) -> None:
    assert _target(nlp, text) == target


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The army issued a stern warning to the Southern Liberation Front (SLF).", "the Southern Liberation Front (SLF)"),
        # An apposition that names no one is a comment; a name in apposition stays.
        ("The rebels burned the clinic, a small building near the school.", "the clinic"),
        ("The minister received the new ambassador, Marta Okello, at the palace.", "the new ambassador, Marta Okello"),
    ],
)
def test_target_span(nlp, text: str, span: str) -> None:
    assert _full_target(nlp, text) == span


def test_a_date_hung_on_the_doer_is_no_part_of_its_span(nlp) -> None:
    sent = _sent(nlp, "Russian police on Saturday detained dozens of students in Moscow.")
    assert [span.text for span in find_roles(main_verb(sent), sent).spans(1)] == ["Russian police"]
