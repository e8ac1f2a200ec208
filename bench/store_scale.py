"""Store figures for issue 6: a filtered query over 1,000,000 events, and re-ingest cost.

Usage: python bench/store_scale.py [--events 1000000] [--articles 1000] [--new-articles 100]
                                   [--store FILE] [--skip-query] [--skip-ingest] [--skip-grow]
                                   [--pg-url URL]

(a) Synthesises ``--events`` realistic event rows (10 per article, 30 countries, six
    ACLED types, 2015-2024, evidence sentences from templates, the full JSON record)
    straight into a fresh SQLite store at revision 0003 with ``executemany`` (the
    full-text triggers index every row as it lands; ``Store`` then upgrades it to head
    in place, timed apart), then times
    ``Store.events(EventFilter(country, type, since, until, limit=50))`` -- what
    ``warlog events --country Syria --type Battles --since .. --until .. --limit 50``
    runs -- cold and warm (target: under 200 ms), plus a full-text query and the CLI.
(b) Writes ``--articles`` short synthetic news articles to a JSON Lines file and runs
    the real ``warlog ingest --workers 1`` on it twice into a fresh store: the second
    run must add no events and take under a tenth of the first (unchanged articles are
    skipped by content hash before any coding).
(c) Growth: ingests ``--new-articles`` new synthetic articles with the real ``warlog
    ingest --workers 1`` into a copy of the synthesised store and into an empty store,
    and prints seconds per article and the candidates the clusterer compares per new
    record (``SessionIndex.candidates``, counted in-process after the ingest). To make
    the de-duplication blocking honest, the synthesised evidence is not all one template:
    about 4% of rows speak of a death toll, 6% recall an earlier year ("the 2019
    offensive") and 2% are dated by a whole year (1 January to 31 December) -- the rows
    ``SessionIndex`` keeps as candidates whatever their dates -- and each sentence names
    its own made-up town and six made-up detail words, placed up to 3 degrees from the
    capital: one template alone would make every report of a country and week link to
    the next, a component of thousands that no real store has.

``--store FILE`` keeps the synthesised store in FILE (made if missing, reused if
present: the 1,000,000-row synthesis takes minutes); (c) always works on a copy.
``--pg-url URL`` runs (a) and (c) on a PostgreSQL store instead (for information: the
200 ms target is SQLite's), filled from the synthesised store when empty; (c) then ingests
into that store itself, so give it a throwaway database.
The machine may be shared: load averages are printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Column, create_engine, insert, select, text

from warlog.store import EventFilter, Store, migrate
from warlog.store.clusters import SessionIndex
from warlog.store.models import ArticleRow, EventRow

ROOT = Path(__file__).resolve().parents[1]
WARLOG = str(Path(sys.executable).with_name("warlog"))
EVENTS_PER_ARTICLE = 10
BATCH = 20_000
SYNTH_REVISION = "0003"  # the 18-column events row ``record`` writes

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
# Shares of synthesised rows that de-duplication keeps as candidates whatever their dates.
TOLL_SHARE, RECALL_SHARE, WHOLE_YEAR_SHARE = 0.04, 0.06, 0.02


SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ben", "dor", "sa", "ngo", "vi", "zu", "mal", "ke", "po", "rin", "ta",
             "bu", "gal", "he", "jo", "nis", "ot", "qua", "wen", "yar", "el", "fi", "mor", "dan", "ush"]
DETAIL_WORDS = 6  # unrelated reports share few words, as real ones do: templates alone would all link


def pseudo_word(rng: random.Random) -> str:
    """A made-up name (27,000 of them): towns and detail words that differ from row to row."""
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def record(rng: random.Random, article_id: str, k: int) -> tuple:
    """One ``events`` row: indexed columns plus the JSON record shaped like ``Event.to_dict()``."""
    country, code, lat, lon = rng.choice(COUNTRIES)
    event_type, sub_type, verb = rng.choice(TYPES)
    actor1, actor2 = rng.sample(ACTORS, 2)
    day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
    end, when = day, "on Tuesday"
    dead = rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20])
    place = rng.choice(PLACES)
    town = pseudo_word(rng)
    detail = " ".join(pseudo_word(rng) for _ in range(DETAIL_WORDS))
    evidence = f"{actor1} {verb} {actor2} near {place} in {town}, {country}, killing {dead} people ({detail}), officials said."
    variety = rng.random()
    if variety < TOLL_SHARE:
        evidence = f"The death toll from fighting near {place} in {town}, {country} rose to {dead} ({detail}), officials said."
    elif variety < TOLL_SHARE + RECALL_SHARE:
        evidence += f" It was the worst violence there since the {START.year + rng.randrange(10)} offensive."
    elif variety < TOLL_SHARE + RECALL_SHARE + WHOLE_YEAR_SHARE:
        year = START.year + rng.randrange(10)
        day, end, when = f"{year}-01-01", f"{year}-12-31", f"in {year}"
    start = 100 * k
    event_id = f"{article_id}-{k:02d}"
    location = {"name": town, "text": town, "latitude": lat + rng.uniform(-3, 3), "longitude": lon + rng.uniform(-3, 3),
                "admin1": None, "admin2": None, "country": country, "country_code": code, "geonameid": None, "precision": 2}
    data = {
        "event_id": event_id, "article_id": article_id, "event_type": event_type, "sub_event_type": sub_type,
        "actor1": {"name": actor1, "text": actor1, "type": "State forces"},
        "actor2": {"name": actor2, "text": actor2, "type": "Rebel group"},
        "assoc_actor_1": [], "assoc_actor_2": [], "location": location,
        "date": {"start": day, "end": end, "precision": 1, "text": when},
        "fatalities": dead, "modality": "reported", "confidence": round(rng.uniform(0.5, 0.95), 2),
        "evidence": {"text": evidence, "start": start, "end": start + len(evidence)},
        "sources": ["Synthetic Wire"], "mentions": [],
    }
    return (event_id, article_id, json.dumps(data), event_type, sub_type, country, code, day, end, actor1, actor2,
            f"{actor1}\n{actor2}", evidence, location["latitude"], location["longitude"], dead, "reported",
            data["confidence"])


def synthesise(path: Path, n_events: int, seed: int = 6) -> float:
    """Fill a fresh store at revision 0003 with ``n_events`` events; seconds taken."""
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as conn:  # schema, indexes, full-text triggers; the row layout below
        migrate.upgrade(conn, url, target=SYNTH_REVISION)
    engine.dispose()
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


def copy_to(path: Path, url: str) -> None:
    """Fill the (empty) store at ``url`` -- PostgreSQL -- with the SQLite store ``path``'s
    articles and events, batch by batch, then ANALYZE."""
    Store(url).close()  # schema at head
    lite = sqlite3.connect(path)
    engine = create_engine(url)
    began = time.perf_counter()
    for model in (ArticleRow, EventRow):
        columns = list(model.__table__.columns)
        cursor = lite.execute(f"SELECT {', '.join(c.name for c in columns)} FROM {model.__tablename__}")
        while rows := cursor.fetchmany(BATCH):
            with engine.begin() as conn:
                conn.execute(insert(model.__table__), [{c.name: _typed(c, v) for c, v in zip(columns, row)} for row in rows])
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()
    print(f"    copied into {url.split('@')[-1]} in {time.perf_counter() - began:.0f} s", flush=True)


def _typed(column: Column, value: Any) -> Any:
    """A value as SQLite stored it, as the column's Python value."""
    if value is None:
        return None
    kind = type(column.type).__name__
    if kind == "Date":
        return date.fromisoformat(value[:10])
    if kind == "DateTime":
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if kind == "Boolean":
        return bool(value)
    return json.loads(value) if column.name == "data" else value


def timed(store: Store, filters: EventFilter, runs: int = 7) -> tuple[float, list[float], int]:
    """(first run ms, later runs ms, rows)."""
    times, rows = [], 0
    for _ in range(runs):
        began = time.perf_counter()
        rows = len(list(store.events(filters)))
        times.append((time.perf_counter() - began) * 1000)
    return times[0], times[1:], rows


def synthesised(n_events: int, path: Path) -> Path:
    """The store of ``n_events`` at ``path`` at head: made (and upgraded) if missing, else reused."""
    if path.exists():
        print(f"(a) reusing {path} ({path.stat().st_size / 1e9:.2f} GB)", flush=True)
    else:
        print(f"(a) synthesising {n_events:,} events ...", flush=True)
        seconds = synthesise(path, n_events)
        print(f"    stored in {seconds:.0f} s ({n_events / seconds:,.0f} events/s, FTS indexed), "
              f"file {path.stat().st_size / 1e9:.2f} GB")
    began = time.perf_counter()
    Store(f"sqlite:///{path}").close()
    print(f"    opened at head (upgrading in place from revision {SYNTH_REVISION} if needed) in "
          f"{time.perf_counter() - began:.1f} s", flush=True)
    return path


def bench_query(db: str) -> None:
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
    with Store(db) as store:
        for name, filters in queries.items():
            first, warm, rows = timed(store, filters)
            print(f"    {name:32s} {rows:3d} rows: first {first:7.1f} ms, warm median {statistics.median(warm):6.1f} ms"
                  f" (target < 200 ms)")
    cli = [WARLOG, "events", "--db", db, "--country", "Syria", "--type", "Battles",
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


def write_articles(path: Path, n: int, seed: int = 6, prefix: str = "wire") -> None:
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
            out.write(json.dumps({"id": f"{prefix}-{i:05d}", "text": text, "title": f"Fighting near {place}",
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


def candidate_counts(db: str, article_prefix: str) -> tuple[int, int, float]:
    """(records, candidates in all, seconds) of ``SessionIndex.candidates`` for the articles' records."""
    with Store(db) as store, store._read() as session:
        stmt = select(EventRow.data).where(EventRow.article_id.startswith(article_prefix))
        from warlog.record import Event

        events = [Event.from_json(data) for data in session.execute(stmt).scalars()]
        index = SessionIndex(session)
        began = time.perf_counter()
        found = sum(sum(1 for _ in index.candidates(event)) for event in events)
        return len(events), found, time.perf_counter() - began


def bench_growth(store_path: Path | None, n_articles: int, workdir: Path, pg_url: str | None = None) -> None:
    """Into a copy of the SQLite store, or into the PostgreSQL store ``pg_url`` itself (the
    articles stay in it) against an empty SQLite store."""
    articles = workdir / "new-articles.jsonl"
    write_articles(articles, n_articles, seed=24, prefix="new")
    big = workdir / "grown.db"
    if pg_url is None:
        shutil.copyfile(store_path, big)
    large = pg_url or f"sqlite:///{big}"
    with Store(large) as store:
        stored = store.count_events()
    print(f"(c) warlog ingest --workers 1 of {n_articles} new articles into a store of {stored:,} events "
          "and into an empty one ...", flush=True)
    rows = []
    for name, db in (("empty store", f"sqlite:///{workdir / 'empty.db'}"), (f"{stored:,} events", large)):
        seconds, line = run_ingest(db, articles)
        records, found, query = candidate_counts(db, "new-")
        rows.append(seconds)
        print(f"    into {name:16s} {seconds:7.1f} s = {seconds / n_articles:.3f} s/article ({line}); "
              f"candidates per new record {found / max(records, 1):,.1f}, "
              f"candidate query {query / max(records, 1) * 1000:.1f} ms/record")
    print(f"    per article, large/empty = {rows[1] / rows[0]:.2f} (target < 3, and under 1 s/article); "
          f"large - empty = {(rows[1] - rows[0]) / n_articles:.3f} s/article")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--new-articles", type=int, default=100)
    parser.add_argument("--store", type=Path, help="keep (or reuse) the synthesised store in this file")
    parser.add_argument("--skip-query", action="store_true")
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-grow", action="store_true")
    parser.add_argument("--pg-url", help="run (a) and (c) on this PostgreSQL store (filled from the synthesised one if empty)")
    args = parser.parse_args()
    print(f"load average before: {os.getloadavg()}")
    with tempfile.TemporaryDirectory(prefix="warlog-store-bench-") as tmp:
        if args.pg_url:
            with Store(args.pg_url) as store:
                empty = store.count_events() == 0
            if empty:
                print("(a) copying the synthesised store into PostgreSQL ...", flush=True)
                copy_to(synthesised(args.events, args.store or Path(tmp) / "million.db"), args.pg_url)
            if not args.skip_query:
                bench_query(args.pg_url)
            if not args.skip_grow:
                bench_growth(None, args.new_articles, Path(tmp), args.pg_url)
        elif not (args.skip_query and args.skip_grow):
            path = synthesised(args.events, args.store or Path(tmp) / "million.db")
            if not args.skip_query:
                bench_query(f"sqlite:///{path}")
            if not args.skip_grow:
                bench_growth(path, args.new_articles, Path(tmp))
        if not args.skip_ingest:
            bench_reingest(args.articles, Path(tmp))
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
