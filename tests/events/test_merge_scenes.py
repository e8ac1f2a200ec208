"""Within one article, two scenes stay two records; a lead restating its body stays one.

``events.merge.other_scene`` (a scene opener, a sentence opening on another place,
other victims) and ``events.build.recalled_year`` (a recalled year is not lent).
"""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.events.build import recalled_year
from warlog.events.merge import merge_events, other_scene, same_happening
from warlog.pipeline import Pipeline
from warlog.record import Actor, Event, EventDate, Location

from sentence_records import sentence_record

DAY = date(2021, 6, 9)
KANO = Location(name="Kano", latitude=12.0, longitude=8.52, country="Nigeria", country_code="NG", precision=1)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def code(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code_article(Article(id="t", text=text, date=DAY))


def record(start: int, text: str, sub: str = "Attack", victims: str | None = None, dead: int | None = None) -> Event:
    """A record of one sentence of article ``a`` at Kano on one day."""
    return sentence_record(
        start, text, sub, location=KANO, day=EventDate(start="2021-06-06", end="2021-06-06", precision=1, text="Sunday"),
        actor1=Actor(name="Unidentified Armed Group (Nigeria)", type="Political militia"),
        actor2=Actor(name=victims, type="Civilians") if victims else None, dead=dead,
    )


def test_a_sentence_opening_another_scene_is_another_happening() -> None:
    first = record(0, "Gunmen shot dead a trader in Kano on Sunday.")
    for opener in ("Separately, gunmen shot dead a trader on Sunday.", "In another incident, gunmen shot a driver."):
        second = record(60, opener)
        assert other_scene(first, second) and not same_happening(first, second)
    restated = record(60, "The gunmen shot the trader at his shop on Sunday, police said.")
    assert same_happening(first, restated)
    assert len(merge_events([first, restated])) == 1


def test_other_victims_are_another_happening_unless_the_sentence_adds_to_the_last() -> None:
    police = "Police Forces of Nigeria (2015-)"
    first = record(0, "Gunmen killed four traders in Kano on Sunday.", victims="Civilians (Nigeria)", dead=4)
    officers = record(100, "Gunmen killed two officers in Kano on Sunday.", victims=police, dead=2)
    assert other_scene(first, officers)
    unnamed = record(100, "Gunmen killed the four at a market in Kano on Sunday.", dead=4)
    assert not other_scene(first, unnamed)
    # The same side named two ways, the toll told once: one fight.
    assert not other_scene(first, record(100, "The gunmen fought the police in Kano on Sunday.", victims=police))
    adding = record(46, "They also killed two officers.", victims=police, dead=2)
    assert not other_scene(first, adding)
    # One sentence told as two records by the pipeline is not for this rule to part.
    assert not other_scene(first, record(0, first.evidence.text, victims=police, dead=2))


def test_pipeline_a_sentence_opening_on_a_town_the_last_does_not_name_is_its_own_record(pipeline) -> None:
    text = (
        "Mobs set fire to three warehouses in the market of Zaria on Friday. "
        "In Kano, rioters also set fire to a warehouse on Friday."
    )
    events = code(pipeline, text)
    assert len(events) == 2 and all(len(e.mentions) == 1 for e in events)


def test_pipeline_two_ambushes_with_other_victims_stay_apart(pipeline) -> None:
    text = (
        "On Sunday gunmen attacked a police post in the town, killing four officers.\n\n"
        "Militants ambushed an army patrol near the bridge, killing two soldiers."
    )
    events = code(pipeline, text)
    assert sorted(e.fatalities for e in events) == [2, 4]


def test_pipeline_the_lead_restating_its_headline_is_still_one_record(pipeline) -> None:
    text = (
        "Gunmen kill four policemen in Kano\n\n"
        "Gunmen killed four policemen at a checkpoint in Kano on Sunday, a police spokesman said."
    )
    events = code(pipeline, text)
    assert len(events) == 1 and len(events[0].mentions) == 2 and events[0].fatalities == 4


def test_pipeline_a_recalled_year_is_not_lent_to_the_next_sentence(pipeline) -> None:
    text = "Rebels seized the town in 2015 after a long siege. Militants ambushed an army patrol near the town."
    seizure, ambush = code(pipeline, text)
    assert seizure.date.start == "2015-01-01" and seizure.modality == "historical"
    assert ambush.date.start == DAY.isoformat() and ambush.date.text is None
    assert ambush.modality != "historical"


def test_recalled_year_is_a_whole_other_year_only() -> None:
    assert recalled_year(EventDate(start="2015-01-01", end="2015-12-31", precision=3, text="2015"), DAY)
    assert not recalled_year(EventDate(start="2021-01-01", end="2021-12-31", precision=3, text="2021"), DAY)
    # "last month" in a January report is a month of the year before: still lent.
    assert not recalled_year(EventDate(start="2020-12-01", end="2020-12-31", precision=3, text="last month"), date(2021, 1, 9))
    assert not recalled_year(EventDate(start="2015-01-01", end="2015-12-31", precision=3, text="2015"), None)


def test_body_sentences_far_apart_are_two_scenes_and_the_lead_joins_the_body() -> None:
    scene = "A mob set fire to a shop in Kano on Sunday."
    lead, body = record(0, scene), record(900, "A mob set fire to a shop in the old city on Sunday.")
    assert not other_scene(lead, body) and same_happening(lead, body)
    earlier = record(500, scene)
    assert other_scene(earlier, body) and not same_happening(earlier, body)
    # A sentence or two apart, the body goes on with its scene.
    assert not other_scene(record(700, scene), body)


def test_a_happening_keeps_the_day_its_sentences_state_not_an_undated_headlines(pipeline):
    """The headline names the town (the most precise place) but no day; the lead's "on
    Sunday evening" is the happening's date, not the report's own."""
    text = (
        "Suicide bombing kills 12 in Mogadishu\n\n"
        "At least 12 people died when a suicide bomber detonated explosives inside a crowded "
        "restaurant in the Somali capital on Sunday evening, police said."
    )
    events = pipeline.code_article(Article(id="h", text=text, date=date(2023, 3, 6)))
    assert len(events) == 1 and len(events[0].mentions) == 2
    assert (events[0].date.start, events[0].date.precision) == ("2023-03-05", 1)


@pytest.mark.parametrize("claim", ["Al-Shabaab claimed the attack.", "In a radio broadcast, Al-Shabaab claimed the bombing."])
def test_a_claim_without_responsibility_names_the_bomber(pipeline, claim):
    """"claimed responsibility for the attack" is tested in test_pipeline_events."""
    text = (
        "A suicide bomber blew himself up at a busy restaurant in Mogadishu on Sunday, "
        "killing at least 12 people, police said.\n\n" + claim
    )
    events = [e for e in pipeline.code_article(Article(id="c", text=text, date=date(2023, 3, 6))) if e.modality != "denied"]
    assert len(events) == 1 and events[0].actor1.name == "Al Shabaab"


def test_pipeline_the_blast_an_ambush_began_with_is_part_of_the_ambush(pipeline) -> None:
    text = (
        "Insurgents ambushed a supply convoy near Dikwa on Tuesday, killing six soldiers. "
        "A buried bomb ripped through the first truck before the attackers opened fire."
    )
    events = code(pipeline, text)
    assert len(events) == 1 and len(events[0].mentions) == 2
    assert (events[0].sub_event_type, events[0].fatalities) == ("Armed clash", 6)


def test_pipeline_a_blast_with_its_own_place_day_and_dead_is_a_second_attack(pipeline) -> None:
    text = (
        "Insurgents ambushed a supply convoy near Dikwa on Tuesday, killing six soldiers. "
        "A buried bomb exploded in Monguno on Wednesday, killing two farmers."
    )
    events = code(pipeline, text)
    assert len(events) == 2 and {e.sub_event_type for e in events} >= {"Armed clash"}
    further = "A second bomb ripped through a bus near the market, wounding nine passengers."
    events = code(pipeline, text.split(". A")[0] + ". " + further)
    assert len(events) == 2
