"""``compare.far_apart`` answers "no link" at once for most candidates of a large store; it
must never answer so for a pair ``similarity`` or ``back_link`` would link.

The records below are our own sentences of every kind that links across stories with some
date slack or none: a named incident told weeks later, a restated toll, a syndicated
sentence, a riot recalled by its years in a story dated years after, a back-reference to a
past riot, two arrests of one named person on one stated day (one of them recalling an older
riot, so its span is that riot's years), and plain reports of one raid. Each is dated on
many days, near and far, and every pair of different stories is checked.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from sentence_records import sentence_record

from warlog.dedup.compare import Profile, WIDEST_SLACK, back_link, far_apart, link_score, similarity
from warlog.record import Event, EventDate, Location

MAKURDI = Location(name="Makurdi", latitude=7.73, longitude=8.54, admin1="Benue", admin2="Makurdi",
                   country="Nigeria", country_code="NG", precision=1)
GBOKO = Location(name="Gboko", latitude=7.32, longitude=9.00, admin1="Benue", admin2="Gboko",
                 country="Nigeria", country_code="NG", precision=2)

BASE = date(2021, 3, 10)
# Offsets from BASE, in days: the same day, the slacks' edges, and far beyond any.
OFFSETS = (0, 1, 2, 3, 45, 59, 60, 61, 62, 90, 400, 3000)

SENTENCES: list[tuple[str, str, Location, bool]] = [
    # (sentence, sub-type, place, whether it states its day)
    ("Gunmen raided the cattle market at Gboko on tuesday and shot eleven traders dead.", "Attack", GBOKO, True),
    ("Eleven traders were shot dead on tuesday when gunmen stormed the Gboko cattle market.", "Attack", GBOKO, True),
    ("Relatives in Makurdi buried the victims of the Gboko market massacre.", "Mob violence", MAKURDI, False),
    ("Youths marched in Makurdi against the Gboko market massacre.", "Peaceful protest", MAKURDI, False),
    ("The death toll from the raid on the Gboko market rose to 14, officials said.", "Attack", GBOKO, False),
    ("The toll in the Gboko raid stood at 14 on thursday.", "Attack", GBOKO, True),
    ("Makurdi has known no such fear since the riots of 2009, residents said.", "Mob violence", MAKURDI, False),
    ("Shops in Makurdi were burnt in the riots of 2009 and many fled the town.", "Mob violence", MAKURDI, False),
    ("Police arrested local chief terwase agba on tuesday over the market killings.", "Arrests", MAKURDI, True),
    # States its day elsewhere in the story (the date's text is not in it): dated by the riot's years.
    ("Terwase agba was arrested in Gboko, held as he was in the riots of 2009, his aides said.", "Arrests", GBOKO, True),
]


def dated(offset: int, stated: bool) -> EventDate:
    day = (BASE + timedelta(days=offset)).isoformat()
    return EventDate(start=day, end=day, precision=1, text="on tuesday" if stated else None)


def whole_year(year: int) -> EventDate:
    return EventDate(start=f"{year}-01-01", end=f"{year}-12-31", precision=3, text=str(year))


def records() -> list[Event]:
    """Each sentence in its own story on each day of ``OFFSETS``, and in 2009 and 2021 as a
    whole year (a riot's year, the story's year)."""
    made = []
    for k, (sentence, sub, place, stated) in enumerate(SENTENCES):
        days = [dated(offset, stated) for offset in OFFSETS] + [whole_year(2009), whole_year(2021)]
        for j, day in enumerate(days):
            made.append(sentence_record(0, sentence, sub, location=place, day=day, article_id=f"paper{k}-{j}",
                                        source=f"paper{k}"))
    return made


def test_far_apart_never_turns_away_a_pair_that_would_link() -> None:
    profiles = [Profile.of(e) for e in records()]
    turned_away = linked = linked_weeks_apart = 0
    for a, b in combinations(profiles, 2):
        if a.event.article_id == b.event.article_id:
            continue
        links = similarity(a, b) is not None or back_link(a, b)
        if links:
            linked += 1
            gap = max(a.span[0] - b.span[1], b.span[0] - a.span[1]) if a.span and b.span else timedelta(0)
            linked_weeks_apart += gap > timedelta(days=7)
        if far_apart(a, b):
            turned_away += 1
            assert not links, (a.event.evidence.text, a.event.date, b.event.evidence.text, b.event.date)
            assert link_score(a, b) is None
    # Not vacuous: many pairs are turned away, and pairs weeks apart do link (a named incident,
    # a recalled riot, one person's arrest).
    assert turned_away > 1000 and linked > 100 and linked_weeks_apart > 10


def test_two_arrests_of_one_named_person_on_one_stated_day_link_though_their_spans_are_years_apart() -> None:
    """The one path that goes by stated days, not spans: far spans alone do not turn it away."""
    today = sentence_record(0, SENTENCES[8][0], "Arrests", location=MAKURDI, day=dated(0, True), article_id="x-1")
    recalling = sentence_record(0, SENTENCES[9][0], "Arrests", location=GBOKO, day=dated(0, True), article_id="y-1")
    a, b = Profile.of(today), Profile.of(recalling)
    assert a.span is not None and b.span is not None and b.span[1] < a.span[0] - WIDEST_SLACK
    assert not far_apart(a, b)
    assert link_score(a, b) is not None


def test_records_of_one_story_are_never_turned_away_by_their_dates() -> None:
    """A story's next sentence may go on with the last whatever dates the two were given."""
    first = sentence_record(0, SENTENCES[0][0], "Attack", location=GBOKO, day=dated(0, True), article_id="z-1")
    later = sentence_record(90, SENTENCES[1][0], "Attack", location=GBOKO, day=dated(400, True), article_id="z-1")
    assert not far_apart(Profile.of(first), Profile.of(later))
