"""A thing's destruction recalled by its name and year is one happening whatever place and
doers each story gave it; a recalled riot named by its own town is not another town's."""

from __future__ import annotations

from warlog.record import Event, EventDate, Location

from sentence_records import recalled as recall, whole_year as year, together

SARAJEVO = Location(name="Sarajevo", latitude=43.86, longitude=18.41, admin1="Sarajevo", admin2="Sarajevo",
                    country="Bosnia and Herzegovina", country_code="BA", precision=2)
TUZLA = Location(name="Tuzla", latitude=44.54, longitude=18.67, admin1="Tuzla", admin2="Tuzla",
                 country="Bosnia and Herzegovina", country_code="BA", precision=2)
MOSTAR = Location(name="Mostar", latitude=43.34, longitude=17.81, admin1="Herzegovina-Neretva", admin2="Mostar",
                  country="Bosnia and Herzegovina", country_code="BA", precision=1)
BIHAC = Location(name="Bihac", latitude=44.82, longitude=15.87, admin1="Una-Sana", admin2="Bihac",
                 country="Bosnia and Herzegovina", country_code="BA", precision=2)

DESTRUCTION = "Looting/property destruction"


NOVEMBER_1993 = EventDate(start="1993-11-01", end="1993-11-30", precision=3, text="november 1993")
NINTH_NOVEMBER_1993 = EventDate(start="1993-11-09", end="1993-11-09", precision=1, text="november 9, 1993")


def test_the_thing_a_sentence_tells_destroyed_is_named_by_its_words_and_town() -> None:
    from warlog.dedup.razed import razed_things

    assert razed_things("the razing of the old bridge at mostar in 1993 still divides the town.") == {"bridge", "mostar"}
    assert razed_things("he said the 1993 mostar bridge destruction was a crime.") == {"mostar", "bridge"}
    assert razed_things("since the old bridge was blown up on november 9, 1993, no one crossed.") == {"bridge"}
    # Many things destroyed are many deeds; a bare deed names no thing.
    assert razed_things("the destruction of homes in 1993 emptied the valley.") == frozenset()
    assert razed_things("the militia carried out the destruction in 1993.") == frozenset()


def test_recalls_of_one_destroyed_bridge_join_whatever_story_place_and_doers() -> None:
    # Three stories of later years recall the bridge; each was placed at its own story's town,
    # given its own story's doers, and dated by the year, the month or the day it gives.
    speech = recall("paper-a", "the minister said the country had not forgotten the 1993 mostar bridge destruction.",
                    SARAJEVO, year(1993), "Military Forces of Croatia")
    hearing = recall("paper-b", "a witness told the court about the destruction of the old bridge at mostar in november 1993.",
                     TUZLA, NOVEMBER_1993, "Rioters (Bosnia and Herzegovina)")
    column = recall("paper-c", "the town has been split in two since the old bridge was blown up on november 9, 1993.",
                    BIHAC, NINTH_NOVEMBER_1993, "Unidentified Armed Group (Bosnia and Herzegovina)")
    assert together(speech, hearing, column)


def test_a_recalled_destruction_stays_apart_from_another_thing_another_year_and_what_followed() -> None:
    bridge = recall("paper-a", "the minister said the country had not forgotten the 1993 mostar bridge destruction.",
                    SARAJEVO, year(1993), "Military Forces of Croatia")
    library = recall("paper-d", "scholars still mourn the destruction of the national library in 1993.",
                     TUZLA, year(1993), "Military Forces of Croatia")
    other_year = recall("paper-e", "the destruction of the old bridge at mostar in 1992 was only threatened.",
                        TUZLA, year(1992), "Military Forces of Croatia")
    # The fighting that followed the destruction is another happening, dated by it.
    fighting = recall("paper-f", "fighting spread through the valley in 1993 after the destruction of the mostar bridge.",
                      TUZLA, year(1993), "Military Forces of Croatia", sub="Armed clash")
    for other in (library, other_year, fighting):
        assert not together(bridge, other)


# A recalled riot named by its own town, and two recalls that name none.
COLOMBO = Location(name="Colombo", latitude=6.93, longitude=79.85, admin1="Western", admin2="Colombo",
                   country="Sri Lanka", country_code="LK", precision=1)
NEGOMBO = Location(name="Negombo", latitude=7.21, longitude=79.84, admin1="Western", admin2="Gampaha",
                   country="Sri Lanka", country_code="LK", precision=2)
CENTRAL = Location(name="Central Province", latitude=7.25, longitude=80.75, admin1="Central Province",
                   country="Sri Lanka", country_code="LK", precision=3)


def riot(article_id: str, sentence: str, place: Location) -> Event:
    return recall(article_id, sentence, place, year(1983), "Rioters (Sri Lanka)", sub="Violent demonstration")


def test_a_riot_named_by_its_own_town_is_not_a_riot_recalled_elsewhere() -> None:
    named = riot("paper-g", "the police were condemned for their part in the 1983 riots in colombo.", COLOMBO)
    # A story from a nearby town recalls poems burnt "in the 1983 riots" there: not the named town's.
    nearby = riot("paper-h", "some of his poems were burnt in the 1983 riots, his widow said.", NEGOMBO)
    assert not together(named, nearby)
    # A recall of the same town's riot from another story joins.
    again = riot("paper-i", "the colombo riots of 1983 were a lesson, the commissioner said.", COLOMBO)
    assert together(named, again)


def test_a_region_a_sentence_names_is_not_where_the_riot_it_recalls_was() -> None:
    # A leader says the province's unrest is worse than the town's riots; his record is placed in
    # the province, as is another story's recall naming no town. The province is the story's.
    worse = riot("paper-j", "the unrest in central province is worse than even the colombo riots in 1983.", CENTRAL)
    appeal = riot("paper-k", "even during the 1983 riots we had issued a similar appeal, he said.", CENTRAL)
    assert not together(worse, appeal)
    town = riot("paper-l", "the colombo riots of 1983 were a lesson, the commissioner said.", COLOMBO)
    assert together(worse, town)


# Round 27: a recall dated by a year set before its deed noun, a thing named by a pronoun,
# and a recall coded as another violent type but dated by the destruction's own date.
def hearing() -> Event:
    return recall("paper-b", "a witness told the court about the destruction of the old bridge at mostar in november 1993.",
                  TUZLA, NOVEMBER_1993, "Rioters (Bosnia and Herzegovina)")


def test_a_year_set_before_the_deed_it_dates_is_the_record_s_year() -> None:
    from warlog.dedup.dating import untrusted_year

    unforgotten = recall("paper-m", "\"the people have not forgotten 1993 mostar bridge destruction,\" the speaker said.",
                         SARAJEVO, year(1993), "Military Forces of Croatia")
    assert not untrusted_year(unforgotten)
    assert together(unforgotten, hearing())
    # A count is followed by what it counts, not by a deed noun: still no year.
    count = recall("paper-n", "the militia looted 1993 houses and shops in the valley.", TUZLA, year(1993),
                   "Military Forces of Croatia")
    assert untrusted_year(count)


def test_a_pronoun_after_a_time_word_names_the_thing_before_it() -> None:
    stalls = recall("paper-o", "the mayor was fined for letting stalls go up beside the old bridge at mostar before it "
                    "was blown up in november 1993.", BIHAC, NOVEMBER_1993, "Unidentified Armed Group (Bosnia and Herzegovina)")
    assert together(stalls, hearing())
    # The pronoun stands for another thing: the library, not the bridge.
    library = recall("paper-p", "the poet read in the reading room of the national library before it was destroyed in "
                     "november 1993.", BIHAC, NOVEMBER_1993, "Unidentified Armed Group (Bosnia and Herzegovina)")
    assert not together(library, hearing())


def column() -> Event:
    return recall("paper-c", "the town has been split in two since the old bridge was blown up on november 9, 1993.",
                  BIHAC, NINTH_NOVEMBER_1993, "Unidentified Armed Group (Bosnia and Herzegovina)")


def test_a_record_dated_by_the_destruction_s_own_date_is_the_destruction_whatever_its_type() -> None:
    memories = recall("paper-q", "the siege brought back the helplessness of november 1993 (destruction of the old "
                      "bridge at mostar).", SARAJEVO, NOVEMBER_1993, "Rioters (Bosnia and Herzegovina)", sub="Mob violence")
    assert together(memories, column())
    # A riot of that year told beside the destruction is the riot: another happening.
    riots = recall("paper-r", "the destruction of the old bridge at mostar in november 1993 and the riots that followed "
                   "are still remembered.", SARAJEVO, NOVEMBER_1993, "Rioters (Bosnia and Herzegovina)", sub="Mob violence")
    assert not together(riots, column())


JULY_1983 = EventDate(start="1983-07-01", end="1983-07-31", precision=3, text="july 1983")


WESTERN = Location(name="Western Province", latitude=6.9, longitude=80.0, admin1="Western Province",
                   country="Sri Lanka", country_code="LK", precision=3)


def test_a_riot_named_by_its_months_is_the_riot_others_recall_by_its_years() -> None:
    # Dated by its first month, as the pipeline does with "july 1983-august 1984", and placed
    # only in the province its story is about.
    months = riot("paper-s", "the group honoured neighbours who hid families during the colombo riots of july "
                  "1983-august 1984.", WESTERN).model_copy(update={"date": JULY_1983})
    years = riot("paper-t", "the colombo riots of 1983-84 were a lesson, the commissioner said.", COLOMBO)
    assert together(months, years)
    # Named by its months in a story of another town, the riot is that town's, not the named one's.
    elsewhere = riot("paper-u", "the group honoured neighbours who hid families during the riots of july 1983-august 1984.",
                     NEGOMBO).model_copy(update={"date": JULY_1983})
    assert not together(elsewhere, years)
