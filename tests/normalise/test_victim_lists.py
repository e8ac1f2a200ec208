"""Tolls told as lists of victims, with companions, and with the same dead told twice."""

from __future__ import annotations

import pytest

from warlog.normalise.quantities import extract_quantities, fatalities


def deaths(nlp, text: str) -> int | None:
    sentences = list(nlp(text).sents)
    assert len(sentences) == 1, [s.text for s in sentences]
    return fatalities(extract_quantities(sentences[0]))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # A list the parser reads as an apposition: every item is more dead.
        ("Raiders killed a guard, two members of a village patrol, and a health worker near the market.", 4),
        ("Gunmen killed two soldiers, a policeman and a customs officer at the border post.", 4),
        # A list after a count of people in general says who they were.
        ("Bandits killed four people, three farmers and a herder, on the road to the town.", 4),
        ("Attackers killed three people, two women and a child.", 3),
    ],
)
def test_a_list_of_victims_adds_up_unless_it_names_those_counted(nlp, text: str, dead: int) -> None:
    assert deaths(nlp, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Nine fighters were killed, as well as 3 other people, in the raid on the camp.", 12),
        ("A local chief was killed alongside another villager in the night attack.", 2),
        ("A sergeant killed another at the barracks after a quarrel.", 1),
        ("Unknown armed men killed on Thursday the secretary of a farmers' union in the town.", 1),
    ],
)
def test_victims_told_beside_the_first(nlp, text: str, dead: int | None) -> None:
    assert deaths(nlp, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed nine villagers (six men were shot dead and three women were burned alive) in the attack.", 9),
        ("Militants killed three traders (one was burned alive) at the market.", 3),
        ("He was stabbed and killed; his family believes he was killed by a rival gang.", 1),
        ("Gunmen shot dead a retired judge and human rights advocate outside the court.", 1),
    ],
)
def test_the_same_dead_told_twice_count_once(nlp, text: str, dead: int) -> None:
    assert deaths(nlp, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A crowd tried to lynch a suspected thief at the bus station.", None),
        ("Police stopped the mob from lynching two suspected kidnappers.", None),
    ],
)
def test_what_the_list_verb_did_not_do(nlp, text: str, dead: int | None) -> None:
    assert deaths(nlp, text) == dead


def test_a_post_attacked_is_no_victim_of_the_next_verb(nlp) -> None:
    """"attacked a police post ..., killed 6 officers, wounded 9 others": the post is
    neither killed nor wounded, whatever the parser hangs the verbs on."""
    text = (
        "On 3 May 2021, bandits (a local gang) attacked a police post in Kaura [Kaura town] (Zamfara), "
        "killed at least 6 officers, wounded 9 others, and burned or looted the cells."
    )
    counted = [(q.text, q.what) for q in extract_quantities(next(nlp(text).sents))]
    assert counted == [("at least 6", "fatalities"), ("9", "injured")]


def test_a_participle_after_a_verbless_list_tells_each_item(nlp) -> None:
    """"one soldier and 3 attackers killed": a summary's list with no verb of its own."""
    assert deaths(nlp, "Troops intervened, and one soldier and 3 attackers killed in the fighting.") == 4
