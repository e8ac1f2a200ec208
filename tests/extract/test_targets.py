"""Targets when the verb's object is a thing: recipients, measures, complements, stances,
claims and the authors of words answered (warlog.extract.targets through find_roles)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from warlog.extract.actors import find_roles, noun_phrase
from warlog.extract.actors_eval import main_verb


def _target(nlp, text: str) -> str | None:
    """actor2's core phrase for the sentence's main verb."""
    sent = next(iter(nlp(text).sents))
    roles = find_roles(main_verb(sent), sent)
    return noun_phrase(roles.actor2).text if roles.actor2 is not None else None


def _full_target(nlp, text: str) -> str:
    sent: Span = next(iter(nlp(text).sents))
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
    ],
)
def test_recipient_beats_a_thing_object(nlp, text: str, target: str) -> None:
    assert _target(nlp, text) == target


def test_a_relation_object_points_at_its_party(nlp) -> None:
    assert _target(nlp, "The senator pledged strong support for the striking dockworkers.") == "the striking dockworkers"


def test_a_party_object_still_wins(nlp) -> None:
    assert _target(nlp, "Soldiers arrested two traders and handed them to the police.") == "two traders"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The mayor agreed to lift the curfew imposed on street vendors.", "street vendors"),
        ("The union is willing to hand the documents to the inspectors.", "the inspectors"),
    ],
)
def test_a_catenative_verb_takes_its_complements_target(nlp, text: str, target: str) -> None:
    assert _target(nlp, text) == target


def test_a_complements_thing_object_is_no_target(nlp) -> None:
    assert _target(nlp, "The provincial government agreed to build a new hospital.") is None


def test_a_stance_is_about_the_subject_of_its_clause(nlp) -> None:
    assert _target(nlp, "The envoy expressed hope that the rebel commanders would return to the talks.") == "the rebel commanders"


def test_a_pronoun_in_the_clause_is_the_speaker_again(nlp) -> None:
    assert _target(nlp, "The teachers' union warned that it will keep the schools shut.") is None


def test_denied_charges_act_on_their_author(nlp) -> None:
    assert _target(nlp, "The ministry denied charges by a local rights group that it had hidden the report.") == "a local rights group"


def test_claimed_responsibility_points_at_the_attacks_target(nlp) -> None:
    text = "The armed group claimed responsibility for the ambush on a police patrol near the market."
    assert _target(nlp, text) == "a police patrol"


def test_a_closing_bracket_stays_with_its_acronym(nlp) -> None:
    assert _full_target(nlp, "The army issued a stern warning to the Southern Liberation Front (SLF).").endswith("(SLF)")


def test_a_comment_in_apposition_is_no_part_of_the_target(nlp) -> None:
    assert _full_target(nlp, "The rebels burned the clinic, a small building near the school.") == "the clinic"


def test_a_named_apposition_stays(nlp) -> None:
    text = "The minister received the new ambassador, Marta Okello, at the palace."
    assert _full_target(nlp, text) == "the new ambassador, Marta Okello"


def test_calls_for_sanctions_act_on_whom_they_target(nlp) -> None:
    assert _target(nlp, "The opposition called for sanctions against the ruling party's youth wing.") == "the ruling party's youth wing"


def test_a_count_of_people_after_a_preposition_is_a_target(nlp) -> None:
    text = "The authorities opened investigations against hundreds of traders in the port."
    assert _target(nlp, text) == "hundreds of traders"


def test_a_threatened_attack_keeps_its_target(nlp) -> None:
    assert _target(nlp, "The rebels threatened to shell the army barracks outside the town.") == "the army barracks"
