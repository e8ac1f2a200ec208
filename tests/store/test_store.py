"""The store: save/replace, every filter, atomicity, errors, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.errors import StoreError
from warlog.store import EventFilter, Store, text_hash


def ids(events) -> list[str]:
    return [event.event_id for event in events]


def test_saved_events_read_back_identical_and_ordered(store, seed):
    article, events = seed
    assert store.save(article, events) == 3
    hawija, raqqa, shooting = events
    got = list(store.events())
    # Oldest first, undated last; the record survives the JSON column unchanged.
    assert got == [hawija, raqqa, shooting]
    assert store.count_events() == 3
    assert store.count_articles() == 1


def test_saving_an_article_twice_replaces_its_events(store, seed, wire):
    article, events = seed
    store.save(*wire)
    store.save(article, events)
    store.save(article, events)
    assert store.count_events() == 4
    # A re-coding that finds fewer events removes the stale ones, and only this article's.
    store.save(article, events[:1])
    assert ids(store.events()) == [events[0].event_id, wire[1][0].event_id]
    assert store.count_articles() == 2


def test_has_article_matches_id_and_text(store, seed):
    article, events = seed
    assert not store.has_article(article.id, text_hash(article.text))
    store.save(article, events)
    assert store.has_article(article.id, text_hash(article.text))
    assert not store.has_article(article.id, text_hash(article.text + " Update: corrected."))
    assert not store.has_article("other", text_hash(article.text))


def test_resaving_an_edited_article_updates_its_row(store, seed):
    article, events = seed
    store.save(article, events)
    edited = article.model_copy(update={"text": article.text + "\nCorrection appended.", "title": "New title"})
    store.save(edited, events)
    assert store.has_article(article.id, text_hash(edited.text))
    assert store.count_articles() == 1


H, R, S, W = "hawija", "raqqa", "shooting", "wire"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(), [H, R, W, S]),
        (EventFilter(event_type="Battles"), [R, W, S]),
        (EventFilter(event_type="battles"), [R, W, S]),
        (EventFilter(sub_event_type="non-violent transfer of territory"), [H]),
        (EventFilter(event_type="Protests"), []),
        (EventFilter(country="Iraq"), [H]),
        (EventFilter(country="iraq"), [H]),
        (EventFilter(country="SY"), [R, W]),  # one stored as "sy", one as "SY"
        (EventFilter(country="sy"), [R, W]),
        (EventFilter(country="Syria"), [R, W]),
        (EventFilter(since=date(2017, 10, 8)), [H, R, W]),  # Hawija's week ends on the 8th
        (EventFilter(since=date(2017, 10, 9)), [R, W]),
        (EventFilter(until=date(2017, 10, 2)), [H]),
        (EventFilter(until=date(2017, 10, 1)), []),
        (EventFilter(since=date(2017, 10, 5), until=date(2017, 10, 6)), [H]),  # inside the span
        (EventFilter(since=date(2017, 10, 12), until=date(2017, 10, 12)), [W]),
        (EventFilter(actor="peshmerga"), [H, S]),
        (EventFilter(actor="YPG"), [R]),  # an associated actor
        (EventFilter(actor="ISIS militants"), [H]),  # the article's wording
        (EventFilter(actor="100%"), []),  # LIKE wildcards are literal
        (EventFilter(actor="_"), []),
        (EventFilter(text="OPENED FIRE"), [S]),
        (EventFilter(text="National Hospital"), [W]),
        (EventFilter(text="[sic]"), [W]),
        (EventFilter(limit=2), [H, R]),
        (EventFilter(limit=0), []),
        (EventFilter(event_type="Battles", country="Syria", since=date(2017, 10, 12)), [W]),
        (EventFilter(event_type="Battles", actor="Syrian Democratic", limit=1), [R]),
    ],
)
def test_filters(store, seed, wire, filters, expected):
    article, events = seed
    store.save(article, events)
    store.save(*wire)
    by_name = dict(zip([H, R, S, W], ids([*events, *wire[1]]), strict=True))
    want = [by_name[name] for name in expected]
    assert ids(store.events(filters)) == want
    if filters.limit is None:
        assert store.count_events(filters) == len(want)


def test_negative_limit_is_rejected():
    with pytest.raises(ValueError):
        EventFilter(limit=-1)


@pytest.mark.parametrize("exc_type", [RuntimeError, KeyboardInterrupt])
def test_failure_mid_save_keeps_every_committed_article(store, seed, wire, monkeypatch, exc_type):
    article, events = seed
    store.save(article, events)

    import warlog.store.store as store_module

    real_event_row = store_module.event_row
    calls = {"n": 0}

    def event_row_failing_on_second(event):
        calls["n"] += 1
        if calls["n"] == 2:
            raise exc_type("boom")
        return real_event_row(event)

    monkeypatch.setattr(store_module, "event_row", event_row_failing_on_second)
    # A new article: nothing of it is stored, not even its article row.
    wire_article, (clash,) = wire
    wire_events = [clash, clash.model_copy(update={"event_id": "second-clash"})]
    with pytest.raises(exc_type):
        store.save(wire_article, wire_events)
    # A re-save of a stored article: its delete of the old events is undone too.
    calls["n"] = 0
    with pytest.raises(exc_type):
        store.save(article, events)

    assert ids(store.events()) == ids(events)
    assert store.count_articles() == 1
    assert not store.has_article(wire_article.id, text_hash(wire_article.text))


def test_events_of_another_article_are_refused(store, seed, wire):
    article, _ = seed
    with pytest.raises(ValueError, match="belongs to article"):
        store.save(article, wire[1])


def test_duplicate_event_ids_are_a_store_error_and_save_nothing(store, seed):
    article, events = seed
    with pytest.raises(StoreError, match="two events with id"):
        store.save(article, [events[0], events[0]])
    assert store.count_articles() == 0


def test_reopening_keeps_data_and_schema_version(db_url, seed):
    article, events = seed
    with Store(db_url) as first:
        first.save(article, events)
    with Store(db_url) as second:
        assert second.count_events() == 3


def test_newer_schema_is_refused(db_url):
    from sqlalchemy import update

    from warlog.store.models import SchemaVersion

    with Store(db_url) as store, store.engine.begin() as conn:
        conn.execute(update(SchemaVersion).values(version=SchemaVersion.version + 1))
    with pytest.raises(StoreError, match="newer warlog"):
        Store(db_url)
