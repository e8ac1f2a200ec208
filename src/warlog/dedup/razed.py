"""A thing's destruction recalled by its name and year: "the razing of the shrine in 1994".

Stories for years after recall a landmark destruction ("the demolition of the old bridge
in 1993", "since the shrine was blown up in 2006") to explain today's news. The pipeline
places such a recall where its own story is and gives it the story's actors as doers, so
place and actors say nothing of the recalled deed; its words are mostly the story's. What
names it is the deed, the thing it befell and its year: two recalls of different stories
naming one destroyed thing (one of its words: "the mosque", "the disputed structure at
<town>"), each dated by a year its sentence gives, at dates that nest (a year holds its
month, a month its day) tell one deed (``same_razing``). Only a record coded as the
destruction itself: a riot or attack "after the demolition of ..." is another happening,
which the deed only dates. A plural thing ("the demolition of houses") names many deeds.
"""

from __future__ import annotations

import re
from datetime import date

from ..record import Event
from .recalled import Spans, holds

# The record's sub-type when it is the destruction itself.
DESTRUCTION = "Looting/property destruction"
_NOUNS = r"demolition|razing|destruction|levell?ing|blowing up|pulling down|tearing down"
_VERBS = r"demolished|razed|destroyed|levell?ed|blown up|blew up|pulled down|torn down|tore down"
# "the demolition of (the) <thing> [at|in <place>]", "<thing> demolition", "<thing> was demolished",
# "demolished (the) <thing>".
_OF_THING = re.compile(rf"\b(?:{_NOUNS}) of (?:the )?((?:[a-z'’-]+ ?){{1,6}})")
_THING_BEFORE = re.compile(rf"((?:[a-z'’-]+ ){{1,2}})(?:{_NOUNS})\b")
_THING_PASSIVE = re.compile(rf"((?:[a-z'’-]+ ){{1,5}})(?:was|were|had been|has been|got) (?:{_VERBS})\b")
_THING_ACTIVE = re.compile(rf"\b(?:{_VERBS}) (?:the )?((?:[a-z'’-]+ ?){{1,6}})")
# Words that end a thing's phrase, or say nothing of which thing it was.
_ENDS = frozenset(
    """in on at by and or when where which who that after before since during despite
    with from for to as while but than of is was were had has have""".split()
)
_PLACE_PREPOSITIONS = frozenset({"at", "in"})
_EMPTY = frozenset(
    """the a an its their his her our this that these those same then said so called
    alleged recent large small scale widespread total partial complete
    old new historic ancient famous main great grand holy central""".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _clean(word: str) -> str:
    return word.strip("'’-")


def _thing_after(words: list[str]) -> tuple[list[str], list[str]]:
    """The thing's words up to the first ending word, and a place after "at"/"in" that is
    not a time ("at <town>", not "in 1994", "in december")."""
    thing: list[str] = []
    for index, word in enumerate(words):
        if word in _ENDS:
            rest = words[index + 1 : index + 2]
            place = [w for w in rest if word in _PLACE_PREPOSITIONS and not _is_time(w)]
            return thing, place
        thing.append(word)
    return thing, []


def _thing_before(words: list[str]) -> list[str]:
    """The thing's words just before a deed ("the old bridge" was blown up): after the last
    ending word, article or year."""
    thing: list[str] = []
    for word in reversed(words):
        if word in _ENDS or word in _EMPTY or _is_time(word):
            break
        thing.insert(0, word)
    return thing


def _is_time(word: str) -> bool:
    return word.isdigit() or word in _MONTHS


def _plural(word: str) -> bool:
    """A plural head ("houses", "churches"): many things, many deeds."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def razed_things(text: str) -> frozenset[str]:
    """Words naming the things the sentence tells destroyed (the thing's own words and the
    town it stood in), none for a plural thing."""
    text = text.lower()
    named: set[str] = set()
    phrases: list[tuple[list[str], list[str]]] = []
    for pattern in (_OF_THING, _THING_ACTIVE):
        for match in pattern.finditer(text):
            phrases.append(_thing_after([_clean(w) for w in match.group(1).split()]))
    for pattern in (_THING_BEFORE, _THING_PASSIVE):
        for match in pattern.finditer(text):
            words = [_clean(w) for w in match.group(1).split()]
            thing = _thing_before([w for w in words if w not in _PLACE_PREPOSITIONS] if _passive_place(words) else words)
            phrases.append((thing, []))
    for thing, place in phrases:
        thing = [w for w in thing if w and w not in _EMPTY and not _is_time(w)]
        if thing and not _plural(thing[-1]):
            named.update(w for w in (*thing, *place) if len(w) > 2)
    return frozenset(named)


def _passive_place(words: list[str]) -> bool:
    """"the structure at <town> was razed": the place belongs to the thing's phrase."""
    return len(words) >= 3 and words[-2] in _PLACE_PREPOSITIONS


def razing(event: Event) -> tuple[int, frozenset[str]] | None:
    """The year and the thing's words of a recalled destruction the record is: a historical
    record coded as the destruction, dated by a year its own sentence gives."""
    if event.modality != "historical" or event.sub_event_type != DESTRUCTION or not event.date.start:
        return None
    year = event.date.start[:4]
    if not year.isdigit() or year not in event.evidence.text or year not in (event.date.text or ""):
        return None
    things = razed_things(event.evidence.text)
    return (int(year), things) if things else None


def nested(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """One span within the other, either way."""
    return a is not None and b is not None and (holds(a, b) or holds(b, a))


def same_razing(a: Event, b: Event, spans: Spans) -> bool:
    """Two recalls, of different stories, of one thing's destruction in one year (module
    docstring): whatever place and doers their stories gave them."""
    if a.article_id == b.article_id:
        return False
    first, second = razing(a), razing(b)
    if first is None or second is None or first[0] != second[0]:
        return False
    return bool(first[1] & second[1]) and nested(*spans)
