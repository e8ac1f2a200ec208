"""Assemble the training corpus: notes, their news-like rewrites, news-style
positives and "no event" negatives, each tagged with a group for splitting.

Sources (all under the shared data; held-out parts of the news and synthetic
stories are never read here, see ``devdata.news`` and ``devdata.plover``):

* ACLED notes (cleaned) and ``augment.news_variants`` of them;
* NGEC synthetic stories: the opening sentence of stories whose PLOVER mode maps
  to one ACLED sub-type, kept only when a keyword confirms it (the stories are
  noisy), and every sentence of stories whose type is a statement
  (ACCUSE, REQUEST, THREATEN, ...) as "no event";
* IndiaPoliceEvents sentences without any police-action label and without
  violence vocabulary, as "no event";
* the templates in ``hardneg``.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..devdata.acled import AcledEvent
from ..devdata.news import read_sentences
from ..devdata.plover import read_stories
from .augment import news_variants, plain
from .hardneg import hard_negatives

NONE_LABEL = "none"

# PLOVER mode -> (ACLED sub-type, keyword that must appear in the sentence).
SYNTHETIC_POSITIVES: dict[str, tuple[str, str]] = {
    "AERIAL": ("Air/drone strike", r"air ?strike|air raid|warplane|jets? (bombed|struck)|bombing raid"),
    "DRONE": ("Air/drone strike", r"drone|air ?strike"),
    "SUICIDE-ATTACK": ("Suicide bomb", r"suicide"),
    "EXPLOSIVES": ("Remote explosive/landmine/IED", r"bomb|explosi|blast|\bied\b|landmine"),
    "HEAVY-WEAPONS": ("Shelling/artillery/missile attack", r"shell|artillery|mortar|rocket|missile"),
    "UNCONVENTIONAL": ("Chemical weapon", r"chemical|chlorine|sarin|toxic gas|nerve agent|mustard gas"),
    "CROWD-CONTROL": ("Protest with intervention", r"tear ?gas|disperse|water cannon|rubber bullet|batons?"),
    "ARREST": ("Arrests", r"arrest|detain"),
    "SEXUAL": ("Sexual violence", r"rape|sexual"),
    "ABDUCT": ("Abduction/forced disappearance", r"kidnap|abduct|hostage"),
    "DEMO": ("Peaceful protest", r"protest|march|rall(y|ied)|demonstrat"),
    "STRIKE": ("Peaceful protest", r"strike"),
    "HUNGER": ("Peaceful protest", r"hunger strike"),
    "RIOT": ("Violent demonstration", r"riot|stones?|rocks|set fire|torch|clash|molotov"),
    "ASSASSINATE": ("Attack", r"killed|shot|assassinat|gunmen|stabbed"),
    "EXECUTE": ("Attack", r"execut|behead|killed|shot"),
    "MASSACRE": ("Attack", r"massacre|killed|slaughter"),
    "FIREARMS": ("Attack", r"gunmen|shot|opened fire"),
    "CEASEFIRE": ("Agreement", r"ceasefire|cease-fire|truce|agreement"),
    "DESTROY": ("Looting/property destruction", r"destroy|demolish|torch|burn|raze|bulldoz"),
}
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "CONSULT", "SUPPORT", "AID", "SANCTION", "COOPERATE"})

# Sentences with these words are not trusted as "no event" (the news labels only
# police actions, so a mob attack can carry no label).
_VIOLENCE = re.compile(
    r"kill|dead|death|died|injur|wound|attack|mob|riot|clash|fir(e|ed|ing)\b|bomb|blast|explo|shot|shoot|"
    r"burn|torch|ablaze|arson|loot|stab|assault|rape|kidnap|abduct|hostage|arrest|detain|custody|protest|"
    r"demonstrat|strike|march|rally|bandh|curfew|violence|stone|tear ?gas|lathi|clash|seiz|captur|surrender",
    re.IGNORECASE,
)


@dataclass
class Corpus:
    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # split unit: country or source

    def add(self, text: str, label: str, group: str) -> None:
        self.texts.append(text)
        self.labels.append(label)
        self.groups.append(group)

    def extend(self, other: "Corpus") -> None:
        self.texts += other.texts
        self.labels += other.labels
        self.groups += other.groups

    def counts(self) -> Counter[str]:
        return Counter(self.labels)


def notes_corpus(events: Sequence[AcledEvent], rng: random.Random, variants: int = 2) -> Corpus:
    """Notes plus their news-like rewrites; the group is the event's country."""
    corpus = Corpus()
    for event in events:
        if event.sub_event_type is None:
            continue
        corpus.add(plain(event.text) or event.text, event.sub_event_type, event.country)
        for variant in news_variants(event.text, rng, n=variants):
            corpus.add(variant, event.sub_event_type, event.country)
    return corpus


def synthetic_corpus(path: Path, rng: random.Random) -> Corpus:
    """Opening sentences of mapped stories as positives, statement stories as negatives."""
    corpus = Corpus()
    for story in read_stories(path):
        if story.held_out:
            continue
        sentences = [s for s in story.sentences if 6 <= len(s.split()) <= 60]
        if story.label in STATEMENT_TYPES:
            for sentence in sentences:
                if not _VIOLENCE.search(sentence):
                    corpus.add(sentence, NONE_LABEL, "synthetic")
            continue
        mapped = SYNTHETIC_POSITIVES.get(story.mode or "")
        if mapped and sentences and re.search(mapped[1], sentences[0], re.IGNORECASE):
            corpus.add(sentences[0], mapped[0], "synthetic")
    return corpus


def news_negatives(path: Path, rng: random.Random, limit: int = 6000) -> Corpus:
    """Sentences of the news corpus with no action label and no violence words."""
    pool = [
        s.text
        for s in read_sentences(path)
        if not s.held_out and not s.labels and 6 <= len(s.text.split()) <= 60 and not _VIOLENCE.search(s.text)
    ]
    corpus = Corpus()
    for text in rng.sample(pool, min(limit, len(pool))):
        corpus.add(text, NONE_LABEL, "news")
    return corpus


def news_positives(path: Path) -> Corpus:
    """Arrest-only sentences of the news corpus (police arrests, no killing or force)."""
    corpus = Corpus()
    for s in read_sentences(path):
        if not s.held_out and s.labels == frozenset({"ARREST", "ANY_ACTION"}) and 6 <= len(s.text.split()) <= 60:
            corpus.add(s.text, "Arrests", "news")
    return corpus


def build_corpus(events: Sequence[AcledEvent], shared: Path | None, seed: int = 13) -> Corpus:
    """The full training corpus; ``shared`` is the shared data root (None: notes only)."""
    rng = random.Random(seed)
    corpus = notes_corpus(events, rng)
    extra = Corpus()
    if shared is not None:
        extra.extend(synthetic_corpus(shared / "plover" / "ngec_synthetic_plover_events.csv", rng))
        extra.extend(news_negatives(shared / "news" / "sents.csv", rng))
        extra.extend(news_positives(shared / "news" / "sents.csv"))
    for text in hard_negatives(rng):
        extra.add(text, NONE_LABEL, "handwritten")
    corpus.extend(extra)
    return corpus
