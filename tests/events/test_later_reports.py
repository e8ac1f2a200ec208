"""Later reports that refer back to a happening (stop 20, issue 6): a story a week on
names the abduction by its town and day, from another dateline; it is a mention of the
first report's event, not a second abduction.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest


FIRST = (
    "GUSAU, Nigeria (Reuters) - Gunmen on Thursday seized about 60 worshippers from a mosque in Kanoma, "
    "a village in Zamfara state, residents said.\n"
    "The attackers fired into the air and led the captives into a forest, one resident said."
)
ELSEWHERE = (
    "SOKOTO, Nigeria (AFP) - Armed men on Thursday abducted 15 farmers from their fields near Gidan Madi "
    "in Sokoto state, a local official said."
)
WEEK_LATER = (
    "ABUJA, Nigeria (AP) - Security forces said on Friday they had freed 41 of the captives.\n"
    "The Kanoma abduction on March 7 was the third mass kidnapping in the region this year."
)


def test_a_later_report_naming_the_abduction_by_its_town_and_day_joins_it(wire) -> None:
    index = wire(
        ("rtr", FIRST, "Reuters", date(2024, 3, 8)),
        ("afp", ELSEWHERE, "AFP", date(2024, 3, 8)),
        ("ap", WEEK_LATER, "AP", date(2024, 3, 15)),
    )
    joined = {frozenset(index.events[e].article_id for e in c.member_ids) for c in index.clusters.values()}
    # Placed at the capital's dateline, dated by its own words: only the name ties it to
    # the first report. The abduction elsewhere on the same day stays apart.
    assert joined == {frozenset({"rtr", "ap"}), frozenset({"afp"})}


def test_a_strike_that_hits_a_gathering_is_the_air_strike_not_a_protest(story) -> None:
    (event,) = story("The strike hit a funeral attended by supporters of the opposition in a village near Monywa, a witness said.")
    assert event.sub_event_type == "Air/drone strike"
    (walkout,) = story("A general strike hit businesses in Mandalay on Monday as traders kept their shops shut.")
    assert walkout.event_type == "Protests"


def test_fighters_capturing_a_police_station_take_a_place_not_people(story) -> None:
    (event,) = story("Insurgents captured a police station in Loikaw on Thursday after a three-hour gunfight.")
    assert event.sub_event_type != "Abduction/forced disappearance"
    assert event.event_type == "Battles"


JET = (
    "(Reuters) - A military jet bombed a village in Myanmar's Magway region on Sunday, killing at least 32 people "
    "gathered for a school opening, a resident and local media said."
)
BOMBED = (
    "BANGKOK (AP) - Myanmar's army dropped bombs on a school opening in Magway region on Sunday, killing about 30 "
    "people, according to witnesses."
)
TOLL_RISES = "The death toll from Sunday's air strike in Magway region rose to 41, a rescue worker said on Tuesday."


CLASH = (
    "PORT SUDAN (Reuters) - Sudan's army and the Rapid Support Forces fought in the city of Nyala on Thursday, "
    "killing at least 22 civilians, a medical group said."
)
TOLL_ALONE = "The death toll from Thursday's fighting in Nyala has risen to 35, the medical group said on Saturday."


@pytest.mark.parametrize(
    ("stories", "outlets", "toll_range"),
    [
        # Two counts a little apart, then "the toll from Sunday's air strike": the strike's
        # day, not the day a count starts from.
        (
            (
                ("rtr", JET, "Reuters", date(2023, 6, 12)),
                ("ap", BOMBED, "AP", date(2023, 6, 12)),
                ("local", TOLL_RISES, "Myanmar Now", date(2023, 6, 13)),
            ),
            3,
            (30, 41),
        ),
        # A toll stated alone is a report of the fighting it counts, not a sentence to veto.
        (
            (("rtr", CLASH, "Reuters", date(2024, 6, 14)), ("local", TOLL_ALONE, "Sudan Tribune", date(2024, 6, 15))),
            2,
            (22, 35),
        ),
    ],
    ids=["air-strike", "toll-alone"],
)
def test_outlets_counting_one_happening_and_a_later_toll_are_one_event(wire, stories, outlets, toll_range) -> None:
    (happening,) = wire(*stories).clusters.values()
    assert happening.corroboration == outlets
    assert happening.fatality_range == toll_range



INQUIRY = (
    "The U.N. human rights office on Tuesday called for an independent inquiry into the Thitkyin air strike, "
    "which killed about 40 villagers last month."
)


def test_an_inquiry_into_a_strike_is_expected_not_the_strike(story) -> None:
    (strike,) = story(INQUIRY)
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.modality != "expected"
    (threat,) = story("Rebels threatened an attack on the army base in the hills.")
    assert threat.modality == "expected"


def test_captives_marched_through_a_forest_are_no_protest_march(story) -> None:
    told = story("Freed pupils told reporters that the gunmen had marched them through the forest for nine days.")
    assert all(e.event_type != "Protests" for e in told)
    (march,) = story("Hundreds of students marched through the city centre on Monday to demand the release of their classmates.")
    assert march.event_type == "Protests"
