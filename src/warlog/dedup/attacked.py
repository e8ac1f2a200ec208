"""A notorious attack recalled by its target and its own date: "the September 11 attacks in the US".

Stories for months after recall a landmark attack to explain today's news (a trade hit, a
fear of travel). The pipeline places such a recall where its own story is, gives it the
story's doers, and codes it as whichever violent sub-type its words suggest, so place,
actors and type say nothing of the recalled deed. What names it is what the deed was
aimed at, in the deed's own phrase ("the attack on <thing>", "the strikes in <country>",
"<thing> was attacked"), and the date the sentence tells it by. Two historical records of
different stories sharing such a target, dated by times their sentences give that nest
(a year holds its day), tell one attack (``same_attack``), as ``razed.same_razing`` does
for a destruction. A building is named by its qualifier (``incident.thing_keys``): a bare
"the centre" never matches "the <name> centre", and two qualifiers are two buildings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extract.premises import BUILDINGS
from ..record import Event
from .incident import is_violent, other_things, qualifies, thing_keys
from .razed import SENTENCES_KEPT, nested
from .recalled import Spans

_DEEDS = r"attacks?|strikes?|bombings?|blasts?|storming|assaults?|explosions?"
_PASSIVE_VERBS = r"attacked|bombed|stormed|blown up"
# "the attack(s) on|of|in|at <target>", "<target> was attacked".
_DEED_PHRASE = re.compile(rf"\b(?:{_DEEDS}) (?:on|of|in|at) ((?:[a-z.'’-]+ ?){{1,6}})")
_PASSIVE = re.compile(rf"((?:[a-z.'’-]+ ){{1,8}})(?:was|were|had been|has been|got) (?:{_PASSIVE_VERBS})\b")
# Words that end a target's phrase: a new clause or the deed's doers.
_ENDS = frozenset("and but or which who whom that when where while as by with for from to is was were had has have".split())
_LINKS = frozenset({"on", "of", "in", "at", "the", "a", "an"})
# "the US" is a country's name, not the pronoun: read as one word that keeps.
_US = re.compile(r"\bthe (?:u\.s\.a?\.?|usa|us)(?![a-z])")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def _target(words: list[str]) -> list[str]:
    """The target's words, up to the first ending word, links skipped."""
    target: list[str] = []
    for word in words:
        word = word.strip(".'’-,")
        if word in _ENDS:
            break
        if word and word not in _LINKS:
            target.append(word)
    return target


def _names(words: list[str]) -> set[str]:
    """The target's naming words: buildings by their qualifier, other words that are not
    times, kinds or stop words (a country, a city)."""
    names = {w for w in words if qualifies(w) and w not in _MONTHS and len(w) > 2}
    return {w for w in names if w not in BUILDINGS} | thing_keys(words)


@lru_cache(maxsize=SENTENCES_KEPT)
def attack_targets(text: str) -> frozenset[str]:
    """Keys of what the attacks a sentence tells were aimed at (module docstring)."""
    text = _US.sub("the unitedstates", text.lower())
    keys: set[str] = set()
    for match in _DEED_PHRASE.finditer(text):
        keys |= _names(_target(match.group(1).split()))
    for match in _PASSIVE.finditer(text):
        words = match.group(1).split()
        ends = [i for i, w in enumerate(words) if w.strip(".,") in _ENDS]
        keys |= _names(_target(words[ends[-1] + 1 :] if ends else words))
    return frozenset(keys)


def _own_date(event: Event) -> bool:
    """Dated by a time its own sentence gives ("september 11", "last year")."""
    told = (event.date.text or "").lower()
    return bool(told) and told in event.evidence.text.lower()


def recalled_attack(event: Event) -> frozenset[str]:
    """The targets of a recalled attack the record is: historical, violent, dated by its own
    sentence; none otherwise."""
    if event.modality != "historical" or not is_violent(event) or not _own_date(event):
        return frozenset()
    return attack_targets(event.evidence.text)


def same_attack(a: Event, b: Event, spans: Spans) -> bool:
    """Two recalls, of different stories, of one attack on one target at nesting dates
    (module docstring): whatever place, doers and violent sub-type their stories gave them."""
    if a.article_id == b.article_id:
        return False
    first, second = recalled_attack(a), recalled_attack(b)
    if not first & second or other_things(first, second):
        return False
    return nested(*spans)
