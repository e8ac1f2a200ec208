"""Where a report says it was told from, when its record was placed elsewhere.

Two stock forms of wire copy put a sentence in a town its record may not carry:
- "<agency or reporter> adds from <town>: ..." appended to a story filed elsewhere
  ("lucknow: ... <reporter> adds from ayodhya: ..."): the sentence was told from that
  town, while the record may carry the story's dateline.
- a lead under a dateline of several towns ("kaduna/zaria: ...") that could be placed no
  finer than their region: unless it sums the towns up (``told.sums_towns``), it tells
  one scene in one of them.
Such a record agrees in place with a record put at that town, which is then judged at
the town's threshold (``told_there``). Nothing else of a sentence moves its place: a town
named in passing was tried and cost precision (GUIDE.md, rounds 13 and 19).
"""

from __future__ import annotations

import re

from ..geo.normalise import fold
from ..record import Event
from .told import dateline_towns, is_town, regional, sums_towns

# "vn arora adds from ayodhya:", "pti adds from kano:" (a name of one or two words).
_ADDS_FROM = re.compile(r"^[a-z]+(?: [a-z]+)? adds from ([a-z][a-z .'-]{1,30}?):")


def adds_from(text: str) -> str | None:
    """The town a sentence says it was added from ("<agency> adds from <town>: ..."), or None."""
    match = _ADDS_FROM.match(text.lower().lstrip())
    return match.group(1).strip() if match else None


def told_from(event: Event) -> frozenset[str]:
    """The towns (folded) the record's sentence was told from, beside its own place: the
    town an "adds from" opener names, or a regional lead's dateline towns (module docstring)."""
    text = event.evidence.text
    town = adds_from(text)
    if town is not None:
        return frozenset({fold(town)})
    if regional(event.location) and not sums_towns(event):
        return frozenset(fold(t) for t in dateline_towns(text))
    return frozenset()


def told_there(a: Event, b: Event) -> bool:
    """One record's sentence was told from the town the other record is put at."""
    return any(is_town(y.location) and fold(y.location.name or "") in told_from(x) for x, y in ((a, b), (b, a)))
