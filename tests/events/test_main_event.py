"""Which event of a report the evaluation compares with the coder's one row: the main happening."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.events.evaluate import main_event
from warlog.pipeline import Pipeline

ARREST_AFTER_KILLING = (
    "Soldiers arrested four suspected robbers in Kalemie on Tuesday. "
    "Earlier that day the robbers had attacked a bus and shot dead two passengers near the town."
)


@pytest.fixture(scope="module")
def events(nlp):
    coded = Pipeline(nlp).code_article(Article(id="t", text=ARREST_AFTER_KILLING, date=date(2020, 3, 5)))
    assert [e.sub_event_type for e in coded] == ["Arrests", "Attack"]
    return coded


def test_main_event_is_the_killing_not_the_arrest_told_first(events):
    arrest, attack = events
    assert main_event(events) is attack
    assert main_event([arrest.model_copy(update={"confidence": 0.99}), attack]).sub_event_type == "Attack"


def test_main_event_without_deaths_is_the_one_told_first(events):
    arrest, attack = events
    bloodless = attack.model_copy(update={"fatalities": None, "confidence": 0.99})
    assert main_event([arrest, bloodless]) is arrest


def test_main_event_passes_over_a_death_long_ago_and_what_did_not_happen(events):
    arrest, attack = events
    assert main_event([arrest, attack.model_copy(update={"modality": "historical"})]) is arrest
    vowed = arrest.model_copy(update={"modality": "expected"})
    assert main_event([vowed, attack.model_copy(update={"fatalities": None})]).sub_event_type == "Attack"
    assert main_event([arrest.model_copy(update={"modality": "denied"})]) is None
