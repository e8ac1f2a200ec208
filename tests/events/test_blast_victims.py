"""A blast's victims and its unknown planter: people who "died" or "sustained injuries"
in it are its civilian target, and police who "were unable to identify" or "have yet to
identify" the bombers only tell of it. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


def sides(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    events = pipeline.code_article(Article(id="t", text=text, date=date(2020, 1, 10)))
    assert events, text
    event = events[0]
    return (event.actor1.type if event.actor1 else None, event.actor2.type if event.actor2 else None)


@pytest.mark.parametrize(
    "text",
    [
        "An old mortar shell exploded in a neighbourhood of Juba on Sunday, and three children died on the spot.",
        "A bomb went off at the home of a local councillor in Janakpur on Friday. "
        "The councillor sustained injuries and was taken to hospital.",
    ],
)
def test_those_who_died_or_were_wounded_in_a_blast_are_its_civilian_target(pipeline: Pipeline, text: str):
    assert sides(pipeline, text) == ("Political militia", "Civilians")


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a bus station in Maiduguri on Sunday, killing five people. "
        "Police were unable to identify the attackers.",
        "A bomb exploded in a market in Quetta on Sunday, killing four people. Police have yet to identify who planted it.",
    ],
)
def test_police_who_fail_to_identify_the_bombers_are_not_the_bombers(pipeline: Pipeline, text: str):
    assert sides(pipeline, text) == ("Political militia", "Civilians")
