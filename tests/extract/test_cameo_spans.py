"""CAMEO span reading: recipients of transfers, demands reported with "must", the
possessive the data splits, and target phrases without what the act is about."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from warlog.extract.roles import find_roles
from warlog.extract.actors_eval import main_verb, names_no_one, parse_words


def _sent(nlp, text: str) -> Span:
    return next(nlp(text).sents)


def _token(sent: Span, word: str) -> Token:
    return next(t for t in sent if t.text == word)


def _target(nlp, text: str, trigger: str) -> str:
    sent = _sent(nlp, text)
    return find_roles(_token(sent, trigger), sent).spans(2)[0].text


def test_what_is_handed_over_is_not_the_target(nlp) -> None:
    # "Syrian manuscripts" looks like a party (a nationality qualifies it); the
    # recipient after "to" is the one acted upon.
    text = "The museum returned four Syrian manuscripts to the government of Syria last week."
    assert _target(nlp, text, "returned") == "the government of Syria"


def test_recipient_hung_low_in_the_object_phrase(nlp) -> None:
    # The parser hangs "to Lebanon" on "funding", inside the sum that is handed over.
    text = "Ireland has already provided over 3.5 million euros in humanitarian funding to Lebanon in 2020."
    assert _target(nlp, text, "provided") == "Lebanon"


def test_a_reported_obligation_is_the_speakers_demand(nlp) -> None:
    sent = _sent(nlp, "The envoy said the militia must release the aid workers.")
    trigger = main_verb(sent)
    assert trigger.text == "said"
    roles = find_roles(trigger, sent)
    assert roles.spans(1)[0].text == "The envoy"
    assert roles.spans(2)[0].text == "the militia"
    # Without the obligation it is a report: the act is the reported clause.
    assert main_verb(_sent(nlp, "The envoy said the militia released the aid workers.")).text == "released"


def test_the_target_phrase_leaves_out_what_the_act_is_about(nlp) -> None:
    text = "The tribunal rejected the ministry's request for a second hearing."
    assert _target(nlp, text, "rejected") == "the ministry's request"


def test_split_possessive_is_one_word_to_the_parser(nlp) -> None:
    words, covers = parse_words(["Kenya", "’", "s", "army", "shelled", "the", "camp", "'", "s", "gate"])
    assert words == ["Kenya", "’s", "army", "shelled", "the", "camp", "'s", "gate"]
    assert covers == [[0], [1, 2], [3], [4], [5], [6], [7, 8], [9]]
    doc = Doc(nlp.vocab, words=words)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc[0].head == doc[2]  # "Kenya" owns "army" once "’s" is whole


def test_an_object_that_names_no_one_is_no_cameo_target(nlp) -> None:
    from warlog.normalise.actors import ActorDictionary

    dictionary = ActorDictionary.load()

    def thing(text: str, word: str) -> bool:
        return names_no_one(_token(_sent(nlp, text), word), dictionary)

    assert thing("The council rejected the proposal after a long debate.", "proposal")
    assert thing("The bank lent 40 million dollars last spring.", "dollars")
    assert not thing("The gunmen abducted two soldiers near the border.", "soldiers")  # an actor the dictionary knows
    assert not thing("The council rejected the Egyptian proposal.", "proposal")  # a party named in it
    assert not thing("Police arrested him on Friday.", "him")
