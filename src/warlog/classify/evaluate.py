"""Evaluation: splits by country or time, per-field checks, and a printable report.

Each field check is a function ``(gold, predicted) -> FieldReport`` registered in
``FIELD_CHECKS``; location, date, fatality and actor checks plug in the same way
once the pipeline predicts those fields.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

from ..devdata.acled import AcledEvent
from ..errors import DataError
from ..taxonomy import event_type_of
from .model import NONE_LABEL, Prediction

NONE_NAME = "(none)"


@dataclass
class FieldReport:
    """Figures for one field: headline numbers, per-class rows, top confusions."""

    name: str
    figures: dict[str, float] = field(default_factory=dict)
    per_class: list[tuple[str, float, float, float, int]] = field(default_factory=list)
    confusions: list[tuple[str, str, int]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"== {self.name}"]
        out += [f"  {key}: {value:.3f}" if isinstance(value, float) else f"  {key}: {value}" for key, value in self.figures.items()]
        if self.per_class:
            out.append(f"  {'class':42s} {'P':>6s} {'R':>6s} {'F1':>6s} {'n':>6s}")
            out += [f"  {c:42s} {p:6.3f} {r:6.3f} {f:6.3f} {n:6d}" for c, p, r, f, n in self.per_class]
        if self.confusions:
            out.append("  top confusions (gold -> predicted: count)")
            out += [f"    {g} -> {p}: {n}" for g, p, n in self.confusions]
        return out


@dataclass(frozen=True)
class Gold:
    """What a check compares against (from an ACLED row or a dev-set line)."""

    text: str
    sub_event_type: str | None


def _name(label: str | None) -> str:
    return NONE_NAME if label is None else label


def label_report(name: str, gold: Sequence[str | None], pred: Sequence[str | None], top: int = 10) -> FieldReport:
    """Accuracy, weighted/macro F1, per-class P/R/F1 and top confusions for one label field."""
    g = [_name(x) for x in gold]
    p = [_name(x) for x in pred]
    classes = sorted(set(g) | set(p))
    prec, rec, f1, support = precision_recall_fscore_support(g, p, labels=classes, zero_division=0)
    report = FieldReport(name)
    report.figures = {
        "n": len(g),
        "accuracy": float(np.mean([a == b for a, b in zip(g, p)])) if g else 0.0,
        "weighted_f1": float(f1_score(g, p, labels=classes, average="weighted", zero_division=0)),
        "macro_f1": float(f1_score(g, p, labels=[c for c in classes if c in set(g)], average="macro", zero_division=0)),
    }
    report.per_class = [(c, float(a), float(b), float(d), int(n)) for c, a, b, d, n in zip(classes, prec, rec, f1, support)]
    report.confusions = [(a, b, n) for (a, b), n in Counter(zip(g, p)).most_common() if a != b][:top]
    return report


def check_sub_event_type(gold: Sequence[Gold], pred: Sequence[Prediction]) -> FieldReport:
    report = label_report("sub_event_type", [x.sub_event_type for x in gold], [x.sub_event_type for x in pred])
    g = [x.sub_event_type is None for x in gold]
    p = [x.sub_event_type is None for x in pred]
    predicted_none = sum(p)
    if any(g):
        report.figures["none_precision"] = sum(a and b for a, b in zip(g, p)) / predicted_none if predicted_none else 0.0
        report.figures["none_recall"] = sum(a and b for a, b in zip(g, p)) / sum(g)
    events = [i for i, x in enumerate(gold) if x.sub_event_type is not None]
    if any(g) and events:
        report.figures["weighted_f1_events_only"] = float(f1_score(
            [gold[i].sub_event_type for i in events], [_name(pred[i].sub_event_type) for i in events],
            average="weighted", zero_division=0))
    return report


def check_event_type(gold: Sequence[Gold], pred: Sequence[Prediction]) -> FieldReport:
    return label_report("event_type", [event_type_of(x.sub_event_type) for x in gold], [x.event_type for x in pred])


def check_calibration(gold: Sequence[Gold], pred: Sequence[Prediction]) -> FieldReport:
    """Expected calibration error of ``confidence`` (10 equal-width bins)."""
    conf = np.array([x.confidence for x in pred])
    correct = np.array([a.sub_event_type == b.sub_event_type for a, b in zip(gold, pred)], dtype=float)
    bins = np.minimum((conf * 10).astype(int), 9)
    ece = sum(abs(conf[bins == b].mean() - correct[bins == b].mean()) * (bins == b).mean() for b in range(10) if (bins == b).any())
    report = FieldReport("calibration")
    report.figures = {"ece": float(ece), "mean_confidence": float(conf.mean()) if len(conf) else 0.0,
                      "accuracy": float(correct.mean()) if len(correct) else 0.0}
    return report


FieldCheck = Callable[[Sequence[Gold], Sequence[Prediction]], FieldReport]
FIELD_CHECKS: dict[str, FieldCheck] = {
    "event_type": check_event_type,
    "sub_event_type": check_sub_event_type,
    "calibration": check_calibration,
}


def run_checks(gold: Sequence[Gold], pred: Sequence[Prediction], checks: Sequence[str] | None = None) -> list[FieldReport]:
    return [FIELD_CHECKS[name](gold, pred) for name in (checks or list(FIELD_CHECKS))]


# -- splits ------------------------------------------------------------------------
def split_groups(events: Sequence[AcledEvent], by: str) -> list[str]:
    """The split unit of each event: its country, or its year."""
    if by == "country":
        return [e.country or "unknown" for e in events]
    if by == "time":
        return [str(e.year or "unknown") for e in events]
    raise DataError(f"unknown split {by!r}: use 'country' or 'time'")


def grouped_folds(groups: Sequence[str], folds: int) -> Iterator[tuple[list[int], list[int]]]:
    """Folds that keep every group whole, balanced by size (largest groups first)."""
    sizes = Counter(groups)
    assignment: dict[str, int] = {}
    load = [0] * folds
    for group, n in sizes.most_common():
        k = int(np.argmin(load))
        assignment[group] = k
        load[k] += n
    for k in range(folds):
        test = [i for i, g in enumerate(groups) if assignment[g] == k]
        train = [i for i, g in enumerate(groups) if assignment[g] != k]
        yield train, test


def time_folds(groups: Sequence[str]) -> Iterator[tuple[list[int], list[int]]]:
    """Train on earlier years, test on the latest year present."""
    years = sorted(set(groups))
    last = years[-1]
    yield [i for i, g in enumerate(groups) if g != last], [i for i, g in enumerate(groups) if g == last]


# -- dev set -------------------------------------------------------------------------
def read_devset(path: Path, split: str | None = None) -> list[Gold]:
    """The hand-labelled news-style set; ``split`` 'dev' or 'test' selects a half."""
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read dev set: {exc}", path=str(path)) from exc
    return [Gold(r["text"], r["sub_event_type"]) for r in rows if split in (None, "all", r.get("split"))]


def none_to_label(label: str | None) -> str:
    return NONE_LABEL if label is None else label
