"""Wire stories, round 24 (issue 6): who an ambush's dead are, flight as background,
Kurdish rebels in Turkey and Iraq, lent parties that were not there, and tolls that
several outlets, or two versions of one story, give for one happening.

The stories are invented for these tests; they use the ``story``, ``wire`` and
``story_day`` fixtures of ``conftest.py`` and its default publication day.
"""

from __future__ import annotations

import pytest

# -- 1. the dead of an ambush are the side attacked ------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "victims"),
    [
        (
            "GAO, Mali (Reuters) - Nine Malian soldiers died in an ambush on a supply convoy near Ansongo on "
            "Wednesday, two security sources said.",
            "Mali",
            "Military Forces of Mali",
        ),
        (
            "BELEDWEYNE, Somalia (AFP) - Three policemen died when their checkpoint was ambushed outside "
            "Beledweyne on Tuesday night, a police officer said.",
            "Somalia",
            "Police Forces of Somalia",
        ),
    ],
    ids=["died-in-an-ambush", "died-when-ambushed"],
)
def test_forces_who_died_in_an_ambush_are_its_target(story, text, country, victims) -> None:
    (event,) = story(text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name == f"Unidentified Armed Group ({country})"
    assert event.actor2.name.startswith(victims)


def test_forces_who_died_in_a_gunfight_keep_their_named_foe(story) -> None:
    text = (
        "BELEDWEYNE, Somalia (AFP) - Three policemen died in a gunfight with al Shabaab militants outside "
        "Beledweyne on Tuesday night, a police officer said."
    )
    (event,) = story(text)
    assert {event.actor1.name.split(" (")[0], event.actor2.name} == {"Police Forces of Somalia", "Al Shabaab"}
    assert event.fatalities == 3


def test_an_ambush_in_a_named_village_is_placed_there(story) -> None:
    # spaCy reads the village name as a product; "near X" in the story's state still places it
    text = "MAIDUGURI, Nigeria (Reuters) - Six soldiers died in an ambush near Damboa in Borno state on Saturday."
    (event,) = story(text)
    assert event.location.name == "Damboa"
    assert event.actor2.name.startswith("Military Forces of Nigeria")


# -- 2. what people fled describes them: no event of its own ----------------------------------


def test_families_who_fled_fighting_make_no_record(story) -> None:
    text = (
        "GOMA, Congo (Reuters) - Mortar fire killed six civilians in Sake on Monday, hospital staff said. "
        "Families who fled fighting around the town last month are sheltering in churches in Goma, aid workers said."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.fatalities == 6


def test_villagers_displaced_by_clashes_make_no_record(story) -> None:
    assert story("Villagers displaced by clashes near Rutshuru have crowded into schools in Goma, the United Nations said.") == []


def test_a_clash_told_with_the_flight_it_caused_stays(story) -> None:
    text = (
        "GOMA, Congo (Reuters) - M23 rebels clashed with the army near Sake on Tuesday, and thousands of villagers "
        "fled the fighting, the UN said."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name.startswith("M23")


# -- 3. Kurdish rebels in Turkey and Iraq are the PKK ----------------------------------------


def test_kurdish_militants_in_turkey_are_the_pkk(story) -> None:
    text = (
        "SIIRT, Turkey (AFP) - Kurdish militants killed two Turkish soldiers in an attack on a gendarmerie outpost "
        "in Siirt province on Monday, the interior ministry said."
    )
    (event,) = story(text)
    assert (event.actor1.name, event.actor1.type) == ("PKK: Kurdistan Workers Party", "Rebel group")
    assert event.actor2.name.startswith("Military Forces of Turkey")


def test_turkish_strikes_on_kurdish_militants_in_iraq_hit_the_pkk(story) -> None:
    text = (
        "ERBIL, Iraq (Reuters) - Turkish drones struck Kurdish militant hideouts in the Qandil mountains of "
        "northern Iraq on Sunday, killing five fighters, Turkey's defence ministry said."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor2.name == "PKK: Kurdistan Workers Party"


# -- 4. parties lent from the paragraph (the seed article's patterns) -------------------------


def test_militants_who_surrender_belong_to_the_group_the_paragraph_names(story) -> None:
    text = (
        "DEIR EZZOR, Syria (Reuters) - Islamic State fighters will hold out in Mayadin to the last man, a coalition "
        "official said, but some local militants have surrendered in recent days."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Agreement"
    assert event.actor1.name == "Islamic State (Syria)"
    assert event.actor2 is None or not event.actor2.name.startswith("Islamic State")


def test_the_militias_an_alliance_is_made_of_are_no_side(story) -> None:
    text = (
        "TABQA, Syria (AFP) - Up to 300 Islamic State militants are believed to be trapped in Tabqa by the Syrian "
        "Democratic Forces (SDF) alliance of Kurdish and Arab militias. \"The foreign fighters, we expect them to "
        "fight till the end,\" a coalition spokesman said."
    )
    (event,) = story(text)
    assert event.modality == "expected"
    assert "Arab Ethnic Militia (Syria)" not in {event.actor1.name, event.actor2.name}


def test_a_recalled_capture_lends_no_group_formed_later_nor_its_leader(story) -> None:
    text = (
        "MANBIJ, Syria (AFP) - The SDF, led by the People's Protection Units (YPG), hopes to drive the jihadists "
        "out of Maskanah within weeks, years after Islamic State overran it in 2014."
    )
    (recalled,) = [e for e in story(text) if e.modality == "historical"]
    assert recalled.actor1.name == "Islamic State (Syria)"
    assert recalled.date.start == "2014-01-01"
    assert recalled.actor2 is None or recalled.actor2.name not in {
        "QSD: Syrian Democratic Forces", "YPG: People's Protection Units"
    }


def test_a_place_named_by_its_holder_is_no_party(story) -> None:
    text = (
        "DEIR EZZOR, Syria (AFP) - In the town of Hajin, long the jihadist group's main bastion, many Islamic "
        "State fighters want to stay behind and fight."
    )
    (event,) = story(text)
    assert event.modality == "expected"
    assert event.actor2 is None or not event.actor2.name.startswith("Unidentified")


def test_state_forces_taking_ground_regain_it(story) -> None:
    text = (
        "MOSUL, Iraq (AP) - Amid the push to liberate Tal Afar, the militant chief told his men to hide when "
        "surrounded by Iraqi forces."
    )
    (event,) = story(text)
    assert event.actor1.name.startswith("Military Forces of Iraq")
    assert event.sub_event_type == "Government regains territory"


# -- 5. tolls across outlets, and two versions of one wire story -------------------------------

REUTERS_BASE = (
    "MOGADISHU (Reuters) - Al Shabaab fighters stormed a military base near Afgoye on Saturday, killing 12 "
    "soldiers, a military officer said."
)
AFP_BASE = (
    "Mogadishu (AFP) - At least 15 soldiers were killed on Saturday when Al Shabaab militants attacked an army "
    "base outside the town of Afgoye, residents said."
)
AP_BASE = (
    "MOGADISHU, Somalia (AP) - Islamic extremists of al-Shabab overran a Somali army base near Afgoye on Saturday "
    "and killed 12 soldiers, an officer said."
)


def test_the_toll_most_outlets_give_is_kept_with_the_range(wire, story_day) -> None:
    index = wire(
        ("rtr", REUTERS_BASE, "Reuters", story_day),
        ("afp", AFP_BASE, "AFP", story_day),
        ("ap", AP_BASE, "AP", story_day),
    )
    (raid,) = index.clusters.values()
    assert raid.corroboration == 3
    assert (raid.event.fatalities, raid.fatality_range) == (12, (12, 15))
    (toll,) = [q for q in raid.event.quantities if q.what == "fatalities"]
    assert (toll.min, toll.max) == (12, 15)


FIRST_TAKE = (
    "MAIDUGURI, Nigeria (Reuters) - Suspected Boko Haram militants killed eight villagers in an attack on Kukawa "
    "in Borno state on Saturday, a local official said."
)
SECOND_TAKE = (
    "MAIDUGURI, Nigeria (Reuters) - Suspected Boko Haram militants killed 14 villagers in an attack on Kukawa in "
    "Borno state on Saturday, a local official said, raising an earlier toll of eight. The gunmen also burned "
    "houses, residents said."
)
OTHER_OUTLET = (
    "Kano (AFP) - Boko Haram jihadists killed eight people in the village of Kukawa in northeast Nigeria on "
    "Saturday, a militia leader told AFP."
)


def test_an_updated_version_of_a_story_is_one_outlet_and_raises_its_toll(wire, story_day) -> None:
    index = wire(
        ("rtr-1", FIRST_TAKE, "Reuters", story_day),
        ("rtr-2", SECOND_TAKE, "Reuters", story_day),
        ("afp-1", OTHER_OUTLET, "AFP", story_day),
    )
    (attack,) = index.clusters.values()
    assert attack.corroboration == 2
    assert attack.fatality_range == (8, 14)
    # Reuters backs 14 (its later take), AFP 8: a tie goes to the higher, corrected count
    assert attack.event.fatalities == 14
