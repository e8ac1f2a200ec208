"""Paragraphs of a parsed article: the sentences between blank lines.

Several steps look beyond an event's own sentence (a date set earlier in the
paragraph, the paragraph's actors, a toll told in the next sentence), but never
across a blank line. These helpers walk from a sentence to its neighbours
(``token.sent``) and read the article text once per call: they run for every
event, so they must not cost a pass over the whole document each time
(``Doc.text`` and ``Doc.sents`` both rebuild from every token).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def blank_between(text: str, before: Span, after: Span) -> bool:
    """Whether a blank line separates two adjacent sentences of ``text`` (the doc's text)."""
    gap = text[before.start_char : after.start_char]
    return "\n\n" in gap[len(gap.rstrip()) :]


def evidence_sentence(doc: Doc, start: int, end: int) -> Span | None:
    """The sentence an evidence span (character offsets) begins in; None when the
    offsets fall outside the doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0].sent if span is not None else None


def sentences_before(sent: Span, limit: int, text: str | None = None) -> list[Span]:
    """Up to ``limit`` earlier sentences of ``sent``'s paragraph, nearest first."""
    doc: Doc = sent.doc
    text = doc.text if text is None else text
    found: list[Span] = []
    first = sent
    while first.start > 0 and len(found) < limit:
        previous = doc[first.start - 1].sent
        if blank_between(text, previous, first):
            break
        found.append(previous)
        first = previous
    return found


def paragraph(sent: Span) -> list[Span]:
    """The sentences of ``sent``'s paragraph, in order."""
    doc: Doc = sent.doc
    text = doc.text
    after: list[Span] = []
    last = sent
    while last.end < len(doc):
        following = doc[last.end].sent
        if blank_between(text, last, following):
            break
        after.append(following)
        last = following
    return [*reversed(sentences_before(sent, len(doc), text)), sent, *after]
