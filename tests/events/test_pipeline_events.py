"""Whole-article behaviour of the event layer: merging, back-references, sub-type rules."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp) -> Pipeline:
    return Pipeline(nlp)


def code(pipeline: Pipeline, text: str, day: date = date(2020, 2, 14)):
    return pipeline.code_article(Article(id="t", text=text, date=day))


def test_events_lead_restating_body_is_one_event(pipeline):
    text = (
        "Roadside bomb kills soldiers near Afgooye\n\n"
        "A roadside bomb struck a Somali army convoy near Afgooye on Thursday, killing three soldiers, "
        "a military official told reporters."
    )
    events = code(pipeline, text)
    bombs = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bombs) == 1
    assert len(bombs[0].mentions) == 2
    assert bombs[0].date.start == "2020-02-13" and bombs[0].fatalities == 3
    assert bombs[0].location.country_code == "SO"


def kidnappings(pipeline: Pipeline, text: str):
    return [e for e in code(pipeline, text, date(2021, 3, 4)) if e.sub_event_type == "Abduction/forced disappearance"]


def test_events_headline_naming_the_state_joins_the_lead_naming_its_town(pipeline):
    text = (
        "Gunmen kidnap traders in Kano\n\n"
        "Armed men kidnapped eight traders in Wudil, Kano State, on Tuesday evening, residents said."
    )
    kidnaps = kidnappings(pipeline, text)
    assert len(kidnaps) == 1 and len(kidnaps[0].mentions) == 2
    assert kidnaps[0].location.name == "Wudil" and kidnaps[0].date.start == "2021-03-02"


def test_events_two_towns_of_one_state_stay_apart(pipeline):
    text = (
        "Armed men kidnapped eight traders in Gusau on Tuesday.\n\n"
        "Separately, armed men kidnapped five farmers in Kaura Namoda on Tuesday."
    )
    kidnaps = kidnappings(pipeline, text)
    assert {e.location.name for e in kidnaps} == {"Gusau", "Kaura Namoda"}


def test_events_a_sentence_adding_what_the_attackers_also_did_is_the_same_happening(pipeline):
    text = (
        "Gunmen stormed a village near Gusau on Tuesday, killing four farmers. "
        "The gunmen also abducted two women and burnt several houses.\n\n"
        "On Wednesday, soldiers also clashed with bandits in Kaura Namoda."
    )
    events = code(pipeline, text)
    raid = [e for e in events if len(e.mentions) == 2]
    assert len(raid) == 1 and raid[0].sub_event_type == "Attack" and raid[0].fatalities == 4
    assert any(e.sub_event_type == "Armed clash" and len(e.mentions) == 1 for e in events)


def test_events_claim_of_responsibility_names_the_perpetrator(pipeline):
    text = (
        "A roadside bomb struck a Somali army convoy near Afgooye on Thursday, killing three soldiers.\n\n"
        "Al-Shabaab claimed responsibility for the attack in a statement."
    )
    events = code(pipeline, text)
    violent = [e for e in events if e.event_type in ("Explosions/Remote violence", "Battles", "Violence against civilians")]
    assert len(violent) == 1
    assert violent[0].actor1 is not None and "Shabaab" in violent[0].actor1.name


def test_events_victims_named_by_a_participle_are_the_kidnapping_told_before(pipeline):
    """"the number of people kidnapped" names the victims of the abduction already told;
    it is a mention of it, not a second (hypothetical) abduction."""
    text = (
        "Gunmen abducted 12 farmers from their fields near Dutsin-Ma on Tuesday, villagers said.\n\n"
        "They also shot dead a herder who ran to raise the alarm.\n\n"
        "The police said they had not confirmed the number of people kidnapped."
    )
    abductions = [e for e in code(pipeline, text) if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(abductions) == 1
    assert any("number of people kidnapped" in m.evidence.text for m in abductions[0].mentions)


def test_events_same_type_in_two_countries_stay_apart(pipeline):
    text = (
        "Last week, hundreds of militants surrendered to Iraqi troops in Hawija.\n\n"
        "In Raqqa, some fighters surrendered to the SDF over the past month."
    )
    events = [e for e in code(pipeline, text, date(2017, 10, 11)) if e.sub_event_type == "Agreement"]
    assert {e.location.country_code for e in events} == {"IQ", "SY"}


def test_events_victims_decide_attack_or_clash(pipeline):
    attack = code(pipeline, "Gunmen shot dead two villagers in Kankara, Katsina State, on Friday.")
    clash = code(pipeline, "Soldiers clashed with Boko Haram fighters near Maiduguri on Friday, killing five militants.")
    assert [e.sub_event_type for e in attack] == ["Attack"]
    assert [e.sub_event_type for e in clash] == ["Armed clash"]
    assert attack[0].fatalities == 2 and clash[0].fatalities == 5


def test_events_no_article_date_never_invents_one(pipeline):
    events = pipeline.code_article(Article(id="t", text="Last week, police arrested five men in Nakuru."))
    assert events and events[0].date.start is None and events[0].date.text == "Last week"


def test_events_carry_plover_codes(pipeline):
    events = code(pipeline, "Gunmen abducted 15 villagers in Kankara, Katsina State, on Friday night.", date(2020, 6, 20))
    assert [(e.sub_event_type, e.plover.event, e.plover.mode) for e in events] == [
        ("Abduction/forced disappearance", "ASSAULT", "abduct")
    ]


def test_events_a_toll_reported_at_one_remove_joins_the_attack(pipeline):
    for toll, deaths in (("Four soldiers were reported killed and a herder injured.", 4), ("One soldier reported killed.", 1)):
        events = code(pipeline, "On 3 February, rebels attacked an army post outside Kalehe. " + toll)
        assert len(events) == 1
        assert events[0].fatalities == deaths
        assert events[0].actor1.text == "rebels"  # the dead are no doer
