"""Which of a sentence's dates is its event's: the one nearest the event's verb in the parse.

A sentence often holds several dates: the day a source told of the event ("police said
on Saturday"), a participle clause's own time ("pupils abducted last week marched on
Friday"), a year that counts something ("burnt 1998 houses"). ``dates`` reads each
expression; this module picks the event's among them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from ..record import EventDate
from .dates import Found, find_dates, match_whole


def sentence_date(sent: Span, ref: date | None, trigger: Token | None = None) -> EventDate:
    """The date of the event a sentence reports.

    Candidates are our patterns plus spaCy DATE entities they do not cover. A resolved
    date beats an unresolved one, and any date beats the day a source told of it; then
    the date closest in the parse to ``trigger`` (the event's verb, when the caller
    knows it) or to the sentence root; then the earliest. No date expression: every field null (the caller applies the article date).
    """
    found = [f for f in find_dates(sent.text, ref) if not _counts_something(sent, f.start, f.end)]
    for ent in sent.ents:
        start, end = ent.start_char - sent.start_char, ent.end_char - sent.start_char
        if ent.label_ != "DATE" or _counts_something(sent, start, end):
            continue
        if any(start < f.end and f.start < end for f in found):
            continue
        whole = match_whole(ent.text, ref)
        if whole is not None:
            found.append(Found(start, end, whole.text, whole.span))
    if not found:
        return EventDate()
    anchor = trigger if trigger is not None else sent.root

    def told(f: Found) -> bool:  # "..., sources said on Monday": when it was told, a last resort
        return trigger is not None and _day_told(sent, f, trigger)

    best = min(found, key=lambda f: (f.span is None, told(f), _distance(sent, f, anchor), f.start))
    if trigger is not None and best.span is not None and best.span.start == best.span.end and _day_told(sent, best, trigger):
        day = best.span.end
        start = day - timedelta(days=TELLING_LAG_DAYS)
        return EventDate(start=start.isoformat(), end=day.isoformat(), precision=2, text=best.text)
    return best.event_date()


# Verbs by which a source tells of an event, and how many days before its telling the
# event may lie ("killed 30 people, police said on Saturday": Thursday night's raid).
TELLING_VERBS = frozenset({"say", "tell", "report", "announce", "confirm", "add", "state", "claim"})
TELLING_LAG_DAYS = 3


def _day_told(sent: Span, found: Found, trigger: Token) -> bool:
    """The date is the day a source told of the event, after it ("..., police said on
    Saturday"), not the event's: a fronted "On 5 March, police reported ..." dates the
    event itself, as ACLED's notes write it, and so does "a clash was reported on Monday"."""
    span = sent.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head.head if span.root.head.dep_ == "prep" else span.root.head
    # a source that speaks ("police said"); "a clash was reported on Monday" dates the clash
    source = any(c.dep_ == "nsubj" and trigger not in c.subtree for c in verb.children)
    return (
        verb.pos_ == "VERB" and verb.lemma_.lower() in TELLING_VERBS and verb.i != trigger.i and source
        and trigger.i < verb.i < span.start
    )


# Plural nouns a year names ("in 2002 riots", "victims of 1984 killings"); any other
# plural noun after a bare number is what it counts ("fired over 2000 rounds").
_YEAR_NOUNS = frozenset(
    """riots riot killings massacres blasts bombings attacks clashes elections polls
    floods earthquakes games olympics protests strikes wars events""".split()
)


def _counts_something(sent: Span, start: int, end: int) -> bool:
    """A bare number read as a year that counts a noun ("burnt 1998 houses", "2,082
    shops", "of 2000 people detained"): a quantity, not a date."""
    span = sent.char_span(start, end, alignment_mode="expand")
    if span is None or not span[-1].like_num or not re.fullmatch(r"[\d,]+", span[-1].text):
        return False
    number = span[-1]
    if "," in number.text:
        return True
    following = sent.doc[number.i + 1] if number.i + 1 < sent.end else None
    if following is None or following.tag_ not in ("NNS", "NNPS"):
        return number.dep_ == "nummod" and number.head.tag_ in ("NNS", "NNPS") and not _names_years(number.head)
    return not _names_years(following)


def _names_years(noun: Token) -> bool:
    return noun.lower_ in _YEAR_NOUNS or noun.lemma_.lower() + "s" in _YEAR_NOUNS


def _distance(sent: Span, found: Found, anchor: Token) -> int:
    """Edges between the expression's head and ``anchor`` in the dependency tree."""
    span = sent.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return 99
    head = _participle_before(span) or span.root
    up = {token.i: depth for depth, token in enumerate([head, *head.ancestors])}
    for depth, token in enumerate([anchor, *anchor.ancestors]):
        if token.i in up:
            return depth + up[token.i]
    return 99


def _participle_before(span: Span) -> Token | None:
    """The participle a date right after its clause belongs to, when the parser hung it on
    the main verb: in "parents of pupils abducted last week marched on Friday" the week
    dates the abduction, not the march. Only a date between the subject's participle
    clause and its verb is moved; "last week, parents marched" keeps its verb."""
    root = span.root
    verb = root.head
    if root.dep_ != "npadvmod" or span.end > verb.i or span.start == 0:
        return None
    before = span.doc[span.start - 1]
    participle = next((t for t in [before, *before.ancestors] if t.dep_ == "acl" and t.tag_ == "VBN"), None)
    if participle is None or participle.i >= span.start or verb not in participle.ancestors:
        return None
    return participle if max(t.i for t in participle.subtree) == span.start - 1 else None
