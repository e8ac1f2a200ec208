"""Within one article, a region's running count and a scene behind a roundup stay their own records.

``events.merge.region_and_town``: "the state figure of arrests has crossed 2,000" is not
the arrests one town's sentence tells. ``events.merge.one_of_many``: a sentence giving
"incidents of looting and arson" as the cause of a curfew does not swallow one scene.
"""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.events.merge import merge_events, one_of_many, region_and_town, sums_region
from warlog.pipeline import Pipeline
from warlog.record import Actor, Event, EventDate, Location, Quantity

from sentence_records import sentence_record

DAY = date(2021, 6, 9)
ZARIA = Location(
    name="Zaria", text="Zaria", latitude=11.11, longitude=7.72, admin1="Kaduna", country="Nigeria", country_code="NG", precision=1
)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def arrests(start: int, text: str, count: float) -> Event:
    """An arrest record of one sentence of article ``a``, placed at Zaria (named or not)."""
    return sentence_record(
        start, text, "Arrests", location=ZARIA,
        day=EventDate(start="2021-06-08", end="2021-06-08", precision=1, text="Tuesday"),
        actor1=Actor(name="Police Forces of Nigeria (2015-)", type="State forces"),
        quantities=[Quantity(text=str(int(count)), value=count, what="arrested")],
    )


def test_a_region_wide_count_is_not_one_towns_arrests() -> None:
    town = arrests(0, "In Zaria, the police arrested 150 rioters on Tuesday.", 150)
    for total in (
        "The state figure of arrests has crossed 2,000.",
        "More than 2,000 people have been arrested across the state since the riots began.",
        "Police have held 2,000 people across Kaduna so far.",
    ):
        region = arrests(60, total, 2000)
        assert sums_region(region) and region_and_town(town, region), total
        assert len(merge_events([town, region])) == 2, total
    # The town's own follow-up is the same arrests: one record.
    again = arrests(60, "The 150 were taken to the central police station on Tuesday.", 150)
    assert not sums_region(again) and len(merge_events([town, again])) == 1
    # "State police" counts nothing for a region.
    assert not sums_region(arrests(60, "State police said 150 were held on Tuesday.", 150))
    # A happening the state only places is no region's running count.
    placed = arrests(0, "Police arrested 150 people in raids on three villages in Kaduna state on Tuesday.", 150)
    assert not sums_region(placed)


def test_a_region_count_beside_a_sentence_naming_no_town_may_still_be_one() -> None:
    """Only a sentence that names its own town is a local event the region's count must stay out of."""
    unplaced = arrests(0, "Police arrested 2,000 people on Tuesday.", 2000)
    region = arrests(60, "The state figure of arrests has crossed 2,000.", 2000)
    assert not region_and_town(unplaced, region)


def test_incidents_given_as_a_cause_do_not_swallow_a_scene() -> None:
    curfew = arrests(0, "A curfew was imposed following a number of incidents of looting and arson.", 1)
    scene = arrests(90, "Houses were set on fire in one ward, while shops were vandalised.", 1)
    assert one_of_many(curfew, scene)
    # Two sentences telling the incidents as a roundup of their own are not this case.
    lead = arrests(0, "Widespread violence left 20 people injured in stabbing incidents on Tuesday.", 20)
    assert not one_of_many(lead, scene)


def test_pipeline_keeps_the_state_figure_apart_from_the_towns_arrests(pipeline: Pipeline) -> None:
    text = (
        "Zaria: Police have arrested 150 people in Zaria over the last two days, officials said on Tuesday. "
        "The state figure of arrests has crossed 2,000."
    )
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=DAY)) if e.sub_event_type == "Arrests"]
    assert len(events) == 2
    assert [len(e.mentions) for e in events] == [1, 1]


def test_pipeline_a_scene_stays_out_of_the_curfews_roundup(pipeline: Pipeline) -> None:
    text = (
        "Kano: A curfew was imposed in Kano on Friday night following a number of incidents of looting and arson. "
        "Rioters had attacked traders across the old city since the morning. "
        "Houses were set on fire in one ward, while shops were vandalised in other streets."
    )
    events = pipeline.code_article(Article(id="t", text=text, date=DAY))
    scene = [e for e in events if e.evidence.text.startswith("Houses were set on fire")]
    assert len(scene) == 1 and len(scene[0].mentions) == 1
    assert all(len(e.mentions) == 1 for e in events)
