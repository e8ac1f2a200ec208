"""A protest about an arrest or a killing is no protest the state acted on."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.code_article(Article(id="p", text=text, date=date(2021, 3, 12)))
    return [(e.sub_event_type, e.actor2.type if e.actor2 else None) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March 2021, about two hundred teachers held a peaceful march in Kisumu, demanding the release "
        "of three colleagues who were detained by police last year.",
        "On 10 March 2021, traders marched peacefully in Gulu against the arrest of their chairman.",
    ],
)
def test_an_arrest_the_crowd_protests_about_is_no_intervention(pipeline, text: str) -> None:
    assert coded(pipeline, text)[0] == ("Peaceful protest", None)


def test_police_dispersing_the_crowd_is_an_intervention(pipeline) -> None:
    text = "On 10 March 2021, traders marched peacefully in Gulu against new taxes, and police arrested their chairman."
    assert coded(pipeline, text)[0] == ("Protest with intervention", "State forces")
