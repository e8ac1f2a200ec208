"""Throughput of `warlog code` against the floor: a bare spaCy pass over the same text.

Usage: python bench/throughput.py [--docs 200] [--data ../shared/data/news/docs.csv]
Prints words per second for both passes and their ratio (warlog time / spaCy time),
and the event classifier's own load time and time over every sentence of those
documents as a share of the spaCy pass (issue target: at most +50%, loads < 5 s).
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
from warlog.classify import EventClassifier
from warlog.classify.model import default_model_dir
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


def load_classifier_cold() -> None:
    """Load the shipped model as a fresh process would, past the in-process cache."""
    EventClassifier.read(default_model_dir())


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
    docs: list = []
    spacy_s = timed("bare spaCy nlp.pipe", lambda: docs.extend(nlp_module.pipe(nlp, texts)))
    sentences = [s.text for doc in docs for s in doc.sents if s.text.strip()]
    classifier_load_s = timed("classifier load (cold)", load_classifier_cold)
    classify_s = timed(f"classify {len(sentences)} sentences", lambda: pipeline.classifier.predict(sentences))
    events = 0

    def run_warlog() -> None:
        nonlocal events
        events = sum(len(found) for _, found in pipeline.code(articles))

    warlog_s = timed("warlog code", run_warlog)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'spaCy words/s':<28} {words / spacy_s:8.0f}")
    print(f"{'warlog words/s':<28} {words / warlog_s:8.0f}")
    print(f"{'ratio warlog/spaCy time':<28} {warlog_s / spacy_s:8.2f}")
    print(f"{'classifier / spaCy time':<28} {classify_s / spacy_s:8.2f}   (target <= 0.50)")
    print(f"{'classifier load':<28} {classifier_load_s:8.2f} s (target < 5)")
    print(f"{'events':<28} {events:8d}")
    print(f"{'peak resident memory':<28} {peak_mb:8.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
