"""Round 13: a story going back to its arrest or protest by a definite description or a surname,
however far down. (Two rules of the same round, reports of one stated day placed by their
datelines and violent reports naming one quarter of a town, were dropped: on re-coded
records they made 11 wrong pairs for 1 right.)"""

from __future__ import annotations

from test_told import KANO, clusters, story

from warlog.dedup.followup import takes_up

FAR = 600


def test_definite_descriptions_and_surnames_take_up_an_earlier_happening() -> None:
    assert takes_up("The arrested persons were named as two traders from the old market.", frozenset())
    assert takes_up("Those who took part in the sit-in included three councillors.", frozenset())
    assert takes_up("Otieno and his aides were taken to the central police station.", frozenset({"otieno"}))
    assert not takes_up("The market reopened on Thursday.", frozenset({"otieno"}))
    assert not takes_up("Several traders were arrested at the market.", frozenset())


def test_a_protest_taken_up_far_down_by_the_protesters_is_one_happening() -> None:
    told = story(
        "wire-40",
        ("Hundreds of nurses marched to the Kano state house on Monday over unpaid salaries.", "Peaceful protest", KANO),
        ("The health commissioner said talks would resume next week.", "Agreement", KANO),
        ("The protesters were demanding three months of arrears.", "Peaceful protest", KANO),
        gap=FAR,
    )
    assert clusters(told) == [{0, 2}, {1}]


def test_a_description_of_another_kind_or_of_victims_far_down_stays_apart() -> None:
    other_kind = story(
        "wire-41",
        ("Hundreds of nurses marched to the Kano state house on Monday over unpaid salaries.", "Peaceful protest", KANO),
        ("The arrested persons were later freed on bail.", "Arrests", KANO),
        gap=FAR,
    )
    assert clusters(other_kind) == [{0}, {1}]
    violence = story(
        "wire-42",
        ("Two traders were stabbed near the Kano central market on Monday.", "Attack", KANO),
        ("The victims had been hiding in a school when a crowd found them.", "Mob violence", KANO),
        gap=FAR,
    )
    assert clusters(violence) == [{0}, {1}]


def test_a_leader_arrested_told_again_by_his_surname_is_that_arrest() -> None:
    told = story(
        "wire-43",
        ("Police arrested opposition leader peter otieno outside Kano on Monday.", "Arrests", KANO),
        ("The party called a press conference in the capital.", "Agreement", KANO),
        ("Otieno was driven to a police station before dawn.", "Arrests", KANO),
        gap=FAR,
    )
    assert clusters(told) == [{0, 2}, {1}]
