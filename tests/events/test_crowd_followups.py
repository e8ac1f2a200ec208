"""One protest told in several sentences is one record; blocking a road is no riot."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.events.crowds import turned_violent
from warlog.pipeline import Pipeline

MARCH = (
    "Police break up farmers' march in Eldoret\n\n"
    "Police used tear gas on Tuesday to break up about 300 farmers who marched through Eldoret "
    "to protest low maize prices, residents said.\n\n"
)


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def code(pipeline: Pipeline, text: str):
    events = pipeline.code_article(Article(id="c", text=text, date=date(2022, 3, 10)))
    return [e for e in events if e.modality in ("asserted", "reported")]


def test_undated_unplaced_follow_ups_about_the_crowd_join_the_protest(pipeline):
    text = MARCH + "About 20 farmers were arrested, a police spokesman said. The farmers had blocked the highway for an hour."
    events = code(pipeline, text)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    starts = [m.evidence.start for m in events[0].mentions]
    assert text.index("About 20") in starts and text.index("The farmers had") in starts
    assert events[0].date.start == "2022-03-08"


def test_blocking_a_road_alone_is_no_riot(pipeline):
    events = code(pipeline, "Hundreds of traders blocked the main road into Kisumu on Monday over new market fees.")
    assert events and all(e.sub_event_type not in ("Violent demonstration", "Mob violence") for e in events)
    burnt = code(pipeline, "Hundreds of traders blocked the main road into Kisumu and burnt tyres on Monday over new market fees.")
    assert any(e.sub_event_type == "Violent demonstration" for e in burnt)


def test_arrests_with_their_own_place_and_day_stay_apart(pipeline):
    text = MARCH + "In Kitale, police arrested 15 protesters on Wednesday after a separate rally over fuel prices."
    events = code(pipeline, text)
    assert len(events) == 2


def test_a_protest_whose_crowd_goes_on_to_burn_or_clash_is_a_riot(pipeline):
    burnt = code(pipeline, "Shopkeepers demonstrated in Kisumu on Monday over new market fees. They then set tyres on fire and burned two stalls.")
    assert [e.sub_event_type for e in burnt][:1] == ["Violent demonstration"]
    assert burnt[0].actor1 is not None and burnt[0].actor1.type == "Rioters"
    clashed = code(pipeline, "Teachers rallied in Kisumu on Monday over unpaid wages. They clashed with police outside the county offices.")
    assert clashed and clashed[0].sub_event_type == "Violent demonstration"
    # an effigy burnt, or a burning protested against, is no violence of the crowd
    for calm in ("Students burnt an effigy of the governor in Kisumu on Monday over new fees.",
                 "Villagers protested in Kisumu on Monday against the burning of a church in the county."):
        assert all(e.sub_event_type != "Violent demonstration" for e in code(pipeline, calm))


@pytest.mark.parametrize(
    ("text", "violent"),
    [
        ("They then set tyres on fire and burned two stalls.", True),
        ("They clashed with police outside the county offices.", True),
        ("Students burnt an effigy of the governor.", False),
        ("Opposition members held a torch rally through Kisumu.", False),  # torches carried
        ("Following a clash between traders and council guards, shopkeepers held a silent march.", False),
    ],
)
def test_what_a_crowd_did_turned_it_violent(nlp, text, violent):
    assert turned_violent(list(nlp(text).sents)) is violent


def test_police_who_did_not_intervene_leave_a_peaceful_protest(pipeline):
    events = code(pipeline, "Police did not intervene when hundreds of traders marched in Kano on Monday to protest new taxes.")
    assert [(e.sub_event_type, e.modality) for e in events] == [("Peaceful protest", "asserted")]
    assert events[0].actor2 is None


def test_a_sit_in_is_a_protest(pipeline):
    """spaCy splits "sit-in" into three tokens, which the one-word trigger never matched."""
    events = code(pipeline, "On Monday, nurses held a sit-in at the regional hospital in Gulu to demand unpaid wages.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert events[0].actor1 is not None and events[0].actor1.type == "Protesters"


def test_a_road_blocked_over_a_death_is_no_riot(pipeline):
    """The killing the crowd protests is its cause, not violence of the crowd's own."""
    events = code(pipeline, "Villagers blocked a road in Gulu on Monday after a speeding lorry ran over and killed a boy.")
    assert events and events[0].sub_event_type == "Peaceful protest"
