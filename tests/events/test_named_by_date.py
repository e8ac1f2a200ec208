"""A past deed named or told by a time of its own ("Saturday's attack on the assembly",
"the bombings on August 7", "the bombing of the camp last year", "last year, when the
market was attacked") is a record dated by that time, even when the classifier is sure
the sentence reports no event: the sentence tells a reaction, a loss or a charge, and
the deed it names happened all the same. A deed that is only the time of another
happening ("since the bombings"), a speech's "attack on the government", and a day
without a year that is more likely a coming one stay vetoed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from warlog.article import Article
from warlog.classify.model import Prediction
from warlog.pipeline import Pipeline

STORY_DAY = date(2002, 3, 20)  # a Wednesday
FACTUAL = ("asserted", "reported", "historical")


class SureNoEvent:
    """A classifier sure that no sentence reports an event: what it says of a sentence
    about a reaction or a loss, whatever past deed the sentence names."""

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        return [Prediction(sub_event_type=None, event_type=None, confidence=0.99, scores={"none": 0.99}) for _ in texts]


@pytest.fixture(scope="module")
def doubting(pipeline: Pipeline) -> Pipeline:
    return Pipeline(pipeline.nlp, geoparser=pipeline.geoparser, dictionary=pipeline.dictionary, classifier=SureNoEvent())


def records(doubting: Pipeline, text: str) -> set[tuple[str, str | None]]:
    return {(e.modality, e.date.text) for e in doubting.code_article(Article(id="n", text=text, date=STORY_DAY))}


@pytest.mark.parametrize(
    ("text", "modality", "when"),
    [
        # a deed noun with its own day, however old
        ("families of the victims gathered to remember the bomb attacks on the embassies in nairobi "
         "on august 7.", "historical", "august 7"),
        # a deed noun with its own "last year"
        ("according to the police chief, questioning has shown that both suspects took part in the "
         "attack on the army camp in maiduguri last year.", "historical", "last year"),
        # a when-clause's deed happened at its head clause's time
        ("hotel bookings in the city fell sharply last year when the market in baghdad was attacked.",
         "historical", "last year"),
        # a recent deed named by its day, aimed at a building
        ("three opposition parties on monday condemned saturday's attack on the lagos assembly and "
         "demanded that the militia be banned.", "asserted", "saturday"),
        # the clause's own year, the record dated by another wording of it
        ("two years ago, in june 2000, during a strike called by the council, militia members torched "
         "property in jos and kano.", "historical", "two years ago"),
    ],
)
def test_deed_named_by_its_date_survives_the_veto(doubting, text, modality, when):
    assert (modality, when) in records(doubting, text)


@pytest.mark.parametrize(
    "text",
    [
        # a speech's attack on a government, named by its day, is no deed
        "saturday's attack on the government by the opposition leader was unfair, the minister said.",
        # the deed is the time of another happening, which the sentence tells
        "tourism in nairobi has halved since the august 7 bombings.",
        "in the wake of the attack on the market in kano on wednesday, soldiers have been posted at "
        "every gate.",
        # a day five days ahead, read as last year's, is more likely the coming one
        "colombo's traders have banned every procession on march 25, the day the monks had picked "
        "for their march to the shrine.",
    ],
)
def test_background_speech_or_coming_day_stays_vetoed(doubting, text):
    assert not any(modality in FACTUAL for modality, _ in records(doubting, text)), records(doubting, text)
