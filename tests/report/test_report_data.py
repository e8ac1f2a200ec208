"""The report's aggregates: counts, weeks, actors, outlets, and the corroboration ranking."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from warlog.report.data import UNKNOWN_OUTLET, UNKNOWN_TYPE, event_outlets, gather, week_of


def test_counts_and_gaps(events):
    data = gather(events)
    assert (data.total, data.undated, data.unplaced) == (4, 1, 1)
    assert (data.first_day, data.last_day) == (date(2017, 10, 2), date(2017, 10, 12))
    assert data.type_counts == Counter({"Battles": 3, "Strategic developments": 1})
    assert data.event_types == ["Battles", "Strategic developments"]


def test_weeks_start_on_monday(events):
    data = gather(events)
    assert data.weekly == {
        date(2017, 10, 2): Counter({"Strategic developments": 1}),
        date(2017, 10, 9): Counter({"Battles": 2}),
    }
    assert week_of(date(2017, 10, 15)) == date(2017, 10, 9)  # a Sunday


def test_map_points_only_for_placed_events(events):
    points = gather(events).points
    assert len(points) == 3
    assert {(p.longitude, p.latitude, p.event_type) for p in points} == {
        (43.7706, 35.3256, "Strategic developments"), (38.9981, 35.9594, "Battles"),
    }


def test_top_actors_with_roles(events):
    actors = {a.name: a for a in gather(events).actors}
    peshmerga = actors["Military Forces of Iraq (2014-) Peshmerga"]
    assert (peshmerga.events, peshmerga.as_actor1, peshmerga.as_actor2, peshmerga.type) == (2, 1, 1, "State forces")
    assert actors["Islamic State (Syria)"].as_actor2 == 2


def test_source_mix(events):
    sources = {s.outlet: (s.events, s.share) for s in gather(events).sources}
    assert sources == {"Breitbart": (2, 0.5), "Rudaw": (1, 0.25), "AP": (1, 0.25), UNKNOWN_OUTLET: (1, 0.25)}


def test_corroboration_counts_distinct_outlets_over_sources_and_mentions(events, hostile):
    assert event_outlets(events[1]) == ("Breitbart",)  # no sources; one mention without outlet
    assert event_outlets(hostile) == ("<i>Reuters</i>", "AFP", "AP")
    ranked = gather([*events, hostile], top=3).corroborated
    assert [item.corroboration for item in ranked] == [3, 2, 1]
    assert ranked[0].event is hostile
    assert ranked[2].event.event_id == events[3].event_id  # among single-source, the most confident


def test_top_bounds_every_table(events):
    many = [events[3].model_copy(update={"event_id": f"copy{i:04d}"}) for i in range(60)]
    data = gather([*events, *many], top=2)
    assert len(data.corroborated) == len(data.actors) == len(data.sources) == 2
    assert data.total == 64


def test_untyped_events_are_counted_as_unknown(events):
    untyped = events[3].model_copy(update={"event_type": None, "sub_event_type": None})
    assert gather([untyped]).type_counts == Counter({UNKNOWN_TYPE: 1})


def test_nothing_to_gather():
    data = gather([])
    assert (data.total, data.points, data.weekly, data.corroborated, data.first_day) == (0, [], {}, [], None)
    with pytest.raises(ValueError):
        gather([], top=0)


def test_corroboration_agrees_with_the_dedup_clusters(events, hostile):
    """One definition of corroboration: the report's per-event count is the clusters' count."""
    canonical = pytest.importorskip("warlog.dedup.canonical")
    outlets = getattr(canonical, "outlets", None)
    if outlets is None:
        pytest.skip("warlog.dedup.canonical.outlets is not available")
    for event in [*events, hostile]:
        assert list(event_outlets(event)) == outlets([event])
