"""Pairwise and B-cubed precision and recall of the clustering against a labelled set.

The labelled set (``tests/data/dedup/clusters.jsonl``) holds one line per event
mention: ``{mention_id, doc_id, article_id, evidence {text,start,end}, cluster,
split, event}``, where ``event`` is the pipeline's record for that mention, so the
clustering is measured on its own, without re-running (or being blurred by) the
extraction. A pair of mentions is positive when both carry the same ``cluster``.
A row may also carry ``labels``, each independent labeller's label by name
(``dedup.agreement``); ``cluster`` is then their adjudicated label, and
``read_gold(..., labelling=name)`` scores against one labeller instead.

Pairwise counts grow with the square of a cluster's size, so one big cluster
(dozens of back-references to one incident) outweighs all the others; B-cubed
(per-mention precision and recall of its cluster, averaged) weighs every
mention once, so both are reported.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..record import Event
from .cluster import MemoryIndex, Settings


@dataclass(frozen=True, slots=True)
class GoldMention:
    mention_id: str
    cluster: str
    split: str
    event: Event
    batch: int = 1
    # Each independent labeller's label, by labeller name, in file order (``dedup.agreement``).
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class PairScore:
    true_pos: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_pos / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_pos / self.gold if self.gold else 1.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.true_pos}/{self.predicted}) "
            f"recall {self.recall:.3f} ({self.true_pos}/{self.gold})"
        )


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float

    def __str__(self) -> str:
        return f"b-cubed precision {self.precision:.3f} recall {self.recall:.3f}"


@dataclass(frozen=True, slots=True)
class SplitScore:
    """Both views of one split's clustering."""

    pairs: PairScore
    bcubed: BCubed
    mentions: int

    def __str__(self) -> str:
        return f"{self.mentions} mentions\tpairwise {self.pairs}\t{self.bcubed}"


def read_gold(
    path: Path | str, batches: Iterable[int] | None = None, labelling: str | None = None
) -> list[GoldMention]:
    """The labelled mentions (only those of ``batches`` when given; a row without ``batch`` is batch 1).

    With ``labelling``, each mention's ``cluster`` is that labeller's label (``labels``), so the
    clusterer can be scored against one labeller rather than the adjudicated labels."""
    path = Path(path)
    wanted = set(batches) if batches else None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"cannot read the labelled set: {exc.strerror}", path=str(path)) from exc
    mentions = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            batch = int(row.get("batch", 1))
            if wanted is None or batch in wanted:
                labels = tuple((str(name), str(label)) for name, label in row.get("labels", {}).items())
                cluster = row["cluster"] if labelling is None else dict(labels).get(labelling)
                if cluster is None:
                    raise DataError(f"line {number}: no label by {labelling!r} (it has {', '.join(dict(labels)) or 'none'})", path=str(path))
                event = Event.from_json(row["event"])
                mentions.append(GoldMention(row["mention_id"], cluster, row.get("split", "dev"), event, batch, labels))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataError(f"line {number}: {exc}", path=str(path)) from exc
    return mentions


def cluster_gold(
    mentions: Iterable[GoldMention], settings: Settings = Settings(), context: Iterable[Event] = ()
) -> dict[str, str]:
    """Predicted cluster per mention, adding articles one at a time (as ``ingest`` does).

    Rows sharing one record (re-coded rows whose sentences the pipeline merged) are
    one event, so they always share its cluster. ``context``: unlabelled records clustered
    beside the rows (the rest of their stories, as ``ingest`` stores them), never scored.
    """
    mentions = list(mentions)
    by_article: dict[str, dict[str, Event]] = defaultdict(dict)
    for event in [*context, *(mention.event for mention in mentions)]:
        by_article[event.article_id][event.event_id] = event
    index = MemoryIndex(settings)
    for article_id in sorted(by_article):
        index.add(by_article[article_id].values())
    labels = index.labels()
    return {m.mention_id: labels[m.event.event_id] for m in mentions}


def pairwise(gold: dict[str, str], predicted: dict[str, str], held: set[str] | None = None) -> PairScore:
    """Counts over all unordered pairs of the mentions in ``gold`` (with ``held``: only the
    pairs holding at least one of those mentions, i.e. all pairs less those of the rest).

    Counted from cluster sizes, not pair by pair: a group of n mentions holds n(n-1)/2 pairs."""
    every = _pair_counts(gold, predicted, gold)
    if held is None:
        return every
    rest = _pair_counts(gold, predicted, [m for m in gold if m not in held])
    return PairScore(every.true_pos - rest.true_pos, every.predicted - rest.predicted, every.gold - rest.gold)


def _pair_counts(gold: dict[str, str], predicted: dict[str, str], mentions: Iterable[str]) -> PairScore:
    """Pairs among ``mentions`` that share a gold cluster, a predicted one, and both."""
    gold_sizes: Counter[str] = Counter()
    predicted_sizes: Counter[str] = Counter()
    both_sizes: Counter[tuple[str, str]] = Counter()
    for mention in mentions:
        gold_sizes[gold[mention]] += 1
        predicted_sizes[predicted[mention]] += 1
        both_sizes[gold[mention], predicted[mention]] += 1

    def pairs(sizes: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in sizes.values())

    return PairScore(pairs(both_sizes), pairs(predicted_sizes), pairs(gold_sizes))


def bcubed(gold: dict[str, str], predicted: dict[str, str], held: set[str] | None = None) -> BCubed:
    """Mean over mentions of how pure (precision) and complete (recall) its predicted cluster
    is (with ``held``: the mean over those mentions, their clusters taken over all of ``gold``)."""
    gold_members: dict[str, set[str]] = defaultdict(set)
    predicted_members: dict[str, set[str]] = defaultdict(set)
    for mention, label in gold.items():
        gold_members[label].add(mention)
        predicted_members[predicted[mention]].add(mention)
    precision = recall = 0.0
    scored = gold if held is None else {m: gold[m] for m in sorted(held)}
    for mention, label in scored.items():
        mine, truth = predicted_members[predicted[mention]], gold_members[label]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    count = len(scored) or 1
    return BCubed(precision / count, recall / count)


# The held-out splits, each scored also over every pair holding one of its mentions, the other
# anywhere in the set (``<split>-joins``): a new report of a happening the set already holds
# counts too. ``validation`` (batch 18) chooses between clusterers; ``test`` (batch 19) is read
# last, rarely, and only when asked (``without_test``).
HELD_OUT = ("validation", "test")
TEST = "test"


def joins(split: str) -> str:
    return f"{split}-joins"


def without_test(mentions: Iterable[GoldMention]) -> list[GoldMention]:
    """The mentions a day's tuning may be scored on: no test row is even clustered, so no
    figure (not the joins of the validation half either) depends on one."""
    return [m for m in mentions if m.split != TEST]


def evaluate(
    mentions: list[GoldMention], settings: Settings = Settings(), context: Iterable[Event] = ()
) -> dict[str, SplitScore]:
    """Scores per split (and ``all``, and ``<held-out split>-joins``); everything is clustered
    together (with the unlabelled ``context`` records, ``cluster_gold``), scored per split."""
    return score(mentions, cluster_gold(mentions, settings, context))


def score(mentions: list[GoldMention], predicted: dict[str, str]) -> dict[str, SplitScore]:
    """``evaluate``'s scores of one clustering: the same clustering read against another
    labelling of the same rows (``read_gold(..., labelling=...)``) needs no second run."""
    splits = sorted({m.split for m in mentions})
    scores = {}
    for name in [*splits, "all"]:
        gold = {m.mention_id: m.cluster for m in mentions if name == "all" or m.split == name}
        scores[name] = SplitScore(pairwise(gold, predicted), bcubed(gold, predicted), len(gold))
    everyone = {m.mention_id: m.cluster for m in mentions}
    for split in HELD_OUT:
        if split in splits:
            # a held-out report may tell a happening the rest of the set holds: is it put with it?
            held = {m.mention_id for m in mentions if m.split == split}
            scores[joins(split)] = SplitScore(pairwise(everyone, predicted, held), bcubed(everyone, predicted, held), len(held))
    return scores
