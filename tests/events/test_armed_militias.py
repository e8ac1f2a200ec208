"""Which militia an unnamed armed doer is (``events.militias``): a community's own
(Identity militia) or an armed group (Political militia), on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


@pytest.mark.parametrize(
    ("text", "actor1", "sides", "deaths"),
    [
        # Attackers the report ties to a community.
        ("On 7 March 2021, assailants identified as cattle herders abducted two farmers near Kalemie.",
         "Unidentified Communal Militia", {"Identity militia", "Civilians"}, None),
        ("On 10 March 2021, unknown gunmen killed three villagers in Kabalo. Police said the attack was part of a long clan feud.",
         "Unidentified Communal Militia", {"Identity militia", "Civilians"}, 3),
        # The unnamed side a clan fights.
        ("On 5 January 2021, members of the Bagara clan clashed with unknown gunmen near Lasa, leaving two dead.",
         "members of the Bagara clan", {"Identity militia"}, 2),
        # Herders as victims say nothing of who attacked them; criminals are an armed group.
        ("On 11 March 2021, gunmen killed two herders near Kabalo.",
         "Unidentified Armed Group", {"Political militia", "Civilians"}, 2),
        ("On 9 March 2021, three drug suspects stabbed a shopkeeper to death at a market in Kalemie.",
         "Unidentified Armed Group", {"Political militia", "Civilians"}, 1),
        # A militia known by the villages it comes from is theirs; one from a country is not.
        ("On 2 March 2021, youth militias from Kolo and Bandi clashed over grazing land near Kalemie.",
         "Unidentified Communal Militia", {"Identity militia"}, None),
        ("On 3 March 2021, militias from neighbouring villages clashed over a fishing pond near Kabalo, leaving two dead.",
         "Unidentified Communal Militia", {"Identity militia"}, 2),
        ("On 4 March 2021, militias from Sudan attacked the village of Bandi, killing three farmers.",
         "Unidentified Armed Group", {"Political militia", "Civilians"}, 3),
    ],
)
def test_unnamed_doer_militia(pipeline: Pipeline, text: str, actor1: str, sides: set[str], deaths: int | None):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2021, 3, 12)))
    assert len(events) == 1, [e.sub_event_type for e in events]
    event = events[0]
    assert event.actor1 is not None and event.actor1.name.startswith(actor1)
    assert {a.type for a in (event.actor1, event.actor2) if a is not None} == sides
    assert event.fatalities == deaths


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # Those held over a fight between communities are its communal militia (ACLED).
        ("On 6 March 2021, police arrested fifteen men for their involvement in the inter-ethnic violence near Kalemie.",
         "Identity militia"),
        ("On 8 March 2021, gendarmes detained nine people suspected of taking part in the clan clashes near Kabalo.",
         "Identity militia"),
        ("On 8 March 2021, police arrested fifteen men over the theft of cattle near Kalemie.", "Civilians"),
    ],
)
def test_arrested_over_communal_violence(pipeline: Pipeline, text: str, held: str):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2021, 3, 12)))
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, [e.sub_event_type for e in events]
    assert arrests[0].actor1 is not None and arrests[0].actor1.type == "State forces"
    assert arrests[0].actor2 is not None and arrests[0].actor2.type == held
