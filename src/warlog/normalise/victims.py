"""Who else a toll counts: the items of a list of victims, and those killed with them.

The parser reads "killed two soldiers, a policeman and a civilian" as an apposition
(the policeman renaming the soldiers), and "was killed alongside another gunman" as a
mere preposition; a reader counts four dead and two. These tests say when a phrase is
one more victim of the verb that governs the phrase it hangs on, and when it is the
same person told twice ("a professor and peace advocate").
"""

from __future__ import annotations

from spacy.tokens import Token

from .numbers import parse_number

# Nouns that name the dead in general: an apposition after them says who they were
# ("killed three people, two women and a child"), not more dead.
GENERAL_DEAD = frozenset(
    {"people", "person", "civilian", "villager", "resident", "victim", "individual", "other", "member",
     "inhabitant", "passenger", "casualty", "fatality", "body", "family", "relative"}
)
# "was killed alongside/along with/together with X": X died too.
_COMPANION_WORDS = frozenset({"along", "together"})


def listed_appositive(appos: Token) -> bool:
    """"killed a soldier, three vigilantes and a court official": an appositive that is
    counted itself or leads a list, after a counted noun that names no one in general
    and other than itself, is one more item of a list of victims."""
    head = appos.head
    if appos.dep_ != "appos" or head.pos_ != "NOUN" or appos.pos_ != "NOUN":
        return False
    if head.lemma_.lower() in GENERAL_DEAD or appos.lemma_.lower() == head.lemma_.lower():
        return False
    head_counted = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in head.children)
    own_count = any(c.dep_ == "nummod" for c in appos.children)
    leads_list = any(c.dep_ == "conj" for c in appos.children)
    return head_counted and (own_count or leads_list)


def companion_verb(pobj: Token) -> Token | None:
    """The verb whose victim ``pobj`` shares: "was killed alongside another gunman",
    "died along with his son". Only a passive or intransitive verb: with an active
    one the companion may be a co-attacker ("troops killed five rebels alongside militia")."""
    prep = pobj.head
    if pobj.dep_ != "pobj" or prep.lower_ not in ("alongside", "with"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    if prep.lower_ == "with" and not any(
        c.lower_ in _COMPANION_WORDS and c.i == prep.i - 1 for c in (*verb.children, *prep.children)
    ):
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if not passive and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    return verb


def same_person(conj: Token) -> bool:
    """"a university professor and peace advocate": a singular noun conjoined with no
    determiner, possessive or number of its own describes the person already named."""
    head = conj.head
    if conj.dep_ != "conj" or conj.tag_ != "NN" or head.tag_ != "NN":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in conj.children)


def own_fate(noun: Token) -> bool:
    """"forty fighters were killed, thirty-eight rebels captured": an item of a list
    that has a participle of its own is told its own fate, not the list's verb's (the
    parser may make it the object of the passive verb, which can have none)."""
    passive_object = noun.dep_ == "dobj" and any(c.dep_ == "auxpass" for c in noun.head.children)
    listed = noun.dep_ in ("conj", "appos") or passive_object
    return listed and any(c.dep_ == "acl" and c.pos_ == "VERB" for c in noun.children)


def _count(noun: Token) -> int | None:
    """The count a noun phrase gives: its number ("two women"), or one ("a child", "his son")."""
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if number is not None:
        value = parse_number(number.text)
        return int(value) if value is not None and float(value).is_integer() else None
    singular = noun.tag_ in ("NN", "NNP") and any(c.dep_ in ("det", "poss") for c in noun.children)
    return 1 if singular else None


def breaks_down(item: Token) -> bool:
    """"killed three people, two women and a child": a list after a comma that follows a
    count of the dead in general, whose counts add up to it, says who those dead were."""
    head = item
    while head.dep_ in ("conj", "appos") and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    if head is item or head.lemma_.lower() not in GENERAL_DEAD:
        return False
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is None or following.text != ",":
        return False
    items = [t for t in head.subtree if t is not head and t.dep_ in ("conj", "appos") and t.i > head.i]
    total, counts = _count(head), [_count(t) for t in items]
    return total is not None and None not in counts and sum(counts) == total  # type: ignore[arg-type]


def object_after_date(noun: Token) -> Token | None:
    """"killed on Thursday the treasurer of a cooperative": the object told after the
    day, which the parser hangs on the day as its apposition; returns the verb."""
    day = noun.head
    if noun.dep_ != "appos" or day.ent_type_ != "DATE" or day.dep_ != "pobj" or day.i > noun.i:
        return None
    verb = day.head.head
    return verb if verb.pos_ == "VERB" and verb.i < day.i else None


def shot_dead_object(noun: Token) -> bool:
    """"shot dead a farmer": the parser may hang the victim on "dead" (as its object or a
    preposition's), or swallow "shot" into a name before it; the noun is still shot dead."""
    dead = noun.head
    if noun.dep_ not in ("dobj", "pobj") or dead.lower_ != "dead" or dead.i == 0 or dead.i > noun.i:
        return False
    return dead.doc[dead.i - 1].lemma_.lower() == "shoot"


def subject_before_passive(noun: Token) -> Token | None:
    """"In Kasese town, Rwenzori region, a councillor was shot dead", "In the firefight 2 assailants
    were killed": a subject after a place or a phrase the parser makes that phrase's
    apposition or object, leaving the passive verb right after it without one; returns
    that verb."""
    if noun.dep_ not in ("appos", "pobj") or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "Kasese town, Rwenzori region, a councillor": the last one is the subject
    aux = noun.doc[noun.right_edge.i + 1]
    verb = aux.head
    if aux.dep_ != "auxpass" or verb.pos_ != "VERB" or verb.i < noun.i:
        return None
    if noun.dep_ == "pobj" and noun.head.head != verb:
        return None  # "a suspect identified as a militant was killed": the phrase is another verb's
    return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb


def count_after_verb(number: Token) -> Token | None:
    """"rebels killed 1, kidnapped 2": a bare count right after a verb, which the parser may
    hang on it loosely (npadvmod), is its object; returns the verb."""
    verb = number.head
    if number.dep_ != "npadvmod" or verb.pos_ != "VERB" or number.i != verb.i + 1:
        return None
    return verb


def killed_oneself(pronoun: Token) -> bool:
    """"the soldier escaped and later killed himself": the killer's own death, one more
    dead whoever else the sentence counts."""
    return pronoun.lower_ in ("himself", "herself") and pronoun.dep_ == "dobj"


def gapped_count(number: Token) -> Token | None:
    """"12 militants were killed in Tumbun and 4 in Kirta": a bare count conjoined to a
    passive verb whose subject is counted is more of the verb's victims, the verb left
    out; returns the verb."""
    verb = number.head
    if number.dep_ != "conj" or not number.like_num or verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    counted = any(c.dep_ == "nummod" or c.like_num for s in subjects for c in (s, *s.children))
    return verb if counted else None


# Kin a victim is named with after the verb's object ("shot dead a councillor ..., and his wife").
_KIN = frozenset(
    {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "child", "nephew", "niece",
     "cousin", "uncle", "aunt", "grandson", "granddaughter", "driver", "bodyguard", "guard", "companion", "friend"}
)


def verb_object(noun: Token) -> Token | None:
    """"shot dead a councillor of Abra town in Samar, and his wife": the parser joins
    the kin to the verb after a long object; the wife is the verb's object too. The
    verb's object, when ``noun`` is kin of someone (his/her/their) joined to a verb
    that has one."""
    verb = noun.head
    if noun.dep_ != "conj" or verb.pos_ != "VERB" or noun.lemma_.lower() not in _KIN:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in noun.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)


def married_pair(noun: Token) -> bool:
    """"a farmer couple", "an elderly couple": two people; "a couple of" is a count."""
    return (
        noun.lemma_.lower() == "couple"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)
        and not any(c.lower_ == "of" for c in noun.children)
    )
