"""Actor cues: the kind of doer and target around each violence word."""

from __future__ import annotations

import numpy as np

from warlog.classify.cues import cues
from warlog.classify.features import CueVectorizer, Featurizer

# Sentences written for these tests.


def test_cues_name_the_target_of_a_killing() -> None:
    soldiers = cues("Gunmen killed three soldiers at a checkpoint outside the market town.")
    farmers = cues("Gunmen killed three farmers at a well outside the market town.")
    assert "ARMED>kill>STATE" in soldiers and "count:STATE" in soldiers
    assert "ARMED>kill>CIV" in farmers and "kill>STATE" not in farmers


def test_cues_swap_doer_and_target_in_the_passive() -> None:
    found = cues("Two herders were shot dead by suspected rebels near the river.")
    assert "ARMED>kill>CIV" in found
    assert "CIV>kill>ARMED" not in found


def test_cues_tell_a_clash_between_armed_sides() -> None:
    found = cues("Troops exchanged fire with insurgents for most of the night.")
    assert "STATE>clash>ARMED" in found and "both:ARMED+STATE" in found


def test_cues_class_party_supporters_and_drug_suspects_before_crowds_and_civilians() -> None:
    party = cues("Supporters of the governing party beat up two opposition cadres at a tea stall.")
    drug = cues("A drug suspect was shot by officers during a sting operation.")
    assert "PARTY>hurt>PARTY" in party
    assert "STATE>kill>DRUG" in drug


def test_cues_of_a_peaceful_march_have_no_violence() -> None:
    found = cues("Residents held a peaceful march to demand clean water.")
    assert "act:protest" in found and "act:peace" in found
    assert not any(c.startswith("act:") and c not in ("act:protest", "act:peace") for c in found)


def test_cue_vectorizer_keeps_cues_seen_often_enough() -> None:
    texts = ["Troops clashed with rebels near the bridge."] * 3 + ["Rioters torched a bus."]
    vec = CueVectorizer.fit(texts, weight=0.5)
    assert "STATE>clash>ARMED" in vec.vocabulary
    assert "CROWD>damage" not in vec.vocabulary  # seen once
    row = vec.transform(["Soldiers fought militants in the hills."]).toarray()[0]
    assert row[vec.index["STATE>clash>ARMED"]] == 0.5
    assert set(np.unique(row)) <= {0.0, 0.5}


def test_featurizer_state_round_trips_the_cue_block() -> None:
    texts = ["Troops clashed with rebels near the bridge."] * 3 + ["The minister spoke about the budget."] * 3
    featurizer = Featurizer.fit(texts)
    vocab, arrays = featurizer.state()
    again = Featurizer.from_state(vocab, arrays)
    assert again.size == featurizer.size
    assert np.allclose(again.transform(texts).toarray(), featurizer.transform(texts).toarray(), atol=1e-6)
    plain = Featurizer.fit(texts, cue_weight=None)
    assert plain.cue is None and "cues" not in plain.state()[0]


def test_acts_the_dictionary_lists_only_for_a_named_country_are_no_doer_cues() -> None:
    # "Indian firing" names a doer (the dictionary's named_only entry); "the strikes" or
    # "heavy shelling" alone do not, and the classifier was never trained to read them so
    cue_list = cues("Heavy shelling hit the market and killed three traders.")
    assert "kill>CIV" in cue_list and not any(c.startswith(("EXT", "count:EXT", "has:EXT")) for c in cue_list)
    assert cues("The strikes destroyed two tunnels and a weapons cache.") == ["act:damage"]
