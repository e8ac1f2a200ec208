"""Refresh the labelled set's records with what today's pipeline codes.

Each labelled row carries ``event``, the record the pipeline of *labelling day*
made; older pipelines read counts as years ("2082 shops") or carried another
sentence's date, so clustering measured on them measures yesterday's extractor
too. Re-coding each story (as the set was coded: ``corpus.read_news_articles``,
dated by the story's own date) and taking, for each row, today's record of the
same sentence measures the clusterer on today's records. Labels never change.

A row matches the current record made from a sentence with the same start (its
evidence, or a sentence ``events.merge`` joined into it), else the one overlapping
the row's sentence most; a row whose sentence yields no record today keeps its
old one and is counted as stale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..article import Article
from ..errors import DataError
from ..record import Event
from .corpus import read_news_articles
from .evaluate import GoldMention

Coder = Callable[[Iterable[Article]], Iterator[tuple[Article, list[Event]]]]


@dataclass
class Recoded:
    """The refreshed rows, and which rows kept their labelling-day record."""

    mentions: list[GoldMention]
    stale: list[str] = field(default_factory=list)
    # Today's records of the re-coded stories that no row took: the rest of each story, as
    # ``ingest`` would store it beside the rows (``evaluate(..., context=...)``).
    others: list[Event] = field(default_factory=list)

    def stale_by_split(self) -> dict[str, int]:
        stale = set(self.stale)
        counts = {m.split: 0 for m in self.mentions}
        for mention in self.mentions:
            counts[mention.split] += mention.mention_id in stale
        return counts


def spans(event: Event) -> list[tuple[int, int]]:
    """Every sentence a record was made from: its evidence and the mentions merged into it."""
    return [(e.start, e.end) for e in (event.evidence, *(m.evidence for m in event.mentions))]


def overlap(old: Event, event: Event) -> int:
    """Characters the old record's evidence shares with the record's closest sentence."""
    start, end = old.evidence.start, old.evidence.end
    return max(min(end, b) - max(start, a) for a, b in spans(event))


def matching_record(old: Event, current: list[Event]) -> Event | None:
    """Today's record of the old record's sentence: one made from a sentence with the same
    start (its evidence first, then a merged mention; among several, the one with the old
    record's id, i.e. the same trigger and sub-type), else the largest overlap."""
    start = old.evidence.start
    for exact in (
        [e for e in current if e.evidence.start == start],
        [e for e in current if any(a == start for a, _ in spans(e))],
    ):
        if exact:
            return next((e for e in exact if e.event_id == old.event_id), exact[0])
    best = max(current, key=lambda e: overlap(old, e), default=None)
    return best if best is not None and overlap(old, best) > 0 else None


def refresh(mention: GoldMention, current: list[Event]) -> GoldMention | None:
    """The row with today's record of its sentence, or None when its sentence yields none.

    Two rows whose sentences the pipeline now merged into one record share it: they
    are one predicted mention (``evaluate`` scores each row by its record's cluster).
    """
    found = matching_record(mention.event, current)
    return None if found is None else replace(mention, event=found)


def doc_id_of(mention: GoldMention) -> int:
    """The story number inside ``toi-<doc_id>``."""
    try:
        return int(mention.event.article_id.removeprefix("toi-"))
    except ValueError as exc:
        raise DataError(f"{mention.mention_id}: article id {mention.event.article_id!r} is not toi-<doc_id>") from exc


def recode(mentions: list[GoldMention], news: Path | str, code: Coder) -> Recoded:
    """Re-code every story the rows point into with ``code`` (``Pipeline.code``) and refresh the rows."""
    wanted = {doc_id_of(m) for m in mentions}
    current: dict[str, list[Event]] = {}
    for article, events in code(read_news_articles(news, wanted)):
        current[article.id] = events
    missing = {f"toi-{d}" for d in wanted} - set(current)
    if missing:
        raise DataError(f"{len(missing)} labelled stories are not in the news file, e.g. {min(missing)}", path=str(news))
    result = Recoded(mentions=[])
    for mention in mentions:
        fresh = refresh(mention, current[mention.event.article_id])
        if fresh is None:
            result.stale.append(mention.mention_id)
        result.mentions.append(fresh or mention)
    taken = {m.event.event_id for m in result.mentions}
    result.others = [e for events in current.values() for e in events if e.event_id not in taken]
    return result


def write_recoded(gold: Path | str, out: Path | str, recoded: Recoded) -> int:
    """Copy the labelled file to ``out`` with every row's ``event`` refreshed; labels untouched.

    Returns how many rows changed. ``out`` may be ``gold`` itself (a permanent refresh).
    """
    by_id = {m.mention_id: m.event for m in recoded.mentions}
    lines, changed = [], 0
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        event = by_id.get(row["mention_id"])
        if event is not None:
            fresh = event.to_dict()
            changed += fresh != row["event"]
            row["event"] = fresh
        lines.append(json.dumps(row, ensure_ascii=False))
    try:
        Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot write the re-coded set: {exc.strerror}", path=str(out)) from exc
    return changed
