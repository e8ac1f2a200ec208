"""Who is acted upon when the verb's own object is a thing, not a party.

The object of "provided aid to X", "lifted sanctions imposed on X", "withdrew troops
from X" is what changes hands; the one acted upon is the recipient after the
preposition. A verb that only announces another ("agreed to lift sanctions on X",
"is willing to send troops to X") acts on whoever its complement acts on. A stance
("expressed hope that X will", "denied charges by X") is about the subject of the
clause it introduces, or about the author of the words it answers. These readings
are parse-only, like the rest of :mod:`warlog.extract.actors`.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose object is what is handed over: the party is who receives it.
TRANSFER_LEMMAS = frozenset(
    {"provide", "give", "send", "deliver", "donate", "distribute", "supply", "grant", "offer", "extend",
     "allocate", "earmark", "pledge", "return", "deploy", "dispatch", "ship", "airlift", "transfer", "hand",
     "lend", "sell", "export", "extradite", "deport", "contribute", "convey", "channel", "mobilise", "mobilize"}
)
# Verbs that put on or take off a measure: the party is who it weighs on ("sanctions on X").
MEASURE_LEMMAS = frozenset(
    {"impose", "lift", "ease", "relax", "tighten", "renew", "suspend", "reduce", "slap", "remove", "end", "scrap"}
)
# Verbs that take something away from a party or a place ("withdrew troops from X").
WITHDRAW_LEMMAS = frozenset({"withdraw", "pull", "evacuate", "remove", "recall"})
TRANSFER_PREPS = frozenset({"to", "into"})
MEASURE_PREPS = frozenset({"on", "upon", "against"})
# Nouns naming words someone else said: denying or rejecting them acts on their author.
SPEECH_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "criticism", "offer", "appeal", "demand", "request",
     "proposal", "invitation", "ultimatum", "call", "warning", "threat"}
)
AUTHOR_PREPS = frozenset({"by", "from"})
# Objects that name a relation to a party, who follows them: "support for X", "its
# blockade of X", "ties with X", "restrictions on X".
RELATION_NOUNS = frozenset(
    {"aid", "assistance", "support", "funding", "help", "relief", "sanction", "restriction", "ban", "embargo",
     "blockade", "boycott", "curb", "tariff", "tie", "relation", "solidarity", "condolence", "sympathy",
     "protection", "loan", "grant", "donation", "backing"}
)
# Verbs whose object follows "for": "called for sanctions against X", "called for X to".
FOR_LEMMAS = frozenset({"call", "appeal", "push", "press", "ask", "plead", "lobby", "campaign"})
RELATION_PREPS = frozenset({"to", "for", "on", "upon", "against", "with", "of", "toward", "towards"})
# Objects that stand for an act claimed ("claimed responsibility for the attack on X").
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
ACT_TARGET_PREPS = frozenset({"on", "upon", "against", "targeting"})
# Entities that are never a party acted upon.
NOT_PARTY_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _prep_object(prep: Token) -> Token | None:
    """The noun a preposition governs, when it could be a party (no date or sum; a count
    only with what it counts: "millions of workers")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in NOMINAL), None)
    if obj is None or obj.lower_ in {"which", "whom", "that"} or obj.ent_type_ in NOT_PARTY_ENTS and not counts_someone(obj):
        return None
    return obj


def counts_someone(token: Token) -> bool:
    """A count with what it counts ("hundreds of banks", "dozens of civilians"): the
    parser tags the number as CARDINAL, yet the phrase names a party."""
    return token.ent_type_ == "CARDINAL" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _preps(token: Token, words: frozenset[str]) -> list[Token]:
    """Prepositions (or a dative "to") among ``token``'s children that read as ``words``."""
    return [c for c in token.children if c.dep_ in {"prep", "dative"} and c.pos_ == "ADP" and c.lower_ in words]


def thing_recipients(trigger: Token, obj: Token | None) -> list[Token]:
    """Recipients of what a transfer or measure verb's object names: "aid to X",
    "sanctions (imposed) on X", "troops from X"; on the verb, the object, or the
    participle that describes the object."""
    lemma = trigger.lemma_.lower()
    words = TRANSFER_PREPS if lemma in TRANSFER_LEMMAS else frozenset()
    words |= MEASURE_PREPS if lemma in MEASURE_LEMMAS else frozenset()
    words |= {"from"} if lemma in WITHDRAW_LEMMAS else frozenset()
    if not words:
        return []
    hosts = [trigger]
    if obj is not None:
        hosts += [obj, *(c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        if lemma in TRANSFER_LEMMAS:
            # "provided $3 million in funding to X", "returned a pendant engraved with an
            # image to X": the parser hangs the recipient low inside the object phrase.
            hosts += [t for t in _phrase_nouns(obj) if t is not obj]
    return [t for host in hosts for prep in _preps(host, words) if (t := _prep_object(prep)) is not None]


def _phrase_nouns(head: Token) -> list[Token]:
    """Nouns of a phrase, down through its modifiers but not into relative clauses
    (a recipient there is another verb's: "the arms they sold to X")."""
    found = [head] if head.pos_ in NOMINAL else []
    for child in head.children:
        if child.dep_ not in {"relcl", "conj", "cc"}:
            found += _phrase_nouns(child)
    return found


def complement(trigger: Token) -> Token | None:
    """The verb a catenative verb or adjective announces: "agreed to lift", "refused to
    join", "is willing to provide", "decided to ease"."""
    for child in trigger.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child
        if child.dep_ == "acomp":
            verb = next((c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if verb is not None:
                return verb
    return None


def clause_subjects(trigger: Token, obj: Token | None) -> list[Token]:
    """Subjects of the finite clause a stance introduces: "hoped (that) X would",
    "expressed concern that X", "is skeptical (that) X will"."""
    hosts = [trigger, *([obj] if obj is not None else []), *(c for c in trigger.children if c.dep_ == "acomp")]
    clauses = [c for h in hosts for c in h.children if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}]
    # A pronoun subject is mostly the speaker again ("warned that it will not end the strike").
    return [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ in NOMINAL - {"PRON"}]


def speech_authors(trigger: Token, obj: Token | None) -> list[Token]:
    """Authors of the words a verb answers: "denied charges by X", "rejected accusations
    from X" (the parser may hang the preposition on the verb)."""
    if obj is None or obj.lemma_.lower() not in SPEECH_NOUNS:
        return []
    preps = _preps(obj, AUTHOR_PREPS) + _preps(trigger, AUTHOR_PREPS)
    return [t for prep in preps if (t := _prep_object(prep)) is not None]


def claimed_targets(obj: Token | None) -> list[Token]:
    """"Claimed responsibility for the attack on X": X, else the attack itself."""
    if obj is None or obj.lemma_.lower() not in CLAIM_NOUNS:
        return []
    acts = [t for prep in _preps(obj, frozenset({"for"})) if (t := _prep_object(prep)) is not None]
    targets = [t for act in acts for prep in _preps(act, ACT_TARGET_PREPS) if (t := _prep_object(prep)) is not None]
    return targets + acts


def related_parties(obj: Token | None) -> list[Token]:
    """Who a relational object is about: "support for X", "its blockade of X"."""
    if obj is None or obj.lemma_.lower() not in RELATION_NOUNS:
        return []
    return [t for prep in _preps(obj, RELATION_PREPS) if (t := _prep_object(prep)) is not None]


def phrasal_object(trigger: Token) -> Token | None:
    """The object of "call for", "appeal for", "push for": the noun after "for"."""
    if trigger.lemma_.lower() not in FOR_LEMMAS:
        return None
    return next((t for prep in _preps(trigger, frozenset({"for"})) if (t := _prep_object(prep)) is not None), None)
