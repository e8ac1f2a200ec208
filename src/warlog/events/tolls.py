"""Death tolls told after the event's own sentence: "ASWJ attacked Malenganhe. Three people died."

Reports give the act first and the toll in the next sentence; when that sentence
is no event of its own it belongs to the event before it. Fatalities are counted
for every factual event type (a protest dispersed with live fire has deaths too),
except a peaceful protest, which by ACLED's definition has none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

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
    """Fatalities from the toll sentences that follow an event whose sentence gives none."""
    starts = {m.evidence.start for e in events for m in e.mentions} | {e.evidence.start for e in events}
    for event in events:
        if event.sub_event_type in NO_DEATHS:
            event.fatalities = None
            continue
        if event.fatalities is not None or event.modality not in FACTUAL_MODALITIES:
            continue
        for sent in _following(doc, event, starts):
            deaths = fatalities(extract_quantities(sent))
            if deaths is not None:
                event.fatalities = deaths
                break
