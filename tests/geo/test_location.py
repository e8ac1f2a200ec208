from __future__ import annotations

from warlog.geo import event_location


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def _locate(nlp, geoparser, text: str, trigger: str):
    """The location of the event ``trigger`` tells in a one-sentence text."""
    doc = nlp(text)
    return event_location(doc, next(iter(doc.sents)), _trigger(doc, trigger), geoparser.parse(doc))


def test_place_tied_to_the_trigger_wins(nlp, geoparser):
    doc = nlp("Militants surrendered in Hawija, while clashes continued south of Mayadin.")
    toponyms = geoparser.parse(doc)
    sentence = next(iter(doc.sents))
    surrendered = event_location(doc, sentence, _trigger(doc, "surrendered"), toponyms)
    assert (surrendered.text, surrendered.country_code, surrendered.precision) == ("Hawija", "IQ", 1)
    assert surrendered.country == "Iraq" and surrendered.admin1
    continued = event_location(doc, sentence, _trigger(doc, "continued"), toponyms)
    assert (continued.text, continued.country_code, continued.precision) == ("Mayadin", "SY", 2)


def test_falls_back_to_the_article_focus(nlp, geoparser):
    doc = nlp("Fighting raged in Mosul. Mosul residents fled to Erbil. Later, two soldiers were killed.")
    toponyms = geoparser.parse(doc)
    last = list(doc.sents)[-1]
    location = event_location(doc, last, _trigger(doc, "killed"), toponyms)
    assert location.text == "Mosul" and location.precision == 2


def test_region_only_is_precision_three(nlp, geoparser):
    location = _locate(nlp, geoparser, "Militants attacked a village in Kirkuk province.", "attacked")
    assert location.country_code == "IQ" and location.precision == 3


def test_no_place_at_all_gives_an_empty_location(nlp, geoparser):
    location = _locate(nlp, geoparser, "Two soldiers were killed on Sunday.", "killed")
    assert location.latitude is None and location.precision is None


def test_district_beats_the_province_it_is_given_with(nlp, geoparser):
    location = _locate(nlp, geoparser, "Farmers protested in Tomboa village (Pattallassang district, Takalar Regency, South Sulawesi province).", "protested")
    assert location.country_code == "ID" and location.precision == 2
    assert location.admin2 is not None and "Takalar" in location.admin2


def test_upazila_names_a_division(nlp, geoparser):
    location = _locate(nlp, geoparser, "Border guards fired on two fishermen near Teknaf upazila on Monday.", "fired")
    assert location.country_code == "BD" and location.precision == 2


def test_country_named_by_an_actor_narrows_to_the_district(nlp, geoparser):
    location = _locate(nlp, geoparser, "Nepal Police traded fire with rebels at Dumja village (Sindhuli district, Bagmati) on Sunday.", "traded")
    assert location.country_code == "NP" and location.precision == 2 and location.admin2 == "Sindhuli"


def test_where_a_victim_lives_is_no_place_of_the_attack(nlp, geoparser):
    # "a resident of X" set off as an apposition says where the person lives, whatever the country
    doc = nlp(
        "A British aid worker was killed in riots in Kano on Friday. "
        "John Smith, 34, a resident of Leeds in northern England, was beaten along with two colleagues."
    )
    last = list(doc.sents)[-1]
    location = event_location(doc, last, _trigger(doc, "beaten"), geoparser.parse(doc), home="NG")
    assert (location.name, location.country_code) == ("Kano", "NG")
