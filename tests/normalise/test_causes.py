"""A death named as the cause of what a sentence reports is no toll of it."""

from __future__ import annotations

from warlog.normalise.causes import told_as_cause


def test_following_parsed_as_a_verb_still_names_a_cause(nlp):
    doc = nlp("Angry villagers set two lorries afire following the death of a cyclist in a crash near the market.")
    death = next(t for t in doc if t.lower_ == "death")
    assert told_as_cause(death)
    done = nlp("Gunmen killed two guards near the market on Friday.")
    assert not told_as_cause(next(t for t in done if t.lower_ == "killed"))
