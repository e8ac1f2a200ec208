"""The right country of an event when its village is unknown (round 26).

A story whose other names firmly place it in one country does not move to a town of
the same name abroad; a name's other spelling in square brackets lies in the
divisions the brackets after it give; a capital listed both as a town and as a region
still says which country the story is in; a group's acronym opening a sentence gives
its home country. The sentences are invented.
"""

from __future__ import annotations

from datetime import date

from warlog.article import Article
from warlog.events.evaluate import main_event
from warlog.pipeline import Pipeline


def _toponym(nlp, geoparser, text: str, name: str):
    return next(t for t in geoparser.parse(nlp(text)) if t.text == name)


def _location(nlp, text: str):
    event = main_event(Pipeline(nlp).code_article(Article(id="t", text=text, date=date(2020, 3, 2))))
    assert event is not None
    return event.location


def test_an_exact_town_abroad_loses_when_the_storys_divisions_agree(nlp, geoparser):
    # Kabwe is a Zambian city; here it is a village given with its Chadian divisions
    text = "Militiamen torched huts in Kabwe village near Abeche (Ouara, Ouaddai) at dawn, and three farmers died."
    assert _toponym(nlp, geoparser, text, "Kabwe").country_code != "ZM"
    assert _location(nlp, text).country_code == "TD"


def test_an_exact_town_abroad_stays_in_a_story_that_names_no_place_of_its_own(nlp, geoparser):
    assert _toponym(nlp, geoparser, "Traders marched in Kabwe against higher market fees.", "Kabwe").country_code == "ZM"


def test_a_names_other_spelling_in_square_brackets_lies_in_the_divisions_after_it(nlp, geoparser):
    # "Banda" alone would be an Indian town; the brackets put the village in Niger
    text = "On Sunday, gunmen seized a lorry at Kolotan [Kolotan Banda] (Say, Tillaberi)."
    assert _toponym(nlp, geoparser, text, "Banda").country_code is None
    found = _location(nlp, text)
    assert (found.country_code, found.precision) == ("NE", 2)


def test_a_capital_read_as_town_or_region_still_names_the_country(nlp, geoparser):
    # "NDjamena" is Chad's capital or the region around it: unsure which, sure of Chad,
    # so the unit's name "Mobile" is no town of Alabama
    text = "Riot police of the Mobile Intervention Unit beat traders in NDjamena on Monday."
    assert _toponym(nlp, geoparser, text, "Mobile").country_code is None
    assert _location(nlp, text).country_code == "TD"


def test_an_acronym_opening_the_sentence_gives_its_groups_home(nlp):
    # the village is in no gazetteer; the group says which country it is in
    assert _location(nlp, "RENAMO gunmen robbed travellers at a roadblock near Mucheve on Tuesday.").country_code == "MZ"


def test_a_lone_initial_is_a_lost_apostrophe(gazetteer):
    # notes and wire copy often drop the apostrophe of N'Guigmi or N'Djamena
    assert gazetteer.matches("N Guigmi")[0][0].country_code == "NE"
    assert gazetteer.matches("N Djamena")[0][0].country_code == "TD"


def test_a_town_after_in_within_a_mislabelled_title_is_a_place(nlp):
    # spaCy reads "the Fish Market in Maputo" as a work of art; the town is still Maputo
    found = _location(nlp, "On Monday, vendors at the Fish Market in Maputo rallied against new stall fees.")
    assert found.country_code == "MZ"


def test_a_town_of_a_country_the_story_names_is_told_of_from_anywhere(nlp, geoparser):
    # the story is set in two Chinese provinces, but it names the US, where Denver is
    text = (
        "Sales at the brewer's plants in Nanjing, Jiangsu and Zhejiang fell by a tenth. "
        "The Denver company said demand in the US held up."
    )
    assert _toponym(nlp, geoparser, text, "Denver").country_code == "US"
