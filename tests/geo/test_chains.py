"""A place given with the area it lies in ("X (District, Region)", "X, Town")."""

from __future__ import annotations

from warlog.geo.chains import containers, lies_in
from warlog.geo.place import Place
from warlog.geo.recognise import Mention


def _mentions(text: str, names: list[str]) -> list[Mention]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Mention(start, start + len(name), name, name, None, False, False, (0, 1)))
        at = start + len(name)
    return out


def test_chains_link_commas_and_brackets_but_not_lists():
    text = "Raids in Tala (Ouro, Bamba) and in Kosi, Mesa district, while Goma, Beni and Bunia stayed calm."
    names = ["Tala", "Ouro", "Bamba", "Kosi", "Mesa", "Goma", "Beni", "Bunia"]
    assert containers(text, _mentions(text, names)) == [1, 2, None, 4, None, None, None, None]


def test_in_and_neighbourhood_of_link_a_place_to_its_town():
    text = "Shots in the Ndosho neighbourhood of Goma and in Kibati in Nyiragongo."
    assert containers(text, _mentions(text, ["Ndosho", "Goma", "Kibati", "Nyiragongo"])) == [1, None, 3, None]


def _place(gid: int, code: str, lat: float, lon: float, feature: str = "PPL", admin1: str = "X.01", admin2: str = "A") -> Place:
    return Place(gid, f"p{gid}", lat, lon, code, feature, 1000, admin2=admin2, admin1_code=admin1)


def test_lies_in_needs_the_country_region_or_nearness():
    region = _place(1, "NE", 14.0, 13.0, "ADM1", "NE.02")
    assert lies_in(_place(2, "NE", 14.1, 13.2, admin1="NE.02"), region)
    assert not lies_in(_place(3, "NG", 14.1, 13.2, admin1="NE.02"), region)
    assert not lies_in(_place(4, "NE", 14.1, 13.2, admin1="NE.03"), region)
    town = _place(5, "CD", 0.76, 29.46)
    assert lies_in(_place(6, "CD", 0.80, 29.50), town) and not lies_in(_place(7, "CD", 3.0, 29.5), town)


def _by_text(geoparser, nlp, text):
    return {t.text: t for t in geoparser.parse(nlp(text))}


def test_village_with_a_homonym_abroad_stays_unresolved(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Soldiers searched every house in Alari (N'Guigmi, Diffa) after a night raid.")
    assert found["Alari"].latitude is None
    assert found["N'Guigmi"].country_code == "NE" and found["Diffa"].country_code == "NE"


def test_town_after_the_comma_places_the_suburb(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Shopkeepers shut their stores in Whitefield, Bengaluru, over rising rents.")
    assert found["Whitefield"].country_code != "GB"
    assert found["Bengaluru"].country_code == "IN"


def test_comma_qualifier_after_a_cued_village_is_recognised(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Rebels burned a dozen huts in Kokola, Oicha, before dawn.")
    assert "Oicha" in found and found["Oicha"].country_code == "CD"


def test_qualified_name_does_not_set_the_country(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Nurses marched in Santa Cruz, Manila, to ask for safer wards.")
    assert found["Santa Cruz"].country_code == "PH" and found["Manila"].country_code == "PH"


def test_list_of_towns_is_no_chain(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Traders closed their shops in Goma, Beni and Bunia on Monday.")
    assert {found[name].country_code for name in ("Goma", "Beni", "Bunia")} == {"CD"}


def test_town_without_a_district_still_lies_in_its_region(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Women marched through the town of Ati (Batha Ouest, Batha) on Sunday.")
    assert found["Ati"].country_code == "TD" and found["Ati"].feature_code not in ("ADM1", "ADM2")


def test_a_country_word_inside_a_local_name_yields_to_its_province(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Troops traded fire with gunmen in Barangay Tapian, Datu Saudi, Lanao del Sur.")
    assert all(t.country_code in ("PH", None) for t in found.values())
    assert found["Lanao del Sur"].country_code == "PH"


def test_sentence_ending_short_town_is_no_title(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Gunmen robbed a shop in Mavivi, Beni. Nobody was hurt.")
    assert found["Beni"].country_code == "CD"


def test_middle_name_of_a_chain_is_read_to_hold_the_first(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Police raided a house in Barangay Lamac (Argao, Cebu, Central Visayas) at dawn.")
    assert found["Argao"].country_code == "PH" and found["Argao"].admin2 == "Cebu"
    assert found["Cebu"].feature_code == "ADM2"


def test_region_and_district_of_one_name_still_place_the_town(nlp, geoparser):
    found = _by_text(geoparser, nlp, "A roadside bomb hit a truck in Bosso (Diffa, Diffa) on Tuesday.")
    assert found["Bosso"].country_code == "NE" and found["Bosso"].feature_code not in ("ADM1", "ADM2")


def test_two_countries_after_a_comma_stay_themselves(nlp, geoparser):
    found = _by_text(geoparser, nlp, "Besides Turkey, Qatar sent aid convoys to the border.")
    assert found["Turkey"].country_code == "TR" and found["Qatar"].country_code == "QA"
