"""Name keys that make transliteration variants of one place meet.

Arabic names reach English news in many spellings (Hawija, Al Hawijah, Al-Hawija;
Raqqa, Raqqah, Ar-Raqqah); the gazetteer and the text are both reduced to the
same keys so a look-up is a plain dict hit instead of a fuzzy search.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

# Arabic definite article in its assimilated forms, plus the Romance/French ones
# that GeoNames often drops or keeps inconsistently.
ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ar", "ad", "an", "as", "ash", "at", "az", "ath", "adh", "ez", "es", "ed", "en", "et", "ul", "il"}
)

_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bc\u02bb\u02bf\u02be\u00b4]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_TRAILING_H = re.compile(r"(?<=[aeiou])h$")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """ASCII, lower case, punctuation to single spaces: the exact-match key."""
    text = name if name.isascii() else unidecode(name)
    text = _APOSTROPHES.sub("", text.lower())
    return _NON_ALNUM.sub(" ", text).strip()


_LONE_INITIAL = re.compile(r"^([a-z]) (?=[a-z]{3})")


def glued_initial(folded: str) -> str | None:
    """A lone initial whose apostrophe was lost, joined to its name ("n guigmi" for
    N'Guigmi, "n djamena"), or None when the name starts otherwise."""
    glued = _LONE_INITIAL.sub(r"\1", folded, count=1)
    return glued if glued != folded else None


def variant_key(name: str) -> str:
    """``fold`` without articles and with a trailing vowel+h dropped: the variant key."""
    return variant_of_folded(fold(name))


def skeleton_key(name: str) -> str:
    """Consonant skeleton of ``variant_key``: see ``skeleton_of_variant``."""
    return skeleton_of_variant(variant_key(name))


def variant_of_folded(folded: str) -> str:
    tokens = folded.split()
    if len(tokens) > 1:
        tokens = [t for t in tokens if t not in ARTICLES] or tokens
    return " ".join(_TRAILING_H.sub("", t) if len(t) >= 5 and t.endswith("h") else t for t in tokens)


def skeleton_of_variant(variant: str) -> str:
    """Vowels (after the first letter) and doubled letters dropped.

    A last resort for spellings no gazetteer lists; hits on it are weak evidence and
    are scored lower.
    """
    words = []
    for token in variant.split():
        words.append(_DOUBLES.sub(r"\1", token[:1] + _VOWELS.sub("", token[1:])))
    return " ".join(words)
