"""Phrases that tell why something happened rather than what happened.

"Students rioted following the death of a classmate", "police torched houses in
retaliation for the killing of an officer", "traders marched demanding the release of
their leaders who were arrested": the death, the killing and the arrest are an earlier
happening, the cause of the one reported. Its toll is not the riot's, and its arrest is
no intervention in the march.
"""

from __future__ import annotations

from spacy.tokens import Token

# A happening before the one reported, named as its cause ("following the death of").
_EARLIER_NOUNS = frozenset(
    {"death", "murder", "killing", "demise", "burial", "funeral", "accident", "rape", "lynching",
     "assassination", "drowning", "suicide", "shooting", "arrest", "detention", "abduction", "kidnapping"}
)
_CAUSE_PREPOSITIONS = frozenset({"following", "after", "over", "against"})
_CAUSE_CLAUSE_MARKS = frozenset({"after", "following", "since"})
# "in retaliation for X", "justice for X", "demanding the arrest of whoever killed X".
# "in the wake of X's murder", "in connection with the murder of X".
_CAUSE_HEADS = frozenset(
    {"retaliation", "revenge", "reprisal", "response", "reaction", "justice", "protest", "wake", "aftermath",
     "connection"}
)
# "a youth suspected of having killed a child was lynched": a deed alleged of someone, told
# to say who they are, is an earlier happening.
_ALLEGING_LEMMAS = frozenset({"suspect", "accuse", "charge", "convict"})
_DEMAND_LEMMAS = frozenset({"demand", "condemn", "denounce", "mourn", "protest", "decry"})
# "expressing anger over the bombing that killed 30": a feeling voiced over a happening
# names that happening as the cause of the voicing.
_GRIEVANCES = frozenset(
    {"anger", "outrage", "dissatisfaction", "discontent", "displeasure", "grief", "fury", "frustration",
     "indignation", "sorrow", "resentment", "concern"}
)
# A verb under one of these is what someone asked for, not what was done
# ("demanding that police arrest the culprits").
WISH_LEMMAS = frozenset({"demand", "urge", "ask", "call", "want", "seek", "press", "petition", "protest"})


def told_as_cause(token: Token) -> bool:
    """The token lies in a phrase giving the cause of what its sentence reports: a
    "following/after/over/against" phrase about an earlier death or arrest, an "after"
    clause with its own subject ("after a bus killed a man"), "in retaliation for", "in
    the wake of", anger "over" it, a deed someone is "suspected of", or what is demanded."""
    for ancestor in (token, *token.ancestors):
        lemma = ancestor.lemma_.lower()
        # "following" is often parsed as a participle ("displaced by the fighting following the murder of")
        if ancestor.dep_ in ("prep", "acl") and ancestor.lower_ in _CAUSE_PREPOSITIONS:
            # "following" is often parsed as a verb with a direct object
            objects = [c for c in ancestor.children if c.dep_ in ("pobj", "dobj")]
            earlier = any(o.lemma_.lower() in _EARLIER_NOUNS for o in objects)
            if earlier or ancestor.head.lemma_.lower() in _DEMAND_LEMMAS:
                return True
        if ancestor.dep_ == "prep" and ancestor.head.lemma_.lower() in _CAUSE_HEADS:
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ in ("over", "at") and ancestor.head.lemma_.lower() in _GRIEVANCES:
            return True
        if ancestor.dep_ == "prep" and ancestor.lower_ == "for" and _demanded(ancestor.head):
            return True  # "demanding justice for a girl who was murdered": the parse hangs "for" on the verb
        if ancestor.dep_ == "prep" and ancestor.lower_ == "of" and ancestor.head.lemma_.lower() in _ALLEGING_LEMMAS:
            return True
        if ancestor.dep_ == "advcl" and _own_clause_after(ancestor):
            return True
        if ancestor.dep_ in ("advcl", "acl", "xcomp") and lemma in _DEMAND_LEMMAS and ancestor is not token:
            return True
    return False


def recalled_happening(token: Token) -> bool:
    """A happening recalled as the cause of something: named by a noun ("following the
    murder of a chief", "protests over the killing of 40 villagers"), or told in a
    sentence that only explains ("It was a continuation of a feud after two residents
    were murdered", "The protest came after police shot a student"): a reference to
    what was reported before, never a new happening of its own."""
    if not told_as_cause(token):
        return False
    return (token.pos_ == "NOUN" and token.lemma_.lower() in _EARLIER_NOUNS) or _explaining(token.sent.root)


def _explaining(root: Token) -> bool:
    """"It was ...", "This came after ...", "The protest came after ...": a sentence that
    tells how the news came about, not what happened."""
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.lemma_.lower() == "come":
        return bool(subjects)
    return root.lemma_.lower() == "be" and any(s.lower_ in ("it", "this", "that") for s in subjects)


def _demanded(verb: Token) -> bool:
    """A verb of demanding whose object is a cause head ("demanding justice")."""
    objects = (c for c in verb.children if c.dep_ == "dobj")
    return verb.lemma_.lower() in _DEMAND_LEMMAS and any(o.lemma_.lower() in _CAUSE_HEADS for o in objects)


def _own_clause_after(clause: Token) -> bool:
    """"after an officer shot a boy": an "after" clause with its own subject
    (not "fled after killing three", which is the same act)."""
    marked = any(c.dep_ == "mark" and c.lower_ in _CAUSE_CLAUSE_MARKS for c in clause.children)
    return marked and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def wished(token: Token) -> bool:
    """Inside what someone asks for ("demanding that police arrest the culprits")."""
    return any(a.lemma_.lower() in WISH_LEMMAS for a in token.ancestors)
