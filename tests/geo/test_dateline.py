"""Datelines ("rajkot:", "BEIRUT —") and the places a story files its events at."""

from __future__ import annotations

import pytest

from warlog.geo import event_location
from warlog.geo.dateline import dateline_names

HEADER = "This story is from June 3, 2004\n\n"


def _names(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[i:j].text for i, j in dateline_names(doc)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (HEADER + "surat: a mob torched two buses near the station.", ["surat"]),
        ("bhavnagar/surat: traders kept their shops shut on monday.", ["bhavnagar", "surat"]),
        ("BEIRUT — Two rockets hit a suburb overnight.", ["BEIRUT"]),
        ("update: police said the curfew was lifted.", ["update"]),  # a shape only; the gazetteer decides
        ("march 4, 2003: police said the curfew was lifted.", []),
        ("Police said: the curfew will stay for another week in the old city.", []),
        ("The rally went on. Later:\nsurat stayed calm.", []),
    ],
)
def test_dateline_names_by_shape(nlp, text, names):
    assert _names(nlp, text) == names


def test_dateline_is_a_place_whatever_its_case(nlp, geoparser):
    doc = nlp(HEADER + "bhavnagar/surat: traders kept their shops shut on monday after the violence.")
    filed = [t for t in geoparser.parse(doc) if t.dateline]
    assert [(t.text, t.name, t.country_code) for t in filed] == [
        ("bhavnagar", "Bhavnagar", "IN"), ("surat", "Surat", "IN")
    ]


def test_a_word_before_a_colon_that_is_no_place_is_no_dateline(nlp, geoparser):
    doc = nlp("update: the curfew was lifted in surat on monday.")
    assert not any(t.dateline for t in geoparser.parse(doc))


def _located(nlp, geoparser, text: str, trigger: str, sentence: int = -1):
    doc = nlp(text)
    toponyms = geoparser.parse(doc)
    sent = list(doc.sents)[sentence]
    token = next(t for t in sent if t.text == trigger)
    return event_location(doc, sent, token, toponyms, home="IN")


def test_dateline_town_is_the_fallback_over_a_street_named_after_another(nlp, geoparser):
    text = (
        HEADER + "rajkot: shops were set on fire here on monday during the bandh. "
        "the unrest spread across gujarat after the call. "
        "a crowd also stoned a bus near morbi road and blocked traffic."
    )
    location = _located(nlp, geoparser, text, "stoned")
    assert (location.name, location.precision) == ("Rājkot", 2)
    here = _located(nlp, geoparser, text, "fire", sentence=1)
    assert here.name == "Rājkot"


def test_a_dateline_from_the_capital_does_not_pull_another_regions_story(nlp, geoparser):
    text = (
        "new delhi: riots spread across gujarat on tuesday. shops were burnt in ahmedabad "
        "and in surat, and buses were stoned in gujarat. later, three people were killed."
    )
    location = _located(nlp, geoparser, text, "killed")
    assert location.admin1 == "Gujarāt"


def test_a_sentences_own_place_beats_the_dateline_and_the_main_region(nlp, geoparser):
    text = (
        "new delhi: the murder of a legislator in lucknow and the riots in gujarat were raised "
        "in parliament on friday. members said gujarat needed the army. gujarat stayed tense."
    )
    location = _located(nlp, geoparser, text, "murder", sentence=0)
    assert (location.name, location.precision) == ("Lucknow", 1)


@pytest.mark.parametrize(
    "text",
    ["Mobs torched homes in Mehsana district on Sunday.", "mobs torched homes in mehsana district on sunday."],
)
def test_a_named_district_is_the_district_not_its_town(nlp, geoparser, text):
    location = _located(nlp, geoparser, text, "torched")
    assert (location.name, location.precision, location.admin2) == ("Mahesāna", 2, "Mahesāna")
    assert location.latitude is not None
    district = next(t for t in geoparser.parse(nlp(text)) if t.text.lower() == "mehsana district")
    assert district.feature_code == "ADM2"


def test_a_village_the_gazetteer_has_only_elsewhere_falls_back_to_its_district(nlp, geoparser):
    # Badnawar is a town in Madhya Pradesh; the village here lies in a Gujarat district
    text = "riots went on in gujarat. twelve people died when a mob burnt houses in badnawar village in kheda district."
    location = _located(nlp, geoparser, text, "burnt")
    assert (location.name, location.admin1, location.precision) == ("Kheda", "Gujarāt", 2)


def test_the_dateline_pulls_a_homonym_near_it(nlp, geoparser):
    # two Gujarat towns share the name Jetpur: the bigger lies near Rajkot, the other near Vadodara
    body = "a mob burnt a shop in jetpur on friday and police fired in surat and ahmedabad."
    filed = {t.text: t.admin2 for t in geoparser.parse(nlp("vadodara: " + body))}
    assert filed["jetpur"] == "Chhotaudepur"
    assert {t.text: t.admin2 for t in geoparser.parse(nlp("rajkot: " + body))}["jetpur"] == "Rājkot"


def test_a_dateline_of_two_towns_is_no_focus(nlp, geoparser):
    text = "bhavnagar/surat: traders kept their shops shut on monday. later, a bus was burnt in surat."
    doc = nlp(text)
    toponyms = geoparser.parse(doc)
    first = next(iter(doc.sents))
    location = event_location(doc, first, next(t for t in first if t.text == "shut"), toponyms, home="IN")
    assert location.name == "Surat"  # the body's town, not the dateline's first


def test_a_town_the_body_names_again_and_again_beats_the_dateline(nlp, geoparser):
    text = (
        "ahmedabad: violence broke out in bharuch on tuesday. shops were burnt in bharuch "
        "and buses were stoned in bharuch. later, two people were killed."
    )
    assert _located(nlp, geoparser, text, "killed").name == "Bharūch"
    once = "ahmedabad: violence broke out in bharuch on tuesday. later, two people were killed."
    assert _located(nlp, geoparser, once, "killed").name == "Ahmedabad"


def test_a_capitals_dateline_is_no_focus_for_a_raid_in_one_province(nlp, geoparser):
    """Filed from the capital, about a province named once: the capital is where the
    reporter sat; a sentence naming only the country is placed in the province, and
    "in the capital" is the capital."""
    text = (
        "OUAGADOUGOU (Reuters) - Militants killed 23 soldiers in northern Burkina Faso on Sunday.\n\n"
        "Gunmen on motorbikes stormed the army post in Soum province before dawn.\n\n"
        "In the capital, several hundred people marched on Tuesday to demand better equipment."
    )
    doc = nlp(text)
    toponyms = geoparser.parse(doc)
    killed = next(t for t in doc if t.text == "killed")
    assert event_location(doc, killed.sent, killed, toponyms, home="BF").name == "Soum"
    marched = next(t for t in doc if t.text == "marched")
    capital = event_location(doc, marched.sent, marched, toponyms, home="BF")
    assert (capital.name, capital.precision) == ("Ouagadougou", 1)


SURAT_LEAD = "surat: shops stayed shut in surat on monday after the bandh. "


@pytest.mark.parametrize(
    ("body", "word", "name", "precision"),
    [
        # the dateline's town is the story's focus, but the market is in the town just named
        ("rioting broke out in navsari town, leaving three people injured. "
         "trouble started when a mob gathered at the old vegetable market and stoned shops.", "stoned", "Navsari", 2),
        # "here" after the story moved to another town is that town
        ("violence was reported in navsari on sunday night. the bodies were taken to the civil hospital. "
         "more troops have been sent to navsari. two more bodies were found here on monday.", "found", "Navsari", 2),
        # a sentence naming no spot keeps the focus
        ("rioting broke out in navsari town, leaving three people injured. "
         "the police later arrested twelve people.", "arrested", "Surat", None),
    ],
)
def test_a_local_spot_goes_on_in_the_town_the_story_just_moved_to(
    nlp, geoparser, body: str, word: str, name: str, precision: int | None
) -> None:
    location = _located(nlp, geoparser, HEADER + SURAT_LEAD + body, word)
    assert location.name == name
    assert precision is None or location.precision == precision
