"""Masking WHEN and WHERE before the TF-IDF vectorisers (``warlog.classify.mask``)."""

from __future__ import annotations

import pytest

from warlog.classify.features import Featurizer
from warlog.classify.mask import MONTH, NUMBER, PLACE, WEEKDAY, YEAR, PlaceMask, mask_when


def test_dates_weekdays_years_and_numbers_become_placeholders() -> None:
    masked = mask_when("On 14 October 2021, troops shelled a hamlet on Thursday and wounded 7 herders.")
    assert masked == f"On {NUMBER} {MONTH} {YEAR}, troops shelled a hamlet on {WEEKDAY} and wounded {NUMBER} herders."


def test_lower_case_months_are_masked_but_the_verbs_stay() -> None:
    masked = mask_when("students said they may march again in march, as they did on may 2, 2019")
    assert masked == f"students said they may march again in {MONTH}, as they did on {MONTH} {NUMBER}, {YEAR}"


def test_the_same_protest_reads_alike_in_any_month() -> None:
    """The pipeline once coded one sentence differently for 'in March' and 'in April'."""
    first = mask_when("Traders marched to the governor's office in March to demand lower taxes.")
    assert first == mask_when("Traders marched to the governor's office in April to demand lower taxes.")


def _place_mask() -> PlaceMask:
    texts = [
        "Herders clashed with farmers near Tolonga and Weska.",
        "Police arrested two men in Tolonga after a nice day of talks.",
        "A mobile police unit entered Weska; the Weska Hunters militia fled.",
        "the weska hunters militia attacked tolonga",  # all lower case: tells nothing about case
    ]
    towns = {"tolonga", "weska", "police", "mobile", "nice", "hunters"}
    return PlaceMask.fit(texts, towns.__contains__, keep={"Hunters"})


def test_place_mask_keeps_common_words_and_actor_names() -> None:
    mask = _place_mask()
    assert mask.words == {"tolonga", "weska"}


def test_place_mask_works_on_lower_case_news() -> None:
    mask = _place_mask()
    assert mask("gunmen stormed tolonga, and the police were nice to mobile traders") == (
        f"gunmen stormed {PLACE}, and the police were nice to mobile traders"
    )


@pytest.mark.parametrize("places", [None, PlaceMask({"tolonga"})])
def test_a_saved_featurizer_masks_as_it_was_trained(places: PlaceMask | None) -> None:
    texts = ["Rebels burned homes in Tolonga on 3 May 2019.", "Soldiers killed 4 rebels in Tolonga in June 2020."] * 3
    fitted = Featurizer.fit(texts, cue_weight=None)
    fitted.places = places
    vocab, arrays = fitted.state()
    loaded = Featurizer.from_state(vocab, arrays)
    assert loaded.mask and (loaded.places is None) == (places is None)
    assert "2019" not in fitted.word.vocabulary_ and "may" not in fitted.word.vocabulary_
    assert (loaded.transform(texts) != fitted.transform(texts)).nnz == 0
