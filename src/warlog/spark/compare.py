"""The cross-article comparison and canonical record, borrowed from ``warlog.dedup``.

The single-machine de-duplication (``warlog.dedup``) decides what "the same
happening reported by two articles" means; the Spark step only decides which pairs
to compare. When that package is not available (an older install), the
within-article rule ``events.merge.same_happening`` between events of different
articles, and ``events.merge.combine``, stand in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..events.combine import combine
from ..events.merge import same_happening
from ..record import Event


@dataclass(frozen=True, slots=True)
class Happening:
    event: Event  # the canonical record; its id is the smallest member id
    member_ids: list[str]
    corroboration: int  # distinct outlets (or articles) backing it


@dataclass(frozen=True, slots=True)
class Rules:
    """``prepare`` once per event, ``linked`` per candidate pair, ``canonical`` per cluster."""

    prepare: Callable[[Event], Any]
    linked: Callable[[Any, Any], bool]
    canonical: Callable[[list[Event]], Happening]


def _fallback_linked(a: Event, b: Event) -> bool:
    return a.article_id != b.article_id and same_happening(a, b)


def _fallback_canonical(members: list[Event]) -> Happening:
    ordered = sorted(members, key=lambda e: e.event_id)
    event = combine(ordered) if len(ordered) > 1 else ordered[0]
    event.event_id = ordered[0].event_id
    return Happening(event, [e.event_id for e in ordered], len({e.article_id for e in ordered}))


def rules() -> Rules:
    """``warlog.dedup``'s rules when importable, else the fallback (see module docstring)."""
    try:
        from ..dedup.canonical import build_cluster
        from ..dedup.compare import Profile, link_score
    except ImportError:
        return Rules(prepare=lambda event: event, linked=_fallback_linked, canonical=_fallback_canonical)

    def linked(a: Any, b: Any) -> bool:
        return link_score(a, b) is not None

    def canonical(members: list[Event]) -> Happening:
        cluster = build_cluster(members)
        return Happening(cluster.event, list(cluster.member_ids), cluster.corroboration)

    return Rules(prepare=Profile.of, linked=linked, canonical=canonical)
