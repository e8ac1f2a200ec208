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
    ],
)
def test_unnamed_doer_militia(pipeline: Pipeline, text: str, actor1: str, sides: set[str], deaths: int | None):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2021, 3, 12)))
    assert len(events) == 1, [e.sub_event_type for e in events]
    event = events[0]
    assert event.actor1 is not None and event.actor1.name.startswith(actor1)
    assert {a.type for a in (event.actor1, event.actor2) if a is not None} == sides
    assert event.fatalities == deaths
