from __future__ import annotations

from warlog.geo import distance_km


def _at(toponym, lat, lon, km=10.0):
    return toponym.latitude is not None and distance_km(toponym.latitude, toponym.longitude, lat, lon) < km


def test_offsets_index_the_text(seed_toponyms):
    doc, toponyms = seed_toponyms
    assert toponyms
    for t in toponyms:
        assert doc.text[t.start : t.end] == t.text
        assert 0.0 <= t.score <= 1.0


def test_seed_hawija_is_in_iraq(seed_toponyms):
    _, toponyms = seed_toponyms
    hawija = [t for t in toponyms if t.text == "Hawija"]
    assert len(hawija) == 2
    assert all(t.country_code == "IQ" and _at(t, 35.33, 43.77) for t in hawija)


def test_seed_raqqa_is_in_syria_every_time(seed_toponyms, seed_text):
    _, toponyms = seed_toponyms
    raqqa = [t for t in toponyms if "Raqqa" in t.text]
    assert len(raqqa) == seed_text.count("Raqqa")
    assert all(t.country_code == "SY" and _at(t, 35.95, 39.01) for t in raqqa)


def test_seed_mosul_is_in_iraq(seed_toponyms):
    _, toponyms = seed_toponyms
    mosul = [t for t in toponyms if t.text == "Mosul"]
    assert mosul and all(t.country_code == "IQ" and _at(t, 36.34, 43.12) for t in mosul)


def test_seed_group_names_and_demonyms_are_not_places(seed_toponyms):
    _, toponyms = seed_toponyms
    texts = {t.text for t in toponyms}
    assert not texts & {"Daesh", "Kurdish", "Syrian", "Iraqi", "Peshmerga", "ISIS", "Reuters", "Sipa"}


def test_demonyms_only_on_request(nlp, geoparser):
    doc = nlp("A Turkish policeman shot the Russian ambassador in Ankara.")
    assert [t.text for t in geoparser.parse(doc)] == ["Ankara"]
    with_demonyms = geoparser.parse(doc, demonyms=True)
    assert [(t.text, t.country_code) for t in with_demonyms] == [("Turkish", "TR"), ("Russian", "RU"), ("Ankara", "TR")]


def test_unknown_place_keeps_the_others(nlp, geoparser):
    doc = nlp("Gunmen attacked a checkpoint in Qaryat Zubaydiyah and killed two soldiers near Mosul on Sunday.")
    toponyms = {t.text: t for t in geoparser.parse(doc)}
    unknown = toponyms["Qaryat Zubaydiyah"]
    assert unknown.latitude is None and unknown.longitude is None and unknown.score == 0.0
    assert toponyms["Mosul"].country_code == "IQ"


def test_context_picks_the_reading(nlp, geoparser):
    iraq = geoparser.parse(nlp("Iraqi forces entered Kirkuk and then pushed towards Hawija and Tikrit."))
    assert {t.country_code for t in iraq} == {"IQ"}
    texas = geoparser.parse(nlp("Storms hit Dallas and Houston before reaching Paris, Texas, on Friday."))
    paris = next(t for t in texas if t.text == "Paris")
    assert paris.country_code == "US"


def test_own_demonym_table_names_a_country(nlp, geoparser):
    doc = nlp("Nepali Congress cadres scuffled with rival canvassers in Bajura on Friday.")
    bajura = [t for t in geoparser.parse(doc) if t.text == "Bajura"]
    assert bajura and bajura[0].country_code == "NP"
