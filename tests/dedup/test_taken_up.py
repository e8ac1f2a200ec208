"""Round 13: a story going back to its arrest or protest by a definite description or a surname,
however far down; two reports of one stated day placed by their datelines, one naming the
other's town; two violent reports naming one quarter of a town."""

from __future__ import annotations

from test_named import NAIROBI, NAKURU, arrest, together
from test_told import KANO, clusters, story

from warlog.dedup.followup import takes_up
from warlog.dedup.locality import quarters

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


MARCH_NAKURU = arrest(
    "star-5",
    "teachers from nakuru marched through the streets on friday against the new levy, closing schools across the "
    "county and blocking the main highway.",
    NAKURU,
    sub="Peaceful protest",
)


def test_two_reports_of_one_stated_day_placed_by_their_datelines_link_when_one_names_the_other_town() -> None:
    from_capital = arrest("nation-5", "our reporter adds from nakuru: about 300 teachers marched on friday against the levy.",
                          NAIROBI, sub="Peaceful protest")
    assert together(MARCH_NAKURU, from_capital)
    unnamed = arrest("nation-6", "about 300 teachers marched on friday against the levy.", NAIROBI, sub="Peaceful protest")
    assert not together(MARCH_NAKURU, unnamed)
    other_day = arrest("nation-7", "our reporter adds from nakuru: about 300 teachers marched on friday against the levy.",
                       NAIROBI, day="2023-07-14", sub="Peaceful protest")
    assert not together(MARCH_NAKURU, other_day)


def test_quarters_are_the_names_before_area_not_descriptions() -> None:
    assert quarters("police fired in the kibera mashimoni area of the city") == frozenset({"kibera", "mashimoni"})
    assert quarters("shops were burnt in the sensitive area near the riot-hit locality") == frozenset()


def test_two_violent_reports_naming_one_quarter_of_a_town_are_one_happening() -> None:
    firing = arrest("star-8", "one man died when police fired on stone-throwing youths in the mathare area on friday.",
                    NAIROBI, sub="Attack")
    riot = arrest("nation-8", "shops were looted and a bus set alight as crowds fought in mathare area of nairobi.",
                  NAIROBI, sub="Mob violence")
    elsewhere = arrest("nation-9", "shops were looted and a bus set alight as crowds fought in kibera area of nairobi.",
                       NAIROBI, sub="Mob violence")
    assert together(firing, riot)
    assert not together(firing, elsewhere)
