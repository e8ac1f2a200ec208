"""Ways of telling a killing without "kill": military releases and South Asian wire copy.

"Troops neutralised 15 terrorists", "eliminated 23 bandits", "a constable was martyred",
"four soldiers paid the supreme price", "the army lost 30 soldiers": each is a toll.
"Neutralised an IED" or "eliminated the threat" kills no one, so "neutralise" and
"eliminate" kill only when what they act on is no weapon or thing; the weapon words are the trigger lexicon's own
(``finds.weapons`` in data/triggers.json), so a weapon found and a weapon neutralised
are told apart by one list.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# Verbs that kill only people ("neutralised two kidnappers", not "neutralised an IED").
PERSON_ONLY_KILLS = frozenset({"neutralise", "neutralize", "eliminate"})
# Verbs that always tell a death ("was martyred").
ALWAYS_KILLS = frozenset({"martyr"})
# Things beside weapons these verbs act on in conflict news.
_THINGS = frozenset({"device", "bomb", "threat", "hideout", "camp", "base", "position", "target", "cell", "network"})
# "The army lost 30 soldiers": a side's own men lost are its dead (not "lost two vehicles").
_OWN_MEN = frozenset(
    {"soldier", "troop", "man", "fighter", "officer", "policeman", "personnel", "member", "comrade", "militant",
     "combatant", "guard", "commander"}
)
# "paid the supreme/ultimate price": the subject died.
_PRICE_WORDS = frozenset({"supreme", "ultimate"})


@lru_cache(maxsize=1)
def _weapon_words() -> frozenset[str]:
    text = resources.files("warlog.data").joinpath("triggers.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text)["finds"]["weapons"]) | _THINGS


def a_thing(noun: Token) -> bool:
    """The noun, or a word qualifying it ("explosive device"), names a weapon or thing."""
    forms = {noun.lemma_.lower(), noun.lower_, *(c.lower_ for c in noun.children if c.dep_ in ("amod", "compound"))}
    return bool(forms & _weapon_words())


def kills_by_euphemism(verb: Token) -> bool:
    """"neutralised 15 terrorists", "were eliminated", "was martyred", "lost five
    soldiers": a killing told another way; "neutralise"/"eliminate" with no object, a
    weapon or thing for object, or in quotation marks (the source's word, whose meaning
    the writer leaves open: killed or captured), is none."""
    lemma = verb.lemma_.lower()
    if lemma in ALWAYS_KILLS:
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma == "lose":  # "lost at least 30 soldiers"
        return bool(objects) and all(o.lemma_.lower() in _OWN_MEN for o in objects)
    if lemma not in PERSON_ONLY_KILLS or _scare_quoted(verb):
        return False
    return bool(objects) and not any(a_thing(o) for o in (*objects, *(c for o in objects for c in o.conjuncts)))


_QUOTES = frozenset({'"', "''", "``", "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def _scare_quoted(word: Token) -> bool:
    """The word alone between quotation marks: militants were "neutralized"."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].text in _QUOTES and doc[word.i + 1].text in _QUOTES


def died_by_euphemism(verb: Token) -> bool:
    """"four soldiers paid the supreme price": the subject died."""
    if verb.lemma_.lower() != "pay":
        return False
    prices = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "price"]
    return any(a.lower_ in _PRICE_WORDS for p in prices for a in p.children)
