"""Armed men a people's name qualifies ("suspected Tuareg assailants", "Arab gunmen") are
that people's ethnic militia (ACLED's Identity militia), named for the event's country,
whichever generic noun the report uses; armed men no people qualifies stay an
unidentified armed group."""

from __future__ import annotations

import pytest

from warlog.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("phrase", "unnamed", "country_code", "name"),
    [
        ("suspected Tuareg assailants", "suspected assailants", "NE", "Tuareg Ethnic Militia (Niger)"),
        ("Arab gunmen", "gunmen", "TD", "Arab Ethnic Militia (Chad)"),
        ("Nuer armed men", "armed men", "ET", "Nuer Ethnic Militia (Ethiopia)"),
        ("unidentified Hutu assailants", "unidentified assailants", "CD", "Hutu Ethnic Militia (Democratic Republic of Congo)"),
        ("Tutsi militiamen", "militiamen", "BI", "Tutsi Ethnic Militia (Burundi)"),
    ],
)
def test_armed_men_of_a_people_are_its_militia(
    actors: ActorDictionary, phrase: str, unnamed: str, country_code: str, name: str
) -> None:
    actor = actors.lookup(phrase, year=2020, country_code=country_code)
    assert actor is not None
    assert (actor.name, actor.type) == (name, "Identity militia")
    other = actors.lookup(unnamed, year=2020, country_code=country_code)
    assert other is not None
    assert other.type == "Political militia"


def test_unarmed_people_of_a_people_stay_civilians(actors: ActorDictionary) -> None:
    actor = actors.lookup("Hutu refugees", year=2020, country_code="CD")
    assert actor is not None
    assert (actor.name, actor.type) == ("Civilians (Democratic Republic of Congo)", "Civilians")
    militia = actors.lookup("Hutu militiamen", year=2020, country_code="CD")
    assert militia is not None
    assert militia.type == "Identity militia"


def test_a_named_group_of_a_people_is_no_ethnic_militia(actors: ActorDictionary) -> None:
    """"Bantu 'Elements' militiamen": the report names the group, not only its people."""
    named = actors.lookup("Bantu 'Elements' militiamen", year=2020, country_code="CD")
    assert named is not None
    assert named.type == "Political militia"
    assert actors.lookup("Bantu assailants", year=2020, country_code="CD").type == "Identity militia"
