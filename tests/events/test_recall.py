"""Reports coded as no event before: weapons seized, a body found, a crowd gathered for
a cause, beatings told with plain verbs, and protest camps set up."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def happened(pipeline: Pipeline, text: str) -> list[str | None]:
    """Sub-types of the events the text says happened."""
    events = pipeline.code_article(Article(id="r", text=text, date=date(2021, 5, 20)))
    return [e.sub_event_type for e in events if e.modality in ("asserted", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what was seized, found or handed over makes it disrupted weapons use
        ("On Monday, soldiers seized 14 AK-47s and 300 cartridges from a house in the old town.", "Disrupted weapons use"),
        ("On Monday, the border police recovered nine FN-FAL rifles from smugglers near the river.", "Disrupted weapons use"),
        ("Residents of three villages handed over twenty illegal firearms to the district chief on Monday.",
         "Disrupted weapons use"),
        ("On Monday, police discovered two explosive devices under a bridge near the market.", "Disrupted weapons use"),
        # a body found is a killing
        ("The body of a farmer was found in a maize field outside the village on Monday morning.", "Attack"),
        # a crowd gathered for a cause protests
        ("On Monday, hundreds of young people gathered in support of the mayor outside the town hall.",
         "Peaceful protest"),
        # beatings told with verbs of their own
        ("On Monday, two youths were publicly whipped by the local authorities in front of the mosque.", "Attack"),
        ("On Monday, soldiers kicked a shopkeeper at a checkpoint near the market.", "Attack"),
        ("On Monday, local residents padlocked the water board office over weeks without water.", "Peaceful protest"),
        # "set up" camps is done, not planned
        ("Nurses set up three protest camps outside the hospital over unpaid salaries on Monday.", "Peaceful protest"),
    ],
)
def test_recall_reports_coded_as_events(pipeline, text, expected):
    assert expected in happened(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized the town after a week of fighting on Monday.",  # territory, not weapons
        "Police found the missing girl at a relative's house on Monday.",  # no body
        "Guests assembled in the hall for the wedding dinner on Monday.",  # a gathering with no cause
    ],
)
def test_recall_no_weapons_killing_or_protest_without_the_thing(pipeline, text):
    types = happened(pipeline, text)
    assert "Disrupted weapons use" not in types
    assert "Attack" not in types
    assert "Peaceful protest" not in types
