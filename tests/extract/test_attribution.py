"""Who says so, on the seed article and on sentences in other shapes."""

from __future__ import annotations

from warlog.extract.attribution import document_attributions


def _by_sentence(nlp, text: str) -> list[tuple[str, list]]:
    doc = nlp(text)
    found = document_attributions(doc)
    return [(sent.text, found[sent.start_char]) for sent in doc.sents]


def _speakers(pairs, needle: str) -> list[str]:
    return [a.name for text, attrs in pairs if needle in text for a in attrs]


def test_attribution_seed_speakers_and_outlets(nlp, seed_text):
    pairs = _by_sentence(nlp, seed_text)
    first = [a for text, attrs in pairs if "stressed to Reuters" in text for a in attrs]
    assert first and first[0].name == "Ryan Dillon" and first[0].via == "Reuters"
    assert "spokesman" in (first[0].role or "")
    assert _speakers(pairs, "Rudaw recently warned") == ["Rudaw"]
    # Later references: surname with title, and the role alone, in inverted order.
    assert _speakers(pairs, "four to five ISIS fighters") == ["Ryan Dillon"]
    assert _speakers(pairs, "Up to 400 militants") == ["Ryan Dillon"]
    assert _speakers(pairs, "Reuters learned from") == ["Ryan Dillon"]
    # The article's own narration is attributed to nobody.
    assert _speakers(pairs, "Last week, more than one thousand") == []


def test_attribution_according_to_and_quote_across_sentences(nlp):
    text = (
        "At least 12 protesters were arrested, according to police.\n"
        "“We will not leave. They cannot break us,” said Amina Yusuf, a union leader."
    )
    pairs = _by_sentence(nlp, text)
    assert _speakers(pairs, "arrested") == ["police"]
    assert _speakers(pairs, "We will not leave") == ["Amina Yusuf"]


def test_attribution_bodies_conjoined_speakers_and_unconfirmed_figures(nlp):
    pairs = _by_sentence(
        nlp,
        "The People's Defence Force said its fighters had clashed with soldiers. "
        "A military air strike on a village killed at least 11 civilians, including four children, on Wednesday, "
        "residents and a local resistance group said. "
        "Police arrested 700 activists overnight, the party said, a figure police did not confirm.",
    )
    # an organisation speaks under its own name, not as a person called "Defence Force"
    assert _speakers(pairs, "clashed with soldiers") == ["People's Defence Force"]
    # two speakers, each under its own phrase
    assert _speakers(pairs, "air strike") == ["residents", "local resistance group"]
    # who declined to confirm is not who says so
    assert _speakers(pairs, "700 activists") == ["party"]


def test_attribution_role_told_before_the_name(nlp):
    pairs = _by_sentence(
        nlp,
        "A spokesman for the Joint Task Force, Major Ibrahim Sani, told AFP that troops had killed 17 militants near Damboa. "
        "The police spokesman, Superintendent Grace Njoki, said the suspects had opened fire first.",
    )
    first = next(a for text, attrs in pairs if "Damboa" in text for a in attrs)
    # the person, not the whole phrase, is who says so; the phrase is the role
    assert (first.name, first.role, first.via) == ("Ibrahim Sani", "spokesman for the Joint Task Force", "AFP")
    assert _speakers(pairs, "opened fire first") == ["Grace Njoki"]


def test_a_participle_describing_people_is_nobody_telling(nlp):
    pairs = _by_sentence(
        nlp,
        "The militants publicly executed two men accused of spying near Baidoa. "
        "Residents accused soldiers of burning homes in the village.",
    )
    assert _speakers(pairs, "accused of spying") == []
    # the same verb with its subject is who says so
    assert _speakers(pairs, "burning homes") == ["Residents"]
