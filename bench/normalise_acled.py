"""Measure date and fatality normalisation on ACLED coder notes (not a test).

Each sampled note is cleaned of coder artefacts, parsed, and scored at the note level:

* date exact: ``sentence_date`` of the first sentence with a resolved date; its start
  equals ``event_date``. The reference date is the **last day of the event_date's month**
  (notes such as "On Dec 31," or "30 September." give no year; this leaks the month and
  year, not the day).
* fatalities exact: ``fatalities`` over all the note's quantities versus the fatalities
  column, two ways: *lenient* (no figure counts as 0, as ACLED codes 0 when nothing is
  said) and *strict* (no figure never matches; a 0 must be stated, "no casualties").

Usage: .venv/bin/python bench/normalise_acled.py [--per-country 300] [--show 15] Iraq Somalia
"""

from __future__ import annotations

import argparse
import calendar
import csv
import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from warlog import nlp as nlp_module
from warlog.normalise.dates import sentence_date
from warlog.normalise.quantities import extract_quantities, fatalities

ACLED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "acled"
DATE_FORMATS = ("%d-%b-%y", "%Y-%m-%d", "%Y%m%d", "%d %B %Y")

_SIZE_TAG = re.compile(r"\[size=[^\]]*\]\.?")
_PREFIX = re.compile(r"^\s*[A-Z][A-Za-z /-]{2,40}:\s+")
_ARTEFACT = re.compile(r"coded as|split across", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def clean_note(note: str) -> str:
    """The note without crowd-size tags, "coded as"/"split across" sentences, "Category:" prefix."""
    text = _PREFIX.sub("", _SIZE_TAG.sub("", note)).strip()
    return " ".join(s for s in _SENTENCE.split(text) if not _ARTEFACT.search(s)).strip()


def parse_event_date(text: str) -> date:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unknown event_date format: {text!r}")


@dataclass
class Row:
    country: str
    note: str
    event_date: date
    fatalities: int


def sample_rows(country: str, per_country: int, seed: int) -> list[Row]:
    path = next(ACLED.glob(f"ACLED_{country}_*.csv"))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = {r["notes"]: r for r in csv.DictReader(handle) if r.get("notes")}  # one row per note
    chosen = random.Random(seed).sample(sorted(rows), min(per_country, len(rows)))
    return [
        Row(country, clean_note(n), parse_event_date(rows[n]["event_date"]), int(rows[n]["fatalities"]))
        for n in chosen
    ]


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("countries", nargs="*", default=["Iraq", "Somalia", "Nigeria", "Myanmar"])
    parser.add_argument("--per-country", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--show", type=int, default=10, help="failures to print per kind")
    args = parser.parse_args()

    rows = [r for c in args.countries for r in sample_rows(c, args.per_country, args.seed)]
    nlp = nlp_module.load()
    stats: Counter[str] = Counter()
    failures: dict[str, list[str]] = {"date": [], "fatalities": []}
    for row, doc in zip(rows, nlp_module.pipe(nlp, (r.note for r in rows))):
        ref = month_end(row.event_date)
        dates = [sentence_date(s, ref) for s in doc.sents]
        found = next((d for d in dates if d.start), None) or next((d for d in dates if d.text), None)
        predicted = date.fromisoformat(found.start) if found and found.start else None
        stats[f"{row.country}:n"] += 1
        stats["with_date"] += found is not None
        stats["with_date_exact"] += found is not None and predicted == row.event_date
        if predicted == row.event_date:
            stats[f"{row.country}:date"] += 1
        elif len(failures["date"]) < args.show * 3:
            failures["date"].append(f"{row.event_date} got {predicted} ({found and found.text!r}) | {row.note[:110]}")

        quantities = [q for s in doc.sents for q in extract_quantities(s)]
        deaths = fatalities(quantities)
        stats[f"{row.country}:fat_strict"] += deaths == row.fatalities
        stats[f"{row.country}:fat_lenient"] += (deaths or 0) == row.fatalities
        stats[f"{row.country}:gold_zero"] += row.fatalities == 0
        if (deaths or 0) != row.fatalities and len(failures["fatalities"]) < args.show * 3:
            failures["fatalities"].append(f"gold {row.fatalities} got {deaths} | {row.note[:150]}")

    print(f"reference date: last day of the event_date's month; seed {args.seed}")
    print(f"{'country':12} {'n':>5} {'date':>7} {'fat.len':>8} {'fat.strict':>10} {'gold=0':>7}")
    total: Counter[str] = Counter()
    for country in args.countries:
        n = stats[f"{country}:n"]
        for key in ("n", "date", "fat_lenient", "fat_strict", "gold_zero"):
            total[key] += stats[f"{country}:{key}"]
        print(f"{country:12} {n:5d} " + " ".join(
            f"{stats[f'{country}:{k}'] / n:{w}.3f}" for k, w in (("date", 7), ("fat_lenient", 8), ("fat_strict", 10), ("gold_zero", 7))
        ))
    n = total["n"]
    print(f"{'ALL':12} {n:5d} {total['date'] / n:7.3f} {total['fat_lenient'] / n:8.3f} "
          f"{total['fat_strict'] / n:10.3f} {total['gold_zero'] / n:7.3f}")
    print(f"notes with a date expression: {stats['with_date']}/{n}, exact among them "
          f"{stats['with_date_exact'] / max(stats['with_date'], 1):.3f}")
    for kind, lines in failures.items():
        print(f"\n{kind} failures (first {len(lines)}):")
        for line in lines:
            print("  " + line)


if __name__ == "__main__":
    main()
