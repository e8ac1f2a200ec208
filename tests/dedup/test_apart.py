"""Records that tell another kind of happening than the one they share words or a name
with (an arrest for an ambush, riots that followed a bombing), police dispersal words, and
a record stating neither place nor date: none of them chains two happenings together."""

from __future__ import annotations

from test_incident import record

from warlog.dedup.compare import Profile, content_words, similarity
from warlog.dedup.incident import Reference
from warlog.record import Event, EventDate, Location

from sentence_records import sentence_record, together

GARISSA = Location(name="Garissa", latitude=-0.45, longitude=39.65, admin1="Garissa", country="Kenya",
                   country_code="KE", precision=1)
JOS = Location(name="Jos", latitude=9.90, longitude=8.86, admin1="Plateau", country="Nigeria", country_code="NG",
               precision=1)
ABUJA = Location(name="Abuja", latitude=9.06, longitude=7.49, admin1="FCT", country="Nigeria", country_code="NG",
                 precision=1)
NYANZA = Location(name="Nyanza", latitude=-0.5, longitude=34.6, admin1="Nyanza", country="Kenya", country_code="KE",
                  precision=3)
KISUMU = Location(name="Kisumu", latitude=-0.09, longitude=34.77, admin1="Nyanza", country="Kenya",
                  country_code="KE", precision=1)
MOMBASA = Location(name="Mombasa", latitude=-4.04, longitude=39.67, admin1="Coast", country="Kenya",
                   country_code="KE", precision=1)
NOWHERE = Location()


def linked(a: Event, b: Event) -> bool:
    return similarity(Profile.of(a), Profile.of(b)) is not None


# An ambush, and arrests whose sentence retells it nearly word for word.
AMBUSH = record("star-1", "gunmen ambushed a bus near garissa, killing 12 passengers.", place=GARISSA,
                day="2023-06-06", stated=True)
ARRESTS = record("nation-1", "police arrested three men after gunmen ambushed a bus near garissa, killing 12 "
                 "passengers.", sub="Arrests", place=GARISSA, day="2023-06-07")


def test_an_arrest_made_for_an_ambush_is_not_the_ambush_however_alike_the_sentences() -> None:
    assert not linked(AMBUSH, ARRESTS)
    assert not together(AMBUSH, ARRESTS)


def test_a_record_coded_as_arrests_whose_sentence_takes_no_one_in_still_links_to_the_ambush() -> None:
    misread = record("nation-2", "police traced the gunmen who ambushed a bus near garissa, killing 12 passengers.",
                     sub="Arrests", place=GARISSA, day="2023-06-07")
    assert linked(AMBUSH, misread)
    assert together(AMBUSH, misread)


# A bombing named days later, and the riots a later report tells as its sequel.
BOMBING = record("guardian-1", "detectives said the jos market bombing had been planned for weeks.",
                 sub="Remote explosive/landmine/IED", place=JOS, day="2022-10-04")
RIOTS_AFTER = record("punch-1", "the governor visited families of those killed in the jos market bombing and the riots "
                     "that followed.", sub="Mob violence", place=ABUJA, day="2022-10-12")


def test_riots_told_as_a_bombings_sequel_do_not_take_the_bombings_name() -> None:
    # it may name the riots as a whole (``wave``), never the bombing itself
    assert not Reference.of(RIOTS_AFTER).incidents & Reference.of(BOMBING).incidents
    assert not linked(BOMBING, RIOTS_AFTER)
    assert not together(BOMBING, RIOTS_AFTER)


def test_riots_named_alone_and_two_tellings_of_the_sequel_are_not_kept_apart() -> None:
    looting = record("punch-2", "rioters looted shops in the jos market attack, police said.", sub="Mob violence",
                     place=JOS, day="2022-10-04")
    assert Reference.of(looting).incidents and together(BOMBING, looting)
    # Two tellings of the riots that followed it, both riot records: the sequel may still be one happening.
    burnt = record("punch-3", "the riots that followed the jos market bombing gutted forty stalls along tafawa balewa "
                   "street.", sub="Mob violence", place=JOS, day="2022-10-06")
    again = record("vanguard-1", "forty stalls on tafawa balewa street were gutted in the riots that followed the "
                   "market bombing in jos.", sub="Violent demonstration", place=JOS, day="2022-10-06")
    assert together(burnt, again)


def test_police_dispersal_words_say_nothing_about_which_crowd() -> None:
    # One crowd somewhere in the province, another in its capital: only how police scattered them is alike.
    province = record("star-3", "officers had to fire eight rounds and lob tear gas shells at a stone-pelting crowd "
                      "that torched a minibus.", sub="Mob violence", place=NYANZA, day="2023-03-16")
    town = record("nation-3", "in kisumu, officers fired rounds and lobbed tear gas shells to scatter a crowd pelting "
                  "stones at shops on thursday night.", sub="Mob violence", place=KISUMU, day="2023-03-16", stated=True)
    assert not {"rounds", "round", "tear", "gas", "shell", "pelting", "stone"} & content_words(town.evidence.text)
    assert not together(province, town)


def test_one_crowd_told_by_its_own_particulars_still_links_beside_police_words() -> None:
    first = record("star-4", "in kisumu, officers fired tear gas at a crowd that looted the kibuye market and set a "
                   "minibus alight on thursday.", sub="Mob violence", place=KISUMU, day="2023-03-16", stated=True)
    second = record("nation-4", "a crowd looted kibuye market in kisumu and set a minibus alight before officers "
                    "fired tear gas on thursday.", sub="Mob violence", place=KISUMU, day="2023-03-16", stated=True)
    assert together(first, second)


def unanchored(article_id: str, sentence: str) -> Event:
    """A record with no place and no stated date (its story's own day)."""
    day = EventDate(start="2023-07-12", end="2023-07-12", precision=1, text=None)
    return sentence_record(0, sentence, "Peaceful protest", location=NOWHERE, day=day, article_id=article_id)


def strike_at(article_id: str, sentence: str, place: Location) -> Event:
    return record(article_id, sentence, sub="Peaceful protest", place=place, day="2023-07-12", stated=True)


def test_a_record_stating_neither_place_nor_date_does_not_chain_two_towns_protests() -> None:
    everywhere = unanchored("star-5", "security was tightened across the country after the opposition called a "
                            "general strike against the election result.")
    coast = strike_at("nation-5", "shops in mombasa stayed shut on wednesday as the opposition's general strike over "
                      "the election result took hold.", MOMBASA)
    lake = strike_at("standard-5", "kisumu's streets emptied on wednesday under the general strike of the opposition "
                     "over the election result.", KISUMU)
    assert not linked(everywhere, coast) and not linked(everywhere, lake)
    assert not together(coast, everywhere, lake)


def test_two_records_stating_neither_place_nor_date_still_link_by_their_words() -> None:
    one = unanchored("star-6", "security was tightened across the country after the opposition called a general "
                     "strike against the election result.")
    other = unanchored("nation-6", "the opposition called a general strike against the election result, and security "
                       "was tightened across the country.")
    assert together(one, other)
