"""Read ACLED exports of any schema generation into clean, de-duplicated notes.

Three generations live in the shared data: the 2019-2022 export (31 columns,
``sub_event_type``), the newest one-row-per-actor export, and the legacy export
(upper- or lower-case columns, no ``sub_event_type``, old event types). Coder
notes carry artefacts that leak the label (``[size=...]`` tags, "coded as"
sentences, "Property destruction:" prefixes); a model trained on them learns the
artefact, not the language, so they are removed here, once, for every consumer.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..taxonomy import SUB_EVENT_TYPES

# Legacy event types that name exactly one current sub-type; the others
# ("Riots/Protests", "Remote violence", ...) give no sub-type and are skipped.
LEGACY_SUB_TYPES: dict[str, str] = {
    "Battle-No change of territory": "Armed clash",
    "Battle-Government regains territory": "Government regains territory",
    "Battle-Non-state actor overtakes territory": "Non-state actor overtakes territory",
    "Headquarters or base established": "Headquarters or base established",
    "Non-violent transfer of territory": "Non-violent transfer of territory",
}

_SIZE_TAG = re.compile(r"\s*\[\s*size\s*=[^\]]*\]", re.IGNORECASE)
# Coders' bookkeeping: "(coded separately)", ", coded at Beni (Beni, Nord-Kivu)",
# "Fatalities coded to this event.", "One event for each location coded.",
# "10 fatalities split over two events". Asides and clauses go first, so that a
# long sentence keeps its content; a sentence that still mentions coding goes.
_CODED_ASIDE = re.compile(r"\s*\([^()]*\b(?:coded|coding)\b[^()]*\)", re.IGNORECASE)
_CODED_CLAUSE = re.compile(
    r",\s*(?:(?:and |which |it )?(?:was |were |is |are |has been |have been )?)coded (?:at|to|in|as|separately|across)"
    r"[^,.;()]*(?:\([^()]*\))?",
    re.IGNORECASE,
)
_LEAKY_SENTENCE = re.compile(r"\bcod(?:ed|ing)\b|\bsplit (?:across|over|between|among)\b", re.IGNORECASE)
# "Property destruction: On 3 May ..." -- one to four words, no digits, at the start.
_CATEGORY_PREFIX = re.compile(r"^\s*(?:[A-Z][A-Za-z/&-]*)(?:\s+[A-Za-z/&-]+){0,3}\s*:\s+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")


@dataclass(frozen=True)
class AcledEvent:
    """One ACLED row reduced to what warlog trains and evaluates on."""

    text: str  # cleaned note
    sub_event_type: str | None  # None when the schema gives no unambiguous sub-type
    event_type: str | None
    country: str
    year: int | None
    event_date: str
    actor1: str
    actor2: str
    inter1: str
    inter2: str
    location: str
    latitude: float | None
    longitude: float | None
    fatalities: int | None
    source_file: str
    # ACLED's event id: the "actor long" exports give each actor of one event a row of
    # its own, so rows sharing an id are one event (its toll told once per row).
    event_id: str = ""


def clean_note(note: str) -> str:
    """Remove coder artefacts that give the answer away (see module docstring)."""
    text = _SIZE_TAG.sub("", note.replace("\u00a0", " ").replace("\ufffd", " "))
    text = _CATEGORY_PREFIX.sub("", text, count=1)
    text = _CODED_CLAUSE.sub("", _CODED_ASIDE.sub("", text))
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if not _LEAKY_SENTENCE.search(s)]
    return re.sub(r"\s+", " ", " ".join(sentences)).strip()


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    number = _float(value)
    return int(number) if number is not None else None


def _sub_type(row: dict[str, str]) -> str | None:
    sub = (row.get("sub_event_type") or "").strip()
    if sub:
        return sub if sub in SUB_EVENT_TYPES else None
    return LEGACY_SUB_TYPES.get((row.get("event_type") or "").strip())


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or not any(
                (name or "").strip().lower() == "notes" for name in reader.fieldnames
            ):
                raise DataError("not an ACLED export (no 'notes' column)", path=str(path))
            for row in reader:
                yield {(k or "").strip().lower(): (v or "") for k, v in row.items() if k is not None}
    except OSError as exc:
        raise DataError(f"cannot read ACLED export: {exc}", path=str(path)) from exc
    except csv.Error as exc:
        raise DataError(f"malformed CSV: {exc}", path=str(path)) from exc


def read_acled(path: Path | str) -> list[AcledEvent]:
    """All rows of one export with a usable note, any schema generation."""
    path = Path(path)
    if not path.is_file():
        raise DataError("ACLED export not found", path=str(path))
    events = []
    for row in _rows(path):
        text = clean_note(row.get("notes", ""))
        if not text:
            continue
        sub = _sub_type(row)
        events.append(
            AcledEvent(
                text=text,
                sub_event_type=sub,
                event_type=SUB_EVENT_TYPES[sub] if sub else None,
                country=row.get("country", "").strip(),
                year=_int(row.get("year")),
                event_date=row.get("event_date", "").strip(),
                actor1=row.get("actor1", "").strip(),
                actor2=row.get("actor2", "").strip(),
                inter1=row.get("inter1", "").strip(),
                inter2=row.get("inter2", "").strip(),
                location=row.get("location", "").strip(),
                latitude=_float(row.get("latitude")),
                longitude=_float(row.get("longitude")),
                fatalities=_int(row.get("fatalities")),
                source_file=path.name,
                event_id=row.get("event_id_cnty", "").strip(),
            )
        )
    return events


def dedupe(events: Iterable[AcledEvent]) -> list[AcledEvent]:
    """One event per cleaned note: multi-location reports repeat the note per row,
    and overlapping exports repeat whole rows; both would leak across a split."""
    seen: dict[str, AcledEvent] = {}
    for event in events:
        key = re.sub(r"\W+", " ", event.text.lower()).strip()
        if key not in seen:
            seen[key] = event
    return list(seen.values())


def load_acled(paths: Iterable[Path | str], *, labelled_only: bool = True) -> list[AcledEvent]:
    """Read several exports, de-duplicated; by default only rows with a sub-type."""
    events = [e for p in paths for e in read_acled(p)]
    if labelled_only:
        events = [e for e in events if e.sub_event_type is not None]
    return dedupe(events)
