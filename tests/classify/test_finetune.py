"""The fine-tuning experiment (classify/finetune.py): its torch encoder and its late fusion.

It needs torch, which warlog does not install; these tests run in the training
venv (see the module's docstring) and skip elsewhere.
"""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("torch")

import torch  # noqa: E402

from warlog.classify.encoder import SentenceEncoder, default_encoder_dir, read_safetensors  # noqa: E402
from warlog.classify.finetune import LABELS, LAYERS, Lower, fused_decision, length_batches, tokenise  # noqa: E402
from warlog.classify.model import NONE_LABEL  # noqa: E402
from warlog.classify.wordpiece import WordPiece  # noqa: E402
from warlog.errors import ModelError  # noqa: E402

SENTENCES = [
    "Masked men set fire to two lorries outside the depot before dawn.",
    "The governor promised that roads in the district would be repaired soon.",
]


def test_fusion_reranks_events_and_leaves_none_against_the_best_event() -> None:
    labels = ["Attack", "Armed clash", NONE_LABEL]
    decision = np.array([[0.4, 0.3, 0.1]], dtype=np.float32)
    ft = np.full((1, len(LABELS)), -9.0, dtype=np.float32)
    ft[0, LABELS.index("Armed clash")] = -0.1
    ft[0, LABELS.index("Attack")] = -2.0
    fused = fused_decision(decision, ft, labels, weight=0.5)
    assert fused[0].argmax() == labels.index("Armed clash")
    assert fused[0, 2] == decision[0, 2]  # "none" untouched
    assert fused[0, 1] == decision[0, 1]  # the encoder's best event adds nothing


def test_length_batches_cover_every_row_once() -> None:
    import random

    lengths = np.array([5, 60, 7, 33, 12, 64, 9])
    for rng in (None, random.Random(1)):
        rows = np.concatenate(length_batches(lengths, 3, rng))
        assert sorted(rows.tolist()) == list(range(len(lengths)))


def test_torch_layers_match_the_numpy_encoder() -> None:
    try:
        directory = default_encoder_dir()
    except ModelError:
        pytest.skip("no sentence encoder weights")
    weights = read_safetensors(directory / "model.safetensors")
    tokens, lengths = tokenise(WordPiece.read(directory / "vocab.txt"), SENTENCES, 64)
    width = int(lengths.max())
    present = (torch.arange(width)[None, :] < torch.from_numpy(lengths)[:, None]).float()
    with torch.no_grad():
        h = Lower(weights, LAYERS).eval()(torch.from_numpy(tokens[:, :width]), present).numpy()
    pooled = (h * present.numpy()[:, :, None]).sum(1) / lengths[:, None]
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    assert np.abs(pooled - SentenceEncoder.load(directory).encode(SENTENCES)).max() < 1e-4
