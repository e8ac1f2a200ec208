"""Category nouns a communal cue qualifies: ACLED's communal (Identity) militia; and the
park rangers, eco-guards and SWAT teams a state employs."""

from __future__ import annotations

import pytest

from warlog.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("phrase", "name", "actor_type"),
    [
        ("Bira self-defence fighters", "Unidentified Communal Militia (Democratic Republic of Congo)", "Identity militia"),
        ("members of a village self-defense group", "Unidentified Communal Militia (Democratic Republic of Congo)", "Identity militia"),
        ("ethnic gunmen", "Unidentified Communal Militia (Democratic Republic of Congo)", "Identity militia"),
        ("unknown gunmen", "Unidentified Armed Group (Democratic Republic of Congo)", "Political militia"),
        ("an unidentified armed group", "Unidentified Armed Group (Democratic Republic of Congo)", "Political militia"),
        ("members of the local community", "Civilians (Democratic Republic of Congo)", "Civilians"),
        ("park rangers", "Police Forces of the Democratic Republic of Congo (2019-)", "State forces"),
        ("two eco-guards", "Police Forces of the Democratic Republic of Congo (2019-)", "State forces"),
    ],
)
def test_communal_cue_and_rangers(actors: ActorDictionary, phrase: str, name: str, actor_type: str) -> None:
    actor = actors.lookup(phrase, year=2021, country_code="CD")
    assert actor is not None
    assert (actor.name, actor.type) == (name, actor_type)


def test_swat_officers_are_police(actors: ActorDictionary) -> None:
    actor = actors.lookup("SWAT officers", year=2021, country_code="PH")
    assert actor is not None
    assert (actor.name, actor.type) == ("Police Forces of the Philippines (2016-)", "State forces")
