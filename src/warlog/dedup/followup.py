"""A sentence that takes up the happening the sentence before it told, whatever its type.

Reporters tell one happening in steps that the pipeline codes as different kinds of
event: a bomb threat, then "the bomb squad ... found them to be false alarms"
(an explosion, then a disrupted weapon); an arrest, then "the police recovered two
cartridges from him" (an arrest, then a seizure); a crowd's protest, then "the mob
then ... detained" the police vehicle (a protest, then an arrest). What ties the later
sentence to the earlier is English any report uses: a pronoun or "then" pointing back
(``points_back``), in the very next sentence, or a sentence or two later when it also
takes up a word of the first. Two violent records have their own rule (``told``).

A sentence further down may also open on a definite description of the people or the act
the earlier sentence told ("the arrested persons were identified as ...", "those who
participated in the demonstration were ...", "the protesters were demanding ...", "the leaders
left the office at 9:42 am and were arrested ...") or on the surname of the person it named
("giriraj kishore ... arrested" ... "kishore and others were arrested at ..."): English any
report uses to go back to its happening, however far down (``takes_up``).
"""

from __future__ import annotations

import re

# Words by which a sentence points back to the people or things of the one before it
# ("it" is left out: "it was reported" points at nothing).
_POINTS_BACK = re.compile(r"\b(?:he|him|she|her|they|them|then)\b")
# Who says it ("..., he said"): a source, not a party of the happening.
_SAYS = re.compile(
    r"\b(?:he|she|they) (?:said|says|added|adds|told|claimed|claims|alleged|alleges|stated|maintained|pointed out)\b"
    r"|\baccording to (?:him|her|them)\b"
)


def points_back(text: str) -> bool:
    """Whether a sentence refers to what was told before it ("... from him", "they then ..."),
    other than by naming who says it."""
    return _POINTS_BACK.search(_SAYS.sub(" ", text.lower())) is not None


# A sentence opening on the people or the act an earlier sentence told, by a definite
# description: the arrested, the protesters, the demonstration, those who took part.
_TAKES_UP = re.compile(
    r"^(?:the|these|those|all the) (?:arrested|detained|accused|leaders|protesters|protestors|demonstrators|marchers"
    r"|agitators|agitating|participants|demonstration|protest|march|procession|rally|dharna|sit-in|attackers|assailants"
    r"|injured|deceased|victims)\b"
    r"|^those (?:who|arrested|detained)\b"
)
_NAME_WORD = re.compile(r"[a-z]+")


def _opening(text: str) -> str:
    return text.lower().lstrip(" \"'\u2018\u201c")


def names_again(later: str, earlier_names: frozenset[str]) -> bool:
    """Whether a sentence opens on the surname of a person an earlier sentence named
    (``earlier_names``: the last words of its names, see ``named.name_pairs``). Unlike a
    description ("the arrested persons", which takes up the last arrest told, whatever
    came before), a name takes up that person's happening however far back it was told."""
    first = _NAME_WORD.match(_opening(later))
    return first is not None and first.group() in earlier_names


def takes_up(later: str, earlier_names: frozenset[str]) -> bool:
    """Whether a sentence opens on a definite description of an earlier sentence's people
    or act, or on the surname of a person it named (``names_again``)."""
    return _TAKES_UP.match(_opening(later)) is not None or names_again(later, earlier_names)


# "The arrested persons were identified as <name> of <town> ...": a sentence telling who
# the people are; the places it names are theirs (homes, origins), not the happening's.
_IDENTIFIES = re.compile(r"\b(?:identified|named) as\b")


def identifies(text: str) -> bool:
    """Whether a sentence tells who the people are ("were identified as ...")."""
    return _IDENTIFIES.search(text.lower()) is not None


def follows_up(later: str, next_sentence: bool, nearby_sharing: bool) -> bool:
    """The ``later`` of two sentences of one story takes up the earlier's happening (module
    docstring): it points back, and is the very next sentence or, a sentence or two later,
    shares a word with the first (``nearby_sharing``)."""
    return (next_sentence or nearby_sharing) and points_back(later)
