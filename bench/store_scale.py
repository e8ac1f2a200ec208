"""Store figures for issue 6: a filtered query over 1,000,000 events, and re-ingest cost.

Usage: python bench/store_scale.py [--events 1000000] [--articles 1000] [--skip-query] [--skip-ingest]

(a) Synthesises ``--events`` realistic event rows (10 per article, 30 countries, six
    ACLED types, 2015-2024, evidence sentences from templates, the full JSON record)
    straight into a fresh SQLite store at the head revision with ``executemany`` (the
    full-text triggers index every row as it lands), then times
    ``Store.events(EventFilter(country, type, since, until, limit=50))`` -- what
    ``warlog events --country Syria --type Battles --since .. --until .. --limit 50``
    runs -- cold and warm (target: under 200 ms), plus a full-text query and the CLI.
(b) Writes ``--articles`` short synthetic news articles to a JSON Lines file and runs
    the real ``warlog ingest --workers 1`` on it twice into a fresh store: the second
    run must add no events and take under a tenth of the first (unchanged articles are
    skipped by content hash before any coding).

The machine may be shared: load averages are printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from warlog.store import EventFilter, Store

ROOT = Path(__file__).resolve().parents[1]
WARLOG = str(Path(sys.executable).with_name("warlog"))
EVENTS_PER_ARTICLE = 10
BATCH = 20_000

COUNTRIES = [
    ("Syria", "SY", 35.0, 38.5), ("Iraq", "IQ", 33.3, 44.4), ("Yemen", "YE", 15.4, 44.2),
    ("Afghanistan", "AF", 34.5, 69.2), ("Somalia", "SO", 2.0, 45.3), ("Nigeria", "NG", 9.1, 7.5),
    ("Mali", "ML", 12.6, -8.0), ("Ukraine", "UA", 50.4, 30.5), ("Sudan", "SD", 15.5, 32.5),
    ("Libya", "LY", 32.9, 13.2), ("Myanmar", "MM", 19.7, 96.1), ("Mexico", "MX", 19.4, -99.1),
    ("Colombia", "CO", 4.7, -74.1), ("Pakistan", "PK", 33.7, 73.0), ("India", "IN", 28.6, 77.2),
    ("Ethiopia", "ET", 9.0, 38.7), ("Burkina Faso", "BF", 12.4, -1.5), ("Niger", "NE", 13.5, 2.1),
    ("Cameroon", "CM", 3.9, 11.5), ("DR Congo", "CD", -4.3, 15.3), ("Mozambique", "MZ", -25.9, 32.6),
    ("Philippines", "PH", 14.6, 121.0), ("Lebanon", "LB", 33.9, 35.5), ("Palestine", "PS", 31.5, 34.4),
    ("Egypt", "EG", 30.0, 31.2), ("Kenya", "KE", -1.3, 36.8), ("Haiti", "HT", 18.5, -72.3),
    ("Venezuela", "VE", 10.5, -66.9), ("Bangladesh", "BD", 23.8, 90.4), ("Turkey", "TR", 39.9, 32.9),
]
TYPES = [
    ("Battles", "Armed clash", "clashed with"),
    ("Explosions/Remote violence", "Air/drone strike", "carried out an airstrike on"),
    ("Violence against civilians", "Attack", "attacked"),
    ("Protests", "Peaceful protest", "marched against"),
    ("Riots", "Violent demonstration", "rioted against"),
    ("Strategic developments", "Arrests", "arrested members of"),
]
ACTORS = ["Military Forces", "Police Forces", "Islamic State", "Rebel militia", "Unidentified Armed Group",
          "Protesters", "Rioters", "Ethnic militia", "Al Shabaab", "Government forces"]
PLACES = ["the market", "a checkpoint", "the central hospital", "a village school", "the northern district",
          "an army base", "the university", "the main bridge", "a refugee camp", "the oil field"]
START = date(2015, 1, 1)
DAYS = (date(2024, 12, 31) - START).days


def record(rng: random.Random, article_id: str, k: int) -> tuple:
    """One ``events`` row: indexed columns plus the JSON record shaped like ``Event.to_dict()``."""
    country, code, lat, lon = rng.choice(COUNTRIES)
    event_type, sub_type, verb = rng.choice(TYPES)
    actor1, actor2 = rng.sample(ACTORS, 2)
    day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
    dead = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20])
    place = rng.choice(PLACES)
    evidence = f"{actor1} {verb} {actor2} near {place} in {country}, killing {dead} people, officials said."
    start = 100 * k
    event_id = f"{article_id}-{k:02d}"
    location = {"name": place, "text": place, "latitude": lat + rng.uniform(-1, 1), "longitude": lon + rng.uniform(-1, 1),
                "admin1": None, "admin2": None, "country": country, "country_code": code, "geonameid": None, "precision": 2}
    data = {
        "event_id": event_id, "article_id": article_id, "event_type": event_type, "sub_event_type": sub_type,
        "actor1": {"name": actor1, "text": actor1, "type": "State forces"},
        "actor2": {"name": actor2, "text": actor2, "type": "Rebel group"},
        "assoc_actor_1": [], "assoc_actor_2": [], "location": location,
        "date": {"start": day, "end": day, "precision": 1, "text": "on Tuesday"},
        "fatalities": dead, "modality": "reported", "confidence": round(rng.uniform(0.5, 0.95), 2),
        "evidence": {"text": evidence, "start": start, "end": start + len(evidence)},
        "sources": ["Synthetic Wire"], "mentions": [],
    }
    return (event_id, article_id, json.dumps(data), event_type, sub_type, country, code, day, day, actor1, actor2,
            f"{actor1}\n{actor2}", evidence, location["latitude"], location["longitude"], dead, "reported",
            data["confidence"])


def synthesise(path: Path, n_events: int, seed: int = 6) -> float:
    """Fill a fresh head-revision store with ``n_events`` events; seconds taken."""
    Store(f"sqlite:///{path}").close()  # schema, indexes, full-text triggers
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    started = time.perf_counter()
    n_articles = n_events // EVENTS_PER_ARTICLE
    conn.execute("BEGIN")
    for first in range(0, n_articles, BATCH // EVENTS_PER_ARTICLE):
        ids = [f"a{i:07d}" for i in range(first, min(first + BATCH // EVENTS_PER_ARTICLE, n_articles))]
        conn.executemany(
            "INSERT INTO articles (id, title, date, source, text, text_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a, f"Fighting reported ({a})", "2024-01-01", "Synthetic Wire", "", f"{i:064x}", "2025-01-01 00:00:00")
             for i, a in enumerate(ids, start=first)],
        )
        conn.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [record(rng, a, k) for a in ids for k in range(EVENTS_PER_ARTICLE)],
        )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - started


def timed(store: Store, filters: EventFilter, runs: int = 7) -> tuple[float, list[float], int]:
    """(first run ms, later runs ms, rows)."""
    times, rows = [], 0
    for _ in range(runs):
        began = time.perf_counter()
        rows = len(list(store.events(filters)))
        times.append((time.perf_counter() - began) * 1000)
    return times[0], times[1:], rows


def bench_query(n_events: int, workdir: Path) -> None:
    path = workdir / "million.db"
    print(f"(a) synthesising {n_events:,} events ...", flush=True)
    seconds = synthesise(path, n_events)
    print(f"    stored in {seconds:.0f} s ({n_events / seconds:,.0f} events/s, FTS indexed), "
          f"file {path.stat().st_size / 1e9:.2f} GB")
    queries = {
        "country+type+date range": EventFilter(country="Syria", event_type="Battles", since=date(2020, 1, 1),
                                               until=date(2020, 6, 30), limit=50),
        "country code+type+date range": EventFilter(country="SY", event_type="Battles", since=date(2020, 1, 1),
                                                    until=date(2020, 6, 30), limit=50),
        "country+type+1 year": EventFilter(country="Iraq", event_type="Protests", since=date(2019, 1, 1),
                                           until=date(2019, 12, 31), limit=50),
        "full text+country": EventFilter(text="central hospital airstrike", country="Yemen", limit=50),
        "full text only": EventFilter(text='"refugee camp" killing', limit=50),
    }
    with Store(f"sqlite:///{path}") as store:
        for name, filters in queries.items():
            first, warm, rows = timed(store, filters)
            print(f"    {name:32s} {rows:3d} rows: first {first:7.1f} ms, warm median {statistics.median(warm):6.1f} ms"
                  f" (target < 200 ms)")
    cli = [WARLOG, "events", "--db", f"sqlite:///{path}", "--country", "Syria", "--type", "Battles",
           "--since", "2020-01-01", "--until", "2020-06-30", "--limit", "50", "--format", "jsonl"]
    began = time.perf_counter()
    done = subprocess.run(cli, capture_output=True, text=True, check=True)
    print(f"    warlog events CLI (process start included): {(time.perf_counter() - began) * 1000:.0f} ms, "
          f"{len(done.stdout.splitlines())} lines")


ARTICLE = (
    "{place_cap}, {country} ({source}) - {actor1} {verb} {actor2} near {place} in {town} on {weekday}, "
    "killing {dead} people and wounding {hurt} others, local officials said. "
    "Residents said the fighting lasted several hours. {actor2} did not comment on the reports."
)
TOWNS = ["Raqqa", "Mosul", "Aden", "Kandahar", "Mogadishu", "Maiduguri", "Gao", "Kharkiv", "Khartoum", "Sirte"]


def write_articles(path: Path, n: int, seed: int = 6) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            country, *_ = rng.choice(COUNTRIES[:10])
            _, _, verb = rng.choice(TYPES[:3])
            actor1, actor2 = rng.sample(ACTORS[:5] + ACTORS[7:], 2)
            place = rng.choice(PLACES)
            text = ARTICLE.format(place_cap=rng.choice(TOWNS).upper(), country=country, source="Wire", actor1=actor1,
                                  verb=verb, actor2=actor2, place=place, town=rng.choice(TOWNS),
                                  weekday=rng.choice(["Monday", "Tuesday", "Friday"]), dead=rng.randint(1, 30),
                                  hurt=rng.randint(1, 50))
            day = (date(2017, 1, 1) + timedelta(days=rng.randrange(700))).isoformat()
            out.write(json.dumps({"id": f"wire-{i:05d}", "text": text, "title": f"Fighting near {place}",
                                  "date": day, "source": "Wire"}) + "\n")


def run_ingest(db: str, articles: Path) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run([WARLOG, "ingest", "--db", db, "--workers", "1", str(articles)],
                          capture_output=True, text=True, check=True)
    summary = " ".join(done.stderr.split())  # rich wraps the summary line
    return time.perf_counter() - began, summary[summary.rfind("coded "):]


def bench_reingest(n_articles: int, workdir: Path) -> None:
    articles = workdir / "articles.jsonl"
    write_articles(articles, n_articles)
    db = f"sqlite:///{workdir / 'ingest.db'}"
    print(f"(b) warlog ingest --workers 1 of {n_articles:,} short articles, twice (real pipeline) ...", flush=True)
    first, first_line = run_ingest(db, articles)
    with Store(db) as store:
        after_first = store.count_events()
    second, second_line = run_ingest(db, articles)
    with Store(db) as store:
        after_second = store.count_events()
    print(f"    first run  {first:7.1f} s: {first_line}")
    print(f"    second run {second:7.1f} s: {second_line}")
    print(f"    events {after_first} -> {after_second} (target: no change); "
          f"second/first = {second / first:.3f} (target < 0.1)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-query", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="warlog-store-bench-") as tmp:
        if not args.skip_query:
            bench_query(args.events, Path(tmp))
        if not args.skip_ingest:
            bench_reingest(args.articles, Path(tmp))
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
