"""One violent happening told over consecutive sentences of one story.

Reporters tell a riot in steps ("a mob set fire to an ambulance ..." then "the
police escorting it fired into the air ..."), and the pipeline codes each
sentence on its own: Mob violence, then Violent demonstration or Armed clash, or
police firing read as shelling. ``events.merge`` joins such records only when
they got one sub-type, so de-duplication joins the rest: two records of one
story whose sentences follow each other, both violent, both factual, at
overlapping dates and not at two different places, are one happening.

What keeps a roundup story ("in Vadodara ... In Surat ...") apart:
- a place conflict, unless one sentence names the other record's place (the
  pipeline often placed one of the two wrongly: "rioting in Bharuch" put in
  another town);
- two different days named ("on thursday" ... "on friday");
- a second sentence that opens a new scene: with its own place or day ("In
  Vadodara, ...", "On thursday, ...", "Overnight, ...") or as another incident
  ("in a fresh outbreak", "more incidents were reported");
- a sentence naming an incident ("the Godhra carnage"): it links by that name
  (``incident``), and the sentences around a back-reference usually tell the
  story's own, other news;
- a cumulative statement (a toll, a death, arrest or property count): statistics
  listed one after another are separate statements (see ``incident``), except
  that a sentence going on about "the toll" without a figure of its own restates
  the toll the sentence before it gave ("... reached 726." "The toll mounted ...").
"""

from __future__ import annotations

import re

from ..events.merge import same_place
from ..geo.normalise import fold
from ..record import Event, Location
from ..taxonomy import FACTUAL_MODALITIES
from .incident import Reference, is_violent

# Characters between two sentences that follow each other (a space, a line break).
SENTENCE_GAP = 3

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DAY = re.compile(rf"\b({_WEEKDAYS})\b")
_NEW_SCENE = re.compile(
    rf"^(?:in|at) [^,.]{{1,40}},|^(?:on )?(?:{_WEEKDAYS})\b|^overnight\b"
    r"|\b(?:fresh|another|more|other|similar) (?:incidents?|outbreaks?|violence|attacks?|clashes|killings?)\b"
)
_TOLL_WORD = re.compile(r"\btoll\b")
# A figure of its own: digits that are not a day of a month ("starting march 13").
_MONTH_DAY = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}\b")
_DIGIT = re.compile(r"\d")


def consecutive(a: Event, b: Event) -> bool:
    """Whether the two records' sentences follow each other in one story."""
    if a.article_id != b.article_id:
        return False
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    return 0 <= second.evidence.start - first.evidence.end <= SENTENCE_GAP


def opens_new_scene(text: str) -> bool:
    """Whether a sentence starts another happening rather than going on with the last one."""
    return _NEW_SCENE.search(text.lower()) is not None


def days_named(text: str) -> frozenset[str]:
    """Weekdays a sentence names ("on friday")."""
    return frozenset(_DAY.findall(text.lower()))


def other_days(a: Event, b: Event) -> bool:
    """Both sentences name a weekday, and no weekday in common: two days, two happenings."""
    days_a, days_b = days_named(a.evidence.text), days_named(b.evidence.text)
    return bool(days_a and days_b and not days_a & days_b)


def names_place(text: str, location: Location) -> bool:
    """Whether a sentence names the place a record was put at."""
    if not location.name:
        return False
    return re.search(rf"\b{re.escape(fold(location.name))}\b", fold(text)) is not None


def place_agrees(a: Event, b: Event, radius_km: dict[int, float]) -> bool:
    """Places compatible, or one sentence names the other's place in the same country.

    Never across countries: the store looks for candidates within the country only.
    """
    if same_place(a.location, b.location, radius_km):
        return True
    codes = {a.location.country_code, b.location.country_code} - {None}
    if len(codes) > 1:
        return False
    return names_place(a.evidence.text, b.location) or names_place(b.evidence.text, a.location)


def counts_something(event: Event, reference: Reference) -> bool:
    """A toll (even one in words, "risen to eight"), a death, arrest or property count:
    a cumulative statement of its own."""
    figures = (reference.toll, reference.dead, reference.arrested, reference.damaged)
    return any(x is not None for x in figures) or _TOLL_WORD.search(event.evidence.text.lower()) is not None


def restates_toll(a: Event, b: Event, references: tuple[Reference, Reference]) -> bool:
    """A sentence stating a toll, and the next speaking of "the toll" with no figure at all.

    Only the toll told *before* it: a figureless sentence between two tolls must
    not bridge them.
    """
    if not consecutive(a, b):
        return False
    (first, first_ref), (second, second_ref) = sorted(zip((a, b), references), key=lambda x: x[0].evidence.start)
    if first_ref.toll is None or second_ref.toll is not None or not counts_something(second, second_ref):
        return False
    # "Out of this, 97 died ...": a figure of its own is another statement.
    return _DIGIT.search(_MONTH_DAY.sub("", second.evidence.text.lower())) is None


def told_together(a: Event, b: Event, references: tuple[Reference, Reference], radius_km: dict[int, float]) -> bool:
    """One violent happening told in two consecutive sentences of one story (module
    docstring); the caller checks that the dates overlap."""
    if not consecutive(a, b) or not (is_violent(a) and is_violent(b)):
        return False
    if a.modality not in FACTUAL_MODALITIES or b.modality not in FACTUAL_MODALITIES:
        return False
    if any(r.incidents or counts_something(e, r) for e, r in zip((a, b), references)) or other_days(a, b):
        return False
    if opens_new_scene(max((a, b), key=lambda e: e.evidence.start).evidence.text):
        return False
    return place_agrees(a, b, radius_km)
