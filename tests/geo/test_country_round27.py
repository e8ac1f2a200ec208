"""The right country of an event from its parties and its region names (round 27).

A political party's home says which country a story is in when its village is in no
gazetteer; a division named only by position words ("Centre", "Mid-Western") or one
that several countries' regions share tells no country by itself, and only the
story's other places can place it. The sentences are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from warlog.article import Article
from warlog.events.evaluate import main_event
from warlog.pipeline import Pipeline


def _toponym(nlp, geoparser, text: str, name: str):
    return next(t for t in geoparser.parse(nlp(text)) if t.text == name)


def _event(nlp, text: str):
    event = main_event(Pipeline(nlp).code_article(Article(id="t", text=text, date=date(2017, 3, 2))))
    assert event is not None
    return event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("UDMF cadres blocked the highway at Dhanpura bazaar on Tuesday to enforce a general strike.", "NP"),
        ("SAD workers beat up a shopkeeper at Kheriwala village on Sunday over a poll dispute.", "IN"),
        ("Frelimo supporters stoned a campaign truck of a rival party in Nhamacunda on Friday.", "MZ"),
    ],
)
def test_a_partys_home_gives_the_country_of_an_unknown_village(nlp, text: str, country: str):
    assert _event(nlp, text).location.country_code == country


def test_a_region_named_only_by_position_words_names_no_country(nlp, geoparser):
    # "Mid-Western" is also an Australian district; here it is Nepal's old region
    text = "Teachers marched in Chaurjahari bazaar, Rukum, Mid-Western, on Monday."
    assert _toponym(nlp, geoparser, text, "Mid-Western").country_code is None


def test_a_region_name_several_countries_share_follows_the_storys_other_places(nlp, geoparser):
    # Burkina Faso, Cameroon and Haiti each have a region called "Centre"
    alone = "Nurses at the Sunrise Cardiac Centre went on strike on Monday."
    assert _toponym(nlp, geoparser, alone, "Centre").country_code is None
    placed = "Nurses struck at a clinic in the Centre region of Burkina Faso near Kaya."
    assert _toponym(nlp, geoparser, placed, "Centre region").country_code == "BF"


def test_a_shared_region_name_does_not_outvote_a_town_of_the_story(nlp, geoparser):
    # Cameroon's "North" and "East" regions must not pull Batticaloa out of Sri Lanka
    text = (
        "A rally called by the North Province chief minister was held in Batticaloa town on Friday, "
        "asking that land in the North and East be returned."
    )
    assert _toponym(nlp, geoparser, text, "Batticaloa").country_code == "LK"


def test_two_parties_supporters_fighting_are_rioters_in_the_partys_country(nlp):
    # the parties say Nepal; their supporters are two mobs, not two armed groups
    event = _event(nlp, "Two men were hurt at Dhanpura village on Sunday when supporters of CPN-UML and of the Nepali Congress fought each other.")
    assert event.location.country_code == "NP"
    assert {event.actor1.type, event.actor2.type} == {"Rioters"}

