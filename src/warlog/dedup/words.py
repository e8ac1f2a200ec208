"""Which words of a report's sentence tell which happening it is.

Content words are compared as binary sets (``compare.cosine``), so that a link does not
depend on what else was ingested; the words every conflict report uses are dropped first.
"""

from __future__ import annotations

import math
import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words every conflict report uses; they say nothing about *which* happening.
_GENERIC = frozenset(
    """said says told police people killed injured today yesterday week day
    sunday monday tuesday wednesday thursday friday saturday city state government
    official officials report reported reports according also year years time
    story march february april 2002 incident incidents
    set fire ablaze torched burnt burned house houses shop shops vehicle vehicles mob mobs
    violence riot riots arson looting area areas
    arrest arrested persons connection near""".split()
) | frozenset(
    # How the police dispersed a crowd is told in the same words of every crowd they
    # disperse ("opened fire", "fired 11 rounds", "lobbed tear gas shells at the
    # stone-pelting mob"): it says nothing about which crowd, where or when.
    """fire fired firing open opened round rounds disperse dispersed dispersing stone stones pelting pelted
    throwing lob lobbed burst tear gas teargas shell shells lathi lathicharge lathicharged charge""".split()
)
_STOP = ENGLISH_STOP_WORDS | _GENERIC
_WORD = re.compile(r"[a-z0-9]+")
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}\b)")


def content_words(text: str) -> frozenset[str]:
    """Lower-case content words, crudely de-pluralised, stop and generic words dropped."""
    words = set()
    for word in _WORD.findall(_GROUPED.sub("", text.lower())):  # "2,459" and "2459" are one figure
        if len(word) < 3 or word in _STOP:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def cosine(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))
