"""Training and decoding: the event-type head, and when the model may say "no event"."""

from __future__ import annotations

import numpy as np

from warlog.classify.features import Featurizer
from warlog.classify.model import NONE_LABEL, EventClassifier
from warlog.classify.train import fit_calibration, fit_linear, fit_svm, temperature, type_of

# Written for these tests: two Battles sub-types, one Violence against civilians
# sub-type and "no event" sentences.
TEXTS = {
    "Armed clash": [
        "Soldiers exchanged fire with rebel fighters outside the village.",
        "Troops and insurgents fought for hours near the river crossing.",
        "Militia members battled an army patrol on the main road.",
    ],
    "Government regains territory": [
        "Soldiers fought their way back into the town and retook it from the rebels.",
        "Troops recaptured the district centre after heavy fighting with insurgents.",
        "The army regained the border post following a battle with militia fighters.",
    ],
    "Attack": [
        "Gunmen shot dead two farmers in their field.",
        "Unknown attackers killed a shopkeeper at his stall.",
        "Armed men murdered a teacher on her way home.",
    ],
    NONE_LABEL: [
        "The minister said talks would resume next month.",
        "Officials expect the harvest to improve this year.",
        "The council will debate the budget on Tuesday.",
    ],
}


def _corpus() -> tuple[list[str], list[str]]:
    texts = [t for label in TEXTS for t in TEXTS[label]]
    labels = [label for label in TEXTS for _ in TEXTS[label]]
    return texts, labels


def test_type_of_maps_sub_types_and_none() -> None:
    assert type_of("Armed clash") == "Battles"
    assert type_of("Attack") == "Violence against civilians"
    assert type_of(NONE_LABEL) == NONE_LABEL


def test_type_head_adds_one_shared_vector_to_sub_types_of_a_type() -> None:
    texts, labels = _corpus()
    features = Featurizer.fit(texts).transform(texts)
    classes, coef, _ = fit_linear(features, labels, c=0.5, power=0.0)
    sub = fit_svm(features, labels, 0.5, 0.0)
    shift = coef - sub.coef_[[list(sub.classes_).index(c) for c in classes]]
    clash, regain, attack = (classes.index(x) for x in ("Armed clash", "Government regains territory", "Attack"))
    assert np.allclose(shift[clash], shift[regain], atol=1e-3)  # the same Battles head
    assert not np.allclose(shift[clash], shift[attack], atol=1e-3)


def _fixed_model(none_bias: float) -> EventClassifier:
    """A model whose scores come from its intercepts alone (every weight zero)."""
    texts, _ = _corpus()
    featurizer = Featurizer.fit(texts)
    labels = ["Armed clash", "Attack", NONE_LABEL]
    coef = np.zeros((3, featurizer.size), dtype=np.float32)
    intercept = np.array([-0.5, -0.6, none_bias], dtype=np.float32)
    return EventClassifier(featurizer, labels, coef, intercept, np.eye(3, dtype=np.float32),
                           np.zeros(3, dtype=np.float32), use_rules=False)


def test_no_event_needs_the_none_head_to_claim_the_text() -> None:
    text = ["Fighting was reported somewhere in the north."]
    # "none" is the least unlikely label but its own head says "not me": an event wins.
    (unsure,) = _fixed_model(-0.1).predict(text)
    assert unsure.sub_event_type == "Armed clash"
    assert unsure.scores[NONE_LABEL] > unsure.scores["Armed clash"]
    # Once the none head is positive, the model says "no event".
    (sure,) = _fixed_model(0.2).predict(text)
    assert sure.sub_event_type is None and sure.event_type is None


def test_no_event_head_ignores_the_actor_cues() -> None:
    """Cues say to whom something happened, never whether it did: the none row has no weight on them."""
    texts, labels = _corpus()
    featurizer, features = Featurizer.fit_transform(texts * 3, cue_weight=0.6)
    assert featurizer.cue is not None and featurizer.size > featurizer.text_size
    classes, coef, _ = fit_linear(features, labels * 3, c=0.5, power=0.0, text_columns=featurizer.text_size)
    none, clash = classes.index(NONE_LABEL), classes.index("Armed clash")
    assert not coef[none, featurizer.text_size:].any()
    assert coef[none, :featurizer.text_size].any()
    assert coef[clash, featurizer.text_size:].any()  # event rows still use them


def test_calibration_finds_the_temperature_and_keeps_the_label_order() -> None:
    """Scores whose labels were drawn from softmax(score / 0.5) give back T ~ 0.5, and no label is reordered."""
    rng = np.random.default_rng(7)
    classes = ["Armed clash", "Attack", NONE_LABEL]
    scores = rng.normal(0.0, 1.0, size=(4000, 3)).astype(np.float32)
    z = np.exp(scores / 0.5)
    drawn = [rng.choice(3, p=row / row.sum()) for row in z]
    cal_coef, cal_intercept = fit_calibration(scores, [classes[i] for i in drawn], classes)
    assert abs(temperature(scores, [classes[i] for i in drawn], classes) - 0.5) < 0.05
    calibrated = scores @ cal_coef.T + cal_intercept
    assert (calibrated.argmax(axis=1) == scores.argmax(axis=1)).all()
    assert not cal_intercept.any()
