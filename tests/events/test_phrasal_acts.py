"""Acts told in several words, resolved to ACLED sub-types by who does them."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def main_types(pipeline: Pipeline, text: str) -> list[str | None]:
    events = pipeline.code_article(Article(id="p", text=text, date=date(2021, 5, 20)))
    return [e.sub_event_type for e in events if e.modality in ("asserted", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men burning homes destroy property; a crowd doing so riots
        ("Suspected insurgents set several huts alight in a village near Palma on Tuesday.", "Looting/property destruction"),
        ("An angry mob set a police van on fire after the accident on Tuesday.", "Mob violence"),
        ("Gunmen on a motorbike fired shots at a shopkeeper in the town on Tuesday.", "Attack"),
        ("Two unknown men shot dead a village chief near the river on Tuesday.", "Attack"),
        ("Nurses staged a dharna outside the district hospital on Tuesday.", "Peaceful protest"),
        # people shot as homes burn: an attack, not property destruction (here "shooting" is
        # parsed deep under "went", so the burning is the sentence's main act)
        ("The gunmen went from house to house shooting residents and set fire to homes in Kadawa on Tuesday.", "Attack"),
    ],
)
def test_phrasal_acts_are_events(pipeline, text, expected):
    assert expected in main_types(pipeline, text)


def test_warning_shots_at_a_crowd_are_an_intervention_not_an_attack(pipeline):
    types = main_types(pipeline, "Police fired warning shots to scatter the protesters outside the mayor's office.")
    assert "Attack" not in types and "Excessive force against protesters" not in types
    assert "Protest with intervention" in types


def test_shots_fired_without_a_crowd_or_harm_named_are_no_statement(pipeline):
    """A statement about gunfire policy is no event."""
    assert main_types(pipeline, "The minister said officers should never fire at unarmed people.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Government troops launched an offensive in the hills north of Palma on Tuesday.",
        "The army launched a military operation in the district on Tuesday, officials said.",
    ],
)
def test_a_launched_offensive_with_no_target_named_is_fighting_not_an_attack_on_civilians(pipeline, text):
    events = pipeline.code_article(Article(id="p", text=text, date=date(2021, 5, 20)))
    fights = [e for e in events if e.sub_event_type == "Armed clash"]
    assert fights and all(e.actor2 is None or e.actor2.type != "Civilians" for e in fights)
