"""A toll of one named deed names it: "the toll from the ambush at <name> climbed to 60".

A running toll is a statement of its own (``incident.Reference``), and one that sums several
happenings is none of them (``compare.sums_happenings``); but a toll whose own phrase is one
deed's counts that deed's dead alone, so a later report bringing it up to date tells that deed.
"""

from __future__ import annotations

import re

from .incident import HEADS, TOKEN, named_incidents

# "the toll from the ambush at <name> climbed to 60": a toll of one named deed.
_TOLL_OF = re.compile(r"\btoll (?:in|of|from) ([^.;,\d]{0,120})")
# Where the toll's own phrase ends: another happening told beside it ("..., starting with ...").
_PHRASE_END = re.compile(r"\b(?:which|who|that|with|including|excluding|starting|since|when|after|following)\b")
TOLL_HEAD_WORDS = 4  # the deed's head noun within this many words after "toll in|of|from"


def counted_incident(text: str) -> frozenset[str]:
    """The named incident a toll counts the dead of, when the toll is the deed's own ("the
    toll from the ambush at <name> climbed to 60"): a statement about that deed. A toll of
    a wave or a span ("the toll of the unrest", "the toll of the past week") names none."""
    match = _TOLL_OF.search(text.lower())
    if match is None:
        return frozenset()
    phrase = _PHRASE_END.split(match.group(1))[0]
    if not any(t in HEADS for t in TOKEN.findall(phrase)[:TOLL_HEAD_WORDS]):
        return frozenset()
    return named_incidents(phrase)
