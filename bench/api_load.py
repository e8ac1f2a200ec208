"""Load times of the analyst's desk with 100,000 events in a SQLite store.

Usage: python bench/api_load.py [--events 100000] [--db /tmp/x.db] [--load-seconds 10] [--clients 20]

Fills a temporary SQLite file with SYNTHETIC events (real-looking ``Event`` records
built from a few templates; every article text and evidence says "SYNTHETIC"), then:
1. times, in process (TestClient), what the page fetches on load: ``/``, its static
   files, ``/api/meta``, ``/api/stats``, ``/api/map`` and one page of ``/api/events``;
2. starts ``uvicorn`` and runs N concurrent clients against ``/api/events`` (with
   varied filters and cursors) for some seconds, printing p50/p95/p99 and errors.
Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

from warlog.record import Actor, Event, EventDate, Evidence, Location, Mention, make_event_id
from warlog.store import Store
from warlog.store.convert import event_row
from warlog.store.models import ArticleRow, EventRow, utcnow
from warlog.taxonomy import SUB_EVENT_TYPES

PLACES = [  # name, admin1, country, code, lat, lon
    ("Mosul", "Nineveh", "Iraq", "IQ", 36.335, 43.119),
    ("Kirkuk", "Kirkuk", "Iraq", "IQ", 35.468, 44.392),
    ("Raqqa", "Ar Raqqah", "Syria", "SY", 35.953, 39.009),
    ("Aleppo", "Aleppo", "Syria", "SY", 36.202, 37.134),
    ("Deir ez-Zor", "Deir ez-Zor", "Syria", "SY", 35.336, 40.141),
    ("Kabul", "Kabul", "Afghanistan", "AF", 34.528, 69.172),
    ("Kandahar", "Kandahar", "Afghanistan", "AF", 31.610, 65.700),
    ("Mogadishu", "Banaadir", "Somalia", "SO", 2.037, 45.343),
    ("Maiduguri", "Borno", "Nigeria", "NG", 11.846, 13.160),
    ("Sanaa", "Amanat al Asimah", "Yemen", "YE", 15.354, 44.207),
    ("Goma", "North Kivu", "Democratic Republic of Congo", "CD", -1.679, 29.222),
    ("Bamako", "Bamako", "Mali", "ML", 12.650, -8.000),
    ("Kharkiv", "Kharkiv", "Ukraine", "UA", 49.994, 36.230),
    ("Khartoum", "Khartoum", "Sudan", "SD", 15.552, 32.532),
    ("Tripoli", "Tripoli", "Libya", "LY", 32.887, 13.191),
]
ACTORS = [
    ("Military Forces of Iraq", "State forces"),
    ("Islamic State (Iraq)", "Rebel group"),
    ("Military Forces of Syria", "State forces"),
    ("SDF: Syrian Democratic Forces", "Rebel group"),
    ("Taliban", "Rebel group"),
    ("Al Shabaab", "Rebel group"),
    ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Rebel group"),
    ("Ansar Allah", "Rebel group"),
    ("M23: March 23 Movement", "Rebel group"),
    ("Protesters (Iraq)", "Protesters"),
    ("Civilians (Syria)", "Civilians"),
    ("Rapid Support Forces", "Political militia"),
]
SUB_TYPES = list(SUB_EVENT_TYPES)
START = date(2015, 1, 1)
DAYS = 3 * 365


def synthetic_event(rng: random.Random, article_id: str, k: int, day: date) -> Event:
    name, admin1, country, code, lat, lon = rng.choice(PLACES)
    sub = rng.choice(SUB_TYPES)
    a1, a2 = rng.sample(ACTORS, 2)
    sentence = f"SYNTHETIC {k}: {a1[0]} and {a2[0]} ({sub.lower()}) near {name} on {day.isoformat()}."
    start = k * 200
    return Event(
        event_id=make_event_id(article_id, start, sub),
        article_id=article_id,
        event_type=SUB_EVENT_TYPES[sub],
        sub_event_type=sub,
        actor1=Actor(name=a1[0], text=a1[0], type=a1[1]),
        actor2=Actor(name=a2[0], text=a2[0], type=a2[1]) if rng.random() < 0.7 else None,
        location=Location(
            name=name, text=name, latitude=lat + rng.uniform(-0.6, 0.6), longitude=lon + rng.uniform(-0.6, 0.6),
            admin1=admin1, country=country, country_code=code, precision=rng.choice((1, 1, 2, 3)),
        ),
        date=EventDate(start=day.isoformat(), end=day.isoformat(), precision=1),
        fatalities=rng.choice((None, 0, 1, 2, 5, 12)),
        modality=rng.choice(("asserted", "reported", "reported", "denied")),
        evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
        confidence=round(rng.uniform(0.3, 0.99), 2),
        sources=["Synthetic Wire"],
        mentions=[Mention(article_id=article_id, evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
                          source="Synthetic Wire", modality="reported")],
    )


def fill(url: str, total: int, per_article: int = 10, seed: int = 7) -> None:
    """Bulk-insert ``total`` synthetic events, ``per_article`` per synthetic article."""
    rng = random.Random(seed)
    with Store(url) as store, store.engine.begin() as connection:
        for first in range(0, total, per_article):
            article_id = f"synthetic-{first // per_article:06d}"
            day = START + timedelta(days=rng.randrange(DAYS))
            events = [synthetic_event(rng, article_id, k, day) for k in range(min(per_article, total - first))]
            text = "\n".join(e.evidence.text.ljust(199) for e in events)
            connection.execute(insert(ArticleRow), [{
                "id": article_id, "title": f"SYNTHETIC article {article_id}", "date": day, "url": None,
                "source": "Synthetic Wire", "origin": "bench", "text": text, "text_hash": "0" * 64,
                "ingested_at": utcnow(),
            }])
            rows = [event_row(e) for e in events]
            connection.execute(insert(EventRow), [
                {c.key: getattr(r, c.key) for c in EventRow.__table__.columns} for r in rows
            ])


def timed_get(client, url: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    response = client.get(url)
    return (time.perf_counter() - started) * 1000, response.status_code, len(response.content)


PAGE_LOAD = [
    "/", "/static/app.css", "/static/app.js", "/static/countries-50m.json",
    "/api/meta", "/api/stats", "/api/map?cell=1", "/api/events?limit=50",
]
FILTERED = [
    "/api/events?limit=50&country=Iraq", "/api/stats?country=Iraq", "/api/events?limit=50&q=Taliban",
    "/api/stats?q=Taliban", "/api/events?limit=50&type=Battles&since=2016-01-01&until=2016-06-30",
    "/api/events?limit=50&bbox=35,30,45,40", "/api/map?cell=0.5&type=Protests",
]


def in_process(url: str) -> None:
    from fastapi.testclient import TestClient

    from warlog.api import create_app

    client = TestClient(create_app(url))
    for label in ("cold (first visit: aggregates computed)", "warm (aggregates cached until the store changes)"):
        print(f"in-process (TestClient), {label}:")
        total = 0.0
        for path in PAGE_LOAD:
            ms, status, size = timed_get(client, path)
            total += ms
            print(f"  {ms:8.1f} ms  {status}  {size:>9,} B  {path}")
        print(f"  {total:8.1f} ms  total for the page's requests, one after another (a browser runs them in parallel)")
    print("filtered (cold):")
    for path in FILTERED:
        ms, status, size = timed_get(client, path)
        print(f"  {ms:8.1f} ms  {status}  {size:>9,} B  {path}")
    # Deep pagination stays cheap with keyset cursors.
    cursor, pages, started = None, 0, time.perf_counter()
    while pages < 100:
        response = client.get("/api/events", params={"limit": 100, **({"cursor": cursor} if cursor else {})})
        cursor = response.json()["next_cursor"]
        pages += 1
        if cursor is None:
            break
    print(f"  {(time.perf_counter() - started) * 1000 / pages:8.1f} ms  per page, walking {pages} pages of 100")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_test(url: str, seconds: float, clients: int) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "bench.api_load:_factory", "--port", str(port),
         "--log-level", "warning", "--no-server-header"],
        cwd=Path(__file__).resolve().parents[1], env={**__import__("os").environ, "WARLOG_DB": url},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/api/meta", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        latencies: list[float] = []
        errors = 0
        lock = threading.Lock()
        deadline = time.perf_counter() + seconds

        def client(seed: int) -> None:
            nonlocal errors
            rng = random.Random(seed)
            with httpx.Client(base_url=base, timeout=10) as http:
                cursor = None
                while time.perf_counter() < deadline:
                    params = {"limit": 50}
                    choice = rng.random()
                    if choice < 0.3 and cursor:
                        params["cursor"] = cursor
                    elif choice < 0.5:
                        params["country"] = rng.choice(PLACES)[2]
                    elif choice < 0.6:
                        params["type"] = "Battles"
                    started = time.perf_counter()
                    try:
                        response = http.get("/api/events", params=params)
                        ok = response.status_code == 200
                        cursor = response.json().get("next_cursor") if ok else None
                    except httpx.HTTPError:
                        ok = False
                    elapsed = (time.perf_counter() - started) * 1000
                    with lock:
                        latencies.append(elapsed)
                        errors += 0 if ok else 1

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        latencies.sort()
        q = statistics.quantiles(latencies, n=100)
        print(f"uvicorn, {clients} concurrent clients for {seconds:.0f} s on /api/events (limit 50, mixed filters/cursors):")
        print(f"  {len(latencies)} requests ({len(latencies) / seconds:.0f}/s), {errors} errors; "
              f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, p99 {q[98]:.1f} ms")
    finally:
        server.terminate()
        server.wait(10)


def _factory():
    from warlog.api import create_app

    return create_app(None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="SQLite file to (re)use; default: a new temporary file")
    parser.add_argument("--load-seconds", type=float, default=10.0, help="0 skips the concurrent load test")
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        url = f"sqlite:///{path}"
        if not path.exists():
            started = time.perf_counter()
            fill(url, args.events)
            print(f"filled {path} with {args.events:,} synthetic events in {time.perf_counter() - started:.1f} s")
        in_process(url)
        if args.load_seconds > 0:
            load_test(url, args.load_seconds, args.clients)


if __name__ == "__main__":
    main()
