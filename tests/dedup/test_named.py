"""Two reports of one named person's arrest link wherever each placed it; other days and groups do not."""

from __future__ import annotations

from test_incident import record

from warlog.dedup.named import name_pairs, same_person_arrested
from warlog.record import Event, Location

from sentence_records import together

NAIROBI = Location(name="Nairobi", latitude=-1.28, longitude=36.82, country="Kenya", country_code="KE", precision=1)
NAKURU = Location(name="Nakuru", latitude=-0.30, longitude=36.07, country="Kenya", country_code="KE", precision=1)


def arrest(article_id: str, sentence: str, place: Location, day: str = "2023-07-07", said: bool = True,
           sub: str = "Arrests") -> Event:
    """One story's record of ``sentence`` on ``day``, a day its sentence states (``said``) or not."""
    return record(article_id, sentence, sub=sub, place=place, day=day, stated=said)


HELD_ON_THE_ROAD = arrest(
    "star-1",
    "opposition leader wanjiku mwangi and 40 supporters were arrested on friday at a roadblock outside nakuru "
    "while they drove to the capital.",
    NAKURU,
)
HELD_TOLD_FROM_THE_CAPITAL = arrest(
    "nation-1",
    "the rally in nairobi collapsed after police said wanjiku mwangi had been detained on friday.",
    NAIROBI,
)


def test_one_named_leaders_arrest_told_from_two_towns_is_one_happening() -> None:
    assert ("wanjiku", "mwangi") in name_pairs(HELD_ON_THE_ROAD.evidence.text)
    assert same_person_arrested(HELD_ON_THE_ROAD, HELD_TOLD_FROM_THE_CAPITAL)
    assert together(HELD_ON_THE_ROAD, HELD_TOLD_FROM_THE_CAPITAL)


def test_the_same_name_on_another_day_or_without_a_stated_day_is_not_that_arrest() -> None:
    next_week = arrest("nation-2", "wanjiku mwangi was arrested again on friday at her home in nairobi.", NAIROBI,
                       day="2023-07-14")
    undated = arrest("nation-3", "wanjiku mwangi has been arrested before for leading marches.", NAIROBI, said=False)
    assert not same_person_arrested(HELD_ON_THE_ROAD, next_week)
    assert not same_person_arrested(HELD_ON_THE_ROAD, undated)


def test_groups_titles_and_places_are_no_name() -> None:
    assert name_pairs("senior party leader arrested with youth wing members in uttar pradesh") == frozenset(
        {("uttar", "pradesh")}
    )
    town_workers = arrest("star-2", "twenty union workers were arrested on friday in nakuru for blocking the road.", NAKURU)
    city_workers = arrest("nation-4", "police arrested union workers on friday in nairobi after a sit-in.", NAIROBI)
    assert not same_person_arrested(town_workers, city_workers)


def test_a_name_in_a_record_that_is_no_arrest_links_nothing_by_it() -> None:
    rally = arrest("nation-5", "wanjiku mwangi addressed a rally in nairobi on friday.", NAIROBI, sub="Peaceful protest")
    assert not same_person_arrested(HELD_ON_THE_ROAD, rally)
