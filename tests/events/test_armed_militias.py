"""Which militia an unnamed armed doer is, and attacks on armed sides (``events.militias``)."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def only_event(pipeline: Pipeline, text: str):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2021, 3, 12)))
    assert len(events) == 1, [e.sub_event_type for e in events]
    return events[0]


def types(event) -> set[str]:
    return {a.type for a in (event.actor1, event.actor2) if a is not None}


def test_attackers_identified_as_herders_are_a_communal_militia(pipeline):
    event = only_event(pipeline, "On 7 March 2021, assailants identified as cattle herders abducted two farmers near Kalemie.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert types(event) == {"Identity militia", "Civilians"}


def test_gunmen_in_a_clan_feud_are_a_communal_militia(pipeline):
    text = "On 10 March 2021, unknown gunmen killed three villagers in Kabalo. Police said the attack was part of a long clan feud."
    event = only_event(pipeline, text)
    assert event.actor1.type == "Identity militia"
    assert event.fatalities == 3


def test_gunmen_who_kill_herders_stay_an_unidentified_armed_group(pipeline):
    event = only_event(pipeline, "On 11 March 2021, gunmen killed two herders near Kabalo.")
    assert types(event) == {"Political militia", "Civilians"}


def test_drug_suspects_who_kill_are_an_armed_group_not_a_community(pipeline):
    event = only_event(pipeline, "On 9 March 2021, a shopkeeper was stabbed to death by two drug suspects in Kalemie.")
    assert event.actor1.name.startswith("Unidentified Armed Group")
    assert types(event) == {"Political militia", "Civilians"}


def test_the_unnamed_side_a_clan_fights_is_a_communal_militia(pipeline):
    text = "On 5 January 2021, members of the Bagara clan clashed with unknown gunmen near Lasa, leaving two dead."
    event = only_event(pipeline, text)
    assert event.sub_event_type == "Armed clash"
    assert types(event) == {"Identity militia"}
    assert event.fatalities == 2
