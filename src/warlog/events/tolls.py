"""Death tolls told after the event's own sentence: "ASWJ attacked Malenganhe. Three people died."

Reports give the act first and the toll in the next sentence; when that sentence
is no event of its own it belongs to the event before it. A later toll sentence
tells more dead ("Two soldiers were also killed", "Fourteen militants were killed in a
counterattack", "18 others died later") and adds to the toll, unless it is another
account ("A local source said 22 died") or names the same dead again ("The officer was
killed after ..."). Fatalities are counted for every factual event type (a protest
dispersed with live fire has deaths too), except a peaceful protest, which by ACLED's
definition has none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..normalise.quantities import extract_quantities, fatalities
from ..record import Event
from ..taxonomy import FACTUAL_MODALITIES
from .paragraphs import paragraph

NO_DEATHS = frozenset({"Peaceful protest"})


def _following(doc: Doc, event: Event, starts: set[int]) -> list[Span]:
    """Sentences after the event's own in its paragraph, up to the next event's sentence."""
    span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    if span is None:
        return []
    own = span[0].sent
    after = [s for s in paragraph(own) if s.start_char > own.start_char]
    found = []
    for sent in after:
        if sent.start_char in starts:
            break
        found.append(sent)
    return found


def fill_tolls(events: list[Event], doc: Doc) -> None:
    """Fatalities from the toll sentences that follow an event: the first gives the toll
    of an event whose sentence gives none; each further one telling more dead adds to it."""
    starts = {m.evidence.start for e in events for m in e.mentions} | {e.evidence.start for e in events}
    for event in events:
        if event.sub_event_type in NO_DEATHS:
            event.fatalities = None
            continue
        if event.modality not in FACTUAL_MODALITIES:
            continue
        for sent in _following(doc, event, starts):
            deaths = fatalities(extract_quantities(sent))
            if deaths is not None:
                event.fatalities = add_toll(event.fatalities, deaths, sent)


def add_toll(toll: int | None, deaths: int, sent: Span) -> int:
    """The toll after a later sentence tells ``deaths``: the sum when it tells more dead
    (a new figure, or "also"/"others"), else the larger figure (the toll told again)."""
    if toll is None:
        return deaths
    more = deaths != toll or any(t.lower_ in _MORE_WORDS for t in sent)
    return toll + deaths if more and tells_more_dead(sent) else max(toll, deaths)


_MORE_WORDS = frozenset({"also", "other", "others", "another", "more", "further", "additional"})


# Verbs by which a source gives its own account ("A local source said 22 died").
ACCOUNT_LEMMAS = frozenset(
    {"say", "report", "claim", "state", "conclude", "allege", "estimate", "confirm", "announce", "tell", "indicate"}
)
_DEFINITE = frozenset({"the", "this", "these", "those", "that"})


def tells_more_dead(sent: Span) -> bool:
    """A toll sentence adding to the one told before: not a source's own account (a
    reporting verb with a subject; "were reported killed" is no account), and no dead
    named again by a definite phrase ("The officer was killed", "the 11 deaths")."""
    root = sent.root
    if root.lemma_.lower() in ACCOUNT_LEMMAS and any(c.dep_ == "nsubj" for c in root.children):
        return False
    return not any(_definite_dead(token) for token in sent if token.lemma_.lower() in _DEAD_WORDS)


_DEAD_WORDS = frozenset({"kill", "die", "dead", "death", "fatality", "body", "corpse"})


def _definite_dead(word: Token) -> bool:
    """A death word whose dead are a definite phrase: its subject/object or itself."""
    phrases = [word, *(c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(any(d.dep_ in ("det", "poss") and d.lower_ in _DEFINITE for d in p.children) for p in phrases)
