"""Did it happen? Modality of an event mention from the parse around its trigger.

Vows, expectations, conditionals and denials must never be coded as events that
happened; reported and historical events did happen but carry a caveat.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from ..taxonomy import FACTUAL_MODALITIES, Modality

# Verbs of saying: the speaker's own clause ("..., a figure police did not confirm")
# says nothing of whether the deed happened, so the climb stops there.
SAYING = frozenset({"say", "tell", "add", "state"})
# "a figure police did not confirm": a claim left unconfirmed is reported, not denied.
CONFIRMING = frozenset({"confirm", "verify", "corroborate"})
# What "could not be verified" is said of when it is the claim itself.
THE_CLAIM = frozenset(
    {"this", "that", "it", "claim", "figure", "report", "toll", "number", "account", "fatality", "death", "casualty"}
)
# Governing words whose complement has not (yet) happened.
EXPECTATION = frozenset(
    {
        "expect", "vow", "pledge", "plan", "threaten", "intend", "want", "hope", "aim",
        "prepare", "promise", "order", "urge", "call", "demand", "plot", "seek", "wish",
        "vowing", "determine", "resolve", "likely", "poise", "set", "ready", "about",
        "decide", "swear",
    }
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "gonna"})
CONDITIONAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d", "can"})
CONDITIONAL_MARK = frozenset({"if", "unless", "whether"})
# What is asked for into, over or for a deed already done ("called for an inquiry into
# the air strike, which killed 100", "demanded justice for the killing"): the inquiry is
# expected, the deed it looks into happened. So is a part someone is blamed for ("a ban
# on the group for its role in the attack on the assembly"): the attack happened.
LOOKING_INTO = frozenset(
    {
        "inquiry", "enquiry", "investigation", "probe", "inquest", "review", "trial", "prosecution",
        "justice", "compensation", "accountability", "punishment", "apology", "explanation", "action",
        "role", "involvement", "complicity",
    }
)
# "ordered / told / urged X to do Y": Y is an instruction, not a deed.
DIRECTIVES = frozenset({"tell", "ask", "instruct", "command", "encourage", "direct", "advise"})
DENIAL = frozenset({"deny", "refute", "reject", "dismiss"})
HEDGES = frozenset(
    {"reportedly", "allegedly", "purportedly", "apparently", "supposedly", "unconfirmed", "rumoured", "rumored"}
)
HEDGE_VERBS = frozenset({"claim", "allege", "believe", "report", "say", "suspect", "rumour", "rumor"})


# An adverbial clause introduced by these states a fact of its own ("as they
# turned themselves over"), whatever the main clause intends.
FACTUAL_MARKS = frozenset({"as", "after", "before", "when", "while", "since", "because", "once", "until"})


def governors(trigger: Token) -> Iterator[Token]:
    """The trigger, then each head up to the root or out of a factual adverbial clause."""
    token = trigger
    yield token
    while token.head.i != token.i:
        if token.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in FACTUAL_MARKS for c in token.children
        ):
            return  # "when hundreds of traders marched" is parsed with "when" as mark or advmod
        token = token.head
        yield token


def _children(token: Token, deps: set[str]) -> Iterator[Token]:
    return (child for child in token.children if child.dep_ in deps)


def _negated(token: Token) -> bool:
    if any(True for _ in _children(token, {"neg"})):
        return True
    # "no casualties", "no one was killed": a "no" determiner on the trigger or its subject
    return any(
        child.lower_ in ("no", "none", "nobody")
        for child in token.children
        if child.dep_ in ("det", "nsubj", "nsubjpass")
    )


def _no_patient(trigger: Token) -> bool:
    """"no shops were burnt", "not a single shop was looted": the deed had no patient.
    Only the trigger's own: a clause it hangs on ("when no one was hurt") denies nothing of it."""
    return any(_none_of(child) for child in _children(trigger, {"nsubjpass"}))


# Verbs by which a group owns a deed ("claimed the attack", "admitted responsibility").
CLAIM_VERBS = frozenset({"claim", "accept", "admit", "acknowledge"})


def nobody_did(verb: Token) -> bool:
    """"No group claimed the attack", "nobody has claimed it", "the group did not claim
    it": the verb is negated or its subject is no one."""
    return _negated(verb) or any(_none_of(child) for child in _children(verb, {"nsubj"}))


def _none_of(noun: Token) -> bool:
    """The noun counts none of its kind: "no shops", "not a single shop", "not one person"."""
    if any(child.lower_ == "no" for child in _children(noun, {"det"})):
        return True
    qualifiers = [noun, *_children(noun, {"nummod", "amod"})]
    return any(child.lower_ == "not" for q in qualifiers for child in _children(q, {"neg"}))


def _is_future(token: Token) -> bool:
    aux = {child.lower_ for child in _children(token, {"aux", "auxpass"})}
    if aux & FUTURE_AUX:
        return True
    # "are going to attack"
    return token.dep_ == "xcomp" and token.head.lemma_ == "go" and any(
        child.lower_ in ("is", "are", "am", "was", "were", "'s", "'re") for child in token.head.children
    )


def _reached_by_xcomp(governor: Token, chain: list[Token]) -> bool:
    """Whether the chain enters ``governor`` through an infinitival complement."""
    index = chain.index(governor)
    return index > 0 and chain[index - 1].dep_ in ("xcomp", "ccomp") and chain[index - 1].tag_ == "VB"


# How a mis-parse hangs the deed on the participle that says what its doers ask.
DEED_DEPS = frozenset({"acl", "nsubj", "advcl", "conj", "npadvmod"})


def _demand_of_the_deed(governor: Token, chain: list[Token]) -> bool:
    """"locals protested ..., demanding an inquiry", parsed with "demanding" as the
    root: the protest is no complement of the demand but what was done."""
    index = chain.index(governor)
    return governor.tag_ == "VBG" and index > 0 and chain[index - 1].dep_ in DEED_DEPS


def _set_up(governor: Token) -> bool:
    """"set up two protest camps": "set" with a particle is a deed of its own, not the
    "set to attack" that expects one ("called off" stays a plan given up)."""
    return governor.lemma_.lower() == "set" and any(c.dep_ == "prt" for c in governor.children)


def _deprives(verb: Token, trigger: Token) -> bool:
    """"was denied food, repeatedly beaten": denying someone a thing withholds it; it
    does not deny the event ("denied the attack", "denied responsibility for it" do)."""
    return any(c.dep_ in ("dobj", "oprd") and c.pos_ == "NOUN" and trigger not in c.subtree for c in verb.children)


def left_unconfirmed(trigger: Token) -> bool:
    """"30 soldiers were reportedly killed; this could not be independently verified":
    the deed is reported, but its toll is a claim nobody confirmed, which ACLED does
    not count."""
    if any(t is not trigger and t.lemma_.lower() in CONFIRMING and _negated(t) for t in governors(trigger)):
        return True  # "police did not confirm (that) ..."
    return claim_left_unconfirmed(trigger.sent)


def claim_left_unconfirmed(sent: Span, claim: frozenset[str] = THE_CLAIM) -> bool:
    """"..., but this could not be verified", "These fatalities could not be
    corroborated": the claim as a whole (a subject in ``claim``), in a clause or
    sentence of its own."""
    return any(
        t.lemma_.lower() in CONFIRMING and _negated(t)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in claim for c in t.children)
        for t in sent
    )


# "similar attacks", "such killings": a kind of event, not one that happened.
KIND_WORDS = frozenset({"similar", "such"})


def background(trigger: Token) -> bool:
    """Whether the trigger names a kind of event or the past at large ("similar attacks
    in the past have been blamed on militias"): background, told with no happening."""
    if any(c.dep_ in ("amod", "det", "predet") and c.lower_ in KIND_WORDS for c in trigger.children):
        return True
    return any(
        t.dep_ == "prep" and t.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ == "past" for o in t.children)
        for g in governors(trigger)
        for t in g.children
    )


def _looks_into(governor: Token, chain: list[Token]) -> bool:
    """The chain enters a noun of ``LOOKING_INTO`` through its preposition ("an inquiry
    into the strike"): what governs that noun governs the inquiry, not the deed."""
    index = chain.index(governor)
    return (
        index > 0 and governor.pos_ == "NOUN" and governor.lemma_.lower() in LOOKING_INTO
        and chain[index - 1].dep_ == "prep"
    )


# "a repeat of the 1992 riots": the event told is the repetition, dated only by its model.
REPETITION = frozenset({"repeat", "repetition", "recurrence", "replay", "rerun", "reprise"})
# Clauses that tell a deed of their own ("the site where the mosque was razed in 1992").
OWN_CLAUSES = frozenset({"relcl", "advcl"})
# Dependents through which a clause or a noun carries its own time ("in 1992", "last May").
DATE_DEPS = frozenset({"prep", "npadvmod", "tmod", "nummod", "compound", "amod", "nmod"})


def _finite_past(verb: Token) -> bool:
    """"was razed", "had burnt", "killed": the clause's own verb or auxiliary is a finite
    past; so is a bare participle with a subject of its own ("the school rebels destroyed",
    tagged VBN), which no auxiliary can make future."""
    aux = list(_children(verb, {"aux", "auxpass"}))
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux):
        return True
    return verb.tag_ == "VBN" and not aux and any(True for _ in _children(verb, {"nsubj"}))


def _date_words(head: Token, before: int | None = None) -> Iterator[Token]:
    """The words through which the head carries its own time: its date dependents and a
    preposition's object ("in 1992", "the 1992 riots"); only those before token ``before``."""
    for child in _children(head, DATE_DEPS):
        if before is not None and child.i >= before:
            continue
        yield from [child, *_children(child, {"pobj"})] if child.dep_ == "prep" else [child]


def _own_date(head: Token) -> bool:
    """A date among the head's own dependents ("in 1992", "in December 1992", "the 1992
    riots"), not one of the clause that governs it."""
    return any(w.ent_type_ == "DATE" or (w.like_num and len(w.text) == 4 and w.text.isdigit()) for w in _date_words(head))


# A token that names a year: "1992", "1992-93" (a year span written as one word).
YEAR = re.compile(r"(1[89]|20)\d\d(?!\d)")
# Links that stay inside one clause on the way up from a deed to the verb it is told by.
CLAUSE_LINKS = frozenset(
    {"dobj", "pobj", "prep", "nsubj", "nsubjpass", "compound", "amod", "agent", "attr", "conj", "appos", "npadvmod"}
)
# Words that may stand between a deed and the year it is told with ("the razing of the
# old mosque at Ayodhya on December 6, 1992"): its own phrase, no verb, no clause break.
# A quotation mark closes the quoted phrase too: "'retaliation for the razing of the
# mosque' in 1993" dates the retaliation.
PHRASE_BREAKS = frozenset({",", ";", ":", "(", ")", "--", "\u2014", "\u2013", '"', "''", "``", "\u201c", "\u201d", "\u2019\u2019", "\u2018\u2018"})
# How far a deed's own phrase reaches before its year.
PHRASE_REACH = 12


def _year_in(token: Token) -> str | None:
    """The year a token names ("1992", "1992-'93"), or one its date words carry
    ("December 6, 1992": the year hangs on the month)."""
    for word in (token, *_children(token, {"nummod", "compound", "npadvmod", "appos"})):
        found = YEAR.match(word.text)
        if found and (word.like_num or word.ent_type_ == "DATE" or len(word.text) > 4):
            return found.group()
    return None


def _own_year(head: Token, before: int | None = None) -> str | None:
    """A year among the head's own dependents ("in 1992", "on December 6, 1992", "the
    1992-93 riots"), as ``_own_date`` reads them; only those before token ``before`` if given."""
    return next((year for word in _date_words(head, before) if (year := _year_in(word))), None)


def _year_after(trigger: Token) -> str | None:
    """"The razing of the old mosque at Ayodhya on December 6, 1992": a year read after
    the deed within its own phrase (its own words, then the date's preposition; no verb,
    no clause break), wherever the parser hung the date (often on the verb that governs
    the whole phrase). In "this week's clashes and those of 1988" the year dates only the others."""
    return _read_after(trigger, _year_in)


def _read_after(trigger: Token, read: Callable[[Token], str | None]) -> str | None:
    """The first time ``read`` finds after the deed within its own phrase (its own words,
    the time's preposition, named places; no verb, no clause break, no other happenings)."""
    if _told_as_recent(trigger):
        return None
    own = {t.i for t in trigger.subtree}
    for token in trigger.doc[trigger.i + 1 : min(trigger.i + PHRASE_REACH, trigger.sent.end)]:
        if found := read(token):
            return found
        if token.pos_ == "PRON" or token.lower_ in OTHER_ONES:
            return None  # "the clashes with those in 1994": the year is the others'
        verb = token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")  # "the disputed site"
        if verb or token.dep_ in ("mark", "cc") or (token.text in PHRASE_BREAKS and token.ent_type_ != "DATE"):
            return None
        if token.i in own or _introduces(token, read) or token.ent_type_ == "DATE":
            continue
        if not _names_place(token):
            return None
        own.update(t.i for t in token.subtree)  # "... of the mosque in Ayodhya on December 6, 1992"
    return None


PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _names_place(token: Token) -> bool:
    """A preposition of place whose object is a named place ("in Ayodhya", "at Jaffna")."""
    return token.dep_ == "prep" and any(
        o.ent_type_ in PLACE_ENTITIES or o.pos_ == "PROPN" for o in _children(token, {"pobj"})
    )


# Words that name other happenings of the kind within the deed's phrase ("with those in 1994").
OTHER_ONES = frozenset({"those", "that", "ones", "one", "others"})
# A deed told as of these days is not dated by an old year beside it.
RECENT = frozenset({"recent", "present", "current", "latest", "ongoing", "fresh", "continuing"})


def _told_as_recent(trigger: Token) -> bool:
    """"The recent riots", "the ongoing clashes": a deed of these days."""
    return any(c.lower_ in RECENT for c in _children(trigger, {"amod"}))


def _introduces(token: Token, read: Callable[[Token], str | None]) -> bool:
    """A preposition whose object is the time ``read`` finds ("on December 6, 1992")."""
    return token.dep_ == "prep" and any(read(o) for o in _children(token, {"pobj"}))


def own_year(trigger: Token) -> str | None:
    """The year a deed is told with as its own: after it in its own phrase (``_year_after``),
    on a word of its own clause ("In 1992, nobody could control the mob"; "on December 6,
    1992, they ignored him and razed the mosque": the fronted date of a first conjunct is
    the second's too), or on the time its relative clause describes ("1992, when the
    mosque was razed", "the events of 1992 when ..."). A year of a governing clause is not
    the deed's."""
    if _told_as_recent(trigger):
        return None
    if year := _year_after(trigger):
        return year
    token, before = trigger, None
    while True:
        if year := _own_year(token, before):
            return year
        if token.dep_ not in CLAUSE_LINKS or token.head.i == token.i:
            break
        # a governing verb's year is the deed's when it comes first ("In 1992, nobody could
        # control the mob"; "comparing the riots with those ... in 1969" dates the others),
        # a first conjunct's only when it opens the clause
        before = min(before or trigger.i, trigger.i)
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            before = min(before, token.head.i)
        token = token.head
    if token.dep_ == "relcl":
        return _year_in(token.head) or _own_year(token.head)
    return None


# Links through which a deed noun carries a time of its own before it ("Saturday's
# attack", "the September 11 attacks").
NOUN_DATE_DEPS = DATE_DEPS | {"poss"}


def _date_entity(token: Token) -> str | None:
    """The date entity a token is part of ("September 11", "last year"), as written."""
    if token.ent_type_ != "DATE":
        return None
    return next((ent.text for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


def _when_time(verb: Token) -> str | None:
    """"Tourism suffered last year when the embassy was bombed": a past deed told in a
    when-clause happened at the time of the clause it is attached to."""
    if verb.dep_ != "advcl" or not _finite_past(verb) or not any(c.lower_ == "when" for c in _children(verb, {"mark", "advmod"})):
        return None
    return next((told for word in _date_words(verb.head) if (told := _date_entity(word))), None)


def own_date(trigger: Token) -> str | None:
    """The time a deed is named or told by as its own, a day as well as a year:
    "Saturday's attack on the assembly", "the September 11 attacks", "the bombing of the
    embassy last year", or for a verb in a when-clause the time of its head clause. The
    deed's name carries it, whatever the sentence is about (a reaction, a loss, a charge)."""
    if trigger.pos_ in ("VERB", "AUX"):
        return _when_time(trigger)
    if trigger.pos_ not in ("NOUN", "PROPN") or _told_as_recent(trigger):
        return None
    for child in _children(trigger, NOUN_DATE_DEPS):
        for word in (child, *_children(child, {"pobj"})):
            if told := _date_entity(word):
                return told
    return _read_after(trigger, _date_entity)


def _conditional(token: Token) -> bool:
    """The clause opens with "if", "unless" or "whether"."""
    return any(child.lower_ in CONDITIONAL_MARK for child in _children(token, {"mark"}))


def _done_beside(verb: Token) -> bool:
    """"The militia vowed revenge and attacked the village", "the soldiers did not wait
    and opened fire", "the gang planned the raid and kidnapped six pupils": a verb in the
    simple past joined to another tells a deed of its own; the first verb's vow, plan or
    negation is not lent to it (what governs both, a condition or a verb of saying, is)."""
    return verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.tag_ == "VBD"


NEGATIVE_SUBJECTS = frozenset({"no", "none", "nobody", "noone", "neither"})


def _none_could(verb: Token) -> bool:
    """"In 1992, neither the police nor the army could control the mob", "nobody could
    stop the crowd in 2002": at a past year of the clause's own, no one was able to act on
    what the object names; the mob was there. "Could" is the past of "can" here, not a
    condition ("could have" still is one; so is a plain "could" with no year of its own)."""
    aux = {c.lower_ for c in _children(verb, {"aux"})}
    subjects = list(_children(verb, {"nsubj"}))
    negative = any(
        s.lower_ in NEGATIVE_SUBJECTS or any(c.lower_ in NEGATIVE_SUBJECTS for c in _children(s, {"det", "preconj"}))
        for s in subjects
    )
    return aux == {"could"} and negative and not any(True for _ in _children(verb, {"neg"})) and (
        _own_year(verb) is not None
    )


def told_in_own_past(token: Token, trigger: Token) -> bool:
    """A past deed told with its own time inside a clause of wish, fear, plan or denial:
    a relative or adverbial clause with its own finite past verb and date ("wants to
    build a shrine where the mosque was razed in 1992"), or the trigger noun with its own
    year ("vowed to avenge the 2014 massacre"). The governing clause's modality is not its
    own; a repetition of it ("fear a repeat of the 1992 riots") stays what is feared."""
    if token.dep_ in OWN_CLAUSES and token.pos_ in ("VERB", "AUX"):
        return _finite_past(token) and (_own_date(token) or _own_year(token) is not None)
    if token is trigger and token.pos_ in ("NOUN", "PROPN") and (
        _own_date(token) or _own_year(token) or _year_after(token)
    ):
        head = token.head.head if token.dep_ == "pobj" else token.head
        return head.lemma_.lower() not in REPETITION
    return False


def classify(
    trigger: Token, sent: Span, *, attributed: bool, historical: bool, own_past: bool = True
) -> Modality:
    """Modality of the event evoked by ``trigger`` in ``sent``; ``own_past=False`` lets the
    governing clause rule a deed told with its own past time (``told_in_own_past``)."""
    chain = list(governors(trigger))
    if _no_patient(trigger):
        return "denied"
    # Stop at the first verb of saying: what the speaker's own verb does is not ours.
    for index, token in enumerate(chain):
        lemma = token.lemma_.lower()
        if index and _done_beside(chain[index - 1]):
            # the first verb's own wish or negation is not the deed's; its condition is
            if _conditional(token):
                return "hypothetical"
            continue
        if historical and token is not trigger and _none_could(token):
            continue  # a past inability at a year of its own: what it failed to master was there
        if token is not trigger and lemma in DENIAL and not _deprives(token, trigger):
            return "denied"
        # "if the levies are not withdrawn": a negated condition is still only a condition
        if _conditional(token):
            return "hypothetical"
        if token is not trigger and lemma in CONFIRMING and _negated(token):
            return "reported"  # see ``left_unconfirmed``
        if _negated(token) and token.lemma_.lower() not in HEDGE_VERBS:
            return "denied" if token is trigger or token.pos_ != "VERB" else "hypothetical"
        if _is_future(token):
            return "expected"
        if token is not trigger and lemma in EXPECTATION and not _demand_of_the_deed(token, chain) and not _set_up(token):
            return "expected"
        if token is not trigger and lemma in DIRECTIVES and _reached_by_xcomp(token, chain):
            return "expected"
        if {child.lower_ for child in _children(token, {"aux"})} & CONDITIONAL_AUX:
            return "hypothetical"
        if token is not trigger and token.pos_ == "VERB" and lemma in SAYING:
            break
        if _looks_into(token, chain):
            break
        # a relative clause's own dated past is the writer's fact, however recent ("hunt
        # the gunmen who killed 12 people on Monday"); elsewhere only a historical one is
        if own_past and (historical or token.dep_ == "relcl") and told_in_own_past(token, trigger):
            break
    if historical:
        return "historical"
    if attributed:
        return "reported"
    words = {token.lower_ for token in sent}
    if words & HEDGES or any(t.lemma_.lower() in HEDGE_VERBS and t.i != trigger.i for t in chain[1:]):
        return "reported"
    if any(t.lower_ == "according" for t in sent):
        return "reported"
    return "asserted"


def recalled_under_governor(trigger: Token, sent: Span) -> bool:
    """A past deed that only its own clause's time frees from a governing wish, fear, plan
    or denial: the sentence as a whole tells that wish, so a reading of the whole sentence
    (the classifier's "no event") says nothing of the deed."""
    return classify(trigger, sent, attributed=False, historical=True, own_past=False) not in FACTUAL_MODALITIES
