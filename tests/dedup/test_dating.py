"""A bare year read from a count or from another sentence does not keep reports of one happening apart."""

from __future__ import annotations

from pathlib import Path

from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.dating import counted_since, untrusted_date, untrusted_year
from warlog.article import Article
from warlog.record import Event, EventDate, Location
from warlog.store import Store
from warlog.store.clusters import save_and_cluster, store_cluster_of

from sentence_records import sentence_record

JOS = Location(name="Jos", latitude=9.9, longitude=8.89, country="Nigeria", country_code="NG", precision=1)
TALLY = "By saturday some 1,530 homes, 2071 kiosks and 96 cars had been burnt across the plateau."


def record(aid: str, sentence: str, start: str, end: str, text: str | None) -> Event:
    when = EventDate(start=start, end=end, precision=3 if text and text.isdigit() else 1, text=text)
    return sentence_record(0, sentence, "Mob violence", location=JOS, day=when, article_id=aid)


def counted_as_year() -> Event:
    """The tally coded by an extractor that read "2071 kiosks" as the year 2071."""
    return record("paper-a", TALLY, "2071-01-01", "2071-12-31", "2071")


def dated_by_its_day() -> Event:
    return record("paper-b", TALLY, "2024-05-11", "2024-05-11", None)


def test_a_year_that_is_a_count_or_from_another_sentence_is_not_trusted() -> None:
    assert untrusted_year(counted_as_year())
    carried = record("x", "Mobs burnt the market on friday.", "1987-01-01", "1987-12-31", "1987")
    assert untrusted_year(carried)
    for sentence in ("In 1987 mobs burnt the market.", "The 1987 riots left the market in ruins.",
                     "Memories of the riots of 1987-88 came back."):
        assert not untrusted_year(record("x", sentence, "1987-01-01", "1987-12-31", "1987")), sentence
    assert not untrusted_year(dated_by_its_day())


def test_a_count_read_as_a_year_does_not_block_the_syndicated_twin() -> None:
    index = MemoryIndex()
    index.add([counted_as_year()])
    index.add([dated_by_its_day()])
    assert len(index.clusters) == 1


def test_the_store_links_it_in_either_order(tmp_path: Path) -> None:
    """The store's candidate query reaches whole-year rows, so arrival order does not matter."""
    for name, order in (("first", [counted_as_year(), dated_by_its_day()]),
                        ("second", [dated_by_its_day(), counted_as_year()])):
        with Store(f"sqlite:///{tmp_path / name}.db") as store:
            for event in order:
                save_and_cluster(store, Article(id=event.article_id, text=TALLY, source="Plateau Post"), [event])
            a, b = order
            assert store_cluster_of(store, a.event_id) == store_cluster_of(store, b.event_id), name


SINCE = "The toll in the riots across the plateau since may 2 has risen to 140, officials said on saturday."
RESTATED = "Officials said on saturday the toll in the riots across the plateau had risen to 140."


def toll_since_its_start() -> Event:
    """A toll dated by the day its count starts from ("since may 2"), not the day it is told."""
    return record("paper-c", SINCE, "2024-05-02", "2024-05-02", "may 2")


def toll_restated() -> Event:
    return record("paper-d", RESTATED, "2024-05-11", "2024-05-11", "saturday")


def test_a_toll_dated_by_the_day_its_count_starts_is_undated() -> None:
    assert counted_since(toll_since_its_start()) and untrusted_date(toll_since_its_start())
    # The day a toll is told, and a killing's own day, are dates.
    assert not counted_since(toll_restated())
    killed = record("x", "Mobs killed 40 people in the market since may 2 began.", "2024-05-02", "2024-05-02", "may 2")
    assert not counted_since(killed)
    on_its_day = record("x", "On may 2 the toll reached 140.", "2024-05-02", "2024-05-02", "may 2")
    assert not counted_since(on_its_day)


def test_the_store_links_a_toll_dated_by_its_start_in_either_order(tmp_path: Path) -> None:
    """Nine days apart by their stated dates, one toll: linked whichever arrives first."""
    for name, order in (("first", [toll_since_its_start(), toll_restated()]),
                        ("second", [toll_restated(), toll_since_its_start()])):
        index = MemoryIndex()
        for event in order:
            index.add([event])
        assert len(index.clusters) == 1, name
        with Store(f"sqlite:///{tmp_path / name}.db") as store:
            for event in order:
                save_and_cluster(store, Article(id=event.article_id, text=event.evidence.text, source="Jos Times"), [event])
            a, b = order
            assert store_cluster_of(store, a.event_id) == store_cluster_of(store, b.event_id), name


def test_a_year_followed_by_a_comma_is_still_given_as_a_year() -> None:
    # "in 1994, ..." gives the year; only digits or a grouped figure ("1,994,000") after it make it a count.
    given = record("paper-y", "In 1994, a mob burnt the old market of Jos to the ground.", "1994-01-01", "1994-12-31", "1994")
    assert not untrusted_year(given)
    counted = record("paper-z", "Some 1994,000 naira of goods burnt in the market.", "1994-01-01", "1994-12-31", "1994")
    assert untrusted_year(counted)
