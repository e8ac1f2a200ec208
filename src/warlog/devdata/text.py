"""A light sentence splitter for the shared text sources (no spaCy: it runs over
thousands of stories at training time, and these texts are clean prose)."""

from __future__ import annotations

import re

_SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Col|Gen|Lt|Sgt|Capt|Maj|St|U\.S|U\.N|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences, re-joining splits after common abbreviations."""
    parts = [p.strip() for p in _SPLIT.split(" ".join(text.split())) if p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and _ABBREVIATIONS.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged
