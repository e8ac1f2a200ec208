"""Reports coded as no event before: weapons seized, a body found, a crowd gathered for
a cause, beatings told with plain verbs, vehicles set on fire, and protest camps set up."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline
from warlog.taxonomy import FACTUAL_MODALITIES

MONDAY_AFTER = date(2021, 5, 20)


@pytest.fixture(scope="module")
def happened(nlp):
    """Sub-types of the events a text says happened (asserted, reported or historical)."""
    pipeline = Pipeline(nlp)

    def code(text: str) -> set[str | None]:
        events = pipeline.code_article(Article(id="recall", text=text, date=MONDAY_AFTER))
        return {e.sub_event_type for e in events if e.modality in FACTUAL_MODALITIES}

    return code


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
        ("The body of a trader was found in a maize field outside the village on Monday morning.", "Attack"),
        # a crowd gathered for a cause protests
        ("On Monday, hundreds of young people gathered in support of the mayor outside the town hall.",
         "Peaceful protest"),
        # beatings told with verbs of their own
        ("On Monday, two youths were publicly whipped by the local authorities in front of the mosque.", "Attack"),
        ("On Monday, soldiers kicked a shopkeeper at a checkpoint near the market.", "Attack"),
        ("On Monday, local residents padlocked the water board office over weeks without water.", "Peaceful protest"),
        # a participle inside "set ... on fire" describes the thing burnt
        ("On Monday, armed men set two buses carrying traders on fire on the road to the port.",
         "Looting/property destruction"),
        # "set up" camps is done, not planned
        ("Nurses set up three protest camps outside the hospital over unpaid salaries on Monday.", "Peaceful protest"),
    ],
)
def test_recall_reports_coded_as_events(happened, text, expected):
    assert expected in happened(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers seized the town after a week of fighting on Monday.",  # territory, not weapons
        "Police found the missing girl at a relative's house on Monday.",  # no body
        "Guests assembled in the hall for the wedding dinner on Monday.",  # a gathering with no cause
    ],
)
def test_recall_no_weapons_killing_or_protest_without_the_thing(happened, text):
    assert not happened(text) & {"Disrupted weapons use", "Attack", "Peaceful protest"}
