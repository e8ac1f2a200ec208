"""Who says so: the speaker, their role and the outlet a claim came through.

"Col. Ryan Dillon, a spokesman for the U.S.-led coalition, told Reuters" gives
name Ryan Dillon, role "spokesman for the U.S.-led coalition", via Reuters; later
"noted Col. Dillon" or "indicated the coalition spokesman" resolve to the same
person. Attribution is per sentence; a quotation spanning sentences takes the
speaker named where it closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..record import Attribution
from .outlets import outlet_name

SPEECH_VERBS = frozenset(
    {
        "say", "tell", "stress", "warn", "add", "note", "indicate", "report", "claim", "state",
        "announce", "confirm", "learn", "explain", "insist", "allege", "acknowledge", "quote",
        "cite", "reveal", "write", "tweet", "post", "accuse", "describe", "reiterate",
        "estimate", "assert", "emphasise", "emphasize", "disclose", "inform", "deny", "admit",
        "testify", "mention", "comment", "remark", "declare", "maintain", "contend", "observe",
    }
)
ROLE_NOUNS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "commander",
        "minister", "governor", "chief", "colonel", "general", "source", "sources", "witness",
        "witnesses", "resident", "residents", "police", "officer", "army", "military",
        "ministry", "mayor", "leader", "president", "director", "analyst", "activist",
        "activists", "monitor", "statement", "outlet", "agency", "channel", "newspaper",
        "party", "group", "government", "authorities", "council", "committee", "movement",
        "organisation", "organization", "leaders", "commanders", "villagers", "survivors", "embassy",
    }
)
TITLES = frozenset(
    {
        "col", "colonel", "gen", "general", "lt", "lieutenant", "maj", "major", "capt", "captain",
        "sgt", "sergeant", "brig", "brigadier", "adm", "admiral", "cmdr", "commander", "president",
        "prime", "minister", "dr", "mr", "mrs", "ms", "sheikh", "sen", "senator", "gov", "governor",
        "gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "brig.", "dr.", "mr.", "mrs.", "ms.",
        # police ranks, as spokesmen of police forces are quoted
        "superintendent", "supt", "inspector", "insp", "commissioner", "cp", "asp", "dsp", "corporal", "cpl",
    }
)


ABBREVIATIONS = {"col": "colonel", "gen": "general", "lt": "lieutenant", "maj": "major", "capt": "captain",
                 "sgt": "sergeant", "brig": "brigadier", "adm": "admiral", "gov": "governor", "sen": "senator",
                 "supt": "superintendent", "insp": "inspector", "cpl": "corporal"}


@dataclass
class Person:
    name: str
    role: str | None = None
    titles: set[str] = field(default_factory=set)


@dataclass
class People:
    """Every person the article names, with the role it gives them, for back-references."""

    persons: list[Person] = field(default_factory=list)

    def by_surname(self, surname: str) -> Person | None:
        for person in self.persons:
            if person.name.split()[-1].lower() == surname.lower():
                return person
        return None

    def by_role(self, noun: str) -> Person | None:
        for person in reversed(self.persons):
            if noun.lower() in person.titles or (person.role and noun.lower() in person.role.lower()):
                return person
        return None

    def add(self, person: Person) -> Person:
        known = self.by_surname(person.name.split()[-1])
        if known is not None:
            if len(person.name.split()) > len(known.name.split()):
                known.name = person.name
            known.role = known.role or person.role
            known.titles |= person.titles
            return known
        self.persons.append(person)
        return person


def _split_titles(words: list[str]) -> tuple[set[str], list[str]]:
    """("Col. Ryan Dillon") -> ({"colonel"}, ["Ryan", "Dillon"])."""
    titles: set[str] = set()
    while words and words[0].lower().rstrip(".") in TITLES:
        word = words[0].lower().rstrip(".")
        titles.add(ABBREVIATIONS.get(word, word))
        words = words[1:]
    return titles, words


def _person(text: str, role: str | None) -> Person | None:
    titles, words = _split_titles(text.split())
    return Person(" ".join(words), role, titles) if words else None


def _entity_of(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def _proper_span(token: Token) -> Span:
    """The run of proper nouns (and titles) around a PROPN head: "Col. Ryan Dillon"."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
        start -= 1
    return token.doc[start : token.i + 1]


def _role_of(token: Token) -> str | None:
    """The appositive ("a spokesman for ...") or descriptive compounds ("news outlet")."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words = [t.text_with_ws for t in child.subtree if t.dep_ != "det" or t.head != child]
            return "".join(words).strip(" ,") or None
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")]
    if modifiers:
        start = modifiers[0].left_edge.i
        return " ".join(t.text for t in token.doc[start : token.i] if t.pos_ in ("NOUN", "ADJ", "PROPN")) or None
    return None


# Links inside a role phrase ("a spokesman for the Joint Task Force"), through which a
# misparse may hang the person named after it.
_ROLE_PHRASE_DEPS = frozenset({"prep", "pobj", "compound", "amod"})


def _appos_person(token: Token) -> Token | None:
    """A person named in apposition to a role noun: "a spokesman, Maj. John Doe," and,
    when the role has a complement, "a spokesman for the task force, Maj. John Doe,",
    where the parse hangs the name on the complement's last noun."""
    for candidate in token.subtree:
        if candidate.dep_ != "appos" or candidate.ent_type_ != "PERSON":
            continue
        head = candidate.head
        while head != token and head.dep_ in _ROLE_PHRASE_DEPS:
            head = head.head
        if head == token:
            return candidate
    return None


def _role_phrase(noun: Token, person: Token) -> str:
    """The role noun's own words without the person named in it: "spokesman for the Joint Task Force"."""
    named = {t.i for t in person.subtree}
    words = [t for t in noun.subtree if t.i not in named and not (t.dep_ == "det" and t.head == noun)]
    return "".join(t.text_with_ws for t in words).strip(" ,")


def _speaker_tokens(verb: Token) -> Token | None:
    if verb.lemma_.lower() == "learn":
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ != "PRON":
        return subject
    # Inverted order: "…,” indicated the coalition spokesman.
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (obj.ent_type_ in ("PERSON", "ORG") or obj.lower_ in ROLE_NOUNS):
        return obj
    if subject is not None:
        return subject
    # Misparsed subject: the nearest person named before the verb in this sentence.
    people = [e for e in verb.doc.ents if e.label_ == "PERSON" and verb.sent.start <= e.start and e.end <= verb.i]
    return people[-1].root if people else None


def _via(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    candidates: list[Token] = []
    if lemma == "learn":
        candidates += [c for c in verb.children if c.dep_ == "nsubj"]
    candidates += [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "in", "with"):
            candidates += [c for c in prep.children if c.dep_ == "pobj"]
    for token in candidates:
        name = outlet_name(_name_text(token))
        if name:
            return name
    return None


def _name_text(token: Token) -> str:
    ent = _entity_of(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        return ent.text
    if token.pos_ == "PROPN":
        return _proper_span(token).text
    return token.text


def _resolve(token: Token, people: People) -> Attribution | None:
    person_token = _appos_person(token) if token.pos_ == "NOUN" else None
    if person_token is not None:
        role = _role_phrase(token, person_token)
        found = _person(_name_text(person_token), role or None)
        if found is not None:
            person = people.add(found)
            return Attribution(name=person.name, role=person.role)
        token = person_token
    text = _name_text(token)
    outlet = outlet_name(text)
    if outlet:
        return Attribution(name=outlet, role=_role_of(token) or "news outlet")
    ent = _entity_of(token)
    if ent is not None and ent.label_ in ("ORG", "NORP"):
        # "The People's Defence Force said": a body speaks, not a person named "Defence Force"
        words = ent.text.split()
        return Attribution(name=" ".join(words[1:] if words[0].lower() == "the" else words), role=None)
    if token.ent_type_ == "PERSON" or token.pos_ == "PROPN":
        found = _person(text if token.ent_type_ == "PERSON" else _proper_span(token).text, _role_of(token))
        if found is None:
            return None
        person = people.add(found)
        return Attribution(name=person.name, role=person.role)
    if token.lower_ in ROLE_NOUNS:
        known = people.by_role(token.lemma_)
        phrase = " ".join(t.text for t in _own_words(token) if t.dep_ != "det" and t.pos_ != "PUNCT")
        if known is not None:
            return Attribution(name=known.name, role=known.role or phrase)
        return Attribution(name=phrase, role=token.lemma_)
    return None


def _own_words(token: Token) -> list[Token]:
    """The phrase of one speaker: "residents and a local group" names two."""
    skip = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in token.subtree if t.i not in skip]


def _speakers(token: Token) -> list[Token]:
    """The speaker and those conjoined with it ("residents and a local resistance group said")."""
    return [token, *(t for t in token.conjuncts if t.i > token.i)]


def _according_to(sent: Span, people: People) -> list[Attribution]:
    found = []
    for token in sent:
        if token.lower_ == "according":
            for prep in token.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        found.append(_resolve(obj, people))
    return [a for a in found if a is not None]


def sentence_attributions(sent: Span, people: People) -> list[Attribution]:
    """Speakers of the sentence's claims (empty when the text speaks for itself)."""
    result = _according_to(sent, people)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "a figure police did not confirm": not who says so
        if verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children):
            continue  # "two men accused of spying": what the men are, nobody's telling
        speaker = _speaker_tokens(verb)
        if speaker is None:
            continue
        for token in _speakers(speaker):
            attribution = _resolve(token, people)
            if attribution is None:
                continue
            attribution.via = attribution.via or _via(verb)
            if attribution.via == attribution.name:
                attribution.via = None
            if all(a.name != attribution.name for a in result):
                result.append(attribution)
    return result


def _quote_depths(doc: Doc, sents: list[Span]) -> list[bool]:
    """Whether each sentence starts inside an open quotation."""
    inside = False
    starts_inside = []
    for sent in sents:
        starts_inside.append(inside)
        for char in sent.text:
            if char == "“":
                inside = True
            elif char == "”":
                inside = False
            elif char == '"':
                inside = not inside
    return starts_inside


def _with_titles(ent: Span) -> Span:
    """The entity with the titles written before it ("Col." + "Ryan Dillon")."""
    start = ent.start
    while start > ent.sent.start and ent.doc[start - 1].lower_.rstrip(".") in TITLES:
        start -= 1
    return ent.doc[start : ent.end]


def document_attributions(doc: Doc) -> dict[int, list[Attribution]]:
    """Attribution per sentence start offset, quotations spanning sentences included."""
    people = People()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            person = _person(_with_titles(ent).text, _role_of(ent.root))
            if person is not None and len(person.name.split()) >= 2:
                people.add(person)
    sents = list(doc.sents)
    per_sentence = [sentence_attributions(sent, people) for sent in sents]
    inside = _quote_depths(doc, sents)
    # A quote opened in sentence i and closed later borrows the speaker named at its end.
    for i in range(len(sents) - 1, -1, -1):
        if not per_sentence[i] and i + 1 < len(sents) and inside[i + 1]:
            per_sentence[i] = list(per_sentence[i + 1])
    return {sent.start_char: attrs for sent, attrs in zip(sents, per_sentence)}
