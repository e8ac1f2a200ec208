"""Death tolls told after the event's own sentence: "ASWJ attacked Malenganhe. Three people died."

Reports give the act first and the toll in the next sentence; when that sentence
is no event of its own it belongs to the event before it. A later toll sentence
tells more dead ("Two soldiers were also killed", "Fourteen militants were killed in a
counterattack", "18 others died later") and adds to the toll, unless it names the same
dead again ("The officer was killed after ..."); a source's own account ("A local source
said 22 died") that differs gives the lower figure, as ACLED does. Fatalities are
counted for every factual event type (a protest dispersed with live fire has deaths
too), except a peaceful protest, which by ACLED's definition has none; a suicide
bombing's toll counts its bombers, as ACLED's does.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..extract.actors import definite
from ..extract.modality import claim_left_unconfirmed, left_unconfirmed
from ..normalise.numbers import parse_number
from ..normalise.victims import GENERAL_DEAD
from ..normalise.quantities import FATALITIES, TOLL_ACCOUNT, TOLL_TO_DATE, extract_quantities, fatalities
from ..record import Event, Quantity
from ..taxonomy import FACTUAL_MODALITIES
from .paragraphs import evidence_sentence, paragraph

NO_DEATHS = frozenset({"Peaceful protest"})
SUICIDE = "Suicide bomb"
# Words telling that a later toll is of more dead ("Two soldiers were also killed").
_MORE_WORDS = frozenset({"also", "other", "others", "another", "more", "further", "additional"})
# Verbs by which a source gives its own account ("A local source said 22 died").
ACCOUNT_LEMMAS = frozenset(
    {"say", "report", "claim", "state", "conclude", "allege", "estimate", "confirm", "announce", "tell", "indicate"}
)
# What a sentence leaving a toll unconfirmed names ("These fatalities could not be corroborated").
_TOLL_WORDS = frozenset({"fatality", "death", "casualty", "toll", "figure", "number"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
_ATTACKER_WORDS = frozenset({"attacker", "bomber", "assailant"})
_DEAD_WORDS = frozenset({"kill", "die", "dead", "death", "fatality", "body", "corpse"})
# Verbs telling a fate other than death, whose "others" are no more dead.
_OTHER_FATES = frozenset({"wound", "injure", "hurt", "abduct", "kidnap", "arrest", "detain"})


def _following(doc: Doc, event: Event, starts: set[int]) -> list[Span]:
    """Sentences after the event's own in its paragraph, up to the next event's sentence;
    a sentence already folded into this event ("Daesh claimed the attack.") is passed over."""
    own = evidence_sentence(doc, event.evidence.start, event.evidence.end)
    if own is None:
        return []
    folded = {m.evidence.start for m in event.mentions}
    after = [s for s in paragraph(own) if s.start_char > own.start_char]
    found = []
    for sent in after:
        if sent.start_char in folded:
            continue
        if sent.start_char in starts:
            break
        found.append(sent)
    return found


def bombers(sent: Span) -> int:
    """Suicide bombers a sentence tells of ("a suicide bomber", "two suicide bombers"),
    whose own deaths ACLED counts in a suicide bombing's toll; none when the sentence
    already counts them ("including the attacker") or tells them stopped ("a suicide
    bomber was shot dead")."""
    if any(t.lemma_.lower() in _ATTACKER_WORDS and _among_the_dead(t) for t in sent):
        return 0  # "killing 18 people including the attacker": counted already
    count = 0
    for token in sent:
        if token.lemma_.lower() != "bomber" or not any(c.lower_ == "suicide" for c in token.children):
            continue
        if token.dep_ in ("nsubjpass", "dobj") or (token.dep_ == "nsubj" and token.head.lemma_.lower() in _DEAD_WORDS):
            return 0  # "a suicide bomber was shot dead / arrested", "the suicide bomber died"
        number = next((c for c in token.children if c.dep_ == "nummod" and c.like_num), None)
        told = parse_number(number.text) if number is not None else None
        count += int(told) if told else 1
    return count


def _among_the_dead(token: Token) -> bool:
    """"18 people including the attacker", "among the dead was the bomber"."""
    return any(a.lower_ in ("including", "among", "include", "includes") for a in token.ancestors)


def fill_tolls(events: list[Event], doc: Doc) -> None:
    """Fatalities from the toll sentences that follow an event: the first gives the toll
    of an event whose sentence gives none; each further one telling more dead adds to it."""
    starts = {m.evidence.start for e in events for m in e.mentions} | {e.evidence.start for e in events}
    for event in events:
        if event.sub_event_type in NO_DEATHS:
            event.fatalities = None
            continue
        if event.modality not in FACTUAL_MODALITIES:
            continue
        before = None  # the toll before the last sentence that told one
        own = evidence_sentence(doc, event.evidence.start, event.evidence.end)
        dead = dead_nouns(own) if own is not None and event.fatalities else set()  # who the toll so far counts
        for sent in _following(doc, event, starts):
            quantities = extract_quantities(sent)
            deaths = fatalities(quantities)
            if deaths is None:
                if claim_left_unconfirmed(sent, _TOLL_WORDS):  # "... claimed 150 were killed."
                    event.fatalities = before  # "These fatalities could not be corroborated."
                continue
            if any(t.lemma_.lower() in _DEAD_WORDS and left_unconfirmed(t) for t in sent):
                continue  # "30 soldiers were reportedly killed; this could not be verified"
            if brought_up_to_date(quantities):  # "The death toll rose to eight": the new figure
                before, event.fatalities = event.fatalities, deaths
                continue
            if told_only(quantities, TOLL_ACCOUNT):  # "Police put the toll at 10": the lower figure
                before, event.fatalities = event.fatalities, min(deaths, event.fatalities or deaths)
                continue
            before, event.fatalities = event.fatalities, add_toll(event.fatalities, deaths, sent, dead)
            dead |= dead_nouns(sent)
        if event.sub_event_type == SUICIDE:
            _add_bombers(event, doc)


def brought_up_to_date(quantities: list[Quantity]) -> bool:
    """A sentence whose only toll is one brought up to date ("The death toll rose to
    eight, rights groups said"): it replaces the figure told before, even as a source's
    account (the later figure is the fuller count, not a rival one)."""
    return told_only(quantities, TOLL_TO_DATE)


def told_only(quantities: list[Quantity], what: str) -> bool:
    """The sentence's toll is only of the kind ``what``, no count of dead beside it."""
    whats = {q.what for q in quantities}
    return what in whats and FATALITIES not in whats


def _add_bombers(event: Event, doc: Doc) -> None:
    """A suicide bombing's toll counts its bombers (ACLED), once per record."""
    sent = evidence_sentence(doc, event.evidence.start, event.evidence.end)
    count = bombers(sent) if sent is not None else 0
    if count:
        event.fatalities = (event.fatalities or 0) + count


def told_toll(records: list[Event], doc: Doc) -> int | None:
    """The toll of one happening told by several records of one article: in reading order
    each sentence's toll counts once, added to or kept as ``add_toll`` decides ("Rebels
    killed two soldiers. ... Troops killed five rebels" is seven dead; the same five dead
    told again stay five)."""
    toll: int | None = None
    told: set[int] = set()
    struck: set[str] = set()  # who the records before were done to
    dead: set[str] = set()  # who the toll so far counts
    for record in sorted(records, key=lambda e: e.evidence.start):
        own = {m.evidence.start for m in record.mentions} | {record.evidence.start}
        sent = evidence_sentence(doc, record.evidence.start, record.evidence.end)
        if record.fatalities is not None and sent is not None and not own & told:
            if toll is not None and strikes_back(record, struck):
                toll += record.fatalities
            else:
                toll = add_toll(toll, record.fatalities, sent, dead)
            dead |= dead_nouns(sent)
        told |= own
        if record.actor2 is not None:
            struck.add(record.actor2.name)
    return toll


def strikes_back(record: Event, struck: set[str]) -> bool:
    """The side struck before kills the other ("Militants killed 23 soldiers ... Soldiers
    fought back and killed 15 of the assailants, the army said"): other dead, added even
    when a source tells them, not a rival account of the same dead."""
    return (
        record.actor1 is not None and record.actor2 is not None
        and record.actor1.name in struck and record.actor2.name not in struck
    )


def add_toll(toll: int | None, deaths: int, sent: Span, dead: set[str] | None = None) -> int:
    """The toll after a later sentence tells ``deaths``: the sum when it tells more dead
    (a new figure, "also"/"others", or other people than ``dead``, the nouns naming those
    counted before: "A suspect was killed ... One officer was killed"); the lower figure
    when it is a source's own
    account (ACLED keeps the most conservative of conflicting reports); else the larger
    (the toll told again, or brought up to date). A later "no casualties" tells of one
    side ("The military reported no casualties") and never undoes a death told."""
    if toll is None:
        return deaths
    if deaths == 0:
        return toll
    told_more = any(_more_dead_word(t) for t in sent) or other_dead(sent, dead or set())
    if is_account(sent) and not told_more:  # "The army said 7 other militants were killed" adds
        return min(toll, deaths)
    more = deaths != toll or told_more
    return toll + deaths if more and not names_the_dead_again(sent) else max(toll, deaths)


def dead_nouns(sent: Span) -> set[str]:
    """The nouns naming whom a sentence tells killed or dead ("A drug suspect was killed",
    "gunmen killed two farmers and a teacher", "One officer died")."""
    found = set()
    for word in sent:
        lemma = word.lemma_.lower()
        if lemma not in ("kill", "die", "behead", "murder", "execute", "lynch"):
            continue
        roles = ("nsubj",) if lemma == "die" else ("nsubjpass", "dobj")
        for noun in (c for c in word.children if c.dep_ in roles and c.pos_ == "NOUN"):
            found |= {n.lemma_.lower() for n in (noun, *noun.conjuncts) if n.pos_ == "NOUN"}
    return found


def dead_told(doc: Doc, event: Event) -> set[str]:
    """The nouns naming the dead that the sentences of a record tell."""
    starts = {(m.evidence.start, m.evidence.end) for m in event.mentions} | {(event.evidence.start, event.evidence.end)}
    sents = (evidence_sentence(doc, start, end) for start, end in starts)
    return {noun for sent in sents if sent is not None for noun in dead_nouns(sent)}


def other_dead(sent: Span, dead: set[str]) -> bool:
    """The sentence's dead are named by nouns other than those counted before, none of
    them naming the dead in general ("people", "civilians"): other people."""
    nouns = dead_nouns(sent)
    if not nouns or not dead or (nouns | dead) & GENERAL_DEAD:
        return False
    return not nouns & dead


def _more_dead_word(token: Token) -> bool:
    """"also", "others", "more", "a second (soldier)" telling of more dead; not a figure's
    "more than 100"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _OTHER_FATES:
        return False  # "killed three policemen and wounded others": not more dead
    if token.ent_type_ == "ORDINAL" and token.i > 0 and token.nbor(-1).lower_ in ("a", "an"):
        return True
    return token.lower_ in _MORE_WORDS and not (following is not None and following.lower_ == "than")


def is_account(sent: Span) -> bool:
    """A source's own account: a reporting verb with a subject ("A local source said 22
    died"), or one conjoined to the main verb sharing its subject ("The group claimed the
    attack and said it killed three policemen"); "were reported killed" is none."""
    root = sent.root
    if not any(c.dep_ == "nsubj" for c in root.children):
        return False
    shared = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in c.children)]
    return any(v.lemma_.lower() in ACCOUNT_LEMMAS for v in (root, *shared))


def names_the_dead_again(sent: Span) -> bool:
    """The dead named by a definite phrase or a pronoun ("The officer was killed", "the
    11 deaths", "He later died")."""
    return any(_definite_dead(token) for token in sent if token.lemma_.lower() in _DEAD_WORDS)


def _definite_dead(word: Token) -> bool:
    """A death word whose dead are a definite phrase: its subject/object or itself (the
    subject of "kill" is the killer: "The soldiers killed six rebels" tells new dead)."""
    dead = ("nsubjpass", "dobj") if word.lemma_.lower() == "kill" else ("nsubj", "nsubjpass", "dobj")
    phrases = [word, *(c for c in word.children if c.dep_ in dead)]
    if any(p.lower_ in _PRONOUNS for p in phrases):
        return True
    return any(definite(p) for p in phrases)
