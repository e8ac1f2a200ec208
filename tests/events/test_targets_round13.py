"""Who an attack is aimed at: homes and vehicles stand for their occupants, police and
soldiers shot at are a side of a clash, and a doer the parser hangs on a fronted place."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


def main_event(pipeline: Pipeline, text: str):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2021, 3, 10)))
    assert events, text
    return events[0]


def types(event) -> set[str]:
    return {a.type for a in (event.actor1, event.actor2) if a is not None}


def test_shots_at_a_judges_residence_target_civilians(pipeline):
    event = main_event(pipeline, "Unknown gunmen fired shots at the residence of a district judge in Kasese town on Sunday night.")
    assert event.actor2 is not None and event.actor2.type == "Civilians"
    assert types(event) == {"Political militia", "Civilians"}


def test_a_police_officers_car_shot_at_stands_for_the_police(pipeline):
    event = main_event(pipeline, "Gunmen opened fire on the car of a police inspector near Garissa on Friday.")
    assert event.actor2 is not None and event.actor2.type == "State forces"
    assert event.actor2.text == "the car"  # the target read off the car, not the paragraph


def test_a_police_officer_shot_dead_by_gunmen_is_a_clash_with_the_police(pipeline):
    event = main_event(pipeline, "A traffic police officer on duty was shot dead by two men on a motorbike in Peshawar on Monday morning.")
    assert event.sub_event_type == "Armed clash"
    assert types(event) == {"Political militia", "State forces"}
    for out_of_the_fight in ("A retired soldier", "An off-duty police officer"):
        event = main_event(pipeline, f"{out_of_the_fight} was shot dead by two men on a motorbike in Peshawar on Monday morning.")
        assert event.actor2 is not None and event.actor2.type == "Civilians", out_of_the_fight


def test_a_doer_parsed_as_the_fronted_places_apposition_is_still_the_doer(pipeline):
    event = main_event(pipeline, "On 12 March, in Lolwa, an unidentified ethnic militia has attacked the villagers, wounding 5.")
    assert event.actor1 is not None and event.actor1.type == "Identity militia"


def test_a_ministry_vehicle_shot_at_carried_civilians(pipeline):
    event = main_event(pipeline, "Suspected jihadists opened fire on a vehicle of the Ministry of Health near Torodi on Sunday.")
    assert event.actor2 is not None and event.actor2.type == "Civilians"


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, two rival groups fought near a polling station in Kisumu. "
        "Police resorted to firing in the air to control the groups.",
        "An activist of the ruling party's student wing died when two rival groups "
        "of the organisation clashed in Sylhet on Saturday.",
    ],
)
def test_two_rival_groups_fighting_are_rioters_against_rioters_and_police_breaking_it_up_no_side(pipeline, text):
    event = main_event(pipeline, text)
    assert event.sub_event_type == "Mob violence"
    assert types(event) == {"Rioters"}
    herders = main_event(pipeline, "Two rival groups of herders clashed over a water point near Wajir on Monday, leaving three dead.")
    assert "Rioters" not in types(herders)  # herders fighting are communities (ACLED), not rioters


def test_a_truck_rioters_torched_carried_civilians(pipeline):
    event = main_event(pipeline, "During the strike, youths torched a truck belonging to a private company near Birgunj.")
    assert event.sub_event_type == "Violent demonstration"
    assert types(event) == {"Rioters", "Civilians"}


def test_a_crackdown_a_crowd_marches_against_is_no_intervention_in_its_march(pipeline):
    event = main_event(pipeline, "Traders marched through Kisumu on Tuesday to protest against the police crackdown on hawkers.")
    assert event.sub_event_type == "Peaceful protest"
    assert types(event) == {"Protesters"}
