"""Sentences of the IndiaPoliceEvents corpus (``news/sents.csv``, Times of India 2002).

Documents whose id is divisible by ``HOLDOUT_MODULUS`` are reserved for the
hand-labelled development set and never used for training, so the dev set stays
unseen text.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError

HOLDOUT_MODULUS = 5
LABELS = ("KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION")


@dataclass(frozen=True)
class NewsSentence:
    doc_id: int
    sent_id: int
    text: str
    labels: frozenset[str]

    @property
    def held_out(self) -> bool:
        return self.doc_id % HOLDOUT_MODULUS == 0


def read_sentences(path: Path | str) -> list[NewsSentence]:
    """All sentences with their action labels (empty set: no police action)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise DataError(f"cannot read news sentences: {exc}", path=str(path)) from exc
    try:
        return [
            NewsSentence(
                doc_id=int(row["doc_id"]),
                sent_id=int(row["sent_id"]),
                text=" ".join(row["sent_text"].split()),
                labels=frozenset(label for label in LABELS if row.get(label) == "1"),
            )
            for row in rows
        ]
    except (KeyError, ValueError) as exc:
        raise DataError(f"unexpected sents.csv layout: {exc}", path=str(path)) from exc
