"""How far event location on ACLED notes can go with our gazetteer: the ceiling, and the misses.

Usage: python bench/geo_ceiling.py [--limit 200] [--dump notes.jsonl] FILE...
Reads only the DEV half of the given exports (the held-out half is refused). For each
note: is any gazetteer entry within 25 km of ACLED's coordinates, and is one of those
named in the note (any listed name, folded)? Each miss of the pipeline falls in one of
(d) wrong country, else (a) no gazetteer place within 25 km, (b) one exists but the note
does not name it, (c) the note names it but we chose another place or none.
``--dump`` writes one JSON line per note for reading errors (dev only).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

from warlog.article import Article
from warlog.errors import WarlogError
from warlog.events.evaluate import RADIUS_KM, REPORT_LAG, exports_in_half, main_event, sample_notes
from warlog.geo import Gazetteer
from warlog.geo.normalise import fold, variant_of_folded
from warlog.geo.place import distance_km
from warlog.pipeline import Pipeline

CELL_DEG = 0.5


class Grid:
    """Gazetteer entries bucketed by half-degree cell, for "what lies within 25 km"."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.places = list(gazetteer.places())
        self.names = gazetteer.names_by_place()
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, p in enumerate(self.places):
            self.cells[self._cell(p.latitude, p.longitude)].append(i)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)

    def near(self, lat: float, lon: float, km: float = RADIUS_KM) -> list[int]:
        cy, cx = self._cell(lat, lon)
        found = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for i in self.cells.get((cy + dy, cx + dx), ()):
                    p = self.places[i]
                    if distance_km(lat, lon, p.latitude, p.longitude) <= km:
                        found.append(i)
        return found


def _named(text: str, keys: set[str]) -> list[str]:
    """Which of the folded names occur in the note as whole words (also as variants)."""
    folded = f" {fold(text)} "
    variant = f" {' '.join(variant_of_folded(t) for t in fold(text).split())} "
    return sorted(k for k in keys if f" {k} " in folded or f" {variant_of_folded(k)} " in variant)


def classify(grid: Grid, gold, event) -> dict:
    near = {i for la, lo in gold.points for i in grid.near(la, lo)}
    named = _named(gold.text, {k for i in near for k in grid.names.get(i, ())})
    loc = event.location if event else None
    hit = bool(loc and loc.latitude is not None and any(
        distance_km(loc.latitude, loc.longitude, la, lo) <= RADIUS_KM for la, lo in gold.points))
    right_country = bool(loc and (loc.country or "").lower() == gold.country.lower())
    if hit:
        kind = "hit"
    elif event is None:
        kind = "no_event"
    elif not right_country:
        kind = "d_wrong_country"
    elif not near:
        kind = "a_no_place_within_25km"
    elif not named:
        kind = "b_place_not_named"
    else:
        kind = "c_named_but_missed"
    return {
        "kind": kind, "country_ok": right_country, "any_near": bool(near), "named_near": named,
        "gold": gold.points[:3], "gold_country": gold.country, "text": gold.text,
        "ours": loc.model_dump() if loc else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=200, help="notes sampled per export (as warlog eval)")
    parser.add_argument("--dump", type=Path, help="per-note JSON lines (dev only)")
    args = parser.parse_args()
    files = exports_in_half(args.files, "dev")
    if not files:
        parser.error("no DEV export among the files (the held-out half is never read here)")
    try:
        sampled = sample_notes(files, args.limit)
    except (WarlogError, OSError) as exc:
        sys.exit(f"geo_ceiling: {exc}")
    pipeline = Pipeline()
    grid = Grid(pipeline.geoparser.gazetteer)
    rows = []
    for name, notes in sampled.items():
        articles = [Article(id=f"note-{i}", text=g.text, date=min(g.dates) + REPORT_LAG) for i, g in enumerate(notes)]
        for gold, (_, events) in zip(notes, pipeline.code(articles)):
            rows.append({"export": name, **classify(grid, gold, main_event(events))})
    kinds = Counter(r["kind"] for r in rows)
    n = len(rows)
    print(f"dev notes: {n}")
    print(f"ceiling, a gazetteer place within 25 km: {sum(r['any_near'] for r in rows) / n:.3f}")
    print(f"ceiling, one of them named in the note:  {sum(bool(r['named_near']) for r in rows) / n:.3f}")
    print(f"right country: {sum(r['country_ok'] for r in rows) / n:.3f}")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind}: {count} ({count / n:.3f})")
    wrong = [r for r in rows if r["kind"] == "d_wrong_country"]
    if wrong:
        print("  wrong-country notes: any place within 25 km %.2f, named %.2f" % (
            sum(r["any_near"] for r in wrong) / len(wrong), sum(bool(r["named_near"]) for r in wrong) / len(wrong)))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as handle:
            for r in rows:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
