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
which the deed only dates; but a record of another violent type dated by the destruction's
own date, told right beside it ("the helplessness of november 1993 (destruction of the
bridge)"), is the destruction (``dated_razed_things``). A thing named by a pronoun after a
time word ("stalls beside the old bridge before it was blown up in 1993") is the noun
phrase just before (``_antecedent``). A plural thing ("the demolition of houses") names
many deeds.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..record import Event
from .incident import is_violent, told_as_background
from .recalled import Spans, holds

# A historical record is compared with every candidate near it: its sentence is read once.
SENTENCES_KEPT = 4096

# The record's sub-type when it is the destruction itself.
DESTRUCTION = "Looting/property destruction"
NOUNS = r"demolition|razing|destruction|levell?ing|blowing up|pulling down|tearing down"
_VERBS = r"demolished|razed|destroyed|levell?ed|blown up|blew up|pulled down|torn down|tore down"
# "the demolition of (the) <thing> [at|in <place>]", "<thing> demolition", "<thing> was demolished",
# "demolished (the) <thing>".
_OF_THING = re.compile(rf"\b(?:{NOUNS}) of (?:the )?((?:[a-z'’-]+ ?){{1,6}})")
_THING_BEFORE = re.compile(rf"((?:[a-z'’-]+ ){{1,2}})(?:{NOUNS})\b")
_THING_PASSIVE = re.compile(rf"((?:[a-z'’-]+ ){{1,5}})(?:was|were|had been|has been|got) (?:{_VERBS})\b")
_THING_ACTIVE = re.compile(rf"\b(?:{_VERBS}) (?:the )?((?:[a-z'’-]+ ?){{1,6}})")
# "before it was demolished": the thing is the noun phrase the pronoun stands for.
_PRONOUN_PASSIVE = re.compile(rf"\b(?:before|after|until|till|when|since) it (?:was|had been|got) (?:{_VERBS})\b")
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
ANTECEDENT_WORDS = 8  # words before the pronoun searched for its noun phrase
_RIOT = re.compile(r"\b(?:riots?|rioting|violence|clash(?:es)?|massacres?|carnage|pogrom)\b")
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


# A thing's phrase found in a sentence: its words, the town after it, and where it is told.
Phrase = tuple[list[str], list[str], int, int]


def _phrases(text: str) -> list[Phrase]:
    """Every phrase telling a thing destroyed, with its span in ``text`` (lower-case)."""
    phrases: list[Phrase] = []
    for pattern in (_OF_THING, _THING_ACTIVE):
        for match in pattern.finditer(text):
            thing, place = _thing_after([_clean(w) for w in match.group(1).split()])
            phrases.append((thing, place, match.start(), match.end()))
    for pattern in (_THING_BEFORE, _THING_PASSIVE):
        for match in pattern.finditer(text):
            words = [_clean(w) for w in match.group(1).split()]
            thing = _thing_before([w for w in words if w not in _PLACE_PREPOSITIONS] if _passive_place(words) else words)
            phrases.append((thing, [], match.start(), match.end()))
    for match in _PRONOUN_PASSIVE.finditer(text):
        thing, place = _antecedent(text[: match.start()])
        phrases.append((thing, place, match.start(), match.end()))
    return phrases


def _antecedent(before: str) -> tuple[list[str], list[str]]:
    """The thing a pronoun after a time word stands for ("construction near the old shrine
    in <town> before it was razed"): the noun phrase just before, from its article on."""
    words = [_clean(w) for w in before.split()][-ANTECEDENT_WORDS:]
    articles = [i for i, w in enumerate(words) if w in _ARTICLES]
    return _thing_after(words[articles[-1] + 1 :]) if articles else ([], [])


def _words(phrase: Phrase) -> set[str]:
    """A phrase's naming words (none for a plural thing, many things being many deeds)."""
    thing = [w for w in phrase[0] if w and w not in _EMPTY and not _is_time(w)]
    if not thing or _plural(thing[-1]):
        return set()
    return {w for w in (*thing, *phrase[1]) if len(w) > 2}


@lru_cache(maxsize=SENTENCES_KEPT)
def razed_things(text: str) -> frozenset[str]:
    """Words naming the things the sentence tells destroyed (the thing's own words and the
    town it stood in), none for a plural thing."""
    return frozenset(w for phrase in _phrases(text.lower()) for w in _words(phrase))


@lru_cache(maxsize=SENTENCES_KEPT)
def dated_razed_things(text: str, when: str) -> frozenset[str]:
    """Words of the things the sentence tells destroyed at ``when``, the record's own date
    told right beside the phrase or within it ("december 1992 (demolition of the mosque)",
    "the demolition of the mosque in 1992"), not as what another deed came after ("riots
    after the demolition ..."), and no riot of that year told beside it ("the demolition in
    1992 and the riots that followed"): a record so dated is the destruction, whatever type
    the pipeline gave it."""
    text, when = text.lower(), when.lower()
    dated = [m.start() for m in re.finditer(re.escape(when), text)] if when else []
    if not dated or _riot_of_year(text, when[-4:]):
        return frozenset()
    named: set[str] = set()
    for phrase in _phrases(text):
        start, end = phrase[2], phrase[3]
        beside = any(start <= at < end or _only_marks(text[at + len(when) : start]) for at in dated)
        if beside and not told_as_background(text, start):
            named |= _words(phrase)
    return frozenset(named)


def _only_marks(gap: str) -> bool:
    """Nothing but spaces and brackets or dashes between a date and a phrase."""
    return len(gap) <= 4 and not re.search(r"[a-z0-9]", gap)


def _riot_of_year(text: str, year: str) -> bool:
    """A riot word of the sentence whose nearest year is ``year``."""
    years = [(m.start(), m.group()) for m in re.finditer(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", text)]
    for riot in _RIOT.finditer(text):
        nearest = min(years, key=lambda y: abs(y[0] - riot.start()), default=None)
        if nearest is not None and nearest[1] == year:
            return True
    return False


def _passive_place(words: list[str]) -> bool:
    """"the structure at <town> was razed": the place belongs to the thing's phrase."""
    return len(words) >= 3 and words[-2] in _PLACE_PREPOSITIONS


def razing(event: Event) -> tuple[int, frozenset[str]] | None:
    """The year and the thing's words of a recalled destruction the record is: a historical
    record, dated by a year its own sentence gives, coded as the destruction or, of another
    violent type, dated by the destruction's own date (``dated_razed_things``)."""
    if event.modality != "historical" or not is_violent(event) or not event.date.start:
        return None
    year = event.date.start[:4]
    if not year.isdigit() or year not in event.evidence.text or year not in (event.date.text or ""):
        return None
    text = event.evidence.text
    own = event.sub_event_type == DESTRUCTION
    things = razed_things(text) if own else dated_razed_things(text, event.date.text or "")
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
