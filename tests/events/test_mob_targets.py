"""Whom a mob's violence is done to: ACLED codes a mob that only wrecks things with
rioters alone, and one that beats, stones or kills a person with civilians as its
target. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


def sides(pipeline: Pipeline, text: str) -> tuple[str | None, str | None, str | None]:
    events = pipeline.code_article(Article(id="t", text=text, date=date(2020, 1, 10)))
    assert events, text
    event = events[0]
    return (
        event.sub_event_type,
        event.actor1.type if event.actor1 else None,
        event.actor2.type if event.actor2 else None,
    )


@pytest.mark.parametrize(
    ("wrecked", "hurt"),
    [
        ("A mob torched the administration block of a college in Kisumu on Monday.",
         "A mob burnt a suspected witch to death in Kilifi on Wednesday."),
        # A death told as the cause is no harm the mob did.
        ("A mob torched the administration block of a college in Kisumu on Monday after a student died in police custody.",
         "A mob lynched a suspected thief in Kano on Tuesday."),
        ("Angry villagers vandalised a bus and set a motorcycle on fire in Gulu on Sunday after the driver hit a child.",
         "A mob stoned a shopkeeper and looted his shop in Mombasa on Friday."),
        # Things wrecked, and then a person hurt: the person is the target.
        ("A mob vandalised a bus in Gulu on Sunday.",
         "A mob vandalised a bus in Gulu on Sunday. The driver was beaten and taken to hospital."),
    ],
)
def test_a_mob_has_civilian_victims_only_when_it_hurts_a_person(pipeline: Pipeline, wrecked: str, hurt: str):
    assert sides(pipeline, wrecked) == ("Mob violence", "Rioters", None)
    assert sides(pipeline, hurt) == ("Mob violence", "Rioters", "Civilians")


@pytest.mark.parametrize(
    ("hurt", "untouched"),
    [
        # Stones thrown at a person (named as a civilian, or "him") make civilians the
        # riot's target; stones thrown at the police or at shops do not.
        ("Protesters threw stones at a journalist in Lusaka on Tuesday during a march against fuel prices.",
         "Protesters threw stones at shops in Lusaka on Tuesday during a march against fuel prices."),
        ("Residents protesting over a land dispute in Nampula on Monday threw stones at the district administrator "
         "and injured him.",
         "Residents protesting over a land dispute in Nampula on Monday threw stones at the district office."),
        # "molesting journalists", which the parse reads as a modifier of the noun.
        ("A protest by traders turned violent in Lilongwe on Monday, when the traders started attacking and "
         "molesting journalists.",
         "A protest by traders turned violent in Lilongwe on Monday, when the traders started burning tyres."),
    ],
)
def test_a_riot_that_hurts_a_person_has_civilian_victims(pipeline: Pipeline, hurt: str, untouched: str):
    assert sides(pipeline, hurt) == ("Violent demonstration", "Rioters", "Civilians")
    assert sides(pipeline, untouched) == ("Violent demonstration", "Rioters", None)
