"""Throughput of `warlog code` against the floor: a bare spaCy pass over the same text.

Usage: python bench/throughput.py [--docs 200] [--data ../shared/data/news/docs.csv]
Prints words per second for both passes and their ratio (warlog time / spaCy time).
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

from warlog import nlp as nlp_module
from warlog.article import Article
from warlog.pipeline import Pipeline

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "docs.csv"


def load_articles(path: Path, limit: int) -> list[Article]:
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(limit), csv.DictReader(handle))]
    return [Article(id=f"toi-{row['doc_id']}", text=row["doc_text"]) for row in rows]


def bench_articles(path: Path, limit: int) -> tuple[list[Article], int] | None:
    """The first ``limit`` documents and their word count; None (with a message) when the
    shared data is not beside the repo."""
    if not path.exists():
        print(f"bench: {path} not found (the shared development data is needed)", file=sys.stderr)
        return None
    articles = load_articles(path, limit)
    return articles, sum(len(a.text.split()) for a in articles)


def timed(label: str, run) -> float:
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"{label:<28} {seconds:8.2f} s")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    loaded = bench_articles(args.data, args.docs)
    if loaded is None:
        return 2
    articles, words = loaded
    print(f"{len(articles)} documents, {words} words")

    load_started = time.perf_counter()
    nlp = nlp_module.load()
    pipeline = Pipeline(nlp)
    print(f"{'start-up (models, gazetteer)':<28} {time.perf_counter() - load_started:8.2f} s")
    pipeline.code_article(articles[0])  # warm caches before timing

    texts = [a.text for a in articles]
    spacy_s = timed("bare spaCy nlp.pipe", lambda: list(nlp_module.pipe(nlp, texts)))
    events = 0

    def run_warlog() -> None:
        nonlocal events
        events = sum(len(found) for _, found in pipeline.code(articles))

    warlog_s = timed("warlog code", run_warlog)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'spaCy words/s':<28} {words / spacy_s:8.0f}")
    print(f"{'warlog words/s':<28} {words / warlog_s:8.0f}")
    print(f"{'ratio warlog/spaCy time':<28} {warlog_s / spacy_s:8.2f}")
    print(f"{'events':<28} {events:8d}")
    print(f"{'peak resident memory':<28} {peak_mb:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
