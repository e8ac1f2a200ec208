"""Whether a common noun names a person: the victim a report does not name as a party.

The actor dictionary knows the usual victims ("farmers", "traders"); a report may name
anyone by trade ("a builder", "two welders", "a tailor's apprentice"). English names
people by what they do with agent suffixes ("build-er", "vend-or", "journal-ist",
"electric-ian", "fisher-man"), so an unknown noun with one, in the slot of whom an
attack was aimed at, is read as a person; what people live or ride in is no person.
"""

from __future__ import annotations

from spacy.tokens import Token

from .premises import FORCE_PREMISES, PREMISES

PERSON_NOUNS = frozenset(
    {"people", "person", "man", "woman", "child", "civilian", "villager", "resident", "farmer", "student",
     "suspect", "member", "leader", "worker", "journalist", "teacher", "official", "passenger", "trader",
     "boy", "girl", "family", "wife", "husband", "youth", "pilgrim", "worshipper", "shopkeeper", "national",
     "citizen", "hostage", "son", "daughter", "brother", "sister", "mother", "father", "relative", "baby",
     "infant", "herder", "herdsman", "fisherman", "miner", "driver", "engineer", "contractor", "employee",
     "expatriate", "foreigner", "tourist", "traveller", "traveler", "missionary", "priest", "pastor", "nun",
     "imam", "doctor", "nurse", "chief", "elder", "pupil", "crew", "occupant", "victim", "businessman",
     "merchant", "activist", "politician", "candidate", "councillor", "councilor", "customer", "guest",
     "smuggler", "trafficker", "kidnapper", "bandit", "criminal", "robber", "thief", "poacher", "deserter"}
)
# Suffixes English forms agent nouns with ("builder", "vendor", "florist", "technician", "fisherman").
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman")
# Below this length a word with such an ending is mostly no agent noun ("tier", "ian").
MIN_AGENT_LENGTH = 5
# Things conflict copy names with those endings: what is fired on is no person.
NOT_AGENTS = frozenset(
    {"border", "sector", "corridor", "center", "container", "tanker", "trailer", "shelter", "tower", "river",
     "water", "computer", "reactor", "motor", "harbor", "theater", "quarter", "helicopter", "carrier", "bunker",
     "barrier", "chamber", "cluster", "corner", "interior", "tractor", "transporter", "launcher", "destroyer",
     "fighter", "bomber", "freighter", "cruiser", "minesweeper", "airliner", "monitor", "radar", "shipper"}
)


def agent_noun(token: Token) -> bool:
    """A common noun formed as a doer's name ("a builder", "two welders")."""
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN" and token.tag_ in ("NN", "NNS") and len(lemma) >= MIN_AGENT_LENGTH
        and lemma.endswith(AGENT_SUFFIXES) and lemma not in PREMISES | FORCE_PREMISES | NOT_AGENTS
    )


def person_noun(token: Token) -> bool:
    """A noun naming a person or people: a known person noun, a person or nationality
    entity, or an agent noun."""
    return token.lemma_.lower() in PERSON_NOUNS or token.ent_type_ in ("PERSON", "NORP") or agent_noun(token)
