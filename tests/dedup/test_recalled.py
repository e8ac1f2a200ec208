"""A past riot recalled by its year and town is one happening, whatever day its story is dated."""

from __future__ import annotations

from pathlib import Path

from warlog.article import Article
from warlog.dedup.cluster import MemoryIndex
from warlog.dedup.recalled import recalled_span
from warlog.record import Event, EventDate, Evidence, Location, Mention
from warlog.store import Store
from warlog.store.clusters import save_and_cluster, store_cluster_of

from sentence_records import sentence_record, whole_year as year, together

# A neighbourhood of Lagos (its district named Lagos) and a town the geocoder may pick by mistake.
SURULERE = Location(name="Surulere", latitude=6.50, longitude=3.35, admin1="Lagos", admin2="Lagos",
                    country="Nigeria", country_code="NG", precision=2)
ILORIN = Location(name="Ilorin", latitude=8.50, longitude=4.55, admin1="Kwara", admin2="Ilorin West",
                  country="Nigeria", country_code="NG", precision=2)
KANO_CITY = Location(name="Kano", latitude=12.0, longitude=8.52, admin1="Kano", admin2="Kano Municipal",
                     country="Nigeria", country_code="NG", precision=1)
JOS = Location(name="Jos", latitude=9.90, longitude=8.86, admin1="Plateau", admin2="Jos North",
               country="Nigeria", country_code="NG", precision=1)


def record(article_id: str, sentence: str, sub: str, place: Location, when: EventDate, start: int = 0) -> Event:
    return sentence_record(start, sentence, sub, location=place, day=when, article_id=article_id,
                           source="Daily Wire")


STORY_DAY = EventDate(start="2023-06-14", end="2023-06-14", precision=1)  # no date stated in the sentence
CARRIED_DAY = EventDate(start="2023-06-11", end="2023-06-11", precision=1, text="sunday")


def test_a_sentence_giving_a_riot_by_its_years_is_dated_by_them() -> None:
    recalled = record("wire-1", "Calm returned to lagos only after the riots of 1998-'99 had burnt out.",
                      "Violent demonstration", SURULERE, STORY_DAY)
    span = recalled_span(recalled)
    assert span is not None and (span[0].year, span[1].year) == (1998, 1999)
    # The sentence states its own day: the record is of that day's happening.
    today = record("wire-1", "On sunday youths burnt tyres, recalling the 1998 riots.", "Violent demonstration",
                   SURULERE, CARRIED_DAY)
    assert recalled_span(today) is None


def test_two_stories_recalling_one_riot_by_year_and_city_join_though_dated_by_their_own_days() -> None:
    commissioner = record(
        "paper-a", "lagos: the former commissioner is credited with healing the city after the riots of 1998-'99.",
        "Violent demonstration", SURULERE, STORY_DAY)
    # Placed in the wrong town by the geocoder, and dated by a day carried from another sentence.
    memoir = record("paper-b", "when lagos burned in the riots of 1998-99, one street stayed calm.",
                    "Armed clash", ILORIN, CARRIED_DAY)
    assert together(commissioner, memoir)
    # The same words of another year, or of another town, are another riot.
    other_year = record("paper-d", "when lagos burned in the riots of 2011, one street stayed calm.",
                        "Armed clash", SURULERE, year(2011))
    other_town = record("paper-e", "when jos burned in the riots of 1998-99, one street stayed calm.",
                        "Armed clash", JOS, STORY_DAY)
    assert not together(memoir, other_year)
    assert not together(commissioner, other_town)


def test_one_story_coming_back_to_a_recalled_massacre_joins_its_two_records() -> None:
    first = record("paper-c", "the speaker compared the police's role to the 1994 massacre in jos.",
                   "Violent demonstration", JOS, year(1994))
    later = record("paper-c", "she reminded members that in 1994 hundreds were cut down in jos in a single night.",
                   "Attack", JOS, year(1994), start=900)
    assert together(first, later)
    # "Two years ago" is a year no one names a happening by.
    when = EventDate(start="2021-01-01", end="2021-12-31", precision=3, text="two years ago")
    one = record("paper-g", "two years ago a mob burnt the market in jos.", "Mob violence", JOS, when)
    other = record("paper-h", "two years ago a trader was beaten to death near jos.", "Attack", JOS, when, start=300)
    assert not together(one, other)


TWO_YEARS = EventDate(start="1998-01-01", end="1999-12-31", precision=3, text="1998-99")


def test_a_deed_dated_by_a_bare_year_is_not_the_riot_recalled_by_that_year() -> None:
    # A later feature recalls the city's riots by name and year; a witness in another story
    # dates a killing he saw by its year alone, and his sentence names no town (the story's
    # dateline put it at Surulere): one scene at most, not the riots as a whole.
    riots = record("paper-k", "the former commissioner is credited with healing lagos after the riots of 1998-'99.",
                   "Violent demonstration", SURULERE, TWO_YEARS)
    retold = record("paper-l", "when lagos burned in the riots of 1998-99, one street stayed calm.",
                    "Armed clash", SURULERE, TWO_YEARS)
    witness = record("paper-m", "he left the city in 1999 after a crowd set a tailor alight in front of his shop.",
                     "Mob violence", SURULERE, year(1999), start=400)
    assert together(riots, retold)
    assert not together(riots, witness)
    assert not together(retold, witness)
    # A town and a year in the sentence name the riot itself, even without "riots".
    town_and_year = record("paper-n", "members were reminded of what happened in lagos in 1998, when hundreds died.",
                           "Attack", SURULERE, year(1998), start=700)
    assert together(riots, town_and_year)


def test_the_store_links_a_story_dated_recall_to_the_year_dated_record_in_either_order(tmp_path: Path) -> None:
    """The store's candidate query reaches a row dated by its story that recalls the year."""
    recall = record("paper-i", "lagos: the former commissioner is credited with healing the city after the riots of 1998-'99.",
                    "Violent demonstration", SURULERE, STORY_DAY)
    dated = record("paper-j", "during the 1998 riots in lagos, the markets were shut for a week.", "Violent demonstration",
                   SURULERE, year(1998))
    for name, order in (("first", [recall, dated]), ("second", [dated, recall])):
        with Store(f"sqlite:///{tmp_path / name}.db") as store:
            for event in order:
                save_and_cluster(store, Article(id=event.article_id, text=event.evidence.text, source="Daily Wire"), [event])
            a, b = order
            assert store_cluster_of(store, a.event_id) == store_cluster_of(store, b.event_id), name


def test_a_town_going_up_in_flames_in_a_year_is_its_riot_of_that_year() -> None:
    # Dated by its 2014 story, the sentence gives the riot as the town burning in 2010.
    burning = record("paper-o", "in 2010, when jos went up in flames, the traders of our street lost everything.",
                     "Looting/property destruction", JOS, EventDate(start="2014-05-02", end="2014-05-02", precision=1))
    named = record("paper-p", "aid workers who arrived after the 2010 riots in jos counted the dead.",
                   "Violent demonstration", JOS, year(2010))
    span = recalled_span(burning)
    assert span is not None and (span[0].year, span[1].year) == (2010, 2010)
    assert together(burning, named)


LATER_STORY = EventDate(start="2014-05-02", end="2014-05-02", precision=1)  # a 2014 story; the sentence states no day


def riot_reports() -> tuple[Event, Event]:
    """Reports of the day of two riots at one town, a year apart, in words no later story repeats."""
    first = record("daily-2010", "fighting between youths and herders left homes burnt across jos on sunday.",
                   "Violent demonstration", JOS, EventDate(start="2010-01-17", end="2010-01-17", precision=1, text="sunday"))
    second = record("daily-2011", "rioters torched churches and mosques in jos after the poll results on monday.",
                    "Violent demonstration", JOS, EventDate(start="2011-04-18", end="2011-04-18", precision=1, text="monday"))
    return first, second


def test_a_back_reference_joins_the_one_earlier_riot_it_names_by_town_and_year() -> None:
    _, riot_2011 = riot_reports()
    back = record("weekly-2014", "residents say the town has never recovered from the 2011 riots in jos.",
                  "Violent demonstration", JOS, LATER_STORY)
    # One scene told by a bare year, one victim, no riot named: not the riot as a whole.
    scene = record("weekly-2014b", "in 2011 a mob beat a trader to death at his shop in jos, his widow said.",
                   "Mob violence", JOS, year(2011))
    scene = scene.model_copy(update={"modality": "historical"})
    assert together(riot_2011, back) and together(back, riot_2011)
    assert not together(riot_2011, scene) and not together(scene, riot_2011)


def test_a_back_reference_spanning_two_riots_of_one_town_stays_alone() -> None:
    riot_2010, riot_2011 = riot_reports()
    back = record("weekly-2014c", "the town has known no peace since the riots of 2010-11 in jos.",
                  "Violent demonstration", JOS, LATER_STORY)
    index = MemoryIndex()
    for event in (riot_2010, back, riot_2011):
        index.add([event])
    assert len({index.cluster_of[e.event_id] for e in (riot_2010, back, riot_2011)}) == 3


def test_a_riot_named_beside_another_towns_riot_joins_its_one_cluster_elsewhere() -> None:
    # The sentence gives the 1998 riots no town, and the 2010 riots one: the record of the
    # first was put at the second's town, so its place says nothing, and the one 1998 riot
    # of the country it may name is Lagos's.
    lagos = record("daily-1998", "mobs set fire to shops and cars in lagos for a second day on tuesday.",
                   "Violent demonstration", SURULERE, EventDate(start="1998-07-07", end="1998-07-07", precision=1, text="tuesday"))
    back = record("weekly-2014d", "the governor was in office during the riots of 1998 and again during the 2010 riots in jos.",
                  "Violent demonstration", JOS, year(1998))
    back = back.model_copy(update={"modality": "historical"})
    assert together(lagos, back) and together(back, lagos)


def test_the_store_joins_a_back_reference_and_the_report_of_its_day_in_either_order(tmp_path: Path) -> None:
    """The store's candidate query reaches a back-reference dated by its later story from a
    report dated by a day of the year it names."""
    _, riot_2011 = riot_reports()
    back = record("weekly-2014e", "residents say the town has never recovered from the 2011 riots in jos.",
                  "Violent demonstration", JOS, LATER_STORY)
    for name, order in (("first", [back, riot_2011]), ("second", [riot_2011, back])):
        with Store(f"sqlite:///{tmp_path / name}.db") as store:
            for event in order:
                save_and_cluster(store, Article(id=event.article_id, text=event.evidence.text, source="Daily Wire"), [event])
            assert store_cluster_of(store, back.event_id) == store_cluster_of(store, riot_2011.event_id), name


NO_DATE = EventDate(start=None, end=None, precision=None)


def test_a_deed_denied_within_a_recalled_riot_recalls_that_riot(tmp_path: Path) -> None:
    # A trader, years later, recalls the riot through what did not happen in his market; the
    # pipeline codes the denied looting, undated. It is a recall of the riot, not a record
    # of its own that nothing could join.
    spared = record("weekly-2015", "we are proud that in 2010, when jos went up in flames, not one stall in our "
                    "market was looted, the traders' leader said.", "Looting/property destruction", JOS, NO_DATE)
    spared = spared.model_copy(update={"modality": "denied"})
    named = record("paper-q", "aid workers who arrived after the 2010 riots in jos counted the dead.",
                   "Violent demonstration", JOS, year(2010))
    named = named.model_copy(update={"modality": "historical"})
    assert together(spared, named) and together(named, spared)
    for name, order in (("first", [spared, named]), ("second", [named, spared])):
        with Store(f"sqlite:///{tmp_path / name}.db") as store:
            for event in order:
                save_and_cluster(store, Article(id=event.article_id, text=event.evidence.text, source="Daily Wire"), [event])
            assert store_cluster_of(store, spared.event_id) == store_cluster_of(store, named.event_id), name
    # A denial of the day's news recalls nothing: it stays apart from the looting it denies.
    denied_today = record("paper-r", "police said no shop in the jos market was looted on sunday night.",
                          "Looting/property destruction", JOS, CARRIED_DAY)
    denied_today = denied_today.model_copy(update={"modality": "denied"})
    looted = record("paper-s", "youths looted shops in the jos market on sunday night, traders said.",
                    "Looting/property destruction", JOS, CARRIED_DAY, start=200)
    assert not together(denied_today, looted)


def test_a_sentence_taking_its_time_from_a_recalled_riot_in_its_record_is_dated_by_its_years(tmp_path: Path) -> None:
    # The pipeline merged the story's recalled riot and a sentence two lines on pointing back
    # to its time ("in that dry season"), and dated the record by the story's day.
    recall = "when kano burned in the riots of 2010, the old city's traders hid in the mosque."
    back = "in that bitter dry season, while gangs roamed the lanes, the grain market stayed open under guard."
    season = record("weekly-2016", back, "Violent demonstration", KANO_CITY, STORY_DAY, start=len(recall) + 120)
    season = season.model_copy(update={"mentions": [
        Mention(article_id="weekly-2016", evidence=Evidence(text=recall, start=0, end=len(recall)), source="Daily Wire"),
        *season.mentions,
    ]})
    span = recalled_span(season)
    assert span is not None and (span[0].year, span[1].year) == (2010, 2010)
    riots = record("paper-t", "traders counted their losses after the 2010 riots in kano.", "Violent demonstration",
                   KANO_CITY, year(2010))
    riots = riots.model_copy(update={"modality": "historical"})
    assert together(season, riots) and together(riots, season)
    for name, order in (("first", [season, riots]), ("second", [riots, season])):
        with Store(f"sqlite:///{tmp_path / name}.db") as store:
            for event in order:
                save_and_cluster(store, Article(id=event.article_id, text=event.evidence.text, source="Daily Wire"), [event])
            assert store_cluster_of(store, season.event_id) == store_cluster_of(store, riots.event_id), name
    # Without the pointing back, the sentence is of the story's own day.
    today = season.model_copy(update={"evidence": Evidence(
        text="this dry season, while gangs roamed the lanes, the grain market stayed open under guard.",
        start=season.evidence.start, end=season.evidence.start + 90)})
    assert recalled_span(today) is None


def historical(event: Event) -> Event:
    return event.model_copy(update={"modality": "historical"})


def test_a_sentence_on_a_past_year_is_not_told_on_by_its_story_s_sentence_on_today() -> None:
    # A story on today's strike recalls that the town's riots always began at the festival,
    # save in 1998, when a mosque was razed. An old extractor dated the strike sentence by that
    # year too (carried from its neighbour, which its own words do not give as a year).
    today = historical(record("paper-q", "it is perhaps the second time that a strike call has set off riots across the state.",
                              "Violent demonstration", JOS, year(1998)))
    past = historical(record("paper-q", "the town's big riots began at the festival, except in 1998 when trouble broke out after a mosque was razed.",
                             "Violent demonstration", JOS, year(1998), start=len(today.evidence.text) + 1))
    assert not together(today, past)
    # Its neighbour giving the year itself is the past year's happening told on.
    more = historical(record("paper-q", "in 1998 the trouble lasted three weeks and shops were looted.",
                             "Violent demonstration", JOS, year(1998), start=past.evidence.end + 1))
    assert together(past, more)
    # So is a sentence going on with the people the year's sentence told of.
    pilgrims = historical(record("paper-t", "police found that pilgrims coming home by train were attacked near jos in 1998.",
                                 "Attack", JOS, year(1998)))
    again = historical(record("paper-t", "they were attacked in the same way at a level crossing.",
                              "Attack", JOS, year(1998), start=len(pilgrims.evidence.text) + 1))
    assert together(pilgrims, again)


def test_a_year_s_state_told_with_no_violent_word_is_not_that_year_s_riot() -> None:
    # An interview with a former commissioner of Lagos, after a lead recalling the city's riots.
    lead = record("paper-r", "lagos: the former commissioner is credited with healing the city after the riots of 1998-'99.",
                  "Violent demonstration", SURULERE, STORY_DAY)
    state = historical(record("paper-r", "what was it like when you took over? the two faiths were never so far apart as they were in 1999.",
                              "Government regains territory", SURULERE, year(1999), start=len(lead.evidence.text) + 1))
    memoir = record("paper-s", "when lagos burned in the riots of 1998-99, one street stayed calm.",
                    "Armed clash", SURULERE, CARRIED_DAY)
    assert together(lead, memoir)
    assert not together(lead, state)
    assert not together(memoir, state)
