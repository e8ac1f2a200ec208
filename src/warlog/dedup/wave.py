"""A wave of riots told as a whole by the deed that started it: "all the rioting which
followed the bombing of <name>", "the post-<name> riots".

After a notorious attack, stories for weeks speak of the riots it set off as one thing (to
condemn them, count their victims, pay for them), naming them by the deed that started
them, not by a town or a day. Such a statement is the wave, not the deed: its key is the
starting deed's name, marked as what followed it (``wave:<key>``), so two statements of
the wave link by name, and neither links to a record naming a deed of its own, the starting
one or one within the wave (``wave_and_deed``). Only a
record coded as a riot and naming no deed besides the starting one is read so: a named
scene told as coming after the deed is that scene, and an attack record naming the deed
and the "subsequent violence" beside it is the deed. A riot record told as the sequel of
something it does not name, or beside another happening ("condemned the bombing and the
riots", ``tells_sequel``), carries no name at all: any name in it is the other happening's.
"""

from __future__ import annotations

import re

from ..record import Event
from ..taxonomy import SUB_EVENT_TYPES
from .incident import keys_of, named_incidents

WAVE = "wave:"
RIOT_TYPE = "Riots"
_RIOTS = r"(?:riots|rioting|violence|disturbances)"
# "the post-<name> riots": the starting deed's name is the words between.
_POST = re.compile(rf"\bpost[- ]((?:[a-z]+[ -]){{1,3}}){_RIOTS}\b")
# "the riots that followed|broke out after|sparked off by <deed>"; a deed told before when
# nothing is named after ("the massacre at <name> and all the rioting it set off").
_AFTER = re.compile(
    rf"\b{_RIOTS} (?:that |which )?(?:(?:broke out|erupted|began|started) )?"
    rf"(?:followed|after|following|in the wake of|in the aftermath of|(?:sparked|triggered)(?: off)? by)\b(.{{0,100}})"
)
# "the deed ... and the resultant riots": the deed is told before.
_SEQUEL = re.compile(rf"\b(?:subsequent|resultant|ensuing) {_RIOTS}\b")


# Riots told as what followed, or stood beside, another happening: "the resultant riots",
# "the post-election riots", "the subsequent violence", "the riots that followed",
# "condemned the bombing and the riots".
_TOLD_AS_SEQUEL = re.compile(
    r"\b(?:resultant|subsequent|ensuing|consequent|retaliatory|post[- ][a-z]+)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:riots?|rioting|violence|clashes)\b"
    r"|\b(?:riots?|rioting|violence|clashes) (?:that|which) (?:followed|erupted after|broke out after)\b"
    r"|\band (?:the )?(?:[a-z]+ ){0,2}riots\b"
)


def tells_sequel(event: Event) -> bool:
    """A riot record whose sentence tells riots as the sequel of, or beside, another
    happening: the record is those riots, and a name in its sentence is the other's."""
    riot = SUB_EVENT_TYPES.get(event.sub_event_type or "") == RIOT_TYPE
    return riot and _TOLD_AS_SEQUEL.search(event.evidence.text.lower()) is not None


def wave_keys(event: Event, regions: set[str], named: frozenset[str]) -> frozenset[str]:
    """``wave:<key>`` for the deed a riot record's sentence names as what started the riots it
    tells as a whole, less its ``regions``' keys; none for another record (module docstring).
    ``named`` is the sentence's ``named_incidents``, which the caller has read already."""
    if event.event_type != RIOT_TYPE:
        return frozenset()
    text = event.evidence.text.lower()
    keys: set[str] = set()
    for match in _POST.finditer(text):
        keys |= keys_of(match.group(1).replace("-", " ").split())
    for match in _AFTER.finditer(text):
        keys |= named_incidents(match.group(1)) or named_incidents(text[: match.start()])
    for match in _SEQUEL.finditer(text):
        keys |= named_incidents(text[: match.start()])
    keys -= regions
    if named - keys - regions:
        return frozenset()  # a deed of its own besides the starting one: one scene of the wave
    return frozenset(WAVE + key for key in keys)


def wave_and_deed(a: frozenset[str], b: frozenset[str]) -> bool:
    """One record a wave told as a whole, the other naming a deed of its own (the attack that
    started it, or one massacre within it): "the riots after the attack" are neither, however
    alike their sentences ("pay for the victims of the attack, and for those of the riots after it")."""
    return any(is_wave(x) and bool(y) and not is_wave(y) for x, y in ((a, b), (b, a)))


def is_wave(keys: frozenset[str]) -> bool:
    """Keys of a wave told as a whole (``wave_keys`` gives only such keys, or none)."""
    return any(key.startswith(WAVE) for key in keys)
