"""Document context for short conflict reports: bracketed divisions, the article's
country, names inside longer names. Sentences written for these tests."""

from __future__ import annotations

from warlog.geo import event_location


def _resolved(geoparser, nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {t.text: (t.country_code, t.feature_code) for t in geoparser.parse(nlp(text))}


def _trigger(doc, word):
    return next(t for t in doc if t.text == word)


def test_bracketed_divisions_are_recognised_and_place_the_town(nlp, geoparser):
    found = _resolved(geoparser, nlp, "Gunmen raided the hamlet of Kagaba (Ouallam, Tillaberi) before dawn.")
    assert found["Ouallam"] == ("NE", "PPL")
    assert found["Tillaberi"] == ("NE", "ADM1")


def test_bracketed_name_abroad_is_left_unresolved(nlp, geoparser):
    # Brazil has a district called Palma; a report set in Cabo Delgado does not mean it
    toponyms = geoparser.parse(nlp("Fishermen from Olumbo village (Palma, Cabo Delgado) lost their boats."))
    assert {t.country_code for t in toponyms if t.resolved} == {"MZ"}


def test_piece_of_a_hyphenated_name_is_not_a_place(nlp, geoparser):
    found = _resolved(geoparser, nlp, "Herders fought farmers near Bongor in Mayo-Kebbi Est on Friday.")
    assert "Mayo" not in found and "Kebbi" not in found
    pair = _resolved(geoparser, nlp, "The Russia-Turkey talks opened in Sochi.")
    assert pair.get("Russia", (None,))[0] == "RU" and pair.get("Turkey", (None,))[0] == "TR"


def test_portuguese_connector_keeps_the_whole_town_name(nlp, geoparser):
    found = _resolved(geoparser, nlp, "Insurgents burned houses in Mocimboa da Praia on Tuesday.")
    assert found.get("Mocimboa da Praia", (None,))[0] == "MZ"


def test_name_inside_a_unit_name_is_not_a_town_abroad(nlp, geoparser):
    text = "Chadian officers of the Mobile Intervention Unit broke up a student march in N'Djamena."
    codes = {t.country_code for t in geoparser.parse(nlp(text)) if t.resolved}
    assert codes == {"TD"}


def test_demonyms_decide_the_article_country(nlp, geoparser):
    doc = nlp("Chadian soldiers were ambushed by militants near an unnamed village.")
    _, country = geoparser.parse_article(doc, "a", country_hints=())
    assert country == "TD"


def test_district_without_a_listed_town_still_names_its_country(gazetteer):
    readings = gazetteer.matches("Meluco")
    assert readings and readings[0][0].country_code == "MZ" and readings[0][0].feature_code == "ADM2"


def test_event_tied_to_a_region_is_placed_at_its_town(nlp, geoparser):
    doc = nlp("Hundreds of teachers held a rally in front of the governor's office in Madiun city, East Java province.")
    location = event_location(doc, next(iter(doc.sents)), _trigger(doc, "rally"), geoparser.parse(doc))
    assert (location.text, location.country_code, location.precision) == ("Madiun", "ID", 1)


def test_sentence_place_in_the_article_country_beats_one_abroad(nlp, geoparser):
    doc = nlp("Chadian soldiers were deployed in Bol to watch the border with Nigeria.")
    toponyms = geoparser.parse(doc)
    location = event_location(doc, next(iter(doc.sents)), _trigger(doc, "deployed"), toponyms, home="TD")
    assert location.country_code == "TD"


def test_lower_cased_text_still_yields_places(nlp, geoparser):
    text = "police said the blast hit a market in peshawar on friday. two people died in the attack."
    found = {t.text: t.country_code for t in geoparser.parse(nlp(text))}
    assert found.get("peshawar") == "PK"


def test_lower_case_common_noun_in_capitalised_text_is_no_place(nlp, geoparser):
    text = "On Monday the canton chief of Bol met traders to talk about the new market tax."
    assert "canton" not in {t.text for t in geoparser.parse(nlp(text))}


def test_name_with_city_generic_resolves_to_the_town(nlp, geoparser):
    found = _resolved(geoparser, nlp, "Drivers blocked the main road in Gresik city on Monday.")
    assert any(code == "ID" and feature == "PPL" for code, feature in found.values())


def test_region_only_sentence_takes_the_article_town_inside_it(nlp, geoparser):
    doc = nlp("Supporters of the governor met at a court in Kindu. Later they rioted over the vote count in Maniema.")
    second = list(doc.sents)[1]
    location = event_location(doc, second, _trigger(doc, "rioted"), geoparser.parse(doc))
    assert (location.text, location.country_code, location.precision) == ("Kindu", "CD", 2)
