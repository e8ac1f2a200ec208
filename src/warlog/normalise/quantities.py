"""Counts in a sentence ("more than one thousand militants surrendered") and fatalities.

A number is found by pattern (digits, words, ranges, qualifiers, vague counts); what it
counts comes from the dependency parse: the counted noun and the role of the verb that
governs it, because "3 militants killed 5 civilians" counts 5 fatalities, not 3.

Qualifier conventions: "more than/over N" -> min N+1; "at least N" -> min N;
"up to/as many as N" -> max N; "fewer/less than N" -> max N-1; "nearly/about N" -> value N
(approximate); "N to M" / "between N and M" / "N or M" -> min N, max M. Vague counts
follow ``numbers.VAGUE_BOUNDS``. Skipped: dates, times, durations, ages, money,
distances, years, ordinals, long digit strings (phone numbers), numbers in names
("Brigade 52") and a bare "one" that counts nothing we know.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..record import Quantity
from .causes import told_as_cause
from .dates import find_dates
from .euphemisms import died_by_euphemism, kills_by_euphemism
from .numbers import NUMBER_PATTERN, VAGUE_BOUNDS, parse_number, vague_bounds
from .victims import (
    breaks_down,
    companion_verb,
    count_after_verb,
    gapped_count,
    killed_oneself,
    listed_appositive,
    married_pair,
    object_after_date,
    own_fate,
    same_person,
    shot_dead_object,
    subject_before_passive,
    verb_object,
)

FATALITIES = "fatalities"
# Deaths a party claims to have caused or suffered ("claimed to have killed 1000
# militants"): ACLED takes the reported toll over a side's claim, and a claim only
# when nothing else is told.
CLAIMED_FATALITIES = "claimed fatalities"
CLAIM_LEMMAS = frozenset({"claim"})
# Deaths told as the cause of what a sentence reports ("protested following the death
# of a student", "rioted after a bus killed a man", "demanding justice for the murdered
# girl"): an earlier happening's toll, never the toll of the protest or raid told.
EARLIER_FATALITIES = "earlier fatalities"
# "He later died in hospital": one death, told by a pronoun that may point back at someone
# already counted, so it is the toll only when nothing else is told.
PRONOUN_FATALITY = "fatality told by a pronoun"
# "killed seven people (five civilians and two soldiers)": who the dead already counted
# were, told in brackets after their count; never more dead.
COUNTED_AGAIN = "fatalities already counted"
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
# "The death toll rose to eight", "bringing the number of dead to nine": the toll brought
# up to date, which replaces a figure told before rather than adding to it; beside the sentence's own count of dead ("killing two more, bringing the toll to
# 14") it is not this event's toll.
TOLL_TO_DATE = "toll to date"
# "The military put the toll at 10": a source's own figure for the toll, beside another
# told in the sentence a rival count of the same dead (ACLED keeps the lower).
TOLL_ACCOUNT = "toll by one account"

_QUALIFIERS: dict[str, str] = {
    "more than": "above", "over": "above", "upwards of": "above", "in excess of": "above",
    "just over": "above", "well over": "above",
    "at least": "min", "no fewer than": "min", "no less than": "min", "a minimum of": "min",
    "up to": "max", "as many as": "max", "at most": "max", "no more than": "max",
    "a maximum of": "max",
    "fewer than": "below", "less than": "below", "under": "below", "just under": "below",
    "nearly": "approx", "almost": "approx", "about": "approx", "around": "approx",
    "approximately": "approx", "roughly": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "close to": "approx", "a total of": "approx", "total": "approx",
}
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in _QUALIFIERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((v.replace(" ", r"\s+") for v in VAGUE_BOUNDS), key=len, reverse=True))
_PERCENT = r"\s*(?:%|percent\b|per\s+cent\b)"

_QUANTITY_RE = re.compile(
    rf"(?<![\w$€£.,-])(?:(?P<qual>(?i:{_QUAL}))\s+)?"
    rf"(?:(?i:between)\s+(?P<b1>(?i:{NUMBER_PATTERN}))\s+and\s+(?P<b2>(?i:{NUMBER_PATTERN}))"
    rf"|(?P<n1>(?i:{NUMBER_PATTERN}))(?:\s*(?:-|–|(?i:to|or))\s*(?P<n2>(?i:{NUMBER_PATTERN})))?"
    rf"|(?P<vague>(?i:{_VAGUE})))"
    rf"(?![\w-]*\d)(?!-(?i:year|month|week|day|hour))(?P<pct>{_PERCENT})?(?!\w)"
)

# What follows a number that makes it a measure rather than a count of people or things.
_NOT_COUNT_AFTER = re.compile(
    r"^\s*-?\s*(?i:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?"
    r"|a\.?m\.?|p\.?m\.?|o'clock|gmt|km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|mm|cm|kg"
    r"|tons?|tonnes?|litres?|liters?|hectares?|acres?|square|dollars?|usd|us\s+dollars|euros?"
    r"|naira|shillings?|rupees?|kyats?|dinars?|francs?|cfa|pounds?|birr|pesos?|rupiah"
    r"|takas?|yuan|million\s+(?:dollars|usd))\b"
)
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?i:no|no\.|aged|age|ages|number|usd|rs\.?|route|km)|#|\$|€|£)\s*$"
)

_TRANSITIVE: dict[str, str] = {
    "kill": FATALITIES, "slay": FATALITIES, "execute": FATALITIES, "behead": FATALITIES,
    "decapitate": FATALITIES,
    "murder": FATALITIES, "massacre": FATALITIES, "assassinate": FATALITIES, "lynch": FATALITIES,
    "injure": "injured", "wound": "injured", "hurt": "injured", "maim": "injured",
    "arrest": "arrested", "detain": "arrested", "apprehend": "arrested", "nab": "arrested",
    "abduct": "abducted", "kidnap": "abducted", "displace": "displaced",
}
_INTRANSITIVE: dict[str, str] = {
    "die": FATALITIES, "perish": FATALITIES, "succumb": FATALITIES, "surrender": "surrendered", "defect": "surrendered",
    "protest": "participants", "demonstrate": "participants", "rally": "participants",
    "march": "participants", "gather": "participants", "flee": "displaced",
}
_ADJECTIVES: dict[str, str] = {
    "dead": FATALITIES, "injured": "injured", "wounded": "injured", "missing": "missing",
}
_NOUNS: dict[str, str] = {
    "protester": "participants", "protestor": "participants", "demonstrator": "participants",
    "participant": "participants", "marcher": "participants", "rioter": "participants",
    "striker": "participants", "body": FATALITIES, "corpse": FATALITIES, "death": FATALITIES,
    "fatality": FATALITIES, "dead": FATALITIES, "casualty": "casualties", "injury": "injured",
    "arrest": "arrested", "killing": FATALITIES, "murder": FATALITIES,
}
# Animals killed are counted as what they are, never as fatalities (ACLED counts people).
_ANIMALS = {"cow", "cattle", "goat", "sheep", "camel", "horse", "donkey", "animal", "livestock", "dog", "pig",
            "chicken", "head", "ox", "oxen", "buffalo"}
_PLACE_NOUNS = {"city", "town", "territory", "area", "village", "district", "province", "land",
                "country", "region", "capital", "state", "county", "neighbourhood", "neighborhood"}
_RATE_UNITS = {"day", "week", "month", "year"}
_RATE_DETERMINERS = {"a", "an", "per", "each", "every"}


@dataclass(frozen=True)
class _Reading:
    """The numeric part of a match: an exact value and/or bounds."""

    value: float | None = None
    min: float | None = None
    max: float | None = None


def extract_quantities(sent: Span) -> list[Quantity]:
    """Counts stated in a spaCy sentence, with what each counts, in text order."""
    text = sent.text
    ours = [(f.start, f.end) for f in find_dates(text, None)]
    theirs = [
        (e.start_char - sent.start_char, e.end_char - sent.start_char)
        for e in sent.ents
        if e.label_ in ("DATE", "TIME", "MONEY", "ORDINAL")
    ]
    # spaCy often runs a date on into the next number ("On July 3, 3 IS militants"):
    # where our own date finder has a date, its narrower span wins.
    theirs = [span for span in theirs if not _overlaps(span, ours)]
    found: list[tuple[int, Quantity]] = []
    for match in _QUANTITY_RE.finditer(text):
        if _overlaps(match.span(), ours) or _inside_entity(text, match, theirs):
            continue
        if not _is_count_context(text, match):
            continue
        quantity = _quantity(sent, match)
        if quantity is not None:
            found.append((match.start(), quantity))
    found.extend(_stated_zeros(sent))
    found.extend(_implicit_singles(sent, [q for _, q in found]))
    return _bracketed_breakdown(text, sorted(found, key=lambda pair: pair[0]))


def _bracketed_breakdown(text: str, found: list[tuple[int, Quantity]]) -> list[Quantity]:
    """Fatalities told in brackets after a toll already given outside them ("7 killed
    (5 civilians and 2 soldiers)", "killed two fishermen (one was beheaded)") say who
    the dead were: they are kept as ``COUNTED_AGAIN``, not added."""
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)", text)]

    def inside(offset: int) -> tuple[int, int] | None:
        return next((b for b in brackets if b[0] < offset < b[1]), None)

    told = [offset for offset, q in found if q.what == FATALITIES and inside(offset) is None]
    quantities = []
    for offset, quantity in found:
        bracket = inside(offset)
        if quantity.what == FATALITIES and bracket is not None and any(t < bracket[0] for t in told):
            quantity = quantity.model_copy(update={"what": COUNTED_AGAIN})
        quantities.append(quantity)
    return quantities


def fatalities(quantities: Iterable[Quantity]) -> int | None:
    """Deaths stated: the sum of fatality counts (value, else lower bound), or a source's
    lower figure for the toll ("put the toll at 10"); 0 only if said; else the toll told
    as brought up to date; else a side's claim; else one dead told by a pronoun ("he died").

    A count known only by its upper bound ("up to 12 killed") gives no figure, and no
    ACLED-style placeholder is ever substituted.
    """
    quantities = list(quantities)
    accounts = _known(quantities, TOLL_ACCOUNT)  # "the military put the toll at 10": the lower figure
    for what in (FATALITIES, TOLL_TO_DATE, CLAIMED_FATALITIES):
        known = _known(quantities, what)
        if known and what == TOLL_TO_DATE:  # the toll told as brought up to date: the latest figure
            return known[-1]
        if known:
            return min([sum(known), *accounts])
        if accounts and what == FATALITIES:
            return min(accounts)
    pronouns = {q.text.lower() for q in quantities if q.what == PRONOUN_FATALITY}  # "He was shot; he died": one
    return len(pronouns) or None


def _known(quantities: list[Quantity], what: str) -> list[int]:
    """The counts of ``what`` (value, else lower bound), in text order."""
    counts = [q.value if q.value is not None else q.min for q in quantities if q.what == what]
    return [int(c) for c in counts if c is not None]


def _claimed(anchor: Token) -> bool:
    """Inside the clause a "claim" verb reports ("X claimed to have killed N", "sources
    claimed that N were killed"); not "claimed responsibility for the attack that killed N"."""
    token = anchor
    while token.head.i != token.i:
        if token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in CLAIM_LEMMAS:
            return True
        if token.dep_ in ("relcl", "acl") and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def _inside_entity(text: str, match: re.Match[str], entities: list[tuple[int, int]]) -> bool:
    """In a spaCy DATE/TIME/MONEY entity that says more than the number ("two days", "3 pm").

    spaCy also labels bare counts as dates ("Between 30 and 40" fighters); those stay.
    """
    for start, end in entities:
        if start < match.end() and match.start() < end:
            rest = text[start : match.start()] + text[match.end() : end]
            if re.search(r"\w", rest):
                return True
    return False


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _is_count_context(text: str, match: re.Match[str]) -> bool:
    """False for ages, money, durations, measures, years and phone-like digit strings."""
    number = match["n1"] or match["b1"] or ""
    if _NOT_COUNT_BEFORE.search(text[: match.start()]) or (
        not match["pct"] and _NOT_COUNT_AFTER.match(text[match.end():])
    ):
        return False
    if re.search(r"-?\s*years?[- ]old", text[match.end(): match.end() + 12]):
        return False
    digits = re.sub(r"\D", "", number)
    if len(digits) >= 7 and "," not in number and "." not in number:
        return False
    return not (re.fullmatch(r"(?:19|20)\d\d", number) and not match["pct"] and not match["n2"])


def _reading(match: re.Match[str]) -> _Reading | None:
    if match["vague"]:
        bounds = vague_bounds(match["vague"])
        return _Reading(min=bounds[0], max=bounds[1]) if bounds else None
    low = parse_number(match["b1"] or match["n1"])
    high_text = match["b2"] or match["n2"]
    high = parse_number(high_text) if high_text else None
    if low is None:
        return None
    if high is not None and high > low:
        return _Reading(min=low, max=high)
    kind = _QUALIFIERS.get(" ".join((match["qual"] or "").lower().split()))
    integral = 1 if float(low).is_integer() else 0
    if kind == "above":
        return _Reading(min=low + integral)
    if kind == "min":
        return _Reading(min=low)
    if kind == "max":
        return _Reading(max=low)
    if kind == "below":
        return _Reading(max=low - integral)
    return _Reading(value=low)


def _quantity(sent: Span, match: re.Match[str]) -> Quantity | None:
    reading = _reading(match)
    span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
    if reading is None or span is None:
        return None
    root = _count_root(span)
    if _names_something(root):
        return None
    percent = bool(match["pct"])
    noun = _counted_noun(root, percent)
    anchor = noun if noun is not None else root
    if percent:
        role = _percent_of(anchor)
    elif _whole_of_part(root, noun) or _described_part(root, noun):
        role = None
    else:
        role = _role(anchor) or _told_state(root)
    if role is None and reading.value == 1:  # "One prominent quality": "one" counting no role
        return None
    what = _noun_label(noun) if noun is not None and noun.lemma_.lower() in _ANIMALS else role or _noun_label(noun)
    if what == FATALITIES and _claimed(anchor):
        what = CLAIMED_FATALITIES
    elif what == FATALITIES and (told_as_cause(anchor) or carried_dead(anchor)):
        what = EARLIER_FATALITIES
    return Quantity(
        text=match.group(0).strip(),
        value=reading.value,
        min=reading.min,
        max=reading.max,
        unit="percent" if percent else _rate(anchor),
        what=what,
    )


def _count_root(span: Span) -> Token:
    """The token of a count: "Between 20,000 and 30,000 people protested", parsed as a
    preposition with "people" as its object, is counted by its first number."""
    root = span.root
    if root.lower_ == "between" and root.i + 1 < span.end:
        return root.doc[root.i + 1]
    return root


def _told_state(root: Token) -> str | None:
    """"leaving five dead", "12 injured": a number the parse hangs on the adjective that
    says what became of those it counts."""
    return _ADJECTIVES.get(root.head.lower_) if root.dep_ == "nummod" and root.head.i > root.i else None


def _whole_of_part(root: Token, noun: Token | None) -> bool:
    """"killed two of the four militants": the four are the whole the two are counted
    from, so they count what they are (militants), not what befell the two."""
    if noun is None or root.head.i != noun.i or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return _is_count_word(noun.head.head)


def _described_part(root: Token, noun: Token | None) -> bool:
    """"Two of the dead were children", "three of those killed were soldiers": who some
    of a toll already told were, not more dead."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head.i != root.i:
        return False
    told = noun.lower_ in ("those", "these") or any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in noun.children)
    return told and root.dep_ == "nsubj" and root.head.lemma_ == "be"


def _names_something(root: Token) -> bool:
    """Numbers that are part of a name: "Brigade 52", "Resolution 2254"."""
    previous = root.doc[root.i - 1] if root.i > 0 else None
    return (
        previous is not None
        and previous.pos_ == "PROPN"
        and previous.is_title
        and root.head.i <= root.i
        and root.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj")
    )


def _counted_noun(root: Token, percent: bool) -> Token | None:
    """The noun a number counts: its head ("400 militants"), or "of" object ("dozens of them")."""
    if percent:
        return root if root.lower_ in ("percent", "cent", "%") else _child_of(root, "percent")
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return _whole_noun(root.head)
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return _noun_to_the_right(root)


def _whole_noun(noun: Token) -> Token:
    """"Two mining company employees": a number parsed onto a modifier of the noun
    counts the noun the modifiers lead to."""
    while noun.dep_ in ("compound", "nmod") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _noun_to_the_right(root: Token) -> Token | None:
    """"3 Mayi Mayis were killed" parsed with the number cut off its noun: a number right
    before a chain of noun modifiers counts the noun the chain ends in."""
    if root.dep_ not in ("meta", "npadvmod", "dep", "nsubj") or root.pos_ != "NUM":
        return None
    token = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    while token is not None and token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    return token if token is not None and token.pos_ in ("NOUN", "PROPN") else None


def _child_of(token: Token, lower: str) -> Token | None:
    return next((c for c in token.children if c.lower_ == lower), None)


def _role(anchor: Token) -> str | None:
    """Role of the counted thing: the verb/adjective that governs it, else the noun itself."""
    return _context_role(anchor) or _NOUNS.get(anchor.lemma_.lower())


def _context_role(anchor: Token) -> str | None:
    """Role given by the words around the counted thing (its modifiers, its governing verb)."""
    if _bodies_of(anchor) or _lives_taken(anchor):  # "the bodies of four men abducted by bandits": dead
        return FATALITIES
    if anchor.dep_ == "dobj" and not own_fate(anchor) and _verb_role(anchor.head, object_position=True) == FATALITIES:
        return FATALITIES  # "killed 2 civilians, injured and kidnapped others": a participle parsed onto them
    for child in anchor.children:
        role = _modifier_role(child)
        if role:
            return role
    if own_fate(anchor):
        return None
    return _governing_role(anchor) or _shared_adjective(anchor)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
_BODY_NOUNS = frozenset({"body", "corpse", "remains"})
_TAKING_LIVES = frozenset({"claim", "take", "cost"})


def _bodies_of(noun: Token) -> bool:
    """"the bodies of four men", "a woman's body": those counted are dead."""
    return _body_of(noun) is not None


# Verbs by which a body named by whose it was ("a woman's body was found") tells a death.
_FINDING = frozenset({"find", "discover", "recover", "retrieve", "dump", "exhume", "dig"})


def _body_of(noun: Token) -> Token | None:
    """The body noun whose dead ``noun`` names ("the bodies of four men", "a woman's body
    was found"; not "displayed the victim's body", the dead told before)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _BODY_NOUNS:
        return noun.head.head
    body = noun.head
    if noun.dep_ == "poss" and body.lemma_.lower() in _BODY_NOUNS and body.head.lemma_.lower() in _FINDING:
        return body
    return None


# What mourners and protesters do with the dead of an earlier happening.
_CARRYING = frozenset({"carry", "parade", "display", "brandish"})


def carried_dead(noun: Token) -> bool:
    """"rioted, carrying three bodies of the victims", "marched with the body of a
    student": the dead are carried by those who mourn or protest them, dead of an
    earlier happening, not of the one reported."""
    body = _body_of(noun) or noun
    if body.lemma_.lower() not in _BODY_NOUNS:
        return False
    return body.dep_ == "dobj" and body.head.lemma_.lower() in _CARRYING


def _lives_taken(noun: Token) -> bool:
    """"claimed the lives of four soldiers", "took the lives of", "cost the lives of"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    lives = noun.head.head
    return lives.lemma_.lower() == "life" and lives.dep_ == "dobj" and lives.head.lemma_.lower() in _TAKING_LIVES


def _shared_adjective(anchor: Token) -> str | None:
    """"5 women and 4 children dead", "one soldier and 2 attackers killed": an adjective
    or participle after the last of a list of counts says what became of each of them."""
    for conj in anchor.children:
        if conj.dep_ != "conj":
            continue
        after = [c for c in conj.children if c.dep_ == "amod" and c.i > conj.i and c.lower_ in _ADJECTIVES]
        if after:
            return _ADJECTIVES[after[0].lower_]
        # A participle only where the list has no verb of its own ("... arrested were charged").
        told = [c for c in conj.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > conj.i]
        if told and anchor.dep_ not in _ARGUMENTS and (role := _modifier_role(told[0])):
            return role
        if role := _shared_adjective(conj):
            return role
    return None


def _modifier_role(child: Token) -> str | None:
    """"fighters surrendering", "militants killed", "people dead", "who were killed"."""
    lemma = child.lemma_.lower()
    if child.dep_ == "amod" or (child.dep_ in ("acl", "relcl") and child.pos_ == "ADJ"):
        return _ADJECTIVES.get(child.lower_) or _ADJECTIVES.get(lemma)
    if child.dep_ == "acl":
        if _has_object(child):
            return None  # "attacked a post, killed 12 soldiers" parsed onto the post: its own object died
        passive = child.tag_ == "VBN" and _killing_lemma(child) in _TRANSITIVE
        # "one person reported killed": the reporting verb's complement says what happened;
        # "20,000 people protested" parsed as a participle on them: no verb of harm takes
        # them as its object, so they did it (protest, march, die).
        return _verb_role(child, object_position=passive) or _complement_role(child)
    if child.dep_ == "relcl":
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ not in ("WDT", "WP"):
            return None  # "protesters, one of whom died": the clause has its own subject
        relative = next((c for c in child.children if c.tag_ in ("WDT", "WP")), None)
        in_object = relative is not None and relative.dep_ in ("nsubjpass", "dobj")
        return _verb_role(child, object_position=in_object)
    return None


def _governing_role(anchor: Token) -> str | None:
    """Walk from the counted token to its governing verb through conjunctions and "of"."""
    token = anchor
    if breaks_down(anchor):
        return COUNTED_AGAIN  # "killed three people, two women and a child": the three again
    if anchor.dep_ == "npadvmod" and _added_victims(anchor):
        return _passive_role(anchor.head)  # "were shot dead, as well as four others" parsed loose
    if shot_dead_object(anchor):
        return FATALITIES
    if (verb := subject_before_passive(anchor)) is not None:
        return _passive_role(verb)
    if (verb := count_after_verb(anchor)) is not None:
        return _verb_role(verb, object_position=True)
    if (verb := gapped_count(anchor)) is not None:
        return _passive_role(verb)
    while (token.dep_ == "conj" or listed_appositive(token)) and token.head is not token:
        if token.head.pos_ == "VERB" and token.pos_ in ("NOUN", "PROPN"):
            return _passive_role(token.head) if _added_victims(token) else None
        if token.head.pos_ == "VERB" and token.pos_ == "NUM" and _has_object(token.head):
            # "killed a commander and three of his men", the count parsed onto the verb
            return _verb_role(token.head, object_position=True)
        token = token.head
    head = token.head
    if (verb := object_after_date(token)) is not None:  # "killed on Thursday the treasurer"
        return _verb_role(verb, object_position=True)
    if (verb := companion_verb(token)) is not None:  # "was killed alongside another gunman"
        return _passive_role(verb) or _verb_role(verb, object_position=False)
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PRON", "NUM"):
        owner = head.head
        if _is_count_word(owner):  # "hundreds of them", "one of the soldiers": the count's own role
            return _governing_role(owner)
        return _NOUNS.get(owner.lemma_.lower())
    if (kind := _toll_kind(token)) is not None:
        return kind
    if token.dep_ in ("nsubjpass", "dobj"):
        return _verb_role(head, object_position=True) or _complement_role(head)
    if token.dep_ == "nsubj" and head.pos_ == "ADJ" and head.lower_ in _ADJECTIVES and head.dep_ in _SMALL_CLAUSES:
        return _ADJECTIVES[head.lower_]  # "left at least eight people dead": the parse's small clause
    if token.dep_ in ("nsubj", "attr"):
        # "a guard shot dead an employee": with an object of its own, the verb's
        # complement tells what became of the object, never of the subject ("two
        # soldiers lost their lives" is the subject's own death).
        own_object = _has_object(head) and not _lost_lives(head)
        return _verb_role(head, object_position=False) or (None if own_object else _complement_role(head))
    return None


_SMALL_CLAUSES = frozenset({"oprd", "ccomp", "xcomp", "acomp"})


def _lost_lives(verb: Token) -> bool:
    """"lost their lives": the subject died."""
    return verb.lemma_.lower() == "lose" and any(c.lemma_.lower() == "life" for c in verb.children)


def _added_victims(noun: Token) -> bool:
    """"were shot dead, as well as four others": a counted noun, or one joined by "as
    well as"/"plus", conjoined to a passive verb is more of its victims (not "were killed,
    and arms seized")."""
    verb = noun.head
    if verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    joined = any(c.dep_ == "cc" and c.lower_ in ("as", "plus") for c in (*verb.children, *noun.children))
    return joined or (noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.children))


def _passive_role(verb: Token) -> str | None:
    """What a passive verb did to its subject ("were killed"); none for an active one."""
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return _verb_role(verb, object_position=True) if passive else None


def _has_object(verb: Token) -> bool:
    """An object of its own, counting one the parser hangs on "dead" ("shot dead his superior")."""
    return any(c.dep_ in ("dobj", "obj") or any(shot_dead_object(g) for g in c.children) for c in verb.children)


def _is_count_word(token: Token) -> bool:
    words = {w for phrase in VAGUE_BOUNDS for w in phrase.split()} | {"some", "many", "all", "none", "each"}
    return token.pos_ == "NUM" or token.like_num or token.lower_ in words


def _toll_kind(token: Token) -> str | None:
    """``TOLL_TO_DATE`` for "the death toll rose to 14", "the toll was 14", "bringing the
    number of dead to nine"; ``TOLL_ACCOUNT`` for "put the toll at 10"; none for a tally
    over a period ("the number killed in the area this week", "since January"),
    which counts other happenings too."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("pobj", "attr", "dobj"):
        return None
    tolls = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and _names_a_toll(c)]
    if not tolls or any(t.ent_type_ == "DATE" and t.lower_ in _PERIOD_WORDS for c in tolls for t in c.subtree):
        return None
    return TOLL_ACCOUNT if verb.lemma_.lower() in _ESTIMATING and token.head.lower_ == "at" else TOLL_TO_DATE


# Words of a date that make a toll a tally over a period ("this week", "so far this year").
_PERIOD_WORDS = frozenset({"this", "since", "far", "years", "months", "weeks"})
_ESTIMATING = frozenset({"put", "place", "estimate", "set", "fix"})
_DEAD_WORDS = frozenset({"dead", "death", "fatality", "casualty"})


def _names_a_toll(noun: Token) -> bool:
    """"the (death) toll", "the tally", "the number of dead/deaths/people killed"."""
    if noun.lemma_.lower() in ("toll", "tally"):
        return True
    if noun.lemma_.lower() != "number":
        return False
    counted = [o for p in noun.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _DEAD_WORDS or _killed(o) for o in counted)


def _killed(noun: Token) -> bool:
    """"people killed", "those who died": a noun a participle or clause of dying qualifies."""
    return any(c.dep_ in ("acl", "relcl") and _killing_lemma(c) in ("kill", "die") for c in noun.children)


def _complement_role(verb: Token) -> str | None:
    """"left 3 dead", "were injured", "driving hundreds to surrender", "lost their lives".
    A complement with a subject of its own says nothing of this verb's subject ("the
    army said that 5 soldiers were killed": the army was not killed)."""
    for child in verb.children:
        if child.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advmod", "conj") and child.lower_ in _ADJECTIVES:
            if child.dep_ == "conj" and _has_own_argument(child):
                continue  # "attacked a post, wounded 10 others": the others were wounded, not the post
            return _ADJECTIVES[child.lower_]
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        # "claimed to have killed fifty soldiers": the clause's object is the one killed.
        own_argument = own_subject or _has_object(child)
        if child.dep_ in ("xcomp", "ccomp", "oprd") and child.pos_ in ("VERB", "AUX") and not own_argument:
            lexicon = _TRANSITIVE if child.tag_ == "VBN" else _INTRANSITIVE  # "left 13 killed"
            role = lexicon.get(_killing_lemma(child))  # "was found shot dead"
            if role:
                return role
    if _lost_lives(verb):
        return FATALITIES
    return None


def _killing_lemma(verb: Token) -> str:
    """The verb's lemma, "kill" for "shot dead", "stoned to death", "gunned down",
    "neutralised 15 terrorists", "was martyred"; "die" for "paid the supreme price"."""
    lemma = verb.lemma_.lower()
    if lemma == "shoot" and any(c.lower_ == "dead" for c in verb.children) or _to_death(verb):
        return "kill"
    if kills_by_euphemism(verb):
        return "kill"
    return "die" if died_by_euphemism(verb) else lemma


def _verb_role(verb: Token, object_position: bool) -> str | None:
    """Role given by a verb: objects of "kill", subjects of "die"; "killed or injured" -> casualties.
    None for what was only tried or stopped ("tried to lynch a thief")."""
    if _not_done(verb):
        return None
    lemma = _killing_lemma(verb)
    lexicon = _TRANSITIVE if object_position else _INTRANSITIVE
    role = lexicon.get(lemma) or _shared_role(verb, lexicon)
    if role is None and object_position and _shares_object(verb):
        role = lexicon.get(_killing_lemma(verb.head))  # "killed and mutilated 3 herders": killed too
    if role is None and not object_position and (verb.tag_ == "VBN" or _headline_passive(verb)):
        role = _TRANSITIVE.get(lemma)  # "three were reported killed", "Four people killed and 20 wounded"
    if role is None:
        return None
    if role == "injured" and _later_died(verb):
        return FATALITIES
    alternatives = {
        lexicon.get(c.lemma_.lower()) or _ADJECTIVES.get(c.lower_)
        for c in verb.children
        if c.dep_ == "conj" and any(g.lower_ == "or" for g in verb.children if g.dep_ == "cc")
    }
    alternatives.discard(None)
    return "casualties" if alternatives - {role} else role


_TRIED = frozenset({"attempt", "try", "threaten", "seek"})
_STOPPED = frozenset({"prevent", "stop", "keep", "save", "bar"})


def _not_done(verb: Token) -> bool:
    """"attempted to lynch him", "stopped the mob from lynching two men": no one died."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _TRIED:
        return True
    stopped = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "from" else None
    return stopped is not None and stopped.lemma_.lower() in _STOPPED


def _headline_passive(verb: Token) -> bool:
    """"Five people killed and 14 wounded": a past form with no auxiliary and no
    object of its own is a passive told without "were", as wires and summaries do."""
    return verb.tag_ == "VBD" and not (_has_object(verb) or any(c.dep_ in ("aux", "auxpass", "xcomp") for c in verb.children))


def _later_died(verb: Token) -> bool:
    """"were wounded in the attack and later died": the wounded are among the dead."""
    return any(
        c.dep_ == "conj" and c.lemma_.lower() in ("die", "succumb") and not _has_own_argument(c) for c in verb.children
    )


def _shares_object(verb: Token) -> bool:
    """"killed and mutilated 3 herders": an active verb with no subject or object of its
    own, conjoined before one that has them, acts on the same object."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = verb.head
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in head.children)


def _has_own_argument(verb: Token) -> bool:
    """A subject or object of the verb's own, or of a verb conjoined to it ("burned
    100 houses and killed and beheaded 2 boys": the boys are killed, not the houses)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    return own or any(_has_own_argument(c) for c in verb.children if c.dep_ == "conj")


def _to_death(verb: Token) -> bool:
    """"beaten/stoned/hacked to death", "gunned down", "burned alive": ways of killing."""
    if verb.lemma_.lower() == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return True
    if verb.lemma_.lower() in ("burn", "bury") and any(c.lower_ == "alive" for c in verb.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ == "death" for o in c.children)
        for c in verb.children
    )


def _shared_role(verb: Token, lexicon: dict[str, str]) -> str | None:
    """"was shot and killed", "abducted and killed them": a conjoined verb with no subject
    or object of its own shares the first verb's, so it says what happened to it. A
    passive one shares only the subject ("a guard exchanged fire and was killed": the
    guard died, not the fire); after a passive verb, the subject is who died ("was
    wounded and died")."""
    for conj in verb.children:
        # "were chased, lynched and shot dead": the parser chains the verbs, and may tag
        # a participle as an adjective.
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "ADJ") or _has_own_argument(conj):
            continue
        if any(c.dep_ == "auxpass" for c in conj.children):
            role = _TRANSITIVE.get(_killing_lemma(conj)) if lexicon is _INTRANSITIVE else None
        elif lexicon is _TRANSITIVE and any(c.dep_ == "auxpass" for c in verb.children):
            # "was taken to hospital but died": the passive subject is who died.
            died = _INTRANSITIVE.get(conj.lemma_.lower())
            role = died or lexicon.get(_killing_lemma(conj)) or _shared_role(conj, lexicon)
        else:
            role = lexicon.get(_killing_lemma(conj)) or _shared_role(conj, lexicon)
        if role:
            return role
    return None


def _noun_label(noun: Token | None) -> str | None:
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text


def _percent_of(percent: Token) -> str:
    """"90 percent of the city of Raqqa" -> percent of territory; else percent of <noun>."""
    of = _child_of(percent, "of")
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if place is None:
        return "percent"
    if place.ent_type_ in ("GPE", "LOC", "FAC") or place.lemma_.lower() in _PLACE_NOUNS:
        return "percent of territory"
    return f"percent of {place.lemma_.lower()}"


def _rate(anchor: Token) -> str | None:
    """"four to five fighters surrendering a week" -> "per week"."""
    scope = [anchor, anchor.head, *anchor.children]
    for token in scope:
        for child in token.children:
            if child.lemma_.lower() in _RATE_UNITS and (
                any(d.lower_ in _RATE_DETERMINERS for d in child.children)
                or (child.head.lower_ == "per")
            ):
                return f"per {child.lemma_.lower()}"
            if child.lower_ == "per":
                unit = next((c for c in child.children if c.lemma_.lower() in _RATE_UNITS), None)
                if unit is not None:
                    return f"per {unit.lemma_.lower()}"
    return None


_SINGLE_ROLES = {FATALITIES, "injured", "arrested", "abducted"}
_COLLECTIVE = {"number", "group", "family", "crowd", "convoy", "unit", "team", "lot", "majority",
               "couple", "few", "handful", "people", "other", "personnel", "force", "police"}
_OBJECT_PRONOUNS = {"him", "her"}
# Happenings, never victims: "The attack led to one death" counts one dead, not the attack.
_HAPPENINGS = {"attack", "clash", "ambush", "raid", "explosion", "blast", "bombing", "strike", "shooting", "fighting",
               "operation", "offensive", "incident", "violence", "assault", "battle", "skirmish", "shootout",
               "firefight", "encounter", "exchange", "unrest", "riot", "incursion"}
_PART_OF = {"including", "among", "includes", "include"}


def _implicit_singles(sent: Span, counted: list[Quantity]) -> list[tuple[int, Quantity]]:
    """One person per singular victim with no number: "a civilian was killed", "killing him".

    Subject pronouns ("he died") usually refer back to someone already counted: they
    count apart (``PRONOUN_FATALITY``). Collective nouns ("a number of", "a family")
    give no count.
    """
    found: list[tuple[int, Quantity]] = []
    for token in sent:
        pair = married_pair(token)
        person = (
            token.lemma_.lower() not in _COLLECTIVE | _ANIMALS | _PLACE_NOUNS | _HAPPENINGS or _head_of_people(token) or pair
        )
        singular_noun = (
            token.tag_ == "NN" or _adjective_as_noun(token) or _one_member(token) or _named_person(token) or _another(token)
        ) and person
        object_pronoun = token.lower_ in _OBJECT_PRONOUNS and token.dep_ == "dobj"
        subject_pronoun = token.lower_ in _SUBJECT_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass")
        if not (singular_noun or object_pronoun or subject_pronoun or killed_oneself(token)):
            continue
        if token.dep_ not in ("dobj", "nsubjpass", "nsubj", "conj", "pobj") and not (
            listed_appositive(token) or object_after_date(token) or subject_before_passive(token) or _bodies_of(token)
        ):
            continue
        if same_person(token):
            continue
        if any(c.dep_ in ("nummod", "quantmod") or (c.like_num and c.ent_type_ != "ORDINAL") for c in token.children):
            continue  # counted already; "a fifth fighter died" is one more
        if any(c.dep_ == "det" and c.lower_ in ("no", "some", "any", "each", "every") for c in token.children):
            continue
        if any(a.lower_ in _PART_OF for a in token.ancestors):
            continue  # "four civilians including a teacher who was burned alive": already counted
        # the verb must say it: "the killing" alone is not a victim
        role = _context_role(verb_object(token) or token)
        if role not in _SINGLE_ROLES:
            continue
        if role == FATALITIES and (told_as_cause(token) or carried_dead(token)):
            role = EARLIER_FATALITIES
        elif role == FATALITIES and subject_pronoun:
            role = PRONOUN_FATALITY
        elif subject_pronoun:
            continue
        if object_pronoun and any(q.what == role for q in counted):
            continue  # "killed 1 officer ..., killing him": the same person
        phrase = sent.doc[max(token.left_edge.i, sent.start) : token.i + 1]
        if any(phrase.text in q.text or q.text in phrase.text for q in counted):
            continue
        found.append((phrase.start_char - sent.start_char, Quantity(text=phrase.text, value=2 if pair else 1, what=role)))
    return found


def _another(token: Token) -> bool:
    """"a soldier killed another", "another was beheaded": one more person."""
    return token.lower_ == "another" and token.dep_ in ("dobj", "nsubjpass") and not list(token.children)


def _adjective_as_noun(token: Token) -> bool:
    """"shot dead a civilian", "killed his superior": the parser may tag the victim an
    adjective; with a determiner and in an argument's place it is a singular noun."""
    return (
        token.tag_ == "JJ"
        and token.dep_ in ("dobj", "nsubjpass")
        and any(c.dep_ in ("det", "poss") and c.i < token.i for c in token.children)
    )


def _head_of_people(token: Token) -> bool:
    """"the head of the police", "a village head" are persons; "a head of cattle" is not
    (nor "killed livestock")."""
    if token.lemma_.lower() != "head":
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() not in _ANIMALS for c in token.children):
        return True  # "a village head", "the district head"
    owners = [o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return bool(owners) and not any(o.lemma_.lower() in _ANIMALS for o in owners)


def _named_person(token: Token) -> bool:
    """"killed Joseph Yalala", "killed Amadou Diallo, a councillor": a person's name (its
    last word), or a name a singular noun describes, is one person."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.ent_type_ == "PERSON" and (following is None or following.ent_iob_ != "I"):
        return True
    return token.tag_ == "NNP" and any(c.dep_ == "appos" and c.tag_ == "NN" for c in token.children)


def _one_member(token: Token) -> bool:
    """"a Naxal", "a male IDP": a proper noun after "a/an" is one member of a group."""
    return token.tag_ == "NNP" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


_ZERO_NOUNS: dict[str, str] = {
    "casualty": FATALITIES, "fatality": FATALITIES, "death": FATALITIES, "dead": FATALITIES,
    "injury": "injured", "arrest": "arrested", "life": FATALITIES,
}


def _stated_zeros(sent: Span) -> list[tuple[int, Quantity]]:
    """Explicit zero counts: "no fatalities", "no casualties", "no one was killed"."""
    zeros: list[tuple[int, Quantity]] = []
    for token in sent:
        if token.lower_ not in ("no", "without", "nobody", "none"):
            continue
        if token.lower_ in ("nobody", "none") or (token.lower_ == "no" and token.head.lower_ in ("one", "body")):
            subject = token if token.lower_ in ("nobody", "none") else token.head
            if subject.dep_ in ("nsubj", "nsubjpass"):
                role = _verb_role(subject.head, object_position=subject.dep_ == "nsubjpass")
                if role:
                    zeros.append(_zero(sent, subject, subject.head, role))
            continue
        nouns = [token.head] if token.lower_ == "no" else [c for c in token.children if c.dep_ == "pobj"]
        for noun in nouns:
            for counted in (noun, *(c for c in noun.children if c.dep_ == "conj")):
                role = _ZERO_NOUNS.get(counted.lemma_.lower()) or _loss_of_life(counted)
                if role and noun.i > token.i:
                    zeros.append(_zero(sent, token, counted, role))
    return zeros


def _loss_of_life(noun: Token) -> str | None:
    """"no loss of life": no fatalities."""
    of_life = any(o.lemma_.lower() == "life" for p in noun.children if p.lower_ == "of" for o in p.children)
    return FATALITIES if noun.lemma_.lower() == "loss" and of_life else None


def _zero(sent: Span, first: Token, last: Token, what: str) -> tuple[int, Quantity]:
    offset, text = _phrase(sent, first, last)
    return offset, Quantity(text=text, value=0, what=what)


def _phrase(sent: Span, first: Token, last: Token) -> tuple[int, str]:
    """(offset in the sentence, text) of the tokens from ``first`` to ``last``, with a leading "no"."""
    start, end = sorted((first.i, last.i))
    if start > sent.start and sent.doc[start - 1].lower_ == "no":
        start -= 1
    phrase = sent.doc[start : end + 1]
    return phrase.start_char - sent.start_char, phrase.text
