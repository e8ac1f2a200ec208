"""Full-text search (``EventFilter.text``) over evidence and titles, on SQLite FTS5 and PostgreSQL."""

from __future__ import annotations

import pytest

from warlog.store import EventFilter
from warlog.store import search as search_module
from warlog.store.search import fts5_query, search_terms, websearch_query


def ids(events) -> list[str]:
    return [event.event_id for event in events]


@pytest.fixture
def stored(store, seed, wire):
    article, events = seed
    store.save(article, events)
    store.save(*wire)
    return {"H": events[0].event_id, "R": events[1].event_id, "S": events[2].event_id, "W": wire[1][0].event_id}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("opened fire", {"S"}),
        ("OPENED FIRE", {"S"}),
        ("fire opened", {"S"}),  # words in any order
        ('"fire opened"', set()),  # a quoted phrase keeps its order
        ('"opened fire"', {"S"}),
        ("fighters", {"W"}),  # evidence
        ("vow till end", {"H", "R", "S"}),  # the seed article's title
        ("clash", {"W"}),  # stemmed: "clashed"
        ("hospital raqqa", {"W"}),
        ("hospital hawija", set()),  # every term must match
    ],
)
def test_full_text_terms(store, stored, text, expected):
    assert store.fulltext
    assert set(ids(store.events(EventFilter(text=text)))) == {stored[name] for name in expected}
    assert store.count_events(EventFilter(text=text)) == len(expected)


@pytest.mark.parametrize(
    "hostile",
    ['NEAR(opened fire', '"unbalanced', "opened AND OR NOT", "fire*", "evidence:fire", "^fire",
     "'; DROP TABLE events; --", "a\\b", "-fire", "fire | opened", "opened & !fire", "(((", "%", "_"],
)
def test_search_syntax_in_user_text_is_inert(store, stored, hostile):
    list(store.events(EventFilter(text=hostile)))  # never a syntax error
    assert store.count_events() == 4


def test_text_without_words_is_a_substring_match(store, stored):
    assert ids(store.events(EventFilter(text="[sic]"))) == [stored["W"]]
    assert ids(store.events(EventFilter(text="%"))) == []


def test_combines_with_the_other_filters(store, stored):
    found = store.events(EventFilter(text="militants", country="Syria", event_type="Battles"))
    assert set(ids(found)) == {stored["R"], stored["W"]}


def test_resaving_and_retitling_keep_the_index_in_step(store, seed):
    article, events = seed
    store.save(article, events)
    store.save(article, events[:1])
    assert ids(store.events(EventFilter(text="opened fire"))) == []
    retitled = article.model_copy(update={"title": "Kirkuk handover"})
    store.save(retitled, events[:1])
    assert ids(store.events(EventFilter(text="kirkuk handover"))) == [events[0].event_id]
    assert ids(store.events(EventFilter(text="jihadists surrender"))) == []


def test_substring_fallback_without_an_index(store, stored):
    search_module.enable(store.engine, False)
    try:
        assert set(ids(store.events(EventFilter(text="opened fire")))) == {stored["S"]}
        assert set(ids(store.events(EventFilter(text="hospit")))) == {stored["W"]}  # substrings, not words
        assert len(ids(store.events(EventFilter(text="jihadists")))) == 3  # the title counts
    finally:
        search_module.enable(store.engine, True)


def test_terms_are_quoted_for_each_back_end():
    terms = search_terms('opened "fire first" x"y -- ')
    assert terms == ("opened", "fire first", 'x"y')
    assert fts5_query(terms) == '"opened" "fire first" "x""y"'
    assert websearch_query(terms) == '"opened" "fire first" "x y"'
