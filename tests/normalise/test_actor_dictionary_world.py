"""The actor dictionary beyond the first studied countries: named groups and forces of
other conflicts, acronyms that collide across countries, and names that depend on the year."""

from __future__ import annotations

import pytest

from warlog.normalise.actors import ActorDictionary


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


# Names and types that change with the year (regimes, mandates, a group taking power).
BY_YEAR = [
    ("RSF troops", "SD", 2019, "Military Forces of Sudan (2019-) Rapid Support Forces", "State forces"),
    ("RSF troops", "SD", 2024, "RSF: Rapid Support Forces", "Rebel group"),
    ("Taliban fighters", "AF", 2019, "Taliban", "Rebel group"),
    ("Taliban fighters", "AF", 2023, "Military Forces of Afghanistan (2021-)", "State forces"),
    ("Taliban militants", "PK", 2023, "Taliban", "Rebel group"),
    ("the Tatmadaw", "MM", 2018, "Military Forces of Myanmar (2016-2021)", "State forces"),
    ("Bangladeshi police", "BD", 2025, "Police Forces of Bangladesh (2024-)", "State forces"),
    ("FARC rebels", "CO", 2010, "FARC: Revolutionary Armed Forces of Colombia", "Rebel group"),
    ("FARC rebels", "CO", 2020, "FARC Dissidents", "Rebel group"),
]


@pytest.mark.parametrize(
    ("text", "country", "year", "name", "actor_type"),
    [
        ("fighters of the Arakan Army", "MM", 2023, "AA: Arakan Army", "Rebel group"),
        ("KIA troops", "MM", 2022, "KIA: Kachin Independence Army", "Rebel group"),
        ("a local People's Defence Force unit", "MM", 2022, "PDF: People's Defense Force", "Rebel group"),
        ("the Tatmadaw", "MM", 2023, "Military Forces of Myanmar (2021-)", "State forces"),
        ("Sudanese Armed Forces", "SD", 2023, "Military Forces of Sudan (2019-)", "State forces"),
        ("Janjaweed militiamen", "SD", 2004, "Janjaweed Militia", "Political militia"),
        ("Fano fighters", "ET", 2023, "Fano Militia", "Identity militia"),
        ("the Oromo Liberation Army", "ET", 2022, "OLA: Oromo Liberation Army", "Rebel group"),
        ("the SPLA-IO", "SS", 2017, "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition", "Rebel group"),
        ("the White Army", "SS", 2014, "White Army (Nuer Ethnic Militia)", "Identity militia"),
        ("Wagner mercenaries", "ML", 2022, "Wagner Group", "External/Other forces"),
        ("Koglweogo members", "BF", 2019, "Koglweogo Militia", "Identity militia"),
        ("Dan Na Ambassagou militiamen", "ML", 2019, "Dan Na Ambassagou", "Identity militia"),
        ("Amotekun operatives", "NG", 2021, "Amotekun Corps", "Political militia"),
        ("Ambazonian separatists", "CM", 2020, "Ambazonian Separatists", "Rebel group"),
        ("Macawisley fighters", "SO", 2022, "Macawisley Militia", "Identity militia"),
        ("Habar Gidir clan militia", "SO", 2019, "Habar Gidir Clan Militia (Somalia)", "Identity militia"),
        ("Pokot raiders", "KE", 2018, "Pokot Ethnic Militia (Kenya)", "Identity militia"),
        ("officers of the Administration Police", "KE", 2015, "Police Forces of Kenya (2013-) Administration Police", "State forces"),
        ("Wazalendo fighters", "CD", 2024, "Wazalendo", "Political militia"),
        ("anti-Balaka militiamen", "CF", 2018, "Anti-Balaka", "Political militia"),
        ("Houthi rebels", "YE", 2019, "Military Forces of Yemen (2017-) Supreme Political Council", "State forces"),
        ("Hamas gunmen", "PS", 2023, "Hamas Movement", "Political militia"),
        ("Asaib Ahl al-Haq", "IQ", 2020, "AAH: Asaib Ahl al Haq", "Political militia"),
        ("the Baloch Liberation Army", "PK", 2023, "BLA: Balochistan Liberation Army", "Rebel group"),
        ("ULFA-I cadres", "IN", 2020, "ULFA: United Liberation Front of Asom", "Rebel group"),
        ("Chhatra League activists", "BD", 2023, "BCL: Bangladesh Chhatra League", "Political militia"),
        ("RAB members", "BD", 2022, "Police Forces of Bangladesh (2009-2024) Rapid Action Battalion", "State forces"),
        ("ELN guerrillas", "CO", 2021, "ELN: National Liberation Army", "Rebel group"),
        ("gunmen of the Jalisco New Generation Cartel", "MX", 2022, "CJNG: Jalisco New Generation Cartel", "Political militia"),
        ("Viv Ansanm gangs", "HT", 2024, "Viv Ansanm", "Political militia"),
    ]
    + BY_YEAR,
)
def test_actor_dictionary_world_groups(
    actors: ActorDictionary, text: str, country: str, year: int, name: str, actor_type: str
) -> None:
    actor = actors.lookup(text, year=year, country_code=country)
    assert (actor.name, actor.type) == (name, actor_type)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("SNA soldiers", "SO", "Military Forces of Somalia (2017-)"),
        ("Syrian National Army fighters", "SY", "SNA: Syrian National Army"),
        ("ADF rebels", "CD", "ADF: Allied Democratic Forces"),
        ("Ambazonia Defence Forces fighters", "CM", "Ambazonian Separatists"),
    ],
)
def test_actor_dictionary_shared_acronym_follows_the_country(actors: ActorDictionary, text: str, country: str, name: str) -> None:
    assert actors.lookup(text, year=2020, country_code=country).name == name


@pytest.mark.parametrize(("acronym", "home"), [("ADF", "CD"), ("SNA", "SO"), ("RSF", "SD"), ("AA", "MM")])
def test_actor_dictionary_bare_acronym_keeps_its_best_known_home(actors: ActorDictionary, acronym: str, home: str) -> None:
    """Where a note names no place, an acronym another country's group shares must not move it there."""
    assert actors.home_country(f"{acronym} fighters") == home


def test_actor_dictionary_party_leaders_are_no_armed_wing(actors: ActorDictionary) -> None:
    """A party's activists who fight are its militia; its leaders named by the acronym alone are not."""
    assert actors.lookup("BNP activists", year=2023, country_code="BD").type == "Political militia"
    leaders = actors.lookup("BNP leaders", year=2023, country_code="BD")
    assert leaders is None or leaders.type != "Political militia"


@pytest.mark.parametrize(
    ("text", "country"),
    [("AA guns opened fire", "SY"), ("the PDF file was leaked", "KE"), ("the RSF press freedom index", "FR"),
     ("KIA cars", "KE"), ("NAS members", "NG"), ("a CPC delegation", "CN")],
)
def test_actor_dictionary_short_acronyms_stay_in_their_country(actors: ActorDictionary, text: str, country: str) -> None:
    actor = actors.lookup(text, year=2022, country_code=country)
    assert actor is None or actor.type is None


def test_actor_dictionary_acronyms_are_case_sensitive(actors: ActorDictionary) -> None:
    """Lower-case 'aa' or 'nas' in a phrase is no group, even where the group fights."""
    for text, country in [("an aa battery", "MM"), ("nas hardware", "SS")]:
        actor = actors.lookup(text, year=2022, country_code=country)
        assert actor is None or actor.type is None


def test_actor_dictionary_junta_is_the_army_of_the_event_country(actors: ActorDictionary) -> None:
    assert actors.lookup("junta troops", year=2022, country_code="ML").name == "Military Forces of Mali (2021-)"
    assert actors.lookup("junta troops", year=2022, country_code="MM").name == "Military Forces of Myanmar (2021-)"



def test_actor_dictionary_missions_before_their_mandate_are_unknown(actors: ActorDictionary) -> None:
    """ATMIS only took over from AMISOM in 2022; the RSF only split from the state in 2023."""
    assert actors.lookup("ATMIS troops", year=2019, country_code="SO").name != "ATMIS: African Union Transition Mission in Somalia (2022-)"
    assert actors.lookup("ATMIS troops", year=2023, country_code="SO").type == "External/Other forces"


def test_actor_dictionary_national_contingent_of_a_joint_force_is_that_army(actors: ActorDictionary) -> None:
    at_home = actors.lookup("soldiers of the Nigerien MNJTF contingent", year=2020, country_code="NE")
    assert at_home.type == "State forces" and at_home.name.startswith("Military Forces of Niger")
    assert actors.lookup("MNJTF troops", year=2020, country_code="NG").type == "External/Other forces"


def test_actor_dictionary_foreign_army_is_external(actors: ActorDictionary) -> None:
    actor = actors.lookup("Rwandan troops", year=2022, country_code="MZ")
    assert (actor.name, actor.type) == ("Military Forces of Rwanda (1994-)", "External/Other forces")


def test_actor_dictionary_home_country_of_new_groups(actors: ActorDictionary) -> None:
    """A sentence that names no place is set where its actors fight."""
    assert actors.home_country("Arakan Army fighters") == "MM"
    assert actors.home_country("the Tatmadaw") == "MM"
    assert actors.home_country("Awami League activists") == "BD"


def test_actor_dictionary_saudi_led_coalition_is_no_anti_isis_coalition(actors: ActorDictionary) -> None:
    """'Coalition' alone is the US-led one against Islamic State; the Saudi-led one in Yemen is Saudi Arabia's."""
    yemen = actors.lookup("Saudi-led coalition warplanes", year=2018, country_code="YE")
    assert (yemen.name, yemen.type) == ("Military Forces of Saudi Arabia (2015-)", "External/Other forces")
    assert actors.lookup("the US-led coalition", year=2018, country_code="IQ").name == "Global Coalition Against Daesh"


def test_actor_dictionary_common_words_are_no_force(actors: ActorDictionary) -> None:
    """'Levies' are taxes in most news: only 'Balochistan Levies' names Pakistan's force."""
    taxes = actors.lookup("the new county levies", year=2019, country_code="KE")
    assert taxes is None or taxes.type is None
    force = actors.lookup("Balochistan Levies personnel", year=2019, country_code="PK")
    assert force is not None and force.type == "State forces"


@pytest.mark.parametrize(("text", "country"), [("a national guard post", "NE"), ("border guards", "ML"), ("the national guardsmen", "VE")])
def test_actor_dictionary_national_and_border_guards_are_state_forces(actors: ActorDictionary, text: str, country: str) -> None:
    actor = actors.lookup(text, year=2020, country_code=country)
    assert actor is not None and actor.type == "State forces"
    assert actors.home_country(text, year=2020) is None  # a generic noun never moves an article
    assert actors.lookup("security guards", year=2020, country_code=country).type == "External/Other forces"
