"""Government measures (curfews, states of emergency, border closures) are ACLED's
strategic developments, done by the government alone; plans, and measures taken in
answer to violence the same sentence tells, are not."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline
from warlog.record import Event

CHANGE = "Change to group/activity"


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def coded(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.code_article(Article(id="m", text=text, date=date(2020, 6, 10)))


@pytest.mark.parametrize(
    "text",
    [
        "On Monday the cabinet declared a six-month state of emergency across three northern provinces of Niger.",
        "A dusk-to-dawn curfew was imposed on the port city of Beira on Sunday.",
        "The Chadian government extended the curfew in Abeche by two weeks on Tuesday.",
        "Authorities in Niamey imposed a ban on motorbike taxis on Monday.",
        "Kenya sealed its border with Somalia on Saturday.",
    ],
)
def test_an_imposed_measure_is_the_governments_change_of_activity(pipeline, text):
    events = [e for e in coded(pipeline, text) if e.sub_event_type == CHANGE]
    assert len(events) == 1
    event = events[0]
    assert event.modality in ("asserted", "reported")
    assert event.actor1 is not None and event.actor1.type == "State forces"
    assert event.actor2 is None


def test_a_planned_curfew_is_expected(pipeline):
    events = [e for e in coded(pipeline, "The governor plans to impose a curfew on the market town next week.") if e.sub_event_type == CHANGE]
    assert events and all(e.modality == "expected" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # the curfew answers the riot: ACLED codes the riot
        "A curfew was imposed on the town on Friday after a mob set fire to twenty shops.",
        # a measure only named is no measure taken
        "Hundreds of traders protested against the curfew in Beni on Monday.",
        "The police have not declared an end to the curfew in the old city.",
    ],
)
def test_a_measure_named_beside_another_event_or_only_named_is_none(pipeline, text):
    assert all(e.sub_event_type != CHANGE for e in coded(pipeline, text))
