"""PLOVER/PETRARCH material: gold sentences and NGEC's synthetic stories.

Synthetic stories whose row index is divisible by ``HOLDOUT_MODULUS`` are
reserved for the development set; training uses only the others.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from .text import split_sentences

HOLDOUT_MODULUS = 5


@dataclass(frozen=True)
class Story:
    index: int
    text: str
    label: str
    mode: str | None

    @property
    def held_out(self) -> bool:
        return self.index % HOLDOUT_MODULUS == 0

    @property
    def sentences(self) -> list[str]:
        return split_sentences(self.text)


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    event: str | None


def read_stories(path: Path | str) -> list[Story]:
    """NGEC synthetic stories labelled with PLOVER event type and mode."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return [
                Story(index=i, text=row["text"], label=row["label"], mode=row.get("mode") or None)
                for i, row in enumerate(csv.DictReader(handle))
            ]
    except (OSError, KeyError) as exc:
        raise DataError(f"cannot read synthetic stories: {exc}", path=str(path)) from exc


def read_gsr(path: Path | str) -> list[GoldSentence]:
    """PLOVER gold-standard records (CAMEO manual example sentences)."""
    path = Path(path)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read PLOVER gold records: {exc}", path=str(path)) from exc
    return [
        GoldSentence(id=r["id"], text=" ".join(r["text"].split()), event=r.get("event"))
        for r in records
        if r.get("text")
    ]


def read_petrarch(path: Path | str) -> list[GoldSentence]:
    """PETRARCH-2 validation sentences (AFP GigaWord), with their first CAMEO code."""
    path = Path(path)
    try:
        xml = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read PETRARCH validation file: {exc}", path=str(path)) from exc
    pattern = re.compile(r'<Sentence[^>]*\bid="([^"]+)"[^>]*>(.*?)<Text>\s*(.*?)\s*</Text>', re.S)
    out = []
    for sid, between, text in pattern.findall(xml):
        code = re.search(r'eventcode="([^"]*)"', between)
        out.append(GoldSentence(id=sid, text=" ".join(text.split()), event=code.group(1) if code else None))
    return out
