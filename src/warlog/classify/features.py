"""Text features: word 1-2-gram and character 3-5-gram TF-IDF, plus actor cues.

Character n-grams carry morphology across spelling and tense ("shelled",
"shelling"; "abducted", "abduction") that word features split apart, which
matters when training on notes and predicting on news. The vectorisers are
stored as plain vocabularies and idf arrays (no pickles), so a model file
cannot run code and does not depend on the scikit-learn version that wrote it.
The cue block (``cues.py``: what kind of actor does what to whom) is optional,
so models saved before it existed still load.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from .cues import cues

WORD_PARAMS: dict[str, Any] = {
    "analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "max_features": 120_000,
    "sublinear_tf": True, "lowercase": True, "token_pattern": r"(?u)\b\w[\w'-]*\b", "dtype": np.float32,
}
CHAR_PARAMS: dict[str, Any] = {
    "analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3, "max_features": 120_000,
    "sublinear_tf": True, "lowercase": True, "dtype": np.float32,
}
# Value of a present cue next to the two L2-normalised TF-IDF blocks (tuned on
# DEV exports held out by country), and how many training texts a cue needs.
CUE_WEIGHT = 0.6
CUE_MIN_COUNT = 3


class CueVectorizer:
    """Indicator features for the cues of ``cues.cues``, over a fixed vocabulary."""

    def __init__(self, vocabulary: Sequence[str], weight: float = CUE_WEIGHT) -> None:
        self.vocabulary = list(vocabulary)
        self.index = {cue: i for i, cue in enumerate(self.vocabulary)}
        self.weight = weight

    @classmethod
    def fit(cls, texts: Sequence[str], weight: float = CUE_WEIGHT) -> "CueVectorizer":
        return cls.fit_found([cues(text) for text in texts], weight)

    @classmethod
    def fit_found(cls, found: Sequence[Sequence[str]], weight: float = CUE_WEIGHT) -> "CueVectorizer":
        """Fit on cues already extracted (training extracts them once for fit and transform)."""
        counts = Counter(cue for text_cues in found for cue in text_cues)
        return cls(sorted(c for c, n in counts.items() if n >= CUE_MIN_COUNT), weight)

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return self.transform_found([cues(text) for text in texts])

    def transform_found(self, found: Sequence[Sequence[str]]) -> sp.csr_matrix:
        rows, cols = [], []
        for row, text_cues in enumerate(found):
            hits = [self.index[c] for c in text_cues if c in self.index]
            rows += [row] * len(hits)
            cols += hits
        values = np.full(len(rows), self.weight, dtype=np.float32)
        return sp.csr_matrix((values, (rows, cols)), shape=(len(found), len(self.vocabulary)), dtype=np.float32)


class Featurizer:
    """Two fitted TF-IDF vectorisers and optional cue indicators, concatenated."""

    def __init__(self, word: TfidfVectorizer, char: TfidfVectorizer, cue: CueVectorizer | None = None) -> None:
        self.word = word
        self.char = char
        self.cue = cue

    @classmethod
    def fit(cls, texts: Sequence[str], cue_weight: float | None = CUE_WEIGHT) -> "Featurizer":
        """``cue_weight`` None: TF-IDF only."""
        return cls.fit_transform(texts, cue_weight)[0]

    @classmethod
    def fit_transform(
        cls, texts: Sequence[str], cue_weight: float | None = CUE_WEIGHT,
    ) -> tuple["Featurizer", sp.csr_matrix]:
        """Fit and transform the training texts, extracting each text's cues once."""
        word, char = TfidfVectorizer(**WORD_PARAMS), TfidfVectorizer(**CHAR_PARAMS)
        blocks = [word.fit_transform(texts), char.fit_transform(texts)]
        cue = None
        if cue_weight is not None:
            found = [cues(text) for text in texts]
            cue = CueVectorizer.fit_found(found, cue_weight)
            blocks.append(cue.transform_found(found))
        return cls(word, char, cue), sp.hstack(blocks, format="csr")

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        blocks = [self.word.transform(texts), self.char.transform(texts)]
        if self.cue is not None:
            blocks.append(self.cue.transform(texts))
        return sp.hstack(blocks, format="csr")

    @property
    def text_size(self) -> int:
        """Columns of the TF-IDF blocks (the cue block, if any, follows them)."""
        return len(self.word.vocabulary_) + len(self.char.vocabulary_)

    @property
    def size(self) -> int:
        return self.text_size + (len(self.cue.vocabulary) if self.cue is not None else 0)

    def state(self) -> tuple[dict[str, list[str]], dict[str, np.ndarray]]:
        """JSON-able vocabularies and idf arrays, for saving."""
        vocab = {}
        arrays = {}
        for name, vec in (("word", self.word), ("char", self.char)):
            terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
            vocab[name] = terms
            arrays[f"idf_{name}"] = vec.idf_.astype(np.float32)
        if self.cue is not None:
            vocab["cues"] = self.cue.vocabulary
            arrays["cue_weight"] = np.array([self.cue.weight], dtype=np.float32)
        return vocab, arrays

    @classmethod
    def from_state(cls, vocab: dict[str, list[str]], arrays: dict[str, np.ndarray]) -> "Featurizer":
        vecs = []
        for name, params in (("word", WORD_PARAMS), ("char", CHAR_PARAMS)):
            terms = vocab[name]
            fixed = {k: v for k, v in params.items() if k not in ("min_df", "max_features")}
            vec = TfidfVectorizer(**fixed, vocabulary={t: i for i, t in enumerate(terms)})
            vec.fit(terms[:1])  # sets up the fixed vocabulary; idf is replaced below
            vec.idf_ = arrays[f"idf_{name}"].astype(np.float64)
            vecs.append(vec)
        cue = CueVectorizer(vocab["cues"], float(arrays["cue_weight"][0])) if "cues" in vocab else None
        return cls(vecs[0], vecs[1], cue)
