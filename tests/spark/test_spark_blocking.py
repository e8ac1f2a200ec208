"""Blocking for the Spark de-duplication: neighbours meet, each pair is compared once."""

from __future__ import annotations

from itertools import combinations

import pytest

pytest.importorskip("pyspark")

from warlog.record import Event, EventDate, Evidence, Location  # noqa: E402
from warlog.spark.blocking import Blocking  # noqa: E402


def event(eid: str, day: str | None, lat: float | None = None, lon: float | None = None, precision: int = 1) -> Event:
    return Event(
        event_id=eid,
        article_id=f"art-{eid}",
        location=Location(latitude=lat, longitude=lon, country_code="IQ", precision=precision if lat is not None else None),
        date=EventDate(start=day),
        evidence=Evidence(text="x", start=0, end=1),
        confidence=0.5,
    )


EVENTS = [
    event("a", "2017-10-11", 36.34, 43.13),  # Mosul
    event("b", "2017-10-12", 36.36, 43.16),  # Mosul, next day
    event("c", "2017-10-11", 36.51, 43.13),  # the next cell north
    event("d", "2017-10-11", 33.31, 44.36),  # Baghdad: far away
    event("e", "2017-10-11", 33.0, 44.0, precision=3),  # only "Iraq"
    event("f", "2017-12-30", 36.34, 43.13),  # Mosul, months later
    event("g", None, 36.34, 43.13),  # undated
]


def compared_pairs(blocking: Blocking) -> list[tuple[str, str]]:
    """Every (block, pair) for which ``compare_here`` says yes, as the Spark step sees them."""
    members: dict[tuple, list[Event]] = {}
    for item in EVENTS:
        for block in blocking.blocks(item):
            members.setdefault(block, []).append(item)
    found = []
    for block, inside in members.items():
        for a, b in combinations(inside, 2):
            if blocking.compare_here(block, a, b):
                found.append(tuple(sorted((a.event_id, b.event_id))))
    return sorted(found)


def test_each_candidate_pair_is_compared_exactly_once() -> None:
    pairs = compared_pairs(Blocking())
    assert len(pairs) == len(set(pairs))
    assert ("a", "b") in pairs and ("a", "c") in pairs  # same place next day; adjacent cell
    assert ("a", "e") in pairs and ("d", "e") in pairs  # a country-level event meets every place in it
    assert ("a", "d") not in pairs  # Mosul and Baghdad never compared
    assert not any("f" in pair for pair in pairs)  # months apart
    assert not any("g" in pair for pair in pairs)  # undated: not de-duplicated


def test_undated_event_has_no_block() -> None:
    assert Blocking().blocks(EVENTS[-1]) == set()


def test_reports_naming_one_incident_meet_across_places_and_weeks() -> None:
    TEXT = "Survivors of the Kalandia checkpoint massacre spoke to reporters."  # noqa: N806

    def naming(eid: str, day: str, lat: float, lon: float) -> Event:
        item = event(eid, day, lat, lon)
        return item.model_copy(update={
            "sub_event_type": "Attack",
            "evidence": Evidence(text=TEXT, start=0, end=len(TEXT)),
        })

    first, later = naming("m1", "2017-10-11", 36.34, 43.13), naming("m2", "2017-11-08", 33.31, 44.36)
    blocking = Blocking()
    shared = blocking.blocks(first) & blocking.blocks(later)
    assert any(block[0] == "incident" for block in shared)
    assert sum(blocking.compare_here(block, first, later) for block in shared) == 1
    assert not any(b[0] == "incident" for b in blocking.blocks(EVENTS[0]))  # no name, no incident block


def test_records_of_one_story_meet_wherever_they_were_placed() -> None:
    """``warlog.dedup.told`` may link two sentences of one story the pipeline put in two towns."""
    mosul = event("s1", "2017-10-11", 36.34, 43.13).model_copy(update={"article_id": "story-1"})
    baghdad = event("s2", "2017-10-11", 33.31, 44.36).model_copy(update={"article_id": "story-1"})
    blocking = Blocking()
    shared = blocking.blocks(mosul) & blocking.blocks(baghdad)
    (compared,) = [block for block in shared if blocking.compare_here(block, mosul, baghdad)]
    assert compared[0] == "article"
    far = EVENTS[3]  # Baghdad, in another story: never compared
    assert not any(blocking.compare_here(block, mosul, far) for block in blocking.blocks(mosul) & blocking.blocks(far))
