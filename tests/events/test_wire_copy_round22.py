"""Agency copy of conflict news (round 22, issue 6): a bearing's reference town against
the town told next, a group only said to be around, a search with no fighting, a road
between two towns, a happening named only to say who speaks, and aircraft.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

STORY_DAY = date(2024, 6, 9)  # a Sunday

REUTERS = (
    "BAGHDAD (Reuters) - A roadside bomb tore through an army convoy north of Baghdad on Sunday, killing three "
    "soldiers, security sources said.\n"
    "The bomb went off as the convoy passed near the town of Tarmiya, some 50 km from the capital, the sources said."
)
AFP = (
    "Baghdad (AFP) - Three Iraqi soldiers were killed on Sunday when an explosive device hit their vehicle in "
    "Tarmiya, the military said.\n"
    "No group claimed the attack, but Islamic State militants remain active in the area."
)


def test_a_town_told_next_beats_the_reference_of_a_bearing(story) -> None:
    (event,) = story(REUTERS)
    # "north of Baghdad" only says where from; the next sentence says where.
    assert event.location.text == "Tarmiya"
    assert event.location.precision == 2
    assert len(event.mentions) == 2


def test_two_agencies_telling_one_roadside_bombing_are_one_event(wire) -> None:
    index = wire(("rtr", REUTERS, "Reuters", STORY_DAY), ("afp", AFP, "AFP", STORY_DAY))
    (bombing,) = index.clusters.values()
    assert bombing.corroboration == 2


def test_an_explosive_device_is_a_remote_explosive(story) -> None:
    (event,) = story("Two policemen died when an explosive device hit their patrol car near Kismayo on Saturday.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 2


@pytest.mark.parametrize(
    "text",
    [
        AFP,
        (
            "A car bomb went off outside a bank in Kirkuk on Saturday, killing four people, police said.\n"
            "Nobody has claimed responsibility for the bombing, but Islamic State fighters operate in the nearby hills."
        ),
        (
            "Gunmen killed six soldiers at a checkpoint near Gao on Saturday, the army said.\n"
            "The group did not claim the attack, but JNIM fighters are active in the region."
        ),
    ],
    ids=["no-group", "nobody", "did-not-claim"],
)
def test_a_group_only_said_to_be_around_is_no_doer(story, text) -> None:
    (event,) = story(text)
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert len(event.mentions) == 2


def test_a_group_that_claims_the_attack_is_its_doer(story) -> None:
    text = (
        "A car bomb went off outside a bank in Kirkuk on Saturday, killing four people, police said.\n"
        "Islamic State claimed the bombing in a statement."
    )
    (event,) = story(text)
    assert event.actor1.name.startswith("Islamic State")


def test_a_search_operation_with_no_fighting_is_no_battle(story) -> None:
    assert story("Troops launched a search operation in the Sambisa forest on Saturday after the attack, the army said.") == []
    text = "Iraqi troops launched a search operation in Tarmiya on Monday, a day after a bombing killed three soldiers there."
    assert story(text, date(2024, 6, 10)) == []
    # What the search made is told in its own clause: arrests, not a battle.
    (arrests,) = story("The army began a clearance operation around Kidal on Saturday and arrested 14 suspects.")
    assert arrests.sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped more than 60 travellers on a road between Kaduna and Abuja on Saturday, police said.",
        "Bandits kidnapped 30 passengers on the Kaduna-Abuja highway on Saturday, police said.",
        "Bandits seized 30 passengers on the highway linking Kaduna to Abuja on Saturday, police said.",
    ],
    ids=["between", "hyphen", "linking"],
)
def test_a_road_between_two_towns_is_near_the_first(story, text) -> None:
    (event,) = story(text)
    assert event.location.name == "Kaduna"
    assert event.location.precision == 2


def test_a_happening_named_to_say_who_speaks_is_no_new_event(story) -> None:
    assert story("Pupils freed after the Kuriga abduction told reporters on Monday that their captors fed them once a day.") == []
    text = (
        "KADUNA, Nigeria (Reuters) - Gunmen kidnapped 120 pupils from a school in Kuriga in Kaduna state on "
        "Thursday, police said.\n"
        "Pupils freed after the Kuriga abduction told reporters they had been marched through the forest for days."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Fighter jets struck a wedding party in the village of Let Yet Kone on Saturday, residents said.",
        # Bombs are dropped from the air, whatever else the sentence names (a roadside).
        "Government troops dropped bombs on a village near a roadside checkpoint in Blue Nile state on Saturday, killing five people.",
    ],
    ids=["jets-struck", "bombs-dropped"],
)
def test_aircraft_and_dropped_bombs_make_an_air_strike(story, text) -> None:
    (event,) = story(text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
