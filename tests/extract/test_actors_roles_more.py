"""Behaviour added for ACLED-style roles: the fighting a casualty happened in, opposing
conjoined sides, weapons as their unnamed user, crowds by what they did, complements."""

from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

from warlog.extract.actors import ActorRoles, extract_actors
from warlog.extract.roles import find_roles, noun_phrase
from warlog.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _sent(nlp, text: str) -> Span:
    return next(iter(nlp(text).sents))


def _token(sent: Span, word: str) -> Token:
    return next(t for t in sent if t.text == word)


def _roles(nlp, actors, text: str, trigger: str, country: str, year: int = 2020) -> ActorRoles:
    sent = _sent(nlp, text)
    return extract_actors(_token(sent, trigger), sent, year=year, country_code=country, dictionary=actors)


def _types(roles: ActorRoles) -> set[str | None]:
    return {a.type for a in (roles.actor1, roles.actor2) if a is not None}


def test_casualty_of_a_police_raid_names_the_police(nlp, actors) -> None:
    roles = _roles(nlp, actors, "A man accused of selling shabu was killed during a police raid in Bacoor on Friday.", "killed", "PH")
    assert roles.actor1.name == "Police Forces of the Philippines (2016-)"
    assert roles.actor2.name == "Civilians (Philippines)"


def test_casualty_of_a_firefight_with_the_military(nlp, actors) -> None:
    text = "A suspected NPA militant was killed in a firefight with the military in Mount Balatukan."
    assert _types(_roles(nlp, actors, text, "killed", "PH")) == {"Rebel group", "State forces"}


def test_conjoined_subjects_of_a_clash_are_opponents(nlp, actors) -> None:
    text = "Last Sunday the NPA and the military engaged in a long firefight near the village of Malinao."
    roles = _roles(nlp, actors, text, "engaged", "PH")
    assert {roles.actor1.type, roles.actor2.type} == {"Rebel group", "State forces"}
    assert roles.assoc_actor_1 == []


def test_allies_stay_associated(nlp, actors) -> None:
    text = "Soldiers and police officers intercepted a truck at a checkpoint in Lanuza."
    roles = _roles(nlp, actors, text, "intercepted", "PH")
    assert roles.actor1.type == "State forces" and [a.type for a in roles.assoc_actor_1] == ["State forces"]


def test_a_device_stands_for_an_unidentified_armed_group(nlp, actors) -> None:
    roles = _roles(nlp, actors, "On 17 September 2020, an IED detonated near Ali Biri hospital in Afgooye town.", "detonated", "SO")
    assert roles.actor1.name == "Unidentified Armed Group (Somalia)"


def test_a_thrown_weapon_is_never_the_target(nlp, actors) -> None:
    text = "An unknown armed group threw a hand grenade at Somali military forces guarding a market in Hodan."
    roles = _roles(nlp, actors, text, "threw", "SO")
    assert roles.actor1.name == "Unidentified Armed Group (Somalia)"
    assert roles.actor2.type == "State forces"


def test_unnamed_attacker_of_civilians_is_an_unidentified_armed_group(nlp, actors) -> None:
    text = "On 5 November 2020, a barangay captain was shot dead in Barangay Narra."
    roles = _roles(nlp, actors, text, "shot", "PH")
    assert (roles.actor1.name, roles.actor2.name) == ("Unidentified Armed Group (Philippines)", "Civilians (Philippines)")


def test_protest_named_in_a_purpose_clause(nlp, actors) -> None:
    text = "Angry motorcycle riders blocked a highway in Ilorin on Monday to demonstrate over the death of a fellow rider."
    roles = _roles(nlp, actors, text, "blocked", "NG")
    assert roles.actor1.name == "Protesters (Nigeria)" and roles.actor2 is None


def test_violent_protest_is_a_riot(nlp, actors) -> None:
    text = "On 12 December 2019, youth demonstrated violently in Busia after a raid on a shop."
    assert _roles(nlp, actors, text, "demonstrated", "KE").actor1.name == "Rioters (Kenya)"


def test_a_mob_and_its_victims(nlp, actors) -> None:
    text = "A mob lynched two suspected thieves in Kithimu on Tuesday."
    roles = _roles(nlp, actors, text, "lynched", "KE")
    assert (roles.actor1.type, roles.actor2.type) == ("Rioters", "Civilians")


def test_police_dispersing_protesters_keep_both_sides(nlp, actors) -> None:
    text = "Police fired tear gas to disperse demonstrators in Kitale town."
    roles = _roles(nlp, actors, text, "fired", "KE")
    assert roles.actor1.type == "State forces"


def test_clan_militias_clashing_are_identity_militias(nlp, actors) -> None:
    text = "Over the weekend a Marehan clan militia clashed with a rival clan militia over grazing land near Dhusamareb."
    assert _types(_roles(nlp, actors, text, "clashed", "SO")) == {"Identity militia"}


def test_recipient_after_an_abstract_object(nlp) -> None:
    sent = _sent(nlp, "The Security Council has issued an ultimatum to India and Pakistan for a ceasefire.")
    roles = find_roles(_token(sent, "issued"), sent)
    assert roles.actor2.text == "India"
    assert [t.text for t in roles.assoc2] == ["Pakistan"]


def test_target_span_drops_the_participle_clause(nlp) -> None:
    sent = _sent(nlp, "Russia vetoed a UN draft resolution presented by Britain on Tuesday.")
    roles = find_roles(_token(sent, "vetoed"), sent)
    assert roles.spans(2)[0].text == "a UN draft resolution"
    assert noun_phrase(roles.actor2, full=True).text.startswith("a UN draft resolution presented by Britain")


def test_roles_a_day_is_never_the_target(nlp) -> None:
    """"launched an assault on X on Thursday": Thursday is when, not whom."""
    from warlog.extract.roles import find_roles

    doc = nlp("Government troops launched an assault on the rebel stronghold near the river on Thursday.")
    trigger = next(t for t in doc if t.lemma_ == "launch")
    roles = find_roles(trigger, trigger.sent)
    assert roles.actor2 is not None and roles.actor2.lower_ != "thursday"
    assert all(t.lower_ != "thursday" for t in roles.more2)


def _target_text(nlp, text: str, trigger: str) -> str | None:
    sent = _sent(nlp, text)
    head = find_roles(_token(sent, trigger), sent).actor2
    return head.text if head is not None else None


def test_target_of_an_act_named_by_the_object(nlp) -> None:
    # the object names the act; who it is done to follows the preposition
    assert _target_text(nlp, "Government troops began their assault on the rebel-held town of Kidal.", "began") == "town"


def test_target_of_a_participle_clause_or_a_stance(nlp) -> None:
    text = "The air force carried out three strikes near Marawi on Sunday, killing dozens of militants."
    assert _target_text(nlp, text, "carried") == "dozens"
    assert _target_text(nlp, "The minister expressed concern for the detained journalists.", "expressed") == "journalists"
    assert _target_text(nlp, "The union said it is skeptical of the government's promises.", "is") == "promises"


def test_villagers_gathering_for_an_opening_are_civilians_not_protesters(nlp, actors) -> None:
    text = "Two fighter jets dropped bombs on the village as villagers gathered for the opening of a school."
    roles = _roles(nlp, actors, text, "dropped", "MM", year=2023)
    assert roles.actor2 is not None and roles.actor2.type == "Civilians"
    crowd = _roles(nlp, actors, "Police beat villagers as they gathered against the new levy.", "beat", "KE")
    assert crowd.actor2 is not None and crowd.actor2.type == "Protesters"


def test_its_fighters_are_the_group_named_before(nlp, actors) -> None:
    text = "The People's Defence Force said its fighters had clashed with soldiers near the village."
    roles = _roles(nlp, actors, text, "clashed", "MM", year=2023)
    assert roles.actor1.name == "PDF: People's Defense Force"
    assert roles.actor2.type == "State forces"


def test_capitals_the_parser_reads_as_a_word_still_name_the_group(nlp) -> None:
    """"IS militants" and "AS militants" (Al Shabaab, as ACLED's notes abbreviate it): the
    parser reads the capitals as "is" and "as" and leaves them out of the phrase."""
    from warlog.extract.actors import extract_actors
    from warlog.normalise.actors import ActorDictionary

    dictionary = ActorDictionary.load()
    for text, verb, country, name in (
        ("On 4 April 2020, IS militants attacked a checkpoint near Tuz Khurmatu.", "attacked", "IQ", "Islamic State (Iraq)"),
        ("On 12 May 2020, AS militants ambushed a convoy near Afgoye.", "ambushed", "SO", "Al Shabaab"),
    ):
        doc = nlp(text)
        trigger = next(t for t in doc if t.text == verb)
        roles = extract_actors(trigger, trigger.sent, year=2020, country_code=country, dictionary=dictionary)
        assert roles.actor1 is not None and roles.actor1.name == name
