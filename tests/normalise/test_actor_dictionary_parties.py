"""Political parties in the actor dictionary (round 27): a party's home tells an
article's country, but the party is no armed side (ACLED codes its supporters in the
street as protesters or rioters, whom the event's conventions name)."""

from __future__ import annotations

import pytest

from warlog.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("text", "home"),
    [("CPN-UML cadres", "NP"), ("the Bharatiya Janata Party", "IN"), ("BJP leaders", "IN"),
     ("Tarun Dal members", "NP"), ("MQM workers", "PK"), ("UDPS militants", "CD"), ("TNA supporters", "LK")],
)
def test_a_party_gives_its_home_country(actors: ActorDictionary, text: str, home: str) -> None:
    assert actors.home_country(text, year=2018) == home


@pytest.mark.parametrize("text", ["BJP leaders", "the CPN-UML", "AAP volunteers", "Nepali Congress cadres"])
def test_a_party_and_its_supporters_are_no_armed_side(actors: ActorDictionary, text: str) -> None:
    actor = actors.lookup(text, year=2017, country_code="IN")
    assert actor is None or actor.type != "Political militia"


def test_the_news_agency_pti_is_no_party(actors: ActorDictionary) -> None:
    assert actors.home_country("PTI reported", year=2017) is None
