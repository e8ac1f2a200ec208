"""How the whole pipeline does, field by field, on ACLED notes and on the news-style set.

ACLED notes are coders' summaries, not articles, so each note is coded as a short
article published ``REPORT_LAG`` after the event (relative dates such as "on Monday"
then resolve as in a report written two days later). A note split over several rows
(one per location) counts as right when any row's location or date matches, and
its fatalities are the rows' sum, which is the figure the note states. The event
compared is the note's main event: of those that happened, one that killed (and is not
history) before one that did not, then the one told first, as news leads with its main
happening; a note with none fails every field. The shipped classifier saw every ACLED
note in training, so sub-types are not scored here (``warlog eval --acled``
cross-validates them by country).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from ..article import Article
from ..classify.evaluate import FieldReport, Gold, label_report
from ..devdata.acled import AcledEvent, read_acled
from ..geo.place import distance_km
from ..pipeline import Pipeline
from ..record import Actor, Event
from ..taxonomy import FACTUAL_MODALITIES, actor_category

REPORT_LAG = timedelta(days=2)
# The shared exports held out from any tuning of the pipeline (by country, and Kenya by
# time too): only measured. Every other export is the dev half that rules are tuned on.
ACLED_TEST_EXPORTS = frozenset(
    {
        "ACLED_Africa_2016_legacy.csv",
        "ACLED_Bangladesh_2022-2024_actor_long.csv",
        "ACLED_Iraq_2019-2020.csv",
        "ACLED_Kenya_2004-2019.csv",
        "ACLED_Kenya_2016-2021.csv",
        "ACLED_Myanmar_2016-2020.csv",
        "ACLED_Nigeria_2019-2020.csv",
        "ACLED_Somalia_2019-2020.csv",
    }
)
RADIUS_KM = 25.0
DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d-%b-%y", "%d-%m-%y", "%d %B %Y", "%d-%B-%y", "%d-%B-%Y", "%d/%m/%Y")


def parse_acled_date(text: str) -> date | None:
    """ACLED's exports write dates in several ways ("31-Dec-20", "2016-07-02", "31-12-19", "01-February-2017")."""
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def exports_in_half(paths: Sequence[Path], half: str) -> list[Path]:
    """The exports of one half ("dev", "test" or "all") of the tuning split."""
    if half == "all":
        return list(paths)
    if half not in ("dev", "test"):
        raise ValueError(f"half must be dev, test or all, not {half!r}")
    return [p for p in paths if (Path(p).name in ACLED_TEST_EXPORTS) == (half == "test")]


@dataclass
class NoteGold:
    """Every row one cleaned note was coded into."""

    text: str
    country: str
    dates: set[date] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    fatalities: int = 0
    actor_types: frozenset[str] = frozenset()
    # The first row's coding, kept for studying misses (``--dump``), not scored.
    sub_event_type: str | None = None
    actors: tuple[str, str] = ("", "")


def group_notes(rows: Iterable[AcledEvent]) -> list[NoteGold]:
    """One gold record per distinct note (a multi-location report repeats its note).

    The actor types are those of the note's first event: both sides in the wide
    schemas, and every row of that event in the "actor long" schema, which gives each
    side a row of its own (inter1 only). Each event's toll counts once however many
    rows it has."""
    notes: dict[str, NoteGold] = {}
    first_event: dict[str, str] = {}  # note key -> its first row's event id
    tolled: set[tuple[str, str]] = set()  # (note key, event id) already counted
    for row in rows:
        key = " ".join(row.text.lower().split())
        gold = notes.get(key)
        types = frozenset(t for t in (actor_category(row.inter1), actor_category(row.inter2)) if t)
        if gold is None:
            gold = notes[key] = NoteGold(
                row.text, row.country, actor_types=types, sub_event_type=row.sub_event_type, actors=(row.actor1, row.actor2)
            )
            first_event[key] = row.event_id
        elif row.event_id and row.event_id == first_event[key]:
            gold.actor_types = gold.actor_types | types  # the other side's row
        day = parse_acled_date(row.event_date)
        if day:
            gold.dates.add(day)
        if row.latitude is not None and row.longitude is not None:
            gold.points.append((row.latitude, row.longitude))
        if not row.event_id or (key, row.event_id) not in tolled:
            gold.fatalities += row.fatalities or 0
            tolled.add((key, row.event_id))
    return [g for g in notes.values() if g.dates]


def main_event(events: Sequence[Event]) -> Event | None:
    """The most severe event that happened, as a reader would pick it: a killing first
    ("arrested the gunmen who had killed two farmers" is about the killing; a death
    years ago is not), then the one told first (a report leads with its main happening),
    then the most confident of one sentence."""
    factual = [e for e in events if e.modality in FACTUAL_MODALITIES]
    if not factual:
        return None
    return min(factual, key=lambda e: (not (e.fatalities and e.modality != "historical"), e.evidence.start, -e.confidence))


@dataclass
class Tally:
    """Hits per field over every note scored."""

    n: int = 0
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, name: str, hit: bool) -> None:
        self.hits[name] += int(hit)

    def report(self, title: str) -> FieldReport:
        report = FieldReport(title)
        report.figures = {"n": self.n, **{k: v / self.n for k, v in sorted(self.hits.items())}} if self.n else {"n": 0}
        if self.hits.get("dated_notes"):
            report.figures["date_exact_where_stated"] = self.hits["date_exact_where_stated"] / self.hits["dated_notes"]
        return report


def score_note(gold: NoteGold, event: Event | None, tally: Tally) -> None:
    tally.n += 1
    tally.add("event_found", event is not None)
    if event is None:
        return
    loc = event.location
    near = loc.latitude is not None and any(distance_km(loc.latitude, loc.longitude, la, lo) <= RADIUS_KM for la, lo in gold.points)
    tally.add("location_within_25km", near)
    tally.add("country", (loc.country or "").lower() == gold.country.lower())
    exact = event.date.start is not None and date.fromisoformat(event.date.start) in gold.dates and event.date.start == event.date.end
    tally.add("date_exact", exact)
    if event.date.text is not None:  # the note states a date: a fair test of resolution
        tally.add("dated_notes", True)
        tally.add("date_exact_where_stated", exact)
    tally.add("fatalities_exact", (event.fatalities or 0) == gold.fatalities)
    ours = frozenset(a.type for a in (event.actor1, event.actor2) if a is not None and a.type)
    tally.add("actor_type_set", ours == gold.actor_types)


def sample_notes(paths: Sequence[Path], per_file: int, seed: int = 7) -> dict[str, list[NoteGold]]:
    """Up to ``per_file`` random notes from each export, keyed by file name."""
    rng = random.Random(seed)
    sampled = {}
    for path in paths:
        notes = group_notes(read_acled(path))
        rng.shuffle(notes)
        sampled[Path(path).name] = notes[:per_file]
    return sampled


def _actor_dump(actor: Actor | None) -> list[str | None] | None:
    return None if actor is None else [actor.name, actor.type]


def note_dump(export: str, gold: NoteGold, event: Event | None) -> dict[str, object]:
    """One note's gold coding beside ours: a line of ``--dump``, for studying misses by class."""
    ours = None
    if event is not None:
        ours = {
            "sub_event_type": event.sub_event_type,
            "modality": event.modality,
            "actor1": _actor_dump(event.actor1),
            "actor2": _actor_dump(event.actor2),
            "fatalities": event.fatalities,
            "country": event.location.country,
            "date": event.date.start,
            "evidence": event.evidence.text,
        }
    return {
        "export": export,
        "text": gold.text,
        "gold": {
            "sub_event_type": gold.sub_event_type,
            "actors": list(gold.actors),
            "actor_types": sorted(gold.actor_types),
            "fatalities": gold.fatalities,
            "country": gold.country,
            "dates": sorted(d.isoformat() for d in gold.dates),
        },
        "ours": ours,
    }


def evaluate_notes(
    pipeline: Pipeline, paths: Sequence[Path], per_file: int = 200, dump: Path | None = None, seed: int = 7
) -> list[FieldReport]:
    """Field agreement per export and over all of them; with ``dump``, each note's gold
    and main event as JSON Lines (never commit one: it quotes ACLED notes)."""
    overall = Tally()
    reports = []
    lines = []
    for name, notes in sample_notes(paths, per_file, seed).items():
        tally = Tally()
        articles = [
            Article(id=f"note-{i}", text=g.text, date=min(g.dates) + REPORT_LAG) for i, g in enumerate(notes)
        ]
        for gold, (_, events) in zip(notes, pipeline.code(articles)):
            event = main_event(events)
            score_note(gold, event, tally)
            score_note(gold, event, overall)
            if dump is not None:
                lines.append(json.dumps(note_dump(name, gold, event), ensure_ascii=False))
        reports.append(tally.report(name))
    if dump is not None:
        dump.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    reports.append(overall.report("all notes"))
    return reports


def evaluate_devset(pipeline: Pipeline, gold: Sequence[Gold]) -> FieldReport:
    """Sub-type (or none) of the whole pipeline on hand-labelled news sentences."""
    articles = [Article(id=f"dev-{i}", text=g.text) for i, g in enumerate(gold)]
    predicted = []
    for _, events in pipeline.code(articles):
        event = main_event(events)
        predicted.append(event.sub_event_type if event else None)
    report = label_report("pipeline sub_event_type", [g.sub_event_type for g in gold], predicted)
    is_none = [p is None for p in predicted]
    gold_none = [g.sub_event_type is None for g in gold]
    if any(is_none):
        report.figures["none_precision"] = sum(a and b for a, b in zip(is_none, gold_none)) / sum(is_none)
    events = [i for i, g in enumerate(gold) if g.sub_event_type is not None]
    if events:
        events_only = label_report("", [gold[i].sub_event_type for i in events], [predicted[i] for i in events])
        report.figures["weighted_f1_events_only"] = events_only.figures["weighted_f1"]
    return report
