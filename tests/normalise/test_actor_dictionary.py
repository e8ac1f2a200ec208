"""The actor dictionary: surface variants to ACLED names and types."""

from __future__ import annotations

import pytest

from warlog.errors import DataError
from warlog.normalise.actors import ActorDictionary, normalise_text


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    "text",
    ["ISIS", "ISIL", "IS militants", "Daesh", "the Islamic State group", "more than one thousand ISIS militants",
     "Islamic State (ISIS/ISIL) jihadists"],
)
def test_islamic_state_variants_take_acled_country_name(actors: ActorDictionary, text: str) -> None:
    actor = actors.lookup(text, year=2017, country_code="IQ")
    assert actor is not None
    assert (actor.name, actor.type) == ("Islamic State (Iraq)", "Rebel group")
    assert actor.text == text


def test_islamic_state_without_country_is_the_bare_name(actors: ActorDictionary) -> None:
    assert actors.lookup("Daesh fighters").name == "Islamic State"


def test_lowercase_is_is_not_islamic_state(actors: ActorDictionary) -> None:
    actor = actors.lookup("what is left", country_code="IQ")
    assert actor is None or actor.name != "Islamic State (Iraq)"


def test_peshmerga_is_an_iraqi_state_force_named_by_period(actors: ActorDictionary) -> None:
    in_2017 = actors.lookup("Iraqi Kurdistan\u2019s Peshmerga troops", year=2017, country_code="IQ")
    in_2020 = actors.lookup("Kurdish Peshmerga forces", year=2020, country_code="IQ")
    assert in_2017.type == in_2020.type == "State forces"
    assert in_2017.name == "Military Forces of Iraq (2014-2018) Peshmerga"
    assert in_2020.name == "Military Forces of Iraq (2020-) Peshmerga"


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2017, "Military Forces of Iraq (2014-2018)"), (2019, "Military Forces of Iraq (2018-2020)"),
     (2020, "Military Forces of Iraq (2020-)")],
)
def test_national_army_period_follows_event_year(actors: ActorDictionary, year: int, expected: str) -> None:
    assert actors.lookup("Iraqi forces", year=year, country_code="IQ").name == expected


def test_police_of_event_country(actors: ActorDictionary) -> None:
    actor = actors.lookup("riot police", year=2019, country_code="PH")
    assert (actor.name, actor.type) == ("Police Forces of the Philippines (2016-)", "State forces")


def test_foreign_state_forces_are_external(actors: ActorDictionary) -> None:
    actor = actors.lookup("Turkish warplanes", year=2020, country_code="IQ")
    assert actor.name.startswith("Military Forces of Turkey")
    assert actor.type == "External/Other forces"


@pytest.mark.parametrize(
    ("text", "country", "name", "actor_type"),
    [
        ("the Syrian Democratic Forces (SDF) alliance", "SY", "QSD: Syrian Democratic Forces", "Rebel group"),
        ("the Kurdish People\u2019s Protection Units (YPG)", "SY", "YPG: People's Protection Units", "Rebel group"),
        ("U.S.-led coalition troops", "SY", "Global Coalition Against Daesh", "External/Other forces"),
        ("Al-Shabaab militants", "KE", "Al Shabaab", "Rebel group"),
        ("ISWAP fighters", "NG", "Islamic State (West Africa)", "Rebel group"),
        ("suspected ADF rebels", "CD", "ADF: Allied Democratic Forces", "Rebel group"),
        ("NPA rebels", "PH", "NPA: New People's Army", "Rebel group"),
        ("Abu Sayyaf bandits", "PH", "ASG: Abu Sayyaf", "Rebel group"),
        ("Taliban insurgents", "AF", "Taliban", "Rebel group"),
        ("unidentified gunmen", "SO", "Unidentified Armed Group (Somalia)", "Political militia"),
        ("armed men", "NG", "Unidentified Armed Group (Nigeria)", "Political militia"),
        ("hundreds of protesters", "IQ", "Protesters (Iraq)", "Protesters"),
        ("demonstrators", "MM", "Protesters (Myanmar)", "Protesters"),
        ("an angry mob", "KE", "Rioters (Kenya)", "Rioters"),
        ("three villagers", "CD", "Civilians (Democratic Republic of Congo)", "Civilians"),
        ("fleeing civilians", "IQ", "Civilians (Iraq)", "Civilians"),
        ("Renamo gunmen", "MZ", "RENAMO: Mozambican National Resistance", "Political militia"),
        ("suspected ASWJ insurgents", "MZ", "Islamist Militia (Mozambique)", "Political militia"),
        ("Nyatura militiamen", "CD", "Mayi Mayi Militia (Nyatura)", "Political militia"),
        ("Twa militiamen", "CD", "Batwa Ethnic Militia (Democratic Republic of Congo)", "Identity militia"),
        ("the armed criminal group", "ID", "TPNPB: West Papua National Liberation Army", "Rebel group"),
        ("Densus 88 officers", "ID", "Police Forces of Indonesia (2014-) Detachment 88", "State forces"),
        ("cadres of the Chand-led party", "NP", "CPN(M)-NBC: Communist Party of Nepal (Maoist)-Netra Bikram Chand", "Political militia"),
        ("the presidential guard", "TD", "Military Forces of Chad (1990-)", "State forces"),
        # an unnamed militia is ACLED's unidentified armed group; only a communal one is an identity militia
        ("militiamen", "CD", "Unidentified Armed Group (Democratic Republic of Congo)", "Political militia"),
        ("a village militia", "NE", "Unidentified Communal Militia (Niger)", "Identity militia"),
        # a people's or creed's forces are its militia, never the event country's army
        ("Kurdish troops", "SY", "Kurdish Ethnic Militia (Syria)", "Identity militia"),
        ("Syrian Kurdish fighters", "SY", "Kurdish Ethnic Militia (Syria)", "Identity militia"),
        ("Kurdish-led forces", "SY", "QSD: Syrian Democratic Forces", "Rebel group"),
        ("Shia militiamen", "IQ", "Shiite Muslim Militia (Iraq)", "Identity militia"),
        ("Tuareg forces", "ML", "Tuareg Ethnic Militia (Mali)", "Identity militia"),
        ("Christian fighters", "CF", "Christian Militia (Central African Republic)", "Identity militia"),
        ("Syrian forces", "SY", "Military Forces of Syria (2000-)", "State forces"),
        # where ACLED codes a people's armed men as one named group (``people_in``): the PKK
        # for Kurdish rebels in Turkey and Iraq (Kurdish forces in Iraq stay the Peshmerga)
        ("Kurdish rebels", "TR", "PKK: Kurdistan Workers Party", "Rebel group"),
        ("Kurdish fighters", "TR", "PKK: Kurdistan Workers Party", "Rebel group"),
        ("Kurdish insurgents", "IQ", "PKK: Kurdistan Workers Party", "Rebel group"),
    ],
)
def test_named_and_generic_actors(actors: ActorDictionary, text: str, country: str, name: str, actor_type: str) -> None:
    actor = actors.lookup(text, year=2019, country_code=country)
    assert (actor.name, actor.type) == (name, actor_type)


def test_kurdish_forces_in_iraq_are_the_peshmerga(actors: ActorDictionary) -> None:
    actor = actors.lookup("Kurdish forces", year=2017, country_code="IQ")
    assert (actor.name, actor.type) == ("Military Forces of Iraq (2014-2018) Peshmerga", "State forces")
    assert actors.lookup("Security forces", year=2017, country_code="IQ").name.startswith("Military Forces of Iraq")


def test_country_restricted_alias_needs_its_country(actors: ActorDictionary) -> None:
    assert actors.lookup("vigilantes", country_code="PH").name == "Anti-Drug Vigilantes (Philippines)"
    assert not actors.lookup("vigilantes", country_code="NG").name.startswith("Anti-Drug")


@pytest.mark.parametrize(
    "text",
    ["Reuters", "Kurdish news outlet Rudaw", "Photo by Balkis Press/Sipa USA (Sipa via AP Images)",
     "Sipa via AP Images", "a spokesman for the U.S.-led coalition", "AFP"],
)
def test_outlets_credits_and_spokesmen_are_never_actors(actors: ActorDictionary, text: str) -> None:
    assert actors.is_source(text)
    assert actors.lookup(text, country_code="IQ") is None


def test_unknown_actor_keeps_surface_text_and_guesses_type_from_cues(actors: ActorDictionary) -> None:
    person = actors.lookup("Abu Bakr al-Baghdadi")
    assert (person.name, person.type) == ("Abu Bakr al-Baghdadi", None)
    militia = actors.lookup("the Zabadani Defenders militia")
    assert (militia.name, militia.type) == ("Zabadani Defenders militia", "Political militia")


def test_validity_years_exclude_anachronisms(actors: ActorDictionary) -> None:
    assert actors.lookup("AMISOM troops", year=2015, country_code="SO").type == "External/Other forces"
    assert actors.lookup("Daesh", year=2005).name != "Islamic State"


def test_normalise_text_drops_possessives_and_curly_quotes() -> None:
    assert normalise_text("Iraqi Kurdistan\u2019s Peshmerga") == "iraqi kurdistan peshmerga"


def test_malformed_dictionary_is_a_data_error() -> None:
    with pytest.raises(DataError):
        ActorDictionary({"countries": {}, "not_actors": {"aliases": [], "heads": []},
                         "actors": [{"id": "x", "name": "X", "type": "Terrorists", "aliases": ["x"]}]})
    with pytest.raises(DataError):
        ActorDictionary({"actors": []})


def test_islamist_militia_alias_is_local_to_mozambique(actors: ActorDictionary) -> None:
    """"Islamist militants" is ACLED's Mozambican group only in Mozambique; elsewhere unidentified."""
    assert actors.lookup("Islamist militants", country_code="MZ").name == "Islamist Militia (Mozambique)"
    assert actors.lookup("Islamist militants", country_code="NE").name == "Unidentified Armed Group (Niger)"


def test_airstrike_stands_for_its_unnamed_user(actors: ActorDictionary) -> None:
    assert actors.is_instrument("an airstrike")
    assert not actors.is_instrument("the Chadian army")


def test_actor_dictionary_gunmen_of_a_nationality_are_no_army(actors: ActorDictionary) -> None:
    """"Somali gunmen" are armed men from Somalia, not Somalia's military."""
    for phrase in ("Somali gunmen", "Nigerian bandits", "Burundian militiamen"):
        actor = actors.lookup(phrase, year=2020, country_code="KE")
        assert actor is not None and actor.type == "Political militia", (phrase, actor)
        assert not actor.name.startswith("Military Forces")


def test_actor_dictionary_cattle_raiders_are_a_communal_militia(actors: ActorDictionary) -> None:
    actor = actors.lookup("cattle raiders", year=2019, country_code="KE")
    assert actor is not None and actor.type == "Identity militia"


def test_a_happening_or_a_place_is_no_actor_whatever_its_adjective() -> None:
    """"communal clashes" and "ethnic violence" name no group: no type is guessed for them."""
    actors = ActorDictionary.load()
    for text in ("communal clashes", "ethnic violence", "tribal feuds"):
        found = actors.lookup(text, year=2023, country_code="IN")
        assert found is None or found.type is None, (text, found)
    assert actors.lookup("Kuki tribal volunteers", year=2023, country_code="IN").type == "Identity militia"
