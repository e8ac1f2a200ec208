"""Measure actor extraction on the shared development data.

``python -m warlog.extract.actors_eval [--data DIR] [--per-country N] [--split S] [--part P]``
prints (``--split train`` scores the CAMEO tuning half only, ``--part cameo`` skips (b)):

(a) CAMEO source/target spans (``actors/cameo_ner_{train,test}.txt``, CoNLL BIO with
    S = source, T = target): token-level precision/recall/F1 of our actor1 (+ its
    conjuncts) against S and of actor2 against T. The data has no trigger, so two
    choices are scored: ``root`` -- the parser's root of the sentence, or its first
    verb when the root is not a verb (no gold information used; the honest figure),
    and ``oracle`` -- the lowest verb dominating the gold S and T heads (an upper
    bound that isolates role assignment from trigger choice). Two rules are the
    scoring's, not the records': the data's split possessive ("China ’ s") is parsed
    as one word, and an object that names no one ("rejected the proposal") is no
    target, as CAMEO codes only parties.
(b) ACLED coder notes: with the main verb of the note's first sentence as trigger,
    the share of events whose set of actor types {actor1.type, actor2.type} equals
    ACLED's {inter1, inter2}, and the exact-name rate of actor1, per country. The
    dictionary was written from the STUDIED countries; HELD_OUT ones were not
    looked at and give the honest figure.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..devdata.acled import AcledEvent, dedupe, read_acled
from ..devdata.text import split_sentences
from ..errors import DataError
from ..nlp import load, pipe
from ..normalise.actors import ActorDictionary
from ..taxonomy import actor_category
from .actors import extract_actors
from .roles import OBJECTS, TARGET_CUTS, RoleSpans, find_roles, noun_phrase

DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"  # beside the checkout
# Notes looked at while writing the dictionary and the actor rules: the first six in the
# first session, the DEV exports of the pipeline's tuning split (events/evaluate.py)
# in the second. Myanmar and Bangladesh were never looked at.
STUDIED = (
    "Iraq", "Somalia", "Nigeria", "Democratic Republic of Congo", "Philippines", "Kenya",
    "Nepal", "Indonesia", "Mozambique", "Niger", "Chad",
)
HELD_OUT = ("Myanmar", "Bangladesh")
ACLED_FILES = {
    "Iraq": "ACLED_Iraq_2019-2020.csv",
    "Somalia": "ACLED_Somalia_2019-2020.csv",
    "Nigeria": "ACLED_Nigeria_2019-2020.csv",
    "Democratic Republic of Congo": "ACLED_DRC_2016-2020.csv",
    "Philippines": "ACLED_Philippines_2019-2020.csv",
    "Kenya": "ACLED_Kenya_2016-2021.csv",
    "Myanmar": "ACLED_Myanmar_2016-2020.csv",
    "Nepal": "ACLED_Nepal_2016-2020.csv",
    "Indonesia": "ACLED_Indonesia_2016-2020.csv",
    "Mozambique": "ACLED_Mozambique_2016-2020.csv",
    "Niger": "ACLED_Niger_2019-2020.csv",
    "Chad": "ACLED_Chad_2019-2020.csv",
    "Bangladesh": "ACLED_Bangladesh_2022-2024_actor_long.csv",
}
REPORTING_LEMMAS = frozenset({"report", "say", "claim", "state", "indicate", "announce", "confirm", "allege", "tell", "add"})
# "X said Y must end the attacks" is X's demand on Y, not a report of Y acting.
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})


# -- shared helpers --------------------------------------------------------------------


def main_verb(sent: Span) -> Token:
    """The sentence's root; its first verb when the root is not one; the reported clause
    when the root is a reporting verb ("Police said gunmen killed ..."), unless that
    clause says what someone must do: then the saying is the act, a demand."""
    root = sent.root
    if root.lemma_ in REPORTING_LEMMAS:
        clause = next((c for c in root.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}), None)
        if clause is not None and not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in clause.children):
            return clause
    if root.pos_ in {"VERB", "AUX"} or root.pos_ == "NOUN" and not any(t.pos_ == "VERB" for t in sent):
        return root
    return next((t for t in sent if t.pos_ == "VERB"), root)


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set[int], gold: set[int]) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


# -- (a) CAMEO spans -------------------------------------------------------------------


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, BIO tags)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"cannot read CoNLL file: {exc}", path=str(path)) from exc
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in lines + [""]:
        if not line.strip():
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, _, tag = line.rpartition(" ")
        words.append(word)
        tags.append(tag)
    return sentences


def _gold_tokens(tags: list[str], label: str) -> set[int]:
    return {i for i, tag in enumerate(tags) if tag[2:] == label}


def _oracle_trigger(doc: Doc, gold: set[int]) -> Token | None:
    """Lowest verb that dominates every gold head (span tokens whose head is outside)."""
    heads = [doc[i] for i in gold if doc[i].head.i not in gold or doc[i].head.i == i]
    if not heads:
        return None
    chains = [[heads[0]] + list(heads[0].ancestors)]
    common = [t for t in chains[0] if all(t == h or t.is_ancestor(h) for h in heads)]
    return next((t for t in common if t.pos_ in {"VERB", "AUX"} and t.i not in gold), None)


APOSTROPHES = frozenset({"'", "’"})


def parse_words(words: list[str]) -> tuple[list[str], list[list[int]]]:
    """The words as a reader wrote them, and which data tokens each one covers: the
    data splits the possessive ("China ’ s expansion"), which the parser then reads as
    two separate phrases; "’s" is one word to it."""
    merged: list[str] = []
    covers: list[list[int]] = []
    for i, word in enumerate(words):
        if word.lower() == "s" and i > 1 and words[i - 1] in APOSTROPHES and covers[-1] == [i - 1]:
            merged[-1] += word
            covers[-1].append(i)
        else:
            merged.append(word)
            covers.append([i])
    return merged, covers


# Entity types of a party, or of the place that stands for one ("Chinese", "Iraq").
PARTY_OR_PLACE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def names_no_one(head: Token, dictionary: ActorDictionary) -> bool:
    """A thing, not a party: no name in the phrase and no actor the dictionary knows
    ("rejected the proposal", "provided $3 million"). CAMEO codes only parties as the
    target; event records reach the same reading when naming (``_Namer.first_party``),
    so this is a rule of the span scoring only."""
    phrase = noun_phrase(head, full=True, cut=TARGET_CUTS)
    if head.pos_ == "PRON" or any(t.ent_type_ in PARTY_OR_PLACE_ENTS or t.pos_ == "PROPN" for t in phrase):
        return False
    actor = dictionary.lookup(noun_phrase(head).text)
    return actor is None or actor.type is None


def _scored_target(roles: RoleSpans, dictionary: ActorDictionary) -> RoleSpans:
    """The roles as CAMEO scores them: an object that names no one is no target."""
    if roles.actor2 is not None and roles.actor2.dep_ in OBJECTS and names_no_one(roles.actor2, dictionary):
        roles.actor2, roles.assoc2 = None, []
    return roles


def cameo_scores(
    nlp: Language, path: Path, *, mode: str, dictionary: ActorDictionary | None = None
) -> dict[str, dict[str, float]]:
    """Token-level P/R/F1 of actor1 vs S and actor2 vs T spans (on the data's tokens)."""
    dictionary = dictionary or ActorDictionary.load()
    data = read_conll(path)
    parsed = [parse_words(words) for words, _ in data]
    docs = pipe(nlp, (Doc(nlp.vocab, words=words) for words, _ in parsed))
    source, target = PRF(), PRF()
    for doc, (_, covers), (_, tags) in zip(docs, parsed, data):
        gold_s, gold_t = _gold_tokens(tags, "S"), _gold_tokens(tags, "T")
        if mode == "oracle":
            gold = {j for j, cover in enumerate(covers) if not gold_s.union(gold_t).isdisjoint(cover)}
            trigger = _oracle_trigger(doc, gold) or main_verb(max(doc.sents, key=len))
        else:
            trigger = main_verb(max(doc.sents, key=len))
        roles = _scored_target(find_roles(trigger, trigger.sent), dictionary)
        source.add({i for span in roles.spans(1) for t in span for i in covers[t.i]}, gold_s)
        target.add({i for span in roles.spans(2) for t in span for i in covers[t.i]}, gold_t)
    return {"actor1 (S)": source.scores(), "actor2 (T)": target.scores()}


# -- (b) ACLED notes -------------------------------------------------------------------


def sample(events: list[AcledEvent], n: int) -> list[AcledEvent]:
    """An evenly spread, deterministic sample (the files are sorted by date)."""
    if len(events) <= n:
        return events
    step = len(events) / n
    return [events[int(i * step)] for i in range(n)]


@dataclass
class CountryScore:
    n: int = 0
    type_set: int = 0
    name1: int = 0
    name2: int = 0
    gold2: int = 0

    def row(self) -> dict[str, float | int]:
        return {
            "n": self.n,
            "type_set": round(self.type_set / self.n, 3) if self.n else 0.0,
            "actor1_name": round(self.name1 / self.n, 3) if self.n else 0.0,
            "actor2_name": round(self.name2 / self.gold2, 3) if self.gold2 else 0.0,
        }


def _first_sentences(events: Iterable[AcledEvent]) -> Iterator[str]:
    """The note's opening, two sentences long: some notes open with a bare date ("24 June.")."""
    for event in events:
        yield " ".join(split_sentences(event.text)[:2]) or event.text


def first_clause(doc: Doc) -> Span:
    """The first sentence that has a verb."""
    return next((s for s in doc.sents if any(t.pos_ == "VERB" for t in s)), next(iter(doc.sents)))


def acled_scores(
    nlp: Language, data_dir: Path, countries: Iterable[str], *, per_country: int, dictionary: ActorDictionary
) -> dict[str, dict[str, float | int]]:
    codes = {c.name: c.code for c in dictionary.countries.values()}
    results: dict[str, dict[str, float | int]] = {}
    for country in countries:
        events = [e for e in dedupe(read_acled(data_dir / "acled" / ACLED_FILES[country])) if e.country == country]
        events = sample(events, per_country)
        score = CountryScore()
        for event, doc in zip(events, pipe(nlp, _first_sentences(events))):
            sent = first_clause(doc)
            roles = extract_actors(
                main_verb(sent), sent, year=event.year, country_code=codes.get(country), dictionary=dictionary
            )
            predicted = {a.type for a in (roles.actor1, roles.actor2) if a is not None and a.type is not None}
            gold = {t for t in (actor_category(event.inter1), actor_category(event.inter2)) if t is not None}
            score.n += 1
            score.type_set += predicted == gold
            score.name1 += roles.actor1 is not None and roles.actor1.name == event.actor1
            if event.actor2:
                score.gold2 += 1
                score.name2 += roles.actor2 is not None and roles.actor2.name == event.actor2
        results[country] = score.row()
    return results


def _pooled(rows: dict[str, dict[str, float | int]], countries: Iterable[str]) -> dict[str, float]:
    chosen = [rows[c] for c in countries if c in rows]
    total = sum(int(r["n"]) for r in chosen)
    return {
        key: round(sum(float(r[key]) * int(r["n"]) for r in chosen) / total, 3) if total else 0.0
        for key in ("type_set", "actor1_name")
    }


CAMEO_SPLITS = ("train", "test")
PARTS = ("all", "cameo", "acled")


def run(data_dir: Path, *, per_country: int, splits: Iterable[str] = CAMEO_SPLITS, part: str = "all") -> dict[str, object]:
    """The report: CAMEO spans on ``splits`` and/or the ACLED actor types (``part``)."""
    nlp = load()
    dictionary = ActorDictionary.load()
    cameo_dir = data_dir / "actors"
    report: dict[str, object] = {}
    if part in ("all", "cameo"):
        report["cameo"] = {
            split: {
                mode: cameo_scores(nlp, cameo_dir / f"cameo_ner_{split}.txt", mode=mode, dictionary=dictionary)
                for mode in ("root", "oracle")
            }
            for split in splits
        }
    if part == "cameo":
        return report
    rows = acled_scores(nlp, data_dir, STUDIED + HELD_OUT, per_country=per_country, dictionary=dictionary)
    report["acled"] = {
        "by_country": rows,
        "studied": _pooled(rows, STUDIED),
        "held_out": _pooled(rows, HELD_OUT),
    }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--per-country", type=int, default=300, help="ACLED notes sampled per country")
    parser.add_argument(
        "--split", choices=(*CAMEO_SPLITS, "both"), default="both", help="CAMEO half to score (tune on train only)"
    )
    parser.add_argument("--part", choices=PARTS, default="all", help="score the CAMEO spans, the ACLED types, or both")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"warlog: [{DataError.code}] {args.data}: shared data folder not found")
    splits = CAMEO_SPLITS if args.split == "both" else (args.split,)
    print(json.dumps(run(args.data, per_country=args.per_country, splits=splits, part=args.part), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
