"""Fit the encoder head of the late fusion (``fusion.EncoderHead``) on a trained classifier's corpus.

The head is the same pair of class-weighted linear SVMs as the TF-IDF model
(sub-type head plus event-type head, summed: ``train.fit_linear``), over
384-d sentence embeddings. Why a per-class sample: the numpy encoder embeds
~30 texts a second on a loaded core, so the 180k training texts would take
hours; a few thousand texts a class already fix a 384-d linear head.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from .corpus import Corpus
from .encoder import SentenceEncoder
from .fusion import EncoderHead
from .model import EventClassifier
from .train import fit_linear

HEAD_C = 1.0
PER_CLASS = 2000


def sample_per_class(labels: Sequence[str], per_class: int, seed: int = 13) -> list[int]:
    """At most ``per_class`` indices of each label, drawn at random, in corpus order."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by_label[label].append(i)
    rng = random.Random(seed)
    chosen = [i for idx in by_label.values() for i in (rng.sample(idx, per_class) if len(idx) > per_class else idx)]
    return sorted(chosen)


def head_from_embeddings(
    embeddings: np.ndarray, labels: Sequence[str], classes: Sequence[str], c: float = HEAD_C,
) -> tuple[np.ndarray, np.ndarray]:
    """(coef, intercept) in ``classes`` order; a label the sample lacks scores -1.5, as in ``out_of_fold_scores``."""
    fitted, coef, intercept = fit_linear(embeddings, list(labels), c)
    out_coef = np.zeros((len(classes), embeddings.shape[1]), dtype=np.float32)
    out_int = np.full(len(classes), -1.5, dtype=np.float32)
    for j, label in enumerate(fitted):
        out_coef[list(classes).index(label)], out_int[list(classes).index(label)] = coef[j], intercept[j]
    return out_coef, out_int


def attach_encoder_head(
    model: EventClassifier, corpus: Corpus, encoder: SentenceEncoder, weight: float, gate: float,
    per_class: int = PER_CLASS, c: float = HEAD_C,
) -> EventClassifier:
    """Embed a per-class sample of the corpus, fit the head, and give it to ``model``."""
    chosen = sample_per_class(corpus.labels, per_class)
    embeddings = encoder.encode([corpus.texts[i] for i in chosen])
    coef, intercept = head_from_embeddings(embeddings, [corpus.labels[i] for i in chosen], model.labels, c)
    model.encoder_head = EncoderHead(coef, intercept, weight, gate, encoder.max_tokens, encoder.layers)
    model.encoder_head._encoder = encoder
    model.meta.update({"encoder_head": {"per_class": per_class, "C": c, "sample": len(chosen)}})
    return model
