"""Find event trigger words in a parsed sentence, from the lexicon in data/triggers.json.

The lexicon is data, not code, so coders can extend it without touching Python. A
trigger carries a *class*: an ACLED sub-type, or a family ('violence', 'territory',
'explosion', 'protest', 'riot', 'arson') that ``subtypes.resolve`` narrows with the
actors. A phrase entry's 'gap' lets that many words part its first two words ("set
houses alight", "fired several shots at"). Government measures ("declared a state of
emergency") weapons or bodies seized or found ("seized 26 rifles") and crowds gathered
for a cause ("gathered in support of") are found through the parse (``measures``,
``finds``, ``gatherings``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span, Token

from ..normalise.dates import WEEKDAYS
from .finds import Finds, compile_finds, find_verbs
from .gatherings import GATHERING_CLASS, Gatherings, compile_gatherings, gathering_verbs
from .measures import MEASURE_CLASS, Measures, compile_measures, measure_verbs

FAMILIES = frozenset({"violence", "territory", "explosion", "protest", "riot", "arson"})


@dataclass(frozen=True)
class Trigger:
    """A word (``token``) evoking an event of class ``cls``; ``span`` covers a phrase."""

    token: Token
    cls: str
    span: Span


@dataclass(frozen=True)
class Lexicon:
    single: dict[tuple[str, str], str]  # (lemma, coarse POS) -> class
    forms: dict[str, str]  # inflected form -> lemma, where spaCy's lemmatiser fails
    matcher: Matcher
    heads: dict[str, int]  # matcher key -> index of the head token in the phrase
    disarmed: dict[str, frozenset[str]]  # trigger word -> words before it that make it no weapon
    measures: Measures
    finds: Finds
    gatherings: Gatherings


def _lexicon_data() -> dict:
    text = resources.files("warlog.data").joinpath("triggers.json").read_text(encoding="utf-8")
    return json.loads(text)


def _no_verb(words: str) -> dict:
    return {"IS_PUNCT": False, "POS": {"NOT_IN": ["VERB", "AUX", "CCONJ", "SCONJ"]}, "OP": words}


def _gaps(words: int) -> list[list[dict]]:
    """Token patterns for up to ``words`` inserted tokens. A longer gap never crosses a
    verb or a conjunction ("set up camp and opened fire" is no arson), save a participle
    that only describes the noun before it ("set two trucks carrying cattle on fire")."""
    if words <= 1:
        return [[{"IS_PUNCT": False, "OP": "?"}]]
    described = {"POS": "VERB", "DEP": "acl", "TAG": {"IN": ["VBG", "VBN"]}}
    return [[_no_verb(f"{{1,{words}}}")], [_no_verb(f"{{1,{words}}}"), described, _no_verb(f"{{0,{words}}}")]]


@lru_cache(maxsize=4)
def load_lexicon(nlp: Language) -> Lexicon:
    """Compile the lexicon against a pipeline's vocabulary (once per pipeline)."""
    single: dict[tuple[str, str], str] = {}
    matcher = Matcher(nlp.vocab)
    heads: dict[str, int] = {}
    data = _lexicon_data()
    for i, entry in enumerate(data["triggers"]):
        cls = entry["class"]
        for lemma in entry.get("lemmas", []):
            for pos in entry.get("pos", ["VERB", "NOUN"]):
                single.setdefault((lemma, pos), cls)
        phrases = entry.get("phrases", [])
        if phrases:
            key = f"{cls}#{i}"
            patterns = [[{"LEMMA": {"IN": [w, w.title()]}} for w in phrase] for phrase in phrases]
            # Allow inserted words between the first two tokens: one by default ("opened
            # heavy fire"), more where the entry says so ("set two trucks alight").
            words = int(entry.get("gap", 1))
            gapped = [p[:1] + gap + p[1:] for p in patterns if len(p) > 1 and words > 0 for gap in _gaps(words)]
            matcher.add(key, patterns + gapped)
            heads[key] = int(entry.get("head", 0))
    disarmed = {word: frozenset(before) for word, before in data.get("disarmed", {}).items()}
    measures = compile_measures(nlp, data.get("measures", {}))
    finds = compile_finds(data.get("finds", {}))
    gatherings = compile_gatherings(data.get("gatherings", {}))
    return Lexicon(single, data.get("forms", {}), matcher, heads, disarmed, measures, finds, gatherings)


# Words before "march" that make it the month ("in March", "since march", "early March").
MONTH_CUES = frozenset(
    {"in", "since", "until", "till", "from", "by", "early", "mid", "late", "end", "last", "next", "this", "of",
     "during", "before", "after", "through", "-", "mid-"}
)


# Nouns a protest word may modify to name a place, not a protest ("the dharna spot").
SITE_NOUNS = frozenset({"spot", "site", "venue", "ground", "place", "area", "stage"})


# What "riot" names when it qualifies the police, not a riot ("riot police", "anti-riot unit").
RIOT_GEAR_HEADS = frozenset({"police", "policeman", "policemen", "officer", "squad", "unit", "gear", "force", "control"})


def is_riot_police(token: Token) -> bool:
    """"Riot police fired tear gas", "anti-riot squad": the police's kind, no riot."""
    word = token.lower_
    return word in ("riot", "anti-riot") and token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in RIOT_GEAR_HEADS


def is_month(token: Token) -> bool:
    """"March 1, 2002", "15 march", "in March": the month, not a protest march."""
    if token.lower_ != "march":
        return False
    if token.ent_type_ == "DATE":
        return True
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    return bool(
        (after is not None and after.like_num)
        or (before is not None and (before.like_num or before.lower_ in MONTH_CUES))
    )


def _disarmed(token: Token, lexicon: Lexicon) -> bool:
    """"tear-gas shells", "stun grenades": the weapon word names no weapon of war."""
    before = lexicon.disarmed.get(token.lower_) or lexicon.disarmed.get(token.lemma_.lower())
    if not before:
        return False
    start = max(token.sent.start, token.i - 3)
    return any(t.lower_ in before for t in token.doc[start : token.i])


# People a crowd word names: "action against the rioters" is aimed at them, no riot told.
CROWD_PEOPLE = frozenset({"rioter", "protester", "protestor", "demonstrator"})
AIMED_PREPS = frozenset({"against", "on", "upon", "toward", "towards"})


# Means of force only ever used on a crowd that is there ("tear gas", "water cannon").
CROWD_FORCE = frozenset({"tear", "teargas", "tear-gas", "cannon", "baton", "lathi", "rubber", "pepper", "truncheon"})


def _aimed_at_crowd(token: Token) -> bool:
    """A crowd's people as the target of someone else's act or words ("promised action
    against the rioters", "a crackdown on protesters"), not a crowd doing anything. Tear
    gas or batons used on them ("used tear gas against demonstrators") tell the crowd was
    there: its protest is told, with the intervention."""
    if token.lemma_.lower() not in CROWD_PEOPLE or token.dep_ != "pobj" or token.head.lower_ not in AIMED_PREPS:
        return False
    act = token.head.head
    return not any(t.lower_ in CROWD_FORCE for t in act.subtree if t.i < token.head.i or t.i > token.i)


# Aircraft that strike and also only watch or carry: a trigger when told as used.
AIRCRAFT = frozenset({"drone", "uav", "warplane"})


def _craft_as_qualifier(token: Token, lexicon: Lexicon) -> bool:
    """"Drone footage", "a drone pilot", "the drone unit": the aircraft word qualifies a
    noun that names no attack, so nothing struck; "a drone attack" keeps its weapon."""
    if token.lemma_.lower() not in AIRCRAFT or token.dep_ != "compound":
        return False
    head = token.head
    return head.pos_ == "NOUN" and lexicon.single.get((head.lemma_.lower(), "NOUN")) is None


def _marched_off(token: Token) -> bool:
    """"The gunmen marched them through the forest", "marched the captives away", "they
    had been marched for days": a march with an object, or told in the passive, is
    people driven by others, not a protest march."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() == "march"
        and any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children)
    )


def _class_of(token: Token, lexicon: Lexicon) -> str | None:
    if is_month(token) or is_riot_police(token) or _disarmed(token, lexicon) or _aimed_at_crowd(token) or _marched_off(token):
        return None
    if _craft_as_qualifier(token, lexicon):
        return None
    pos = "NOUN" if token.pos_ in ("NOUN", "PROPN") else token.pos_
    for lemma in (token.lemma_.lower(), token.lower_, lexicon.forms.get(token.lower_)):
        if lemma is not None and (cls := lexicon.single.get((lemma, pos))):
            # "the dharna spot", "a protest site": a protest word naming a place or thing
            return None if cls == "protest" and token.dep_ == "compound" and token.head.lemma_ in SITE_NOUNS else cls
    return None


# Words for when, beside dates spaCy tags: weekdays and times of day ("shot at dawn").
WHEN_WORDS = frozenset(WEEKDAYS) | {"dawn", "night"}


def _timed(span: Span) -> bool:
    """"fired on Monday", "shot at dawn": the phrase's preposition tells when, not at whom."""
    last = span[-1]
    if last.pos_ != "ADP":
        return False
    objects = [c for c in last.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in ("DATE", "TIME") or o.lower_ in WHEN_WORDS for o in objects)


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """All trigger candidates in a sentence, phrases before the single words they contain."""
    found: dict[int, Trigger] = {}
    doc = sent.doc
    for key, start, end in lexicon.matcher(sent):
        name = doc.vocab.strings[key]
        cls = name.split("#", 1)[0]
        span = doc[sent.start + start : sent.start + end]
        if _timed(span):
            continue
        head_index = lexicon.heads.get(name, 0)
        token = span[head_index] if head_index >= 0 else span[len(span) + head_index]
        previous = found.get(token.i)
        if previous is None or len(previous.span) < len(span):
            found[token.i] = Trigger(token, cls, span)
    covered = {t.i for trig in found.values() for t in trig.span}
    for token in sent:
        if token.i in covered:
            continue
        cls = _class_of(token, lexicon)
        if cls is not None:
            found[token.i] = Trigger(token, cls, doc[token.i : token.i + 1])
    for verb, cls, span in find_verbs(sent, lexicon.finds):
        if verb.i not in found or found[verb.i].cls != cls:  # what was seized or found outranks the verb's sense
            found[verb.i] = Trigger(verb, cls, span)
    for verb in gathering_verbs(sent, lexicon.gatherings):
        found.setdefault(verb.i, Trigger(verb, GATHERING_CLASS, doc[verb.i : verb.i + 1]))
    for verb in measure_verbs(sent, lexicon.measures):
        if verb.i not in covered:
            found.setdefault(verb.i, Trigger(verb, MEASURE_CLASS, doc[verb.i : verb.i + 1]))
    return sorted(found.values(), key=lambda trig: trig.token.i)
