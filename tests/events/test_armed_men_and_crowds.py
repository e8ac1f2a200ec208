"""Who the sides are when armed men fire on a crowd or kill an activist, when a place is
named after its police station ("under Kotwali police station"), when a group is named
by its initials, or when a bomb hits soldiers a car carries: sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def main_event(pipeline: Pipeline, text: str):
    events = pipeline.code_article(Article(id="t", text=text, date=date(2020, 1, 10)))
    assert events, text
    return events[0]


def sides(event) -> tuple[str | None, str | None]:
    return (event.actor1.type if event.actor1 else None, event.actor2.type if event.actor2 else None)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "expected"),
    [
        # Armed men, not the state, firing on a crowd: they are actor1, the crowd actor2 (ACLED).
        ("Gunmen opened fire on protesters in Baghdad on Friday, killing three.",
         "Excessive force against protesters", ("Political militia", "Protesters")),
        ("Unidentified gunmen opened fire on demonstrators in Nasiriyah on Friday, killing three.",
         "Excessive force against protesters", ("Political militia", "Protesters")),
        # The state firing on a crowd: ACLED puts the crowd first.
        ("Police opened fire on protesters in Nairobi on Tuesday, killing two.",
         "Excessive force against protesters", ("Protesters", "State forces")),
        # One activist killed is no protest: an attack on a civilian.
        ("Unidentified gunmen shot dead a prominent activist in Basra on Tuesday.",
         "Attack", ("Political militia", "Civilians")),
    ],
)
def test_force_on_a_crowd_or_an_activist(pipeline: Pipeline, text: str, sub_event_type: str, expected: tuple[str, str]):
    event = main_event(pipeline, text)
    assert event.sub_event_type == sub_event_type
    assert sides(event) == expected


def test_activists_who_march_are_protesters(pipeline: Pipeline):
    event = main_event(pipeline, "Hundreds of activists marched in Manila on Monday demanding the release of detained farmers.")
    assert event.sub_event_type == "Peaceful protest"
    assert sides(event) == ("Protesters", None)


def test_police_station_that_names_a_place_is_no_party(pipeline: Pipeline):
    event = main_event(pipeline, "A youth was stabbed to death at Rampur village under Kotwali police station on Sunday.")
    assert event.sub_event_type == "Attack"
    assert sides(event) == ("Political militia", "Civilians")


def test_tribal_clash_with_no_named_side_is_communal(pipeline: Pipeline):
    event = main_event(pipeline, "Tribal clashes erupted in Basra between two tribes over land, killing three.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.type == "Identity militia"


def test_named_rebels_by_their_initials_are_a_rebel_group(pipeline: Pipeline):
    # The acronym opens the sentence, yet names the group: no unidentified armed group.
    event = main_event(pipeline, "RUF rebels attacked the town of Kenema, burning houses and killing six civilians.")
    assert event.actor1 is not None and event.actor1.name == "RUF rebels"
    assert sides(event) == ("Rebel group", "Civilians")


def test_soldiers_a_mined_car_carried_are_its_target(pipeline: Pipeline):
    event = main_event(pipeline, "A landmine exploded under a car carrying AMISOM soldiers near Mogadishu.")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is not None and event.actor1.name.startswith("Unidentified Armed Group")
    assert event.actor2 is not None and event.actor2.name.startswith("AMISOM")


def test_riot_police_make_no_riot(pipeline: Pipeline):
    # "Riot" names the police's kind: the man they shot is a civilian, no rioter.
    event = main_event(pipeline, "Riot police shot dead a man in Kisumu on Monday.")
    assert event.sub_event_type == "Attack"
    assert sides(event) == ("State forces", "Civilians")
