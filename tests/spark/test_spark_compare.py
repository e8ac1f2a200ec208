"""The Spark step's comparison: ``warlog.dedup``'s rule, or the within-article rule as fallback."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("pyspark")

from warlog.record import Actor, Event, EventDate, Evidence, Location  # noqa: E402
from warlog.spark.compare import rules  # noqa: E402

TEXT = "Militants killed five soldiers at a checkpoint near Mosul on Tuesday."


def event(eid: str, article: str) -> Event:
    return Event(
        event_id=eid,
        article_id=article,
        sub_event_type="Attack",
        event_type="Violence against civilians",
        actor1=Actor(name="Islamic State (Iraq)"),
        location=Location(name="Mosul", latitude=36.34, longitude=43.13, country_code="IQ", precision=1),
        date=EventDate(start="2017-10-10", precision=1, text="Tuesday"),
        evidence=Evidence(text=TEXT, start=0, end=len(TEXT)),
        confidence=0.8,
        sources=[article],
    )


@pytest.fixture(params=["dedup", "fallback"])
def chosen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    if request.param == "fallback":
        monkeypatch.setitem(sys.modules, "warlog.dedup.compare", None)  # import now fails
    return rules()


def test_links_reports_of_one_happening_across_articles_only(chosen) -> None:
    a, b, c = event("e1", "art-1"), event("e2", "art-2"), event("e3", "art-1")
    pa, pb, pc = (chosen.prepare(e) for e in (a, b, c))
    assert chosen.linked(pa, pb)
    assert not chosen.linked(pa, pc)  # one article's events were merged by the pipeline already


def test_canonical_keeps_smallest_id_and_members(chosen) -> None:
    found = chosen.canonical([event("e2", "art-2"), event("e1", "art-1")])
    assert found.event.event_id == "e1"
    assert found.member_ids == ["e1", "e2"]
    assert found.corroboration == 2
