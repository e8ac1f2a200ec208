"""actor1/actor2 from the dependency parse, on the seed article and realistic sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span, Token

from warlog.extract.actors import ActorRoles, extract_actors
from warlog.extract.roles import find_roles, noun_phrase
from warlog.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _sentence(nlp, text: str, containing: str) -> Span:
    doc = nlp(text)
    return next(s for s in doc.sents if containing in s.text)


def _token(sent: Span, word: str) -> Token:
    return next(t for t in sent if t.text == word)


def _roles(nlp, actors, text: str, trigger: str, country: str, *, containing: str | None = None, year: int = 2017) -> ActorRoles:
    sent = _sentence(nlp, text, containing or trigger)
    return extract_actors(_token(sent, trigger), sent, year=year, country_code=country, dictionary=actors)


def _dyad(roles: ActorRoles) -> tuple[str | None, str | None]:
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


# -- the seed article ---------------------------------------------------------------------


def test_seed_surrender_to_peshmerga(nlp, actors, seed_text) -> None:
    roles = _roles(nlp, actors, seed_text, "surrendered", "IQ", containing="more than one thousand ISIS militants")
    assert roles.actor1.name == "Islamic State (Iraq)" and roles.actor1.type == "Rebel group"
    assert "more than one thousand ISIS militants" in roles.actor1.text
    assert roles.actor2.name.endswith("Peshmerga") and roles.actor2.type == "State forces"


def test_seed_forced_to_shoot_inherits_peshmerga_and_resolves_the_terrorists(nlp, actors, seed_text) -> None:
    roles = _roles(nlp, actors, seed_text, "shoot", "IQ", containing="forced to shoot")
    assert roles.actor1.name.endswith("Peshmerga")
    assert roles.actor2.name == "Islamic State (Iraq)"
    assert roles.actor2.text == "some of the terrorists"


def test_seed_pronoun_they_refers_back(nlp, actors, seed_text) -> None:
    roles = _roles(nlp, actors, seed_text, "opened", "IQ", containing="forced to shoot")
    assert roles.actor1.name == "Islamic State (Iraq)"


def test_seed_after_fleeing_inherits_the_surrendering_militants(nlp, actors, seed_text) -> None:
    roles = _roles(nlp, actors, seed_text, "fleeing", "IQ", containing="more than one thousand ISIS militants")
    assert roles.actor1.name == "Islamic State (Iraq)"


def test_seed_coalition_liberates_raqqa(nlp, actors, seed_text) -> None:
    roles = _roles(nlp, actors, seed_text, "liberated", "SY", containing="nearly 90 percent")
    assert roles.actor1.name == "Global Coalition Against Daesh"
    assert roles.actor2 is None  # "90 percent of the Syrian city" is territory, not a party


def test_seed_never_an_actor_from_the_photo_credit_or_outlets(nlp, actors, seed_text) -> None:
    doc = nlp(seed_text)
    names: list[str] = []
    for sent in doc.sents:
        if not any(word in sent.text for word in ("Sipa", "Rudaw", "Reuters", "AP Images")):
            continue
        for token in sent:
            if token.pos_ in {"VERB", "NOUN"}:
                roles = extract_actors(token, sent, year=2017, country_code="IQ", dictionary=actors)
                everyone = [roles.actor1, roles.actor2, *roles.assoc_actor_1, *roles.assoc_actor_2]
                names += [f"{a.name} | {a.text}" for a in everyone if a is not None]
    assert names, "the sentences with credits also name real actors"
    for banned in ("Sipa", "AP", "Balkis", "Rudaw", "Reuters", "Dillon", "spokesman"):
        assert not [n for n in names if banned in n], banned


# -- constructions ------------------------------------------------------------------------


def test_passive_with_agent(nlp, actors) -> None:
    roles = _roles(nlp, actors, "Three villagers were killed by unidentified gunmen near Baidoa on Monday.", "killed", "SO", year=2020)
    assert _dyad(roles) == ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")


def test_passive_without_agent_leaves_actor1_empty(nlp, actors) -> None:
    roles = _roles(nlp, actors, "Two policemen were shot dead in Mogadishu on Sunday.", "shot", "SO", year=2020)
    assert roles.actor1 is None
    assert roles.actor2.name == "Police Forces of Somalia (2017-)"


def test_at_the_hands_of(nlp, actors) -> None:
    text = "At least twelve civilians died at the hands of Al-Shabaab militants in the Lower Shabelle region."
    roles = _roles(nlp, actors, text, "died", "SO", year=2020)
    assert roles.actor1.name == "Al Shabaab"


def test_relative_clause_subject_is_the_modified_noun(nlp, actors) -> None:
    text = "Soldiers pursued the Al-Shabaab militants who stormed the village of Jamaame on Friday."
    roles = _roles(nlp, actors, text, "stormed", "SO", year=2020)
    assert roles.actor1.name == "Al Shabaab"


def test_conjoined_subjects_make_an_associated_actor(nlp, actors) -> None:
    text = "Boko Haram and ISWAP fighters attacked a military base in Borno, killing five soldiers."
    roles = _roles(nlp, actors, text, "attacked", "NG", year=2020)
    assert roles.actor1.name.startswith("Boko Haram")
    assert [a.name for a in roles.assoc_actor_1] == ["Islamic State (West Africa)"]
    assert roles.actor2.name == "Military Forces of Nigeria (2015-)"


def test_clash_with(nlp, actors) -> None:
    roles = _roles(nlp, actors, "Soldiers clashed with NPA rebels in Samar on Tuesday.", "clashed", "PH", year=2020)
    assert _dyad(roles) == ("Military Forces of the Philippines (2016-)", "NPA: New People's Army")


def test_nominal_attack_on_by(nlp, actors) -> None:
    text = "The attack on a police station by Abu Sayyaf gunmen left two officers dead."
    roles = _roles(nlp, actors, text, "attack", "PH", year=2019)
    assert _dyad(roles) == ("ASG: Abu Sayyaf", "Police Forces of the Philippines (2016-)")


def test_weapon_object_gives_way_to_the_target(nlp, actors) -> None:
    text = "Police fired tear gas at protesters outside the governor's office in Nairobi."
    roles = _roles(nlp, actors, text, "fired", "KE", year=2019)
    assert _dyad(roles) == ("Police Forces of Kenya (2013-)", "Protesters (Kenya)")


def test_light_verb_target(nlp, actors) -> None:
    text = "Turkish warplanes conducted air strikes against PKK positions in the Qandil mountains."
    roles = _roles(nlp, actors, text, "conducted", "IQ", year=2020)
    assert roles.actor1.type == "External/Other forces"
    assert roles.actor2.name == "PKK: Kurdistan Workers Party"


def test_protest_participants_are_protesters(nlp, actors) -> None:
    text = "Hundreds of students marched to the parliament demanding free tuition."
    roles = _roles(nlp, actors, text, "marched", "NP", year=2019)
    assert _dyad(roles) == ("Protesters (Nepal)", None)
    assert roles.actor1.text == "Hundreds of students"


def test_unnamed_victim_of_violence_is_civilians(nlp, actors) -> None:
    text = "Unidentified gunmen abducted a former council candidate in Calabar on Sunday."
    roles = _roles(nlp, actors, text, "abducted", "NG", year=2020)
    assert _dyad(roles) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_noun_phrase_full_and_core(nlp) -> None:
    sent = _sentence(nlp, "Dozens of Islamic State fighters who fled Raqqa surrendered to the SDF.", "surrendered")
    head = find_roles(_token(sent, "surrendered"), sent).actor1
    assert noun_phrase(head).text == "Dozens of Islamic State fighters"
    assert noun_phrase(head, full=True).text == "Dozens of Islamic State fighters"
