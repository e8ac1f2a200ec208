"""Date resolution on the seed article and on realistic news sentences."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.normalise.dates import is_historical, resolve_date
from warlog.normalise.sentence_dates import sentence_date
from warlog.record import EventDate

PUBLISHED = date(2017, 10, 11)  # a Wednesday: the seed article's coding date


def _sentence(nlp, text: str, containing: str):
    return next(s for s in nlp(text).sents if containing in s.text)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("Last week", "2017-10-02", "2017-10-08", 2),
        ("on Tuesday", "2017-10-10", "2017-10-10", 1),
        ("Wednesday", "2017-10-11", "2017-10-11", 1),
        ("last Wednesday", "2017-10-04", "2017-10-04", 1),
        ("Sunday night", "2017-10-08", "2017-10-08", 1),
        ("yesterday", "2017-10-10", "2017-10-10", 1),
        ("last night", "2017-10-10", "2017-10-10", 1),
        ("this morning", "2017-10-11", "2017-10-11", 1),
        ("over the past month", "2017-09-11", "2017-10-11", 3),
        ("in the past three weeks", "2017-09-20", "2017-10-11", 2),
        ("in recent weeks", "2017-09-20", "2017-10-11", 2),
        ("in 2014", "2014-01-01", "2014-12-31", 3),
        ("mid-September", "2017-09-11", "2017-09-20", 2),
        ("in September", "2017-09-01", "2017-09-30", 3),
        ("last month", "2017-09-01", "2017-09-30", 3),
        ("earlier this week", "2017-10-09", "2017-10-11", 2),
        ("two weeks ago", "2017-09-25", "2017-10-01", 2),
        # Before that day, not in its week: a span ending on it.
        ("more than two weeks ago", "2017-09-20", "2017-09-27", 2),
        ("on 9 October", "2017-10-09", "2017-10-09", 1),
        ("October 9", "2017-10-09", "2017-10-09", 1),
        ("on 12 October", "2016-10-12", "2016-10-12", 1),  # most recent not after the article
        ("April 7, 2015", "2015-04-07", "2015-04-07", 1),
        # A night running into the next morning is coded, as ACLED does, to the day it began.
        ("on the night of 3-4 March", "2017-03-03", "2017-03-03", 1),
        ("overnight between 11 and 12 February", "2017-02-11", "2017-02-11", 1),
        ("on the nights of 3-5 March", "2017-03-03", "2017-03-05", 1),
        ("on the 9th", "2017-10-09", "2017-10-09", 1),
        ("on the 25th", "2017-09-25", "2017-09-25", 1),
        ("between 9 and 12 October", "2017-10-09", "2017-10-12", 2),
        ("between 1 and 3 May", "2017-05-01", "2017-05-03", 2),
        ("between 28 December and 2 January", "2016-12-28", "2017-01-02", 2),
        ("13/10/2016", "2016-10-13", "2016-10-13", 1),
        ("around 31 December 2016", "2016-12-31", "2016-12-31", 2),
        # Days the calendar fixes, named instead of dated.
        ("on New Year's Eve", "2016-12-31", "2016-12-31", 1),
        ("New Year\u2019s Day", "2017-01-01", "2017-01-01", 1),
        ("on Christmas Day 2015", "2015-12-25", "2015-12-25", 1),
        ("Christmas Eve", "2016-12-24", "2016-12-24", 1),
    ],
)
def test_resolve_date_against_article_date(text: str, start: str, end: str, precision: int) -> None:
    resolved = resolve_date(text, PUBLISHED)
    assert resolved is not None
    assert (resolved.start, resolved.end, resolved.precision) == (start, end, precision)


def test_last_week_is_the_week_before_the_articles_week_whatever_the_weekday() -> None:
    for day in range(2, 9):  # Monday 2017-10-02 .. Sunday 2017-10-08
        resolved = resolve_date("last week", date(2017, 10, day))
        assert (resolved.start, resolved.end) == ("2017-09-25", "2017-10-01")


@pytest.mark.parametrize(
    "text", ["12/10/2017", "within days", "a few years", "next week", "tomorrow", "the talks", "ahead of Christmas"]
)
def test_ambiguous_future_and_non_dates_are_not_resolved(text: str) -> None:
    resolved = resolve_date(text, PUBLISHED)
    assert resolved is None or resolved.start is None


@pytest.mark.parametrize("text", ["last week", "on Tuesday", "yesterday", "over the past month", "mid-September", "12 October"])
def test_relative_without_article_date_keeps_text_and_never_uses_today(text: str) -> None:
    resolved = resolve_date(text, None)
    assert resolved == EventDate(text=resolved.text)
    assert resolved.text and resolved.text in text


def test_absolute_dates_resolve_without_article_date() -> None:
    assert resolve_date("in 2014", None).start == "2014-01-01"
    assert resolve_date("on 3 May 2019", None).start == "2019-05-03"


def test_seed_last_week_sentence(nlp, seed_text: str) -> None:
    sent = _sentence(nlp, seed_text, "more than one thousand ISIS militants")
    assert sentence_date(sent, PUBLISHED) == EventDate(
        start="2017-10-02", end="2017-10-08", precision=2, text="Last week"
    )


def test_seed_sentence_dates(nlp, seed_text: str) -> None:
    seized = sentence_date(_sentence(nlp, seed_text, "seized it in 2014"), PUBLISHED)
    assert (seized.start, seized.end, seized.precision) == ("2014-01-01", "2014-12-31", 3)
    rate = sentence_date(_sentence(nlp, seed_text, "four to five ISIS fighters"), PUBLISHED)
    assert (rate.start, rate.end, rate.precision) == ("2017-09-11", "2017-10-11", 3)
    caption = sentence_date(_sentence(nlp, seed_text, "Yarmouk"), PUBLISHED)
    assert caption.start == "2015-04-07"
    liberated = sentence_date(_sentence(nlp, seed_text, "liberated nearly 90 percent"), PUBLISHED)
    assert liberated == EventDate()  # no date expression: the caller decides


def test_seed_without_article_date_keeps_text(nlp, seed_text: str) -> None:
    found = sentence_date(_sentence(nlp, seed_text, "more than one thousand"), None)
    assert found == EventDate(text="Last week")


def test_sentence_date_prefers_the_date_of_the_main_event(nlp) -> None:
    sent = next(nlp("On 5 May 2019, militants attacked the village that they had first raided in 2014.").sents)
    assert sentence_date(sent, None).start == "2019-05-05"


def test_sentence_date_with_trigger(nlp) -> None:
    doc = nlp("Police said on Monday that gunmen killed three farmers on Saturday near Jos.")
    killed = next(t for t in doc if t.lemma_ == "kill")
    said = next(t for t in doc if t.lemma_ == "say")
    ref = date(2019, 5, 14)  # Tuesday
    assert sentence_date(doc[:], ref, trigger=killed).start == "2019-05-11"
    assert sentence_date(doc[:], ref, trigger=said).start == "2019-05-13"


def test_weekday_and_numeric_dates_in_sentences(nlp) -> None:
    doc = nlp("Gunmen attacked a checkpoint in Baidoa overnight, killing two soldiers.")
    found = sentence_date(doc[:], date(2020, 3, 4))
    assert (found.start, found.end, found.precision) == ("2020-03-03", "2020-03-04", 1)


def test_is_historical() -> None:
    assert is_historical(resolve_date("in 2014", PUBLISHED), PUBLISHED)
    assert not is_historical(resolve_date("last week", PUBLISHED), PUBLISHED)
    assert not is_historical(EventDate(text="last week"), PUBLISHED)


def test_a_count_spacy_took_for_a_year_is_no_date(nlp) -> None:
    """Times of India: "burnt 2,082 shops" was dated to the year 2082."""
    shops = next(nlp("Rioters looted and burnt 2,082 shops in the old city.").sents)
    assert sentence_date(shops, PUBLISHED).start is None
    houses = next(nlp("A mob set fire to 1998 houses in the village.").sents)
    assert sentence_date(houses, PUBLISHED).start is None
    recalled = next(nlp("In 1998, rebels burnt the market of the town.").sents)
    assert sentence_date(recalled, PUBLISHED).start == "1998-01-01"


@pytest.mark.parametrize(
    "text",
    [
        "The constables fired over 2000 rounds to scatter the crowd.",
        "Of 2000 villagers held by the militia, most went home.",
        "Arsonists gutted close to 1998 homes and 2082 stalls in the bazaar.",
    ],
)
def test_a_count_after_a_preposition_is_no_year(nlp, text: str) -> None:
    """A number before the plural noun it counts is a quantity, even after "over" or "of"."""
    assert sentence_date(next(nlp(text).sents), PUBLISHED).start is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("His brother died in 1992 riots in the port town.", "1992"),
        ("During the 1984 killings, the shops stayed shut.", "1984"),
    ],
)
def test_a_year_naming_a_happening_stays_a_year(nlp, text: str, year: str) -> None:
    assert sentence_date(next(nlp(text).sents), PUBLISHED).start == f"{year}-01-01"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("When Freetown burned in 1998-'99, the market was spared.", "1998-01-01", "1999-12-31"),
        ("During the 2013-14 insurgency, rebels held the bridge.", "2013-01-01", "2014-12-31"),
        ("Fighters overran the garrison in 2015/2016.", "2015-01-01", "2016-12-31"),
    ],
)
def test_two_years_given_as_one_span(nlp, text: str, start: str, end: str) -> None:
    """"in 1998-'99": a happening of two years, not the first year alone nor no date."""
    found = sentence_date(next(nlp(text).sents), PUBLISHED)
    assert (found.start, found.end, found.precision) == (start, end, 3)


def test_a_backward_pair_or_a_full_day_is_no_span_of_years() -> None:
    backward = resolve_date("in 1999-98", PUBLISHED)
    assert backward is None or backward.end != "2098-12-31"
    assert resolve_date("on 2017-10-09", PUBLISHED).end == "2017-10-09"
    assert resolve_date("in 2003-2011", PUBLISHED).end == "2011-12-31"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("the clash on friday left the market deserted.", "2017-10-06"),
        ("the sit-in planned for october 9 in the square was banned.", "2017-10-09"),
        ("armed men raided the camp on 9 october.", "2017-10-09"),
    ],
)
def test_lower_cased_stories_still_name_days_and_months(nlp, text: str, day: str) -> None:
    """Some outlets print stories in lower case; "on friday" is still a day."""
    assert sentence_date(next(nlp(text).sents), PUBLISHED).start == day


@pytest.mark.parametrize(
    "text",
    ["a silent march 4 km long wound through the old town.", "at least 12 may have drowned when the boat sank."],
)
def test_lower_case_march_and_may_beside_a_number_are_no_dates(nlp, text: str) -> None:
    assert sentence_date(next(nlp(text).sents), PUBLISHED).start is None


def test_the_day_a_source_told_of_it_bounds_the_event_without_dating_it(nlp) -> None:
    """"..., police said on Saturday": the raid lies in the days up to Saturday; a fronted
    "On Saturday, police reported ..." dates the event itself (ACLED's notes write so)."""
    published = date(2023, 10, 29)
    told = next(nlp("Armed bandits killed 30 people in Zamfara state, police said on Saturday.").sents)
    killed = next(t for t in told if t.text == "killed")
    assert sentence_date(told, published, killed) == EventDate(
        start="2023-10-25", end="2023-10-28", precision=2, text="Saturday"
    )
    fronted = next(nlp("On Saturday, police said bandits killed 30 people in Zamfara state.").sents)
    killed = next(t for t in fronted if t.text == "killed")
    assert (sentence_date(fronted, published, killed).start, sentence_date(fronted, published, killed).precision) == (
        "2023-10-28", 1,
    )


def test_a_holiday_dates_the_blast_it_names(nlp) -> None:
    sent = next(nlp("A car bomb exploded near a checkpoint in Kirkuk on New Year's Eve, killing four.").sents)
    found = sentence_date(sent, date(2020, 1, 15))
    assert (found.start, found.end, found.precision) == ("2019-12-31", "2019-12-31", 1)
    holiday_season = next(nlp("Attacks rose over the Christmas holiday season, officials said.").sents)
    assert sentence_date(holiday_season, date(2020, 1, 15)).start is None
    church = next(nlp("Gunmen attacked a church in Jos on Christmas, residents said.").sents)
    assert sentence_date(church, date(2020, 1, 15)).start == "2019-12-25"


def test_the_day_told_yields_to_the_day_stated_however_deep_the_parse_hangs_it(nlp) -> None:
    text = "Gunmen killed nine civilians in an attack on a village in northern Mali on Sunday, security sources said on Monday."
    sent = next(nlp(text).sents)
    trigger = next(t for t in sent if t.text == "killed")
    found = sentence_date(sent, date(2020, 2, 5), trigger)
    assert (found.start, found.end, found.text) == ("2020-02-02", "2020-02-02", "Sunday")


def test_a_date_after_a_participle_clause_dates_that_clause_not_the_verb(nlp) -> None:
    # The parser hangs "last week" on "marched"; the week is when the pupils were taken.
    doc = nlp("Relatives of the students seized from a college in Gusau last week rallied in Sokoto on Friday.")
    rallied = next(t for t in doc if t.text == "rallied")
    assert sentence_date(doc[:], date(2024, 3, 15), trigger=rallied).start == "2024-03-15"
    fronted = nlp("Last week, relatives of the seized students rallied in Sokoto.")
    rallied = next(t for t in fronted if t.text == "rallied")
    assert sentence_date(fronted[:], date(2024, 3, 15), trigger=rallied).start == "2024-03-04"
