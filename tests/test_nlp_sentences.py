"""Sentence starts warlog sets before the parser: line breaks and wire datelines."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("GOMA, Democratic Republic of Congo - M23 rebels captured the town of Rubaya on Tuesday.",
         "M23 rebels captured the town of Rubaya on Tuesday."),
        ("MOGADISHU, March 5 (Reuters) - A suicide bomber blew himself up at a restaurant.",
         "A suicide bomber blew himself up at a restaurant."),
    ],
)
def test_a_wire_dateline_is_cut_from_the_lead(nlp, text: str, lead: str) -> None:
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[-1] == lead


def test_a_dash_in_a_sentence_is_no_dateline(nlp) -> None:
    text = "Police said the attackers - about a dozen men on motorbikes - fled into the forest."
    assert len(list(nlp(text).sents)) == 1
    # a line that does not open on a capitalised name keeps its dash
    assert len(list(nlp("Two soldiers - both from Kaduna - were wounded in the blast.").sents)) == 1
