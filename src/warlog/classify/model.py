"""The event classifier: features -> linear scores -> calibrated probabilities -> rules.

Stored as ``model.json`` (labels, vocabularies, metadata) and ``weights.npz``
(idf, linear weights in float16, calibration matrix). Loading builds no
pickles, so a model directory is data, not code.
"""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..taxonomy import SUB_EVENT_TYPES, event_type_of
from .features import Featurizer
from .rules import apply_rules

NONE_LABEL = "none"
FORMAT_VERSION = 1
# "No event" needs the none-vs-rest head itself to say so (raw margin above this),
# not merely to be the least unlikely label: when every head is unsure, an event
# label is the better bet. Taking "none" on argmax alone called ~3% of held-out
# ACLED notes (all events) "no event" and cost two points of accuracy.
NONE_MARGIN = 0.0
MODEL_FILE = "model.json"
WEIGHTS_FILE = "weights.npz"


def default_model_dir() -> Path:
    """The model shipped inside the package."""
    return Path(str(resources.files("warlog") / "data" / "models" / "event_classifier"))


@dataclass(frozen=True)
class Prediction:
    """One classified mention. ``sub_event_type`` None means "no event"."""

    sub_event_type: str | None
    event_type: str | None
    confidence: float  # calibrated probability of the chosen label
    scores: dict[str, float] = field(default_factory=dict)  # label -> probability ("none" included)
    rule: str | None = None  # name of the rule that decided, if any


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class EventClassifier:
    """Classify event mentions (sentences or clauses) into ACLED sub-types or "no event"."""

    _cache: dict[Path, "EventClassifier"] = {}
    _lock = threading.Lock()

    def __init__(
        self,
        featurizer: Featurizer,
        labels: Sequence[str],
        coef: np.ndarray,
        intercept: np.ndarray,
        cal_coef: np.ndarray,
        cal_intercept: np.ndarray,
        meta: dict[str, Any] | None = None,
        use_rules: bool = True,
    ) -> None:
        unknown = [label for label in labels if label != NONE_LABEL and label not in SUB_EVENT_TYPES]
        if unknown:
            raise ModelError(f"model has labels that are not ACLED sub-types: {unknown}")
        self.featurizer = featurizer
        self.labels = list(labels)
        self.coef = coef
        self.intercept = intercept
        self.cal_coef = cal_coef
        self.cal_intercept = cal_intercept
        self.meta = meta or {}
        self.use_rules = use_rules

    # -- inference -----------------------------------------------------------------
    def decision(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores, one column per label."""
        features = self.featurizer.transform(list(texts))
        return np.asarray(features @ self.coef.T, dtype=np.float32) + self.intercept

    def _calibrate(self, decision: np.ndarray) -> np.ndarray:
        return _softmax(decision @ self.cal_coef.T + self.cal_intercept)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated label probabilities (before rules)."""
        return self._calibrate(self.decision(texts))

    def _choose(self, decision: np.ndarray, probs: np.ndarray) -> str:
        """The most probable label, "none" only when its own head claims the text."""
        if NONE_LABEL in self.labels:
            none = self.labels.index(NONE_LABEL)
            if decision[none] <= NONE_MARGIN and len(self.labels) > 1:
                probs = probs.copy()
                probs[none] = -1.0
        return self.labels[int(probs.argmax())]

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        """Classify each text; an empty input gives an empty list."""
        if not texts:
            return []
        return self.predict_decision(texts, self.decision(texts))

    def predict_decision(self, texts: Sequence[str], decision: np.ndarray) -> list[Prediction]:
        """Classify from given raw scores (``decision`` or a fusion of it with another model's), rules included."""
        probs = self._calibrate(decision)
        out = []
        for text, raw, row in zip(texts, decision, probs):
            scores = {label: float(p) for label, p in zip(self.labels, row)}
            label = self._choose(raw, row)
            rule = None
            if self.use_rules:
                ruled = apply_rules(text, label, scores)
                if ruled is not None:
                    label, rule = ruled
            sub = None if label == NONE_LABEL else label
            # A rule's label is scored by the model's mass on events when it overrides.
            confidence = scores[label] if rule is None else max(scores[label], 1.0 - scores[NONE_LABEL])
            out.append(Prediction(sub, event_type_of(sub), float(confidence), scores, rule))
        return out

    # -- persistence ---------------------------------------------------------------
    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        vocab, arrays = self.featurizer.state()
        meta = {"format": FORMAT_VERSION, "labels": self.labels, "vocabulary": vocab, "meta": self.meta}
        (directory / MODEL_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(
            directory / WEIGHTS_FILE,
            coef=self.coef.astype(np.float16),
            intercept=self.intercept.astype(np.float32),
            cal_coef=self.cal_coef.astype(np.float32),
            cal_intercept=self.cal_intercept.astype(np.float32),
            **arrays,
        )

    @classmethod
    def read(cls, directory: Path) -> "EventClassifier":
        model_file, weights_file = directory / MODEL_FILE, directory / WEIGHTS_FILE
        if not model_file.is_file() or not weights_file.is_file():
            raise ModelError(
                f"no event classifier in {directory} (need {MODEL_FILE} and {WEIGHTS_FILE}); "
                "train one with `warlog train --acled FILE... -o DIR`"
            )
        try:
            meta = json.loads(model_file.read_text(encoding="utf-8"))
            with np.load(weights_file, allow_pickle=False) as data:
                arrays = {key: data[key] for key in data.files}
            if meta.get("format") != FORMAT_VERSION:
                raise ModelError(f"unsupported classifier format {meta.get('format')!r} in {directory}")
            featurizer = Featurizer.from_state(meta["vocabulary"], arrays)
            coef = arrays["coef"].astype(np.float32)
            if coef.shape != (len(meta["labels"]), featurizer.size):
                raise ModelError(f"classifier weights in {directory} do not match its vocabulary")
            return cls(
                featurizer, meta["labels"], coef, arrays["intercept"],
                arrays["cal_coef"], arrays["cal_intercept"], meta.get("meta"),
            )
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
            raise ModelError(f"corrupt event classifier in {directory}: {exc}") from exc

    @classmethod
    def load(cls, path: Path | None = None) -> "EventClassifier":
        """Load a model directory (default: the shipped model), once per process."""
        directory = Path(path) if path is not None else default_model_dir()
        key = directory.resolve()
        with cls._lock:
            if key not in cls._cache:
                cls._cache[key] = cls.read(directory)
            return cls._cache[key]
