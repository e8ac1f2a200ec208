"""Revision 0004: the facts de-duplication's candidate query once found by scanning text now
sit in indexed columns; an older store gets them backfilled, and the candidates stay the same."""

from __future__ import annotations

import pytest
from sqlalchemy import and_, extract, false, or_, select
from test_migrations import build_at

from warlog.article import Article
from warlog.dedup.cluster import candidate_slack
from warlog.dedup.compare import date_span
from warlog.dedup.recalled import MAX_RECALLED_YEARS
from warlog.events.compatible import UNSTATED_WINDOW
from warlog.record import Event, EventDate, Location
from warlog.store import Store
from warlog.store.clusters import SessionIndex
from warlog.store.convert import candidate_facts, iso_date, written_years
from warlog.store.models import EventRow

from sentence_records import sentence_record

KANO = Location(name="Kano", latitude=12.0, longitude=8.52, country="Nigeria", country_code="NG", precision=2)
NOWHERE = Location(name="the border", precision=3)  # no country
ATTACK = "Attack"


def day(value: str, text: str | None = "on Thursday") -> EventDate:
    return EventDate(start=value, end=value, precision=1, text=text)


def record(article_id: str, sentence: str, when: EventDate, place: Location = KANO) -> Event:
    return sentence_record(0, sentence, ATTACK, location=place, day=when, article_id=article_id, mentioned=False)


# Own sentences: one of each kind the old query kept whatever the dates, and ordinary ones.
RECORDS = [
    record("toll", "The death TOLL from the bus station blast rose to eleven on Friday.", day("2021-03-05", None)),
    record("recall", "Shopkeepers said the quarter had been quiet since the 2019 clashes.", day("2022-08-01", None)),
    record("whole-year", "Gunmen abducted scores of herders around the town in 2020.",
           EventDate(start="2020-01-01", end="2020-12-31", precision=3, text="in 2020")),
    record("long", "Raiders burnt farms across the district from February to May.",
           EventDate(start="2020-02-01", end="2020-05-30", precision=2, text="from February to May")),
    record("near", "Gunmen attacked a police post in the old city on Thursday.", day("2021-03-04")),
    record("far", "A mob attacked a tax office on Thursday.", day("2018-10-11")),
    record("abroad", "Smugglers shot at a patrol near the border on Thursday.", day("2021-03-04"), NOWHERE),
    record("undated", "Gunmen attacked a mosque, residents said.", EventDate()),
    record("numbers", "Police counted 120195 spent cartridges after the raid on Thursday.", day("2017-05-04")),
]
# Records placed against the store: each of the above, and a few dated to reach the kinds.
PROBES = [
    *RECORDS,
    record("new-2019", "Youths attacked a bus depot in the city on Thursday.", day("2019-06-06")),
    record("new-2020", "Youths attacked a bus depot in the city on Thursday.", day("2020-03-05")),
    record("new-abroad", "Youths attacked a bus depot in the city on Thursday.", day("2021-03-05"), NOWHERE),
    record("new-2018", "Youths attacked a bus depot in the city on Thursday.", day("2018-10-12")),
]


def text_scan(session, event: Event) -> list[str]:
    """The candidate query before revision 0004 (a text scan over every row), as the oracle."""
    stmt = select(EventRow.event_id)
    span = date_span(event)
    if span is not None:
        slack = candidate_slack(event)
        whole_year = and_(
            extract("month", EventRow.date_start) == 1, extract("day", EventRow.date_start) == 1,
            extract("month", EventRow.date_end) == 12, extract("day", EventRow.date_end) == 31,
        )
        years = range(span[0].year, span[1].year + 1)
        recalls = false() if len(years) > MAX_RECALLED_YEARS + 1 else or_(*(EventRow.evidence.like(f"%{y}%") for y in years))
        window = and_(
            or_(EventRow.date_start.is_(None), EventRow.date_start <= span[1] + slack + UNSTATED_WINDOW),
            or_(EventRow.date_end.is_(None), EventRow.date_end >= span[0] - slack),
        )
        stmt = stmt.where(or_(window, whole_year, EventRow.evidence.ilike("%toll%"), recalls,
                              EventRow.article_id == event.article_id))
    code = event.location.country_code
    if code:
        stmt = stmt.where(or_(EventRow.country_code.is_(None), EventRow.country_code == code.upper()))
    return list(session.execute(stmt.order_by(EventRow.event_id)).scalars())


@pytest.fixture
def upgraded(db_url: str) -> str:
    """A store written at revision 0003 (no fact columns), then opened by today's Store."""
    stories = [(Article(id=e.article_id, text=e.evidence.text, source="Daily Wire"), [e]) for e in RECORDS]
    build_at(db_url, *stories, revision="0003")
    Store(db_url).close()
    return db_url


def test_the_upgrade_backfills_the_facts_of_stored_rows(upgraded: str) -> None:
    columns = (EventRow.article_id, EventRow.long_span, EventRow.whole_year, EventRow.counts_toll,
               EventRow.recalls_from, EventRow.recalls_to)
    with Store(upgraded) as store, store._read() as session:
        facts = {row[0]: row[1:] for row in session.execute(select(*columns))}
    assert facts["toll"] == (False, False, True, None, None)
    assert facts["recall"] == (False, False, False, 2019, 2019)
    assert facts["whole-year"] == (True, True, False, 2020, 2020)
    assert facts["long"] == (True, False, False, None, None)
    assert facts["undated"] == (True, False, False, None, None)
    assert facts["numbers"] == (False, False, False, 1201, 2019)  # every year LIKE could find inside
    assert facts["near"] == (False, False, False, None, None)
    for event in RECORDS:  # the backfill and a fresh write agree
        start = iso_date(event.date.start)
        fresh = candidate_facts(event.evidence.text, start, iso_date(event.date.end) or start)
        assert facts[event.article_id] == tuple(fresh[c.key] for c in columns[1:])


def test_candidates_through_the_columns_are_those_the_text_scan_found(upgraded: str) -> None:
    with Store(upgraded) as store, store._read() as session:
        index = SessionIndex(session)
        for event in PROBES:
            assert [e.event_id for e in index.candidates(event)] == text_scan(session, event), event.article_id
        # Each kind is reached from another year: the test is not passing on empty lists.
        def reached(article_id: str) -> set[str]:
            probe = next(e for e in PROBES if e.article_id == article_id)
            return {e.article_id for e in index.candidates(probe)}

        assert {"toll", "whole-year", "undated", "far"} <= reached("new-2018")
        assert {"recall", "numbers"} <= reached("new-2019")
        assert "long" in reached("new-2020")


def test_a_row_saved_today_carries_its_facts(db_url: str) -> None:
    toll = RECORDS[0]
    with Store(db_url) as store:
        store.save(Article(id=toll.article_id, text=toll.evidence.text), [toll])
        with store._read() as session:
            assert session.execute(select(EventRow.counts_toll)).scalar() is True


def test_written_years_are_every_four_digits_a_like_could_match() -> None:
    assert written_years("killed 12 people") == (None, None)
    assert written_years("since 1993 and again in 2008") == (1993, 2008)
    assert written_years("no 0999 here, but 31999") == (1999, 3199)
