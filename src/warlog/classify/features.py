"""Text features: word 1-2-gram and character 3-5-gram TF-IDF.

Character n-grams carry morphology across spelling and tense ("shelled",
"shelling"; "abducted", "abduction") that word features split apart, which
matters when training on notes and predicting on news. The vectorisers are
stored as plain vocabularies and idf arrays (no pickles), so a model file
cannot run code and does not depend on the scikit-learn version that wrote it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

WORD_PARAMS: dict[str, Any] = {
    "analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "max_features": 120_000,
    "sublinear_tf": True, "lowercase": True, "token_pattern": r"(?u)\b\w[\w'-]*\b", "dtype": np.float32,
}
CHAR_PARAMS: dict[str, Any] = {
    "analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3, "max_features": 120_000,
    "sublinear_tf": True, "lowercase": True, "dtype": np.float32,
}


class Featurizer:
    """Two fitted TF-IDF vectorisers whose outputs are concatenated."""

    def __init__(self, word: TfidfVectorizer, char: TfidfVectorizer) -> None:
        self.word = word
        self.char = char

    @classmethod
    def fit(cls, texts: Sequence[str]) -> "Featurizer":
        word = TfidfVectorizer(**WORD_PARAMS).fit(texts)
        char = TfidfVectorizer(**CHAR_PARAMS).fit(texts)
        return cls(word, char)

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        return sp.hstack([self.word.transform(texts), self.char.transform(texts)], format="csr")

    @property
    def size(self) -> int:
        return len(self.word.vocabulary_) + len(self.char.vocabulary_)

    def state(self) -> tuple[dict[str, list[str]], dict[str, np.ndarray]]:
        """JSON-able vocabularies and idf arrays, for saving."""
        vocab = {}
        arrays = {}
        for name, vec in (("word", self.word), ("char", self.char)):
            terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
            vocab[name] = terms
            arrays[f"idf_{name}"] = vec.idf_.astype(np.float32)
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
        return cls(*vecs)
