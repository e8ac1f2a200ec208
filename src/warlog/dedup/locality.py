"""The same named quarter of one town: one violent happening, however each report words it.

Reporters of different papers place a riot or a police firing in the quarter of the town
where it happened ("in the astodia chakla area of the walled city", "in astodia area
under khadia police station"), the place at a finer precision than the gazetteer gives
(both records are put at the town). Two violent reports of overlapping days at one town
naming one quarter tell one happening, whatever else their sentences share. A quarter is
read as the word or two before "area", "locality", "colony" or "chakla" that is no common
word ("the sensitive area", "riot-hit areas").
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_QUARTER = re.compile(r"\b([a-z]+)(?: ([a-z]+))? (?:area|locality|colony|chakla)\b")
# Words before "area" that describe a place rather than name it.
_NOT_NAMES = (
    frozenset(
        """sensitive affected riot riots hit torn rural urban city town walled old new border industrial
        residential commercial minority majority muslim hindu dominated communally surrounding adjoining
        nearby neighbouring other several various many whole entire posh same disturbed tense curfew
        bound trouble troubled prone police station market main central western eastern northern
        southern north south east west village district state slum slums entire particular""".split()
    )
    | ENGLISH_STOP_WORDS
)
MIN_LETTERS = 4


def quarters(text: str) -> frozenset[str]:
    """Names of town quarters a sentence gives ("astodia" in "in the astodia chakla area")."""
    found = set()
    for match in _QUARTER.finditer(text.lower()):
        for word in match.groups():
            if word and len(word) >= MIN_LETTERS and word not in _NOT_NAMES:
                found.add(word)
    return frozenset(found)
