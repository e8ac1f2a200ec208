"""The trigger lexicon on real wording, and page furniture that must never trigger."""

from __future__ import annotations

from warlog.events.mentions import find_mentions
from warlog.extract.boilerplate import is_furniture
from warlog.extract.triggers import find_triggers, load_lexicon


def classes(nlp, text: str) -> list[tuple[str, str]]:
    sent = next(nlp(text).sents)
    return [(t.span.text, t.cls) for t in find_triggers(sent, load_lexicon(nlp))]


def test_triggers_single_words_phrases_and_irregular_forms(nlp):
    assert ("retook", "territory") in classes(nlp, "Government forces retook Ceel Buur town from Al Shabaab.")
    assert ("opened fire", "Armed clash") in classes(nlp, "The gunmen opened fire on the patrol.")
    assert ("blow themselves up", "Suicide bomb") in classes(nlp, "He ordered them to blow themselves up.")
    assert ("turned themselves over", "Agreement") in classes(nlp, "They turned themselves over to the army.")
    assert classes(nlp, "The minister met the ambassador in Nairobi.") == []


def test_fire_on_someone_is_violence_but_not_fire_on_a_day(nlp):
    assert ("fired on", "violence") in classes(nlp, "Soldiers fired on a minibus near the checkpoint.")
    assert classes(nlp, "The governor fired on Monday two officials accused of graft.") == []


def test_triggers_furniture_lines(nlp, seed_text):
    doc = nlp(seed_text)
    furniture = [s.text.strip() for s in doc.sents if is_furniture(s)]
    assert any(line.startswith("Photo by Balkis Press") for line in furniture)
    assert any("commenting" in line for line in furniture)
    mentions = find_mentions(doc, load_lexicon(nlp))
    assert not any("Sipa" in m.sent.text or "commenting" in m.sent.text for m in mentions)


def test_mentions_one_per_clause(nlp):
    doc = nlp("More than one thousand militants surrendered to Peshmerga troops after fleeing the fight to liberate Hawija.")
    anchors = [m.anchor.span.text for m in find_mentions(doc, load_lexicon(nlp))]
    assert anchors == ["surrendered"]
    doc = nlp("Fighters are expected to fight to the death, but some local militants have surrendered recently.")
    anchors = [m.anchor.span.text for m in find_mentions(doc, load_lexicon(nlp))]
    assert "surrendered" in anchors


def test_month_march_is_no_protest_march(nlp):
    """Times of India stories open with "This story is from March 1, 2002": no protest."""
    assert all(text != "March" for text, _ in classes(nlp, "Fighting resumed on 15 March near the border."))
    assert classes(nlp, "This story is from March 1, 2002") == []
    assert all("protest" not in cls.lower() for _, cls in classes(nlp, "The council will meet in March."))
    assert all("protest" not in cls.lower() for _, cls in classes(nlp, "the vhp had planned its programme for march 15 in ayodhya."))
    marched = classes(nlp, "Thousands of students staged a march through the capital.")
    assert any(text == "march" for text, _ in marched)


def test_tear_gas_shells_are_no_shelling(nlp):
    fired = classes(nlp, "Police lobbed tear-gas shells at the crowd.")
    assert all(cls != "Shelling/artillery/missile attack" for _, cls in fired)
    assert all(cls != "Grenade" for _, cls in classes(nlp, "Officers threw stun grenades into the square."))
    shelled = classes(nlp, "Artillery shells hit the market in the afternoon.")
    assert any(cls == "Shelling/artillery/missile attack" for _, cls in shelled)


def test_datelines_are_furniture(nlp):
    doc = nlp("This story is from March 1, 2002\n\nRioters burnt shops in the old city on Thursday.")
    furniture = [s.text.strip() for s in doc.sents if is_furniture(s)]
    assert furniture == ["This story is from March 1, 2002"]
    related = nlp("Related stories: police reports name the organisers; a prayer for peace in the city")
    assert is_furniture(next(related.sents))
    assert not is_furniture(next(nlp("Posted on the hill, the soldiers fired at the village.").sents))


def test_phrasal_acts_with_words_between(nlp):
    """Multi-word acts whose parts a few words separate ("set the two lorries alight")."""
    assert ("set the two lorries alight", "arson") in classes(nlp, "Fighters set the two lorries alight near the market.")
    assert ("fired several shots", "violence") in classes(nlp, "A man on a scooter fired several shots at the trader.")
    assert ("hurled bricks", "riot") in classes(nlp, "Students hurled bricks at the buses outside the campus.")
    # "shot" parsed as a verb or (wrongly) as a noun: violence either way
    assert any(cls == "violence" for _, cls in classes(nlp, "On 4 May 2019, soldiers of the 12th battalion shot at farmers in Kasindi."))
    assert ("burned the granary down", "arson") in classes(nlp, "Raiders burned the granary down before dawn.")


def test_long_gaps_never_cross_a_verb(nlp):
    """"set up camp ... and opened fire": a base and a fight, not arson."""
    found = classes(nlp, "The unit set up camp near the ford and opened fire on the rebels.")
    assert all(cls != "arson" for _, cls in found)


def test_protest_word_naming_a_place_is_no_protest(nlp):
    assert all(cls != "protest" for _, cls in classes(nlp, "Farmers gathered at the dharna spot on Monday."))
    assert ("dharna", "protest") in classes(nlp, "Nurses staged a dharna outside the hospital on Monday.")
