"""Wire stories, round 25 (issue 6): stands taken on what may come, forces named by who
backs them, ground taken by a foreign coalition's allies, places spaCy calls persons,
deaths told with no cause, denials of a strike, and crowds counted as a range.

The stories are invented for these tests; they use the ``story`` fixture of
``conftest.py`` and its default publication day (2020).
"""

from __future__ import annotations

import pytest

SDF = "QSD: Syrian Democratic Forces"

# -- 1. a happening named with "any" is a stand taken, no event --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "RAQQA, Syria (Reuters) - A coalition spokesman said the alliance would not back any negotiated "
        "withdrawal of Islamic State fighters who claim to have surrendered.",
        "MOGADISHU (Reuters) - The army said it would answer any attack on its bases in Lower Shabelle with force.",
    ],
    ids=["no-backing-for-any-withdrawal", "would-answer-any-attack"],
)
def test_a_stand_on_any_happening_is_no_event(story, text) -> None:
    assert story(text) == []


# -- 2. forces named by the power that backs them -----------------------------------------------


def test_us_backed_forces_in_syria_are_the_sdf(story) -> None:
    text = "DEIR EZZOR, Syria (AFP) - U.S.-backed forces captured the village of Hajin from Islamic State on Sunday."
    (event,) = story(text)
    assert event.actor1.name == SDF
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor2.name == "Islamic State (Syria)"


@pytest.mark.parametrize(
    ("text", "army"),
    [
        (
            "HOMS, Syria (Reuters) - Russian-backed forces captured the village of Qaryatain from Islamic State on Sunday.",
            "Military Forces of Syria",
        ),
        (
            "MOSUL, Iraq (Reuters) - U.S.-backed Iraqi forces captured the village of Badush from Islamic State on Sunday.",
            "Military Forces of Iraq",
        ),
    ],
    ids=["another-backer", "named-state-forces"],
)
def test_backed_forces_the_dictionary_knows_no_group_for_keep_their_reading(story, text, army) -> None:
    (event,) = story(text)
    assert event.actor1.name.startswith(army)


def test_militants_surrendering_as_backed_forces_close_in_are_not_those_forces(story) -> None:
    text = (
        "RAQQA, Syria (Reuters) - Some local militants have surrendered in recent days as U.S.-backed forces "
        "close in on their last positions, a coalition spokesman said."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Agreement"
    assert event.actor1.name != SDF
    assert event.actor2.name == SDF


def test_militants_of_the_named_group_surrender_to_the_forces_closing_in(story) -> None:
    text = (
        "HAJIN, Syria (AFP) - Islamic State fighters are expected to hold out to the end, but some local militants "
        "have surrendered in recent days as U.S.-backed forces close in on the town, a coalition officer said."
    )
    surrenders = [e for e in story(text) if e.sub_event_type == "Agreement"]
    assert [(e.actor1.name, e.actor2.name) for e in surrenders] == [("Islamic State (Syria)", SDF)]


# -- 3. ground taken by a foreign coalition "and its allies" ------------------------------------


def test_ground_a_coalition_and_its_allies_took_is_the_local_forces_gain(story) -> None:
    text = (
        "TABQA, Syria (AFP) - U.S.-led coalition troops and their allies have captured nearly 80 percent of Tabqa "
        "from Islamic State, the coalition said."
    )
    (event,) = story(text)
    assert event.actor1.name == SDF
    assert "Global Coalition Against Daesh" in [a.name for a in event.assoc_actor_1]
    assert event.actor2 is None or event.actor2.name == "Islamic State (Syria)"


def test_a_coalition_with_allies_where_it_backs_no_known_group_stays(story) -> None:
    text = (
        "KIRKUK, Iraq (AFP) - U.S.-led coalition troops and their allies have captured the town of Hawija from "
        "Islamic State, the coalition said."
    )
    (event,) = story(text)
    assert event.actor1.name != SDF


# -- 4. a place spaCy reads as a person is no party ---------------------------------------------


def test_a_town_spacy_reads_as_a_person_is_no_party(story) -> None:
    text = (
        "MOSUL, Iraq (AP) - Amid the push to liberate Tal Afar, the militant chief told his men to hide when "
        "surrounded by Iraqi forces."
    )
    (event,) = story(text)
    assert event.actor2 is None or event.actor2.type is not None


# -- 5. deaths told with no cause ---------------------------------------------------------------
# Decision (no code change): soldiers who "died" with no word of violence in the story may
# have died in a crash, of disease or by drowning; ACLED codes political violence, and an
# unexplained death is none, so no record. A story that tells of violence (wounded with
# them, a group blamed, "in fighting") gives the clash, with the other side unidentified
# when nobody is named.


def test_soldiers_who_died_with_no_cause_told_make_no_record(story) -> None:
    text = "MAIDUGURI, Nigeria (Reuters) - Six soldiers died near Damboa in Borno state on Saturday, a military source said."
    assert story(text) == []


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "MAIDUGURI, Nigeria (Reuters) - Six soldiers died and nine were wounded near Damboa in Borno state on "
            "Saturday, a military source said, blaming Boko Haram insurgents.",
            "Boko Haram",
        ),
        (
            "MAIDUGURI, Nigeria (Reuters) - Six soldiers died in fighting near Damboa in Borno state on Saturday, "
            "a military source said.",
            "Unidentified Armed Group (Nigeria)",
        ),
    ],
    ids=["blamed-group", "in-fighting"],
)
def test_soldiers_who_died_in_violence_the_story_tells_were_fought(story, text, doer) -> None:
    (event,) = story(text)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name.startswith(doer)
    assert event.actor2.name.startswith("Military Forces of Nigeria")
    assert event.fatalities == 6


# -- 6. two named armed groups, a denied strike, a crowd counted as a range ---------------------


def test_two_named_militias_that_clash_are_both_sides(story) -> None:
    text = (
        "BUNIA, Congo (Reuters) - Fighters of the CODECO militia clashed with Zaire militiamen near Djugu on "
        "Monday, killing nine people, local officials said."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.name.split(":")[0], event.actor2.name} == {"CODECO", "Zaire Militia"}
    assert event.fatalities == 9


def test_a_denied_strike_is_a_mention_of_the_strike_told(story) -> None:
    text = (
        "SANAA, Yemen (Reuters) - A drone strike killed three Houthi fighters near Marib on Thursday, Houthi media "
        "said, blaming the Saudi-led coalition. The coalition denied carrying out any strike in the area."
    )
    (event,) = story(text)
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 3
    assert sorted(m.modality for m in event.mentions) == ["denied", "reported"]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        (
            "KHARTOUM (Reuters) - Tens of thousands of protesters marched in Khartoum on Thursday in defiance of a "
            "curfew, witnesses said.",
            20000,
            99999,
        ),
        (
            "KHARTOUM (AFP) - Between 20,000 and 30,000 people protested in Omdurman on Saturday against military "
            "rule, organisers said.",
            20000,
            30000,
        ),
    ],
    ids=["tens-of-thousands", "between-two-counts"],
)
def test_a_crowd_counted_as_a_range_keeps_its_bounds(story, text, low, high) -> None:
    (event,) = story(text)
    assert event.event_type == "Protests"
    (crowd,) = [q for q in event.quantities if q.what == "participants"]
    assert (crowd.min, crowd.max) == (low, high)
