"""Wire-style stories read whole (issue 4, stop 16): allies, tolls a source tells,
background told over years, and faiths that only qualify who fights.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from datetime import date

from warlog.article import Article
from warlog.pipeline import Pipeline
from warlog.record import Event


def code(pipeline: Pipeline, text: str, day: date = date(2025, 3, 4)) -> list[Event]:
    return pipeline.code_article(Article(id="w", text=text, date=day))


RETAKE = (
    "MOGADISHU, March 4 (Reuters) - Somali government forces backed by African Union troops "
    "recaptured the town of Bariire from al Shabaab militants on Monday, the defence ministry said.\n\n"
    "Eight militants and two troops died in the fighting, the ministry said.\n"
)


def test_an_ally_backing_the_taker_is_not_who_lost_the_town(pipeline) -> None:
    events = code(pipeline, RETAKE)
    retake = next(e for e in events if e.sub_event_type == "Government regains territory")
    assert retake.actor1 is not None and retake.actor1.type == "State forces"
    assert retake.actor2 is not None and retake.actor2.name == "Al Shabaab"


def test_a_toll_a_source_tells_after_the_fighting_is_the_fightings(pipeline) -> None:
    events = code(pipeline, RETAKE)
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert events[0].fatalities == 10
    assert len(events[0].mentions) == 2


def test_parties_joined_as_the_subject_of_a_capture_are_one_side(pipeline) -> None:
    events = code(pipeline, "Somali forces and AU troops retake Bariire from al Shabaab on Monday\n")
    retake = next(e for e in events if e.sub_event_type == "Government regains territory")
    assert retake.actor2 is not None and retake.actor2.name == "Al Shabaab"


def test_killings_told_over_recent_years_are_background(pipeline) -> None:
    events = code(
        pipeline,
        "Gunmen killed four villagers in Bauchi on Friday, police said.\n\n"
        "Clashes between herders and farmers have killed thousands in central Nigeria in recent years.\n",
        date(2024, 10, 27),
    )
    told = {e.evidence.text[:8]: e.modality for e in events}
    assert told["Gunmen k"] == "reported"
    assert told["Clashes "] == "historical"


def test_a_faith_that_qualifies_herders_does_not_make_a_mob(pipeline) -> None:
    herders = code(
        pipeline,
        "Clashes between mostly Muslim Fulani herders and Christian farmers killed six people "
        "in Plateau state on Tuesday.\n",
    )
    assert herders and all(e.sub_event_type != "Mob violence" for e in herders)
    assert {e.actor1.type for e in herders if e.actor1} == {"Identity militia"}
    crowds = code(pipeline, "Clashes between Hindu and Muslim youths injured 12 people in Nuh on Tuesday.\n")
    assert [e.sub_event_type for e in crowds] == ["Mob violence"]


def test_who_some_of_the_dead_were_adds_no_dead(nlp) -> None:
    from warlog.normalise.quantities import extract_quantities, fatalities

    def dead(text: str) -> int | None:
        return fatalities(extract_quantities(next(iter(nlp(text).sents))))

    assert dead("Two of the dead were children.") is None
    assert dead("Three of those killed were soldiers.") is None
    assert dead("Two more of the wounded died in hospital.") == 2


def test_a_toll_told_to_an_agency_after_an_overrun_is_the_overruns(pipeline) -> None:
    events = code(
        pipeline,
        "Fighters of the Kachin Independence Army overran a military outpost near Hpakant on Sunday, "
        "a spokesman for the group said.\n\n"
        "Colonel Naw Bu told Reuters that at least 10 soldiers had been killed and 15 captured.\n",
        date(2025, 1, 7),
    )
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].fatalities == 10


def test_a_convoy_carrying_supplies_for_a_force_is_the_bombs_target_not_its_planter(pipeline) -> None:
    events = code(
        pipeline,
        "A roadside bomb exploded next to a convoy carrying supplies for the U.S.-led coalition on a "
        "highway south of Baghdad on Friday morning, damaging one truck.\n",
        date(2024, 10, 26),
    )
    blast = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert blast.actor1 is not None and blast.actor1.name.startswith("Unidentified")
    assert blast.actor2 is not None and "Coalition" in blast.actor2.name


def test_similar_attacks_in_the_past_are_background_with_no_day(pipeline) -> None:
    events = code(
        pipeline,
        "Two rockets struck an air base in Anbar province late on Thursday, officials said.\n\n"
        "No group claimed responsibility, but similar attacks in the past have been blamed on militias.\n",
        date(2024, 10, 26),
    )
    past = [e for e in events if "similar" in e.evidence.text]
    assert all(e.modality == "historical" and e.date.start is None for e in past)
    assert any(e.modality != "historical" for e in events)


def test_its_aircraft_are_the_forces_of_the_state_named_before(pipeline) -> None:
    events = code(
        pipeline,
        "Sudan's army said its aircraft struck RSF positions in North Darfur on Saturday, killing 30 fighters.\n",
        date(2024, 10, 22),
    )
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 is not None and strike.actor1.name.startswith("Military Forces of Sudan")


def test_drones_shot_down_are_disrupted_weapons_use_not_a_strike(pipeline) -> None:
    events = code(
        pipeline,
        "Air defences shot down 12 drones launched at the city of Port Sudan on Sunday, the army said.\n",
        date(2024, 10, 22),
    )
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


NASIRIYAH = (
    "Rockets hit base hosting U.S. troops in western Iraq, no casualties\n\n"
    "BAGHDAD (AP) - Two rockets struck the Ain al-Asad air base in Iraq's western Anbar province late on "
    "Thursday, Iraqi security officials said, causing no casualties.\n\n"
    "Separately, a roadside bomb exploded next to a convoy on a highway south of Baghdad on Friday morning, "
    "damaging one truck. There were no injuries, a police officer said.\n\n"
    "In the southern city of Nasiriyah, hundreds of protesters gathered outside the provincial council building "
    "on Friday to demand jobs. Security forces used tear gas to scatter them, and medics said 15 protesters "
    "were treated for breathing difficulties.\n"
)


def test_an_unplaced_sentence_on_a_protest_is_that_protest(pipeline) -> None:
    """The second protest sentence's place would be the dateline's, 350 km away."""
    events = code(pipeline, NASIRIYAH, date(2024, 10, 26))
    protests = [e for e in events if e.event_type == "Protests"]
    assert len(protests) == 1 and protests[0].location.name == "Nasiriyah"
    assert len(protests[0].mentions) == 2
