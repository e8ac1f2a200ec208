"""How far independent labellers of the de-duplication set agree, and their majority.

Why: a clusterer is scored against labels, and labels are judgements. Where one
happening ends (a town's riot and the state's riots, the train attack and the
deaths it is remembered for) is a decision two careful readers make differently,
so the agreement of labellers with each other is the ceiling of any score, and a
single labeller's slips (two reports of one curfew left apart) are charged to the
clusterer. Labels are therefore made blind by several labellers and adjudicated by
majority: two mentions share a happening when more than half of the labellers put
them together. Where the majority is not transitive (a and b together, b and c
together, a and c apart) the component takes the partition of the labeller who agrees
with the most of its majority decisions, and is listed as a conflict for reading.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import NamedTuple

from .evaluate import GoldMention, SplitScore, bcubed, pairwise

# The labelling every row has: ``cluster``, the adjudicated label.
ADJUDICATED = "adjudicated"
SINGLE = "single-"

Labelling = Mapping[str, str]  # mention id -> label


def labellings(mentions: Iterable[GoldMention]) -> dict[str, dict[str, str]]:
    """Each labeller's labels over the mentions it labelled, in file order, and the adjudicated ones."""
    found: dict[str, dict[str, str]] = {}
    adjudicated: dict[str, str] = {}
    for mention in mentions:
        adjudicated[mention.mention_id] = mention.cluster
        for name, label in mention.labels:
            found.setdefault(name, {})[mention.mention_id] = label
    return {**found, ADJUDICATED: adjudicated}


class Agreement(NamedTuple):
    """``other`` scored against ``reference`` as if it were gold, over the mentions both label."""

    reference: str
    other: str
    score: SplitScore


def agreement(
    every: Mapping[str, Labelling], mentions: set[str] | None = None, held: set[str] | None = None
) -> list[Agreement]:
    """Every labelling scored against every earlier one (pairwise and B-cubed), over the
    mentions both label (only those in ``mentions`` when given; with ``held``, only the pairs
    holding one of those, as ``evaluate``'s joins). Precision of one against the other is
    the other's recall, so each unordered pair is read once."""
    names = list(every)
    found = []
    for i, reference in enumerate(names):
        for other in names[i + 1 :]:
            shared = every[reference].keys() & every[other].keys()
            if mentions is not None:
                shared &= mentions
            gold = {m: every[reference][m] for m in sorted(shared)}
            predicted = {m: every[other][m] for m in gold}
            scored = None if held is None else held & shared
            score = SplitScore(
                pairwise(gold, predicted, scored), bcubed(gold, predicted, scored), len(gold if scored is None else scored)
            )
            found.append(Agreement(reference, other, score))
    return found


@dataclass(frozen=True, slots=True)
class Majority:
    """The majority's happenings (mention id -> label), and the components it cannot decide."""

    labels: dict[str, str]
    conflicts: list[list[str]]


def majority(votes: Sequence[Labelling]) -> Majority:
    """Two mentions share a happening when more than half of ``votes`` put them together.

    Every labelling must label the same mentions. A component of the majority's links that
    holds a pair most labellings keep apart is a conflict: it is partitioned as the labelling
    that agrees with the most of the majority's decisions on its pairs partitions it (the
    earlier on a tie), and listed for reading. Labels are named after the labellers' own
    (the first labelling's most common label in the happening, then the next's)."""
    ids = sorted(votes[0]) if votes else []
    for labelling in votes[1:]:
        if set(labelling) != set(ids):
            raise ValueError("every labelling must label the same mentions")

    def together(a: str, b: str) -> bool:
        return 2 * sum(labelling[a] == labelling[b] for labelling in votes) > len(votes)

    root = {m: m for m in ids}

    def find(m: str) -> str:
        while root[m] != m:
            root[m] = root[root[m]]
            m = root[m]
        return m

    for labelling in votes:
        for members in _groups(labelling).values():
            for a, b in combinations(members, 2):
                if together(a, b):
                    ra, rb = find(a), find(b)
                    root[max(ra, rb)] = min(ra, rb)
    components: dict[str, list[str]] = defaultdict(list)
    for m in ids:
        components[find(m)].append(m)
    decided: list[list[str]] = []
    conflicts: list[list[str]] = []
    for members in components.values():
        verdicts = {(a, b): together(a, b) for a, b in combinations(members, 2)}
        if all(verdicts.values()):
            decided.append(members)
            continue
        conflicts.append(members)

        def agrees(labelling: Labelling) -> int:
            return sum((labelling[a] == labelling[b]) == joined for (a, b), joined in verdicts.items())

        closest = max(votes, key=agrees)  # the first of the best, as ``max`` keeps it
        decided.extend(_groups({m: closest[m] for m in members}).values())
    return Majority(_names(decided, votes), conflicts)


def _groups(labelling: Labelling) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for mention in sorted(labelling):
        groups[labelling[mention]].append(mention)
    return groups


def _names(happenings: list[list[str]], votes: Sequence[Labelling]) -> dict[str, str]:
    """A readable, unique label per happening: ``single-<id>`` alone, else the labellers' own name."""
    labels: dict[str, str] = {}
    used: set[str] = set()
    for members in sorted(happenings, key=lambda ms: (-len(ms), min(ms))):
        if len(members) == 1:
            name = SINGLE + members[0]
        else:
            name = _shared_name(members, votes, used)
        used.add(name)
        labels.update({m: name for m in members})
    return labels


def _shared_name(members: list[str], votes: Sequence[Labelling], used: set[str]) -> str:
    for labelling in votes:
        counts = Counter(labelling[m] for m in members if not labelling[m].startswith(SINGLE))
        for label, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
            if label not in used:
                return label
    return f"happening-{min(members)}"
