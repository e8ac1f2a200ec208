"""What a count counts, read from the dependency parse: the counted noun and the role of
the verb, adjective or noun that governs it, because "3 militants killed 5 civilians"
counts 5 fatalities, not 3. The number itself is found by pattern in ``quantities``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .causes import told_as_cause
from .euphemisms import died_by_euphemism, kills_by_euphemism
from .numbers import VAGUE_BOUNDS
from .victims import (
    breaks_down,
    companion_verb,
    count_after_verb,
    gapped_count,
    listed_appositive,
    object_after_date,
    own_fate,
    shot_dead_object,
    subject_before_passive,
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
# "The death toll rose to eight", "bringing the number of dead to nine": the toll brought
# up to date, which replaces a figure told before rather than adding to it; beside the sentence's own count of dead ("killing two more, bringing the toll to
# 14") it is not this event's toll.
TOLL_TO_DATE = "toll to date"
# "The military put the toll at 10": a source's own figure for the toll, beside another
# told in the sentence a rival count of the same dead (ACLED keeps the lower).
TOLL_ACCOUNT = "toll by one account"

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
ANIMALS = {"cow", "cattle", "goat", "sheep", "camel", "horse", "donkey", "animal", "livestock", "dog", "pig",
            "chicken", "head", "ox", "oxen", "buffalo"}
PLACE_NOUNS = {"city", "town", "territory", "area", "village", "district", "province", "land",
                "country", "region", "capital", "state", "county", "neighbourhood", "neighborhood"}
_RATE_UNITS = {"day", "week", "month", "year"}
_RATE_DETERMINERS = {"a", "an", "per", "each", "every"}



def what_is_counted(span: Span, percent: bool, single: bool) -> tuple[str | None, str | None] | None:
    """What the number in ``span`` counts and its unit ("percent", "per week"); None when it
    counts nothing: a number in a name ("Brigade 52"), or a lone "one" (``single``) that no
    verb or noun gives a role ("One prominent quality")."""
    root = _count_root(span)
    if _names_something(root):
        return None
    noun = _counted_noun(root, percent)
    anchor = noun if noun is not None else root
    if percent:
        role = _percent_of(anchor)
    elif _whole_of_part(root, noun) or _described_part(root, noun):
        role = None
    else:
        role = _role(anchor) or _told_state(root)
    if role is None and single:
        return None
    what = noun_label(noun) if noun is not None and noun.lemma_.lower() in ANIMALS else role or noun_label(noun)
    if what == FATALITIES and _claimed(anchor):
        what = CLAIMED_FATALITIES
    elif what == FATALITIES and (told_as_cause(anchor) or carried_dead(anchor)):
        what = EARLIER_FATALITIES
    return what, "percent" if percent else _rate(anchor)


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
    return context_role(anchor) or _NOUNS.get(anchor.lemma_.lower())


def context_role(anchor: Token) -> str | None:
    """Role given by the words around the counted thing (its modifiers, its governing verb)."""
    if bodies_of(anchor) or _lives_taken(anchor):  # "the bodies of four men abducted by bandits": dead
        return FATALITIES
    if anchor.dep_ == "dobj" and not own_fate(anchor) and verb_role(anchor.head, object_position=True) == FATALITIES:
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


def bodies_of(noun: Token) -> bool:
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
        return verb_role(child, object_position=passive) or _complement_role(child)
    if child.dep_ == "relcl":
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ not in ("WDT", "WP"):
            return None  # "protesters, one of whom died": the clause has its own subject
        relative = next((c for c in child.children if c.tag_ in ("WDT", "WP")), None)
        in_object = relative is not None and relative.dep_ in ("nsubjpass", "dobj")
        return verb_role(child, object_position=in_object)
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
        return verb_role(verb, object_position=True)
    if (verb := gapped_count(anchor)) is not None:
        return _passive_role(verb)
    while (token.dep_ == "conj" or listed_appositive(token)) and token.head is not token:
        if token.head.pos_ == "VERB" and token.pos_ in ("NOUN", "PROPN"):
            return _passive_role(token.head) if _added_victims(token) else None
        if token.head.pos_ == "VERB" and token.pos_ == "NUM" and _has_object(token.head):
            # "killed a commander and three of his men", the count parsed onto the verb
            return verb_role(token.head, object_position=True)
        token = token.head
    head = token.head
    if (verb := object_after_date(token)) is not None:  # "killed on Thursday the treasurer"
        return verb_role(verb, object_position=True)
    if (verb := companion_verb(token)) is not None:  # "was killed alongside another gunman"
        return _passive_role(verb) or verb_role(verb, object_position=False)
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PRON", "NUM"):
        owner = head.head
        if _is_count_word(owner):  # "hundreds of them", "one of the soldiers": the count's own role
            return _governing_role(owner)
        return _NOUNS.get(owner.lemma_.lower())
    if (kind := _toll_kind(token)) is not None:
        return kind
    if token.dep_ in ("nsubjpass", "dobj"):
        return verb_role(head, object_position=True) or _complement_role(head)
    if token.dep_ == "nsubj" and head.pos_ == "ADJ" and head.lower_ in _ADJECTIVES and head.dep_ in _SMALL_CLAUSES:
        return _ADJECTIVES[head.lower_]  # "left at least eight people dead": the parse's small clause
    if token.dep_ in ("nsubj", "attr"):
        # "a guard shot dead an employee": with an object of its own, the verb's
        # complement tells what became of the object, never of the subject ("two
        # soldiers lost their lives" is the subject's own death).
        own_object = _has_object(head) and not _lost_lives(head)
        return verb_role(head, object_position=False) or (None if own_object else _complement_role(head))
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
    return verb_role(verb, object_position=True) if passive else None


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


def verb_role(verb: Token, object_position: bool) -> str | None:
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


def noun_label(noun: Token | None) -> str | None:
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.text


def _percent_of(percent: Token) -> str:
    """"90 percent of the city of Raqqa" -> percent of territory; else percent of <noun>."""
    of = _child_of(percent, "of")
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if place is None:
        return "percent"
    if place.ent_type_ in ("GPE", "LOC", "FAC") or place.lemma_.lower() in PLACE_NOUNS:
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
