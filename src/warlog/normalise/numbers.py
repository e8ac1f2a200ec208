"""Numbers as news writes them: digits ("1,200", "1.5 million") and words ("one thousand").

Kept apart from quantities.py so dates and quantities share one notion of what a
number is. Vague counts ("dozens", "several") are bounds, not values; their
conventions live in ``VAGUE_BOUNDS`` so they are stated once:

* "a couple" 2-3, "a few" / "a handful" 2-5, "several" 3-9 (lower bound only kept as min 3
  and max 9), "tens" 20-99, "dozens" 24-99 (two dozen at least), "scores" 40-99 (two
  score at least), "hundreds" 200-999, "thousands" 2,000-9,999, "tens of thousands"
  20,000-99,999, "hundreds of thousands" 200,000-999,999, "millions" >= 2,000,000.

These are readings of the English, not ACLED's coding placeholders (ACLED codes
"dozens" of deaths as 12 and "hundreds" as 100); we never substitute those.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
SMALL_MULTIPLES: dict[str, int] = {"dozen": 12, "score": 20}

VAGUE_BOUNDS: dict[str, tuple[int | None, int | None]] = {
    "a couple": (2, 3),
    "a couple of": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 5),
    "a handful of": (2, 5),
    "several": (3, 9),
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, None),
}

NUMBER_WORDS = tuple(UNITS) + tuple(TENS) + tuple(SCALES) + tuple(SMALL_MULTIPLES)
_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = "|".join(SCALES)

# One number, in digits or words; used inside larger patterns (no groups, no anchors).
NUMBER_PATTERN = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:{_SCALE}))?"
    rf"|(?:an?\s+(?=(?:{_SCALE}|dozen)\b))?(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*)"
)
NUMBER_RE = re.compile(rf"(?i:{NUMBER_PATTERN})")


def parse_number(text: str) -> float | None:
    """Value of a number written in digits, words or both; None if it is not one number."""
    cleaned = " ".join(text.lower().replace("-", " ").split())
    if not cleaned:
        return None
    digit = re.fullmatch(rf"({_DIGITS})(?:\s+({_SCALE}))?", cleaned)
    if digit:
        value = float(digit.group(1).replace(",", ""))
        return value * SCALES[digit.group(2)] if digit.group(2) else value
    return _parse_words(cleaned.split())


def _parse_words(words: list[str]) -> float | None:
    """Sum-of-products reading of English number words ("two hundred and fifty thousand")."""
    total = 0
    current = 0
    seen = False
    for position, word in enumerate(words):
        if word == "and" and seen:
            continue
        if word in ("a", "an") and position == 0:
            current = 1
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SMALL_MULTIPLES:
            current = max(current, 1) * SMALL_MULTIPLES[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def vague_bounds(text: str) -> tuple[int | None, int | None] | None:
    """(min, max) for a vague count such as "dozens" or "tens of thousands", else None."""
    return VAGUE_BOUNDS.get(" ".join(text.lower().split()))
