"""A sentence taking up the one before it (a pronoun, "then") tells its happening, whatever
types the two were coded as; a source's "he said" is no such pointer; a sentence printed twice
over in one story is one happening; police firing on a crowd is that crowd's riot."""

from __future__ import annotations

from warlog.dedup.followup import points_back
from warlog.record import Actor

from test_told import KANO, ZARIA, clusters, story


def test_pronouns_point_back_but_a_source_saying_it_does_not() -> None:
    assert points_back("Engineers defused the device and found it held no charge, then left them on site.")
    assert points_back("The army recovered a pistol from him.")
    assert not points_back("About twenty looters were caught in the market overnight, he said.")
    assert not points_back("It was reported that the market reopened.")


def test_a_threat_and_the_search_that_found_nothing_are_one_happening() -> None:
    hoax = story(
        "wire-30",
        ("A caller told the Kano police on Monday that bombs had been hidden at the central mosque.", "Remote explosive/landmine/IED", KANO),
        ("Bomb disposal officers searched the grounds and declared them a false alarm.", "Disrupted weapons use", KANO),
    )
    assert clusters(hoax) == [{0, 1}]


def test_the_next_sentence_of_another_kind_without_a_pointer_stays_apart() -> None:
    told = story(
        "wire-31",
        ("Traders marched to the Kano emirate palace on Monday to demand lower market levies.", "Peaceful protest", KANO),
        ("About twenty looters were caught in the market overnight, he said.", "Arrests", KANO),
    )
    assert clusters(told) == [{0}, {1}]


def test_a_sentence_printed_twice_in_one_story_is_one_happening() -> None:
    line = "Gunmen abducted the headmaster of a Zaria primary school on his way home from prayers."
    told = story("wire-32", (line, "Abduction/forced disappearance", ZARIA),
                 ("Schools in the town stayed shut for a week.", "Peaceful protest", ZARIA),
                 (line, "Attack", ZARIA), gap=400)
    assert clusters(told) == [{0, 2}, {1}]


def test_police_firing_on_the_crowd_far_down_the_story_is_the_riot() -> None:
    lead, *middle, riot = story(
        "wire-33",
        ("The state government said calm had returned to Kano after the police firing at Sabon Gari.", "Attack", KANO),
        ("Schools reopened across the state on Thursday.", "Peaceful protest", KANO),
        ("At Sabon Gari the police fired in the air and then used tear gas on a stone-throwing crowd that blocked the railway.", "Violent demonstration", KANO),
        gap=400,
    )
    police = Actor(name="Police Forces of Nigeria", text="police", type="State forces")
    gunmen = Actor(name="Unidentified Armed Group (Nigeria)", text="gunmen", type="Political militia")
    assert clusters([lead.model_copy(update={"actor1": police}), *middle, riot])[0] == {0, 2}
    assert clusters([lead.model_copy(update={"actor1": gunmen}), *middle, riot])[0] == {0}


def test_one_named_man_arrested_is_no_count_and_the_seizure_from_him_is_that_arrest() -> None:
    arrest = story(
        "wire-34",
        ("Police arrested one Musa Bello at the Zaria motor park on Tuesday.", "Arrests", ZARIA),
        ("They recovered a pistol and two cartridges from him.", "Disrupted weapons use", ZARIA),
    )
    assert clusters(arrest) == [{0, 1}]
    counted = story(
        "wire-35",
        ("Police arrested 40 youths at the Zaria motor park on Tuesday.", "Arrests", ZARIA),
        ("They recovered a pistol and two cartridges from them.", "Disrupted weapons use", ZARIA),
    )
    assert clusters(counted) == [{0}, {1}]
