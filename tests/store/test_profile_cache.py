"""Round 25: stored records are parsed and profiled once per process (``store.profiles``).
The cache must change no cluster: a re-coded record is read anew, and splits and merges
come out as without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.article import Article
from warlog.dedup.compare import Profile
from warlog.record import Actor, Event, EventDate, Evidence, Location, make_event_id
from warlog.store import Store, clusters
from warlog.store.clusters import merge_clusters, save_and_cluster, store_cluster_of, store_clusters, store_split
from warlog.store.profiles import ProfileCache

JOS = Location(name="Jos", latitude=9.93, longitude=8.89, country="Nigeria", country_code="NG", precision=1)
BAUCHI = Location(name="Bauchi", latitude=10.31, longitude=9.84, country="Nigeria", country_code="NG", precision=1)
GUNMEN = Actor(name="Unidentified Armed Group (Nigeria)", type="Political militia")
WEEK = EventDate(start="2023-05-08", end="2023-05-08", precision=1, text="on Monday")
LATER = EventDate(start="2023-09-04", end="2023-09-04", precision=1, text="on Monday")

# Own sentences: three reports of one raid, a toll, a raid elsewhere, a bare-year summary.
RAID = "Gunmen on motorbikes raided the cattle market in Jos on Monday, killing six traders."
RAID_AGAIN = "Six traders died when gunmen on motorbikes raided the Jos cattle market on Monday."
RAID_THIRD = "Gunmen on motorbikes killed six traders at the cattle market of Jos on Monday."
TOLL = "The death toll from the raid on the Jos cattle market rose to six, police said."
ELSEWHERE = "Herders fought farmers over a burnt granary outside Bauchi on Monday."
OTHER_RAID = "Bandits looted a grain store near Bauchi and set two lorries alight."
YEARLY = "Raids on markets around Jos killed dozens of traders in 2023, a rights group said."


def report(aid: str, sentence: str, place: Location = JOS, when: EventDate = WEEK) -> tuple[Article, Event]:
    text = f"JOS (Wire) - {sentence} More follows."
    start = text.index(sentence)
    event = Event(
        event_id=make_event_id(aid, start, "Attack"),
        article_id=aid,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        actor1=GUNMEN,
        location=place,
        date=when,
        fatalities=6,
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        confidence=0.8,
        sources=[f"Outlet {aid}"],
    )
    return Article(id=aid, text=text, source=f"Outlet {aid}"), event


def ingest(store: Store, aid: str, sentence: str, place: Location = JOS, when: EventDate = WEEK) -> None:
    article, event = report(aid, sentence, place, when)
    save_and_cluster(store, article, [event])


def snapshot(store: Store) -> list[dict]:
    return sorted(store_clusters(store), key=lambda c: c["cluster_id"])


def scenario(store: Store) -> list[list[dict]]:
    """Ingest, re-code a record, split, merge: the clusters after each step."""
    steps = []
    year = EventDate(start="2023-01-01", end="2023-12-31", precision=3, text="in 2023")
    for aid, sentence, place, when in [
        ("wire-1", RAID, JOS, WEEK), ("wire-2", RAID_AGAIN, JOS, WEEK), ("wire-3", TOLL, JOS, WEEK),
        ("wire-4", ELSEWHERE, BAUCHI, WEEK), ("wire-5", YEARLY, JOS, year),
    ]:
        ingest(store, aid, sentence, place, when)
        steps.append(snapshot(store))
    first, second = report("wire-1", RAID)[1], report("wire-2", RAID_AGAIN)[1]
    # Re-coded (same event id): the second report now tells another raid; the cache must not keep the first.
    ingest(store, "wire-2", OTHER_RAID, BAUCHI, LATER)
    steps.append(snapshot(store))
    ingest(store, "wire-2", RAID_AGAIN)
    steps.append(snapshot(store))
    joined = store_cluster_of(store, first.event_id)
    store_split(store, joined, [second.event_id])
    steps.append(snapshot(store))
    ingest(store, "wire-6", RAID_THIRD)  # links to both: must not undo the split
    steps.append(snapshot(store))
    ids = {store_cluster_of(store, first.event_id), store_cluster_of(store, second.event_id)}
    with store._write.begin() as session:
        merge_clusters(session, sorted(ids))
    steps.append(snapshot(store))
    return steps


def test_cache_changes_no_cluster(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ProfileCache()
    monkeypatch.setattr(clusters, "PROFILES", cache)
    with Store(db_url) as store:
        cached = scenario(store)
        first, second = report("wire-1", RAID)[1], report("wire-2", RAID_AGAIN)[1]
        assert store_cluster_of(store, first.event_id) == store_cluster_of(store, second.event_id)  # merged
    assert len(cache) > 0
    monkeypatch.setattr(clusters, "PROFILES", ProfileCache(size=0))  # keeps nothing: every record parsed anew
    with Store(f"sqlite:///{tmp_path / 'uncached.db'}") as store:
        assert scenario(store) == cached
    # The re-coded record left the raid's cluster while it told another raid, and came back.
    moved, back = cached[5], cached[6]
    assert max(c["size"] for c in moved) < max(c["size"] for c in back)


def test_same_text_is_parsed_and_profiled_once() -> None:
    cache = ProfileCache()
    _, event = report("wire-1", RAID)
    text = event.model_dump_json()
    kept = cache.event(event.event_id, text)
    assert cache.event(event.event_id, text) is kept
    assert cache.profile(kept) is cache.profile(kept)
    assert cache.profile(kept) == Profile.of(event)


def test_changed_text_is_read_anew() -> None:
    cache = ProfileCache()
    _, event = report("wire-1", RAID)
    old = cache.event(event.event_id, event.model_dump_json())
    old_profile = cache.profile(old)
    recoded = event.model_copy(update={"location": BAUCHI})
    new = cache.event(event.event_id, recoded.model_dump_json())
    assert new is not old and new.location.name == "Bauchi"
    assert cache.profile(new).event.location.name == "Bauchi"
    assert cache.profile(old) is not old_profile  # the old object is no longer the cached one


def test_only_the_handed_out_record_gets_the_kept_profile() -> None:
    cache = ProfileCache()
    _, event = report("wire-1", RAID)
    kept = cache.event(event.event_id, event.model_dump_json())
    assert cache.profile(event) is not cache.profile(kept)  # equal record, another object: profiled afresh
    assert cache.profile(event) == cache.profile(kept)


def test_least_recently_used_records_go_first() -> None:
    cache = ProfileCache(size=2)
    events = [report(f"wire-{k}", RAID)[1] for k in range(3)]
    texts = [e.model_dump_json() for e in events]
    first = cache.event(events[0].event_id, texts[0])
    second = cache.event(events[1].event_id, texts[1])
    assert cache.event(events[0].event_id, texts[0]) is first  # used again: now the newest
    cache.event(events[2].event_id, texts[2])
    assert len(cache) == 2
    assert cache.event(events[0].event_id, texts[0]) is first
    assert cache.event(events[1].event_id, texts[1]) is not second  # dropped, parsed again
