"""A past deed recalled inside a wish, fear, plan or denial: told in a clause (or a noun)
with its own past verb and time, it is a historical record dated by that time, not what
the governing clause wants or fears. A repetition that is feared stays a fear."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.extract.modality import classify
from warlog.extract.triggers import find_triggers, load_lexicon

STORY_DAY = date(2015, 3, 10)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a relative clause with its own finite past verb and its own year
        ("Villagers want to build a memorial at the spot where the church was burnt in 2009.", "2009"),
        ("Traders hope to reopen the market where gunmen shot dead twelve people in May 2011.", "May 2011"),
        ("The council plans to rebuild the school that rebels destroyed in 2008 near Jaffna.", "2008"),
    ],
)
def test_deed_in_own_past_clause_is_historical_and_dated(coded, text, when):
    records = coded(text)
    assert any(modality == "historical" and told == when for _, modality, told in records), records


def test_noun_with_own_year_is_historical(nlp):
    sent = next(nlp("The militia vowed to avenge the 2010 massacre of fishermen in the delta.").sents)
    trigger = next(t.token for t in find_triggers(sent, load_lexicon(nlp)) if t.token.text == "massacre")
    assert classify(trigger, sent, attributed=False, historical=True) == "historical"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a repeat vowed against is no fact, whatever year its model carries
        ("The governor vowed to prevent a repeat of the 2006 riots in Basra.", "riots"),
        # no time of its own: the wish rules the clause
        ("The elders want to rebuild the houses that the soldiers burnt.", "burnt"),
        # the clause's verb is not past: what is planned has not happened
        ("The rebels plan to attack the base where the troops are stationed in 2016.", "attack"),
    ],
)
def test_wish_or_fear_still_rules(nlp, text, word):
    sent = next(nlp(text).sents)
    trigger = next(t.token for t in find_triggers(sent, load_lexicon(nlp)) if t.token.text == word)
    assert classify(trigger, sent, attributed=False, historical=True) not in ("historical", "asserted", "reported")


def test_plan_is_no_record_of_fact(coded):
    """The wish itself gives no factual record; only the recalled burning is one."""
    records = coded("Villagers want to build a memorial at the spot where the church was burnt in 2009.")
    factual = {r for r in records if r[1] in ("asserted", "reported", "historical")}
    assert factual and all(told == "2009" for _, _, told in factual), records
