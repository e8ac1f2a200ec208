"""Which country an event is in: the cues a short report gives beyond its village names."""

from __future__ import annotations

from warlog.geo import event_location
from warlog.geo.location import _names_a_force
from warlog.geo.neighbours import neighbours


def _locate(nlp, geoparser, text: str, trigger: str, hints: tuple[str, ...] = (), home: str | None = None):
    """The location of the event ``trigger`` tells in a one-sentence text, with the
    countries of its actors as hints and the article's main country (as the pipeline
    passes them)."""
    doc = nlp(text)
    toponyms = geoparser.parse(doc, country_hints=hints)
    word = next(t for t in doc if t.text == trigger)
    return event_location(doc, next(iter(doc.sents)), word, toponyms, countries=set(hints), home=home)


def test_neighbours_come_from_the_country_table():
    assert {"NG", "TD"} <= neighbours(["NE"])
    assert "NE" not in neighbours(["NE"])
    assert neighbours([]) == frozenset()


def test_a_town_across_the_border_of_an_actors_home_is_read(nlp, geoparser):
    # the militants' home (Nigeria) must not turn a Niger town into a far-fetched homonym
    found = _locate(nlp, geoparser, "Militants from Nigeria kidnapped a trader 15 km from Maine Soroa.", "kidnapped", ("NG",))
    assert (found.country_code, found.precision) == ("NE", 2)


def test_a_district_across_the_border_of_an_actors_home_is_read(nlp, geoparser):
    found = _locate(nlp, geoparser, "Border guards shot two fishermen near Teknaf upazila on Monday.", "shot", ("MM",))
    assert found.country_code == "BD"


def test_the_neighbour_beyond_a_border_is_not_the_event_place(nlp, geoparser):
    found = _locate(nlp, geoparser, "Chad shut its border with Libya and Sudan after fighting in Ouaddai.", "shut")
    assert found.country_code == "TD"
    found = _locate(nlp, geoparser, "Chad's army closed the border with Sudan on Monday.", "closed")
    assert found.country_code == "TD"


def test_a_country_naming_a_force_is_not_where_it_fired(nlp, geoparser):
    # even when the force's country is the article's main one (its name and its home count twice)
    found = _locate(
        nlp, geoparser, "Myanmar Border Guard Police fired on boats near Teknaf upazila at dawn.", "fired", home="MM"
    )
    assert found.country_code == "BD"


def test_a_country_as_subject_is_a_place(nlp, geoparser):
    doc = nlp("On March 3, Chad closed its markets to slow the virus.")
    assert [t.country_code for t in geoparser.parse(doc)] == ["TD"]


def test_a_big_city_as_subject_is_a_place(nlp, geoparser):
    doc = nlp("Goma observed the general strike, and most shops stayed shut.")
    assert [t.name for t in geoparser.parse(doc)] == ["Goma"]


def test_a_first_name_is_still_no_country(nlp, geoparser):
    doc = nlp("Chad Wilson said the talks in Niamey went well.")
    assert [t.text for t in geoparser.parse(doc)] == ["Niamey"]


def test_the_locality_or_commune_of_a_town_cues_it(nlp, geoparser):
    doc = nlp("Police detained nine migrants in the Rangpura locality of Sialkot.")
    assert "PK" in {t.country_code for t in geoparser.parse(doc)}
    doc = nlp("Gunmen looted shops in a hamlet of the commune of Bosso.")
    assert [t.country_code for t in geoparser.parse(doc) if t.text == "Bosso"] == ["NE"]


def test_a_department_of_a_body_is_no_place(nlp, geoparser):
    doc = nlp("The Kentucky Department of Fish and Wildlife opened an inquiry.")
    assert {t.text for t in geoparser.parse(doc)} <= {"Kentucky"}


def test_lao_is_a_demonym_of_laos(nlp, geoparser):
    doc = nlp("A Lao soldier was shot dead on a bus.")
    recognition = geoparser.recogniser(doc)
    assert recognition.country_hints == ["LA"]


def test_a_university_of_a_town_is_no_town_called_university(nlp, geoparser):
    doc = nlp("Students rallied in the University of Bunia against the fees.")
    assert [t.country_code for t in geoparser.parse(doc) if t.resolved] == ["CD"]


def test_a_country_before_a_common_noun_names_it(nlp, geoparser):
    # "Niger troops", as "Nigerien troops" would: the article's country when its village is unknown
    doc = nlp("Niger troops repelled an attack on their camp in Inates.")
    assert [t.country_code for t in geoparser.parse(doc) if t.resolved] == ["NE"]


def test_only_a_force_named_after_its_country_yields(nlp, geoparser):
    def force(text: str) -> bool:
        doc = nlp(text)
        return any(_names_a_force(doc, t) for t in geoparser.parse(doc) if t.feature_code == "PCLI")

    assert force("Uganda army units fired on a boat at dawn.")
    assert not force("Members of the All India Kisan Sabha protested across the state.")
