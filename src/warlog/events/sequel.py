"""Later sentences that go on telling the happening just told.

A wire story tells one attack over several sentences: the lead ("Suspected jihadists
killed nine civilians in an attack on a village ... on Sunday"), then its course ("The
gunmen arrived on motorbikes in Silgadji ... and opened fire"), its other deeds ("The
attackers also burned shops") or its toll ("Three people were killed in the
clashes"). ACLED codes one event, of the type told first. A sentence that names its own
day, or tells a further act ("another village", "a second blast"), tells a second one.
"""

from __future__ import annotations

import re

from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES

# Characters between two sentences that follow each other (space, a line break).
NEXT_SENTENCE_GAP = 3
# Body sentences further apart than this (a sentence or two between them) tell two
# scenes of a roundup unless the lead joins them; as far as a definite description reaches.
BODY_GAP = 250
# Where an article's headline and lead end (characters): what they tell, the body retells.
LEAD_CHARS = 400

# The violence an attack is told as: an ambush, and the blast or gunfire it began with.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# What a definite description may take up: violence, a crowd's clash with the police.
_TAKEN_UP_TYPES = VIOLENT_TYPES | {"Riots", "Protests"}
# "Another bomb ...", "A second blast ...", "Later, ...": the sentence tells a further act.
FURTHER_ACT = re.compile(r"\b(?:another|second|third|separate|later|subsequent|next)\b", re.IGNORECASE)
# "The gunmen arrived ...", "The assailants, armed with machetes, ...": the doers just told.
_DEFINITE_DOERS = re.compile(
    r"^(?:the|these|those) (?:suspected |armed |unidentified |masked )?"
    r"(?:gunm[ae]n|attackers?|assailants?|raiders?|militants?|insurgents?|jihadists?|bandits?"
    r"|kidnappers?|abductors?|militiam[ae]n|assaulters?|fighters|rebels|terrorists|extremists)\b",
    re.IGNORECASE,
)
# "... were killed and dozens injured in the clashes": the act just told, by its name.
_DEFINITE_ACT = re.compile(
    r"\b(?:in|during) the (?:clash(?:es)?|violence|unrest|fighting|attacks?|raids?|assault|ambush|incident)\b",
    re.IGNORECASE,
)


_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d,])")


def tally(text: str) -> bool:
    """A figure in the thousands that is not a year ("fired 5,176 rounds"): a running total."""
    for match in _THOUSANDS.finditer(text):
        figure = match.group(1)
        if "," in figure or not 1900 <= int(figure) <= 2099:
            return True
    return False


def names_own(event: Event) -> bool:
    """The sentence itself names the record's date or place (not ones lent by the last)."""
    told = [event.date.text, event.location.text]
    return any(text is not None and text in event.evidence.text for text in told)


def _dates_itself(event: Event) -> bool:
    return event.date.text is not None and event.date.text in event.evidence.text


# "The builder was also attacked on March 3": "also" with a day of the sentence's own.
ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def another_occasion(a: Event, b: Event) -> bool:
    """The later sentence says "also" and names a day of its own that the earlier does not
    state ("gunmen fired at a builder ..." ... "the builder was also attacked on March 3"):
    the same people struck on another occasion, told as its background, not a part of the
    happening told first (whose own day, unstated, is the report's)."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if ALSO.search(second.evidence.text) is None or not _dates_itself(second):
        return False
    return not (_dates_itself(first) and first.date.start == second.date.start)


def _doers_untold(event: Event) -> bool:
    """The record's doer is not in its sentence ("three people were killed in the clashes")."""
    doer = event.actor1
    return doer is None or doer.text is None or doer.text not in event.evidence.text


def takes_up(first: Event, second: Event) -> bool:
    """The later sentence opens on a definite description of the doers just told ("The
    gunmen ...", "The attackers also ..."), or tells its dead, with no doer of its own,
    "in the clashes": more of the earlier record's happening. ("Houses were burned
    during the clashes" is left to the other rules: its victims are no clash's side.)"""
    if first.event_type not in _TAKEN_UP_TYPES:
        return False
    text = second.evidence.text
    opens_on_doers = _DEFINITE_DOERS.match(text) is not None and first.event_type in VIOLENT_TYPES | {"Riots"}
    dead_in_it = second.fatalities is not None and _DEFINITE_ACT.search(text) is not None
    return opens_on_doers or (dead_in_it and _doers_untold(second))


def continues(a: Event, b: Event) -> bool:
    """The later of two records goes on telling the earlier's happening, with no date of
    its own and no further act. Either the very next sentence tells a part of the attack
    with no place or toll of its own ("militants ambushed a convoy ..., killing 5
    soldiers." "A roadside bomb struck the lead vehicle before the gunmen opened fire."),
    or a sentence within a paragraph or two takes up its doers or act (``takes_up``),
    which may name the village and its dead."""
    first, second = sorted((a, b), key=lambda e: e.evidence.start)
    if first.article_id != second.article_id or first.modality not in FACTUAL_MODALITIES:
        return False
    if _dates_itself(second) or FURTHER_ACT.search(second.evidence.text):
        return False
    gap = second.evidence.start - first.evidence.end
    if 0 <= gap <= BODY_GAP and takes_up(first, second):
        return True
    # A running total ("have fired 5,176 rounds") sums up weeks, no part of one attack.
    part = {first.event_type, second.event_type} <= VIOLENT_TYPES and second.fatalities is None
    return part and not names_own(second) and not tally(second.evidence.text) and 0 <= gap <= NEXT_SENTENCE_GAP


# "Shot dead: a boy was ...", "Arrested: police held ...": a roundup's next item, under a
# label of its own (a dateline opens the lead); not a quote's speaker ("residents said: ...").
_SECTION = re.compile(r"^([a-z][a-z '-]{1,30}):\s", re.IGNORECASE)
_SPEAKING = re.compile(r"\b(?:said|says|told|tells|recalled|recalls|asked|replied|added|include[sd]?|is|are|was|were)$", re.IGNORECASE)


def opens_section(text: str, start: int) -> bool:
    """A sentence (at ``start`` in its story) in the body that opens on a short label and a
    colon: another item of a roundup ("Killed: a guard fell from a bus ..."), whatever it
    shares with the lead."""
    label = _SECTION.match(text)
    return start >= LEAD_CHARS and label is not None and _SPEAKING.search(label.group(1)) is None


def is_headline(event: Event) -> bool:
    """The record is told by the article's title line (no full stop at its end)."""
    return event.evidence.start == 0 and not event.evidence.text.rstrip().endswith((".", "!", "?", '"', "'"))


def _counts(event: Event) -> set[float]:
    values = {q.value for q in event.quantities if q.value}
    return values | ({float(event.fatalities)} if event.fatalities else set())


def headline_toll(a: Event, b: Event) -> bool:
    """A headline repeating the toll the lead tells ("Clashes in DR Congo's Ituri kill 22"
    ... "At least 22 people were killed when CODECO militiamen attacked a camp") tells the
    lead's happening, whatever its sub-type word."""
    head, lead = sorted((a, b), key=lambda e: e.evidence.start)
    if not is_headline(head) or lead.fatalities is None or lead.modality not in FACTUAL_MODALITIES:
        return False
    return lead.evidence.start < LEAD_CHARS and float(lead.fatalities) in _counts(head)
