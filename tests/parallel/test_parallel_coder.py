"""Parallel coding: same events as one process, input order, bounded read-ahead, CLI."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from warlog.article import Article
from warlog.ingest import iter_jsonl
from warlog.parallel import ParallelCoder, chunks, coder_for, process_pipeline

ARTICLES_FILE = Path(__file__).with_name("short_articles.jsonl")


@pytest.fixture(scope="module")
def articles(seed_text: str) -> list[Article]:
    with ARTICLES_FILE.open("rb") as handle:
        found = [item for item in iter_jsonl(handle, origin=str(ARTICLES_FILE)) if isinstance(item, Article)]
    seed = Article(id="seed", text=seed_text, date=found[0].date)
    return [*found, seed, *found[:2]]


@pytest.fixture(scope="module")
def pool() -> Iterator[ParallelCoder]:
    """Two spawned workers, one article per chunk so both get work and order is tested."""
    with ParallelCoder(2, chunk_size=1, window=2) as coder:
        yield coder


def dumped(pairs) -> list[tuple[str, list[str]]]:
    return [(article.id, [event.to_json() for event in events]) for article, events in pairs]


def test_chunks_cut_in_order() -> None:
    items = [Article(id=str(n), text="x") for n in range(5)]
    assert [[a.id for a in chunk] for chunk in chunks(items, 2)] == [["0", "1"], ["2", "3"], ["4"]]


def test_one_worker_codes_in_process_and_only_when_needed(articles: list[Article]) -> None:
    with coder_for(1) as coder:
        assert list(coder.code([])) == []  # nothing to code: no model is loaded
        assert dumped(coder.code(articles[:1])) == dumped(process_pipeline().code(articles[:1]))


def test_parallel_equals_in_process_and_keeps_order(pool: ParallelCoder, articles: list[Article]) -> None:
    expected = dumped(process_pipeline().code(articles))
    assert dumped(pool.code(articles)) == expected
    assert any(events for _, events in expected)
    assert 1 <= len(pool.peak_rss) <= 2
    assert all(size > 50 * 2**20 for size in pool.peak_rss.values())
    assert "peak memory per worker" in pool.memory_summary()


def test_workers_run_native_libraries_on_one_thread(pool: ParallelCoder) -> None:
    from warlog.parallel.worker import thread_pools

    pool.warm_up()
    pools = pool._executor.submit(thread_pools).result()
    assert pools, "numpy/scipy BLAS should be loaded in a worker"
    assert {p["num_threads"] for p in pools} == {1}


def test_reads_ahead_at_most_the_window(pool: ParallelCoder, articles: list[Article]) -> None:
    read = 0

    def counting() -> Iterator[Article]:
        nonlocal read
        for article in articles:
            read += 1
            yield article

    for done, _ in enumerate(pool.code(counting()), start=1):
        # window (2 chunks of 1) in flight at most, plus the one being cut
        assert read - done <= pool.window * pool.chunk_size
    assert read == len(articles)


def warlog(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warlog", *args], capture_output=True, text=True, timeout=300)


def stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT article_id, data FROM events ORDER BY event_id").fetchall()
    return [(article_id, json.dumps(json.loads(data), sort_keys=True)) for article_id, data in rows]


def test_small_input_is_coded_in_process_without_starting_workers(articles: list[Article]) -> None:
    with ParallelCoder(2, chunk_size=len(articles)) as coder:
        assert dumped(coder.code(articles)) == dumped(process_pipeline().code(articles))
        assert coder.peak_rss == {}  # no worker was started for one chunk
        assert "coded in this process" in coder.memory_summary()


def more_than_a_chunk(tmp_path: Path, copies: int = 5) -> Path:
    """The short articles under several ids: enough chunks for the workers to share."""
    lines = ARTICLES_FILE.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "many.jsonl"
    records = []
    for n in range(copies):
        for line in lines:
            record = json.loads(line)
            record["id"] = f"{record['id']}-{n}"
            records.append(json.dumps(record))
    path.write_text("\n".join(records) + "\n", encoding="utf-8")
    return path


def test_cli_ingest_workers_matches_one_worker(tmp_path: Path, fixtures_dir: Path) -> None:
    many = more_than_a_chunk(tmp_path)
    inputs = [str(many), str(fixtures_dir / "isis-surrender-2017.txt"), "--date", "2017-10-11"]
    one = warlog("ingest", "--db", str(tmp_path / "one.db"), "--workers", "1", *inputs)
    two = warlog("ingest", "--db", str(tmp_path / "two.db"), "--workers", "2", *inputs)
    assert one.returncode == 0, one.stderr
    assert two.returncode == 0, two.stderr
    assert "peak memory per worker" in two.stderr
    assert "articles/s" in two.stderr
    assert stored(tmp_path / "two.db") == stored(tmp_path / "one.db") != []
    again = warlog("ingest", "--db", str(tmp_path / "two.db"), "--workers", "2", *inputs)
    assert again.returncode == 0, again.stderr
    assert "(21 unchanged, skipped) -> 0 events" in again.stderr
