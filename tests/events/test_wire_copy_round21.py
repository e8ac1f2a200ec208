"""Agency copy of conflict news (round 21, issue 6): datelines that are only where the
reporter sat, speakers who are no party, forces seized rather than civilians, weapons
named beside a generic verb, and a crowd kept through the police's tear gas.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

STORY_DAY = date(2024, 3, 15)  # a Friday


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # The sentence puts the kidnapping in a part of the country, not in the capital.
        ("ABUJA, Nigeria (Reuters) - Gunmen abducted 40 villagers in a remote village in northwest Nigeria on Tuesday, police said.", "NG", None),
        # ... or in a village it does not name, of a state the dateline lies in.
        ("KADUNA, Nigeria (AP) - Bandits kidnapped 23 farmers from a village in Kaduna state on Tuesday, police said.", "NG", "Kaduna"),
        # ... or near a border: only the country is known.
        ("BAMAKO (AFP) - Jihadists killed 14 soldiers in an ambush near the border on Monday, the army said.", "ML", None),
        ("KINSHASA (Reuters) - Rebels killed 20 villagers in eastern Congo on Monday, a local official said.", "CD", None),
    ],
    ids=["compass-part", "unnamed-village", "near-the-border", "eastern"],
)
def test_a_dateline_places_no_happening_the_sentence_puts_elsewhere(story, text, country, admin1) -> None:
    (event,) = story(text)
    assert event.location.country_code == country
    assert event.location.admin1 == admin1
    assert event.location.precision == 3


def test_a_dateline_still_places_a_story_naming_no_other_place(story) -> None:
    (event,) = story("ABUJA, Nigeria (Reuters) - Gunmen abducted 40 people on Tuesday, police said.")
    assert event.location.name == "Abuja"
    (capital,) = story("KABUL (AP) - A bomb exploded outside a mosque in Afghanistan's capital on Friday, police said.")
    assert capital.location.name == "Kabul"


def test_the_speaker_of_a_toll_is_its_source_not_a_side(story) -> None:
    (event,) = story("Fighting killed 12 civilians in Um Rawaba on Monday, the local resistance committee said.")
    assert [a.name for a in event.attribution] == ["local resistance committee"]
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    # Neither the committee nor the dead are a communal militia that fought.
    assert all(a.type != "Identity militia" for a in sides)
    assert all("committee" not in (a.text or "") for a in sides)
    assert event.fatalities == 12


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Gunmen abducted five policemen at a checkpoint near Katsina on Sunday, police said.", "Police Forces of Nigeria"),
        # Taken in the fighting or without it: ACLED codes the seizure of serving forces as
        # fighting them, with the forces as the other side.
        ("Rebels captured seven soldiers during fighting near Bunia on Sunday, the army said.", "Military Forces of the Democratic Republic of Congo"),
        ("Militants took two soldiers hostage near Maiduguri on Sunday, the army said.", "Military Forces of Nigeria"),
    ],
    ids=["police", "soldiers-captured", "taken-hostage"],
)
def test_forces_seized_on_duty_are_the_other_side_of_a_clash(story, text, force) -> None:
    (event,) = story(text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2.type == "State forces"
    assert event.actor2.name.startswith(force)


def test_a_soldier_seized_off_duty_is_a_civilian_abducted(story) -> None:
    (event,) = story("Gunmen abducted an off-duty soldier from a bus near Maiduguri on Sunday, residents said.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.actor2.type == "Civilians"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Militants attacked an army base with drones in Kidal region on Sunday, the army said.", "Air/drone strike"),
        ("Rebels attacked a military post with missiles in North Kivu on Sunday, the army said.", "Shelling/artillery/missile attack"),
    ],
    ids=["drones", "missiles"],
)
def test_an_attack_with_a_weapon_from_afar_is_remote_violence(story, text, sub_event_type) -> None:
    (event,) = story(text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == sub_event_type


def test_tear_gas_on_a_road_block_keeps_the_crowd_and_the_police(story) -> None:
    text = (
        "Residents angry over the killings blocked the main road into Beni on Monday.\n"
        "Police fired tear gas to scatter the crowd."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.type == "Protesters"
    assert event.actor2 is not None and event.actor2.type == "State forces"


def test_fighters_who_take_the_police_weapons_loot_them(story) -> None:
    # The state seizing arms disrupts their use; an armed group taking them loots them.
    (event,) = story("Insurgents seized weapons from a police armoury in Shan state on Saturday, residents said.")
    assert event.sub_event_type == "Looting/property destruction"
    assert event.actor1.type != "State forces"


def test_the_fighters_going_on_with_their_raid_are_one_event(story) -> None:
    text = (
        "Resistance fighters attacked a police station in Sagaing region on Saturday, killing three officers, "
        "a resident said.\n"
        "The fighters seized weapons and set the building on fire, the resident said."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor2.type == "State forces"
    assert event.fatalities == 3
    assert len(event.mentions) == 2
