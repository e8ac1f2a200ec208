"""Scaling figures for issue 8: one worker, two workers and Spark local mode vs bare spaCy.

Usage: python bench/scale.py [--docs 1000] [--workers 2] [--no-spark] [--profile out.html]

On the first ``--docs`` documents of ../shared/data/news/docs.csv it prints:
  - words/s of a bare spaCy ``nlp.pipe`` pass (the floor) and of warlog end to end in
    this process (``--workers 1``), and their time ratio (target <= 1.75);
  - words/s with N worker processes (models loaded before timing) and the speed-up
    over one worker (target >= 1.7 with 2 workers on 2 cores);
  - peak resident memory per worker (target < 1.5 GB);
  - the Spark local-mode job (``local[N]``, JVM and model start-up included, plus the
    cross-article de-duplication) beside the single-process time.
The machine may be shared: the load average before and after is printed with the
figures, since other processes' CPU use slows every pass.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from throughput import DEFAULT_DATA, bench_articles

from warlog import nlp as nlp_module
from warlog.article import Article
from warlog.parallel import ParallelCoder, peak_rss_bytes, process_pipeline

TARGET_RATIO = 1.75
TARGET_SPEEDUP = 1.7
TARGET_MEMORY = 1.5 * 2**30


def timed(label: str, run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"{label:<34} {seconds:8.1f} s", flush=True)
    return seconds


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def spark_run(articles: list[Article], workers: int) -> tuple[float, int]:
    """Seconds for the whole Spark job (session start included) and events written."""
    from warlog.spark import JobOptions, run, session

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        with source.open("w", encoding="utf-8") as handle:
            for article in articles:
                handle.write(json.dumps({"id": article.id, "text": article.text}) + "\n")
        started = time.perf_counter()
        spark = session(f"local[{workers}]")
        spark.sparkContext.setLogLevel("ERROR")
        try:
            report = run(spark, JobOptions(inputs=[str(source)], output=str(Path(tmp) / "out")))
        finally:
            spark.stop()
        seconds = time.perf_counter() - started
    print(f"{'spark: ' + report.line():<34}")
    return seconds, report.events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--profile", type=Path, help="Write a pyinstrument HTML profile of the one-worker pass.")
    args = parser.parse_args()
    loaded = bench_articles(args.data, args.docs)
    if loaded is None:
        return 2
    articles, words = loaded
    print(f"{len(articles)} documents, {words} words; {os.cpu_count()} CPUs; load average {load()}")

    pipeline = process_pipeline()
    pipeline.code_article(articles[0])  # warm caches before timing
    texts = [a.text for a in articles]
    spacy_s = timed("bare spaCy nlp.pipe", lambda: deque(nlp_module.pipe(pipeline.nlp, texts), maxlen=0))
    events = 0

    def one_worker() -> None:
        nonlocal events
        events = sum(len(found) for _, found in pipeline.code(articles))

    cpu_started = time.process_time()
    if args.profile:
        from pyinstrument import Profiler

        with Profiler() as profiler:
            one_s = timed("warlog, 1 worker (profiled)", one_worker)
        args.profile.write_text(profiler.output_html(), encoding="utf-8")
    else:
        one_s = timed("warlog, 1 worker (in process)", one_worker)
    one_peak = peak_rss_bytes()
    one_cpu = time.process_time() - cpu_started

    with ParallelCoder(args.workers) as coder:
        coder.warm_up()
        many_events = 0

        def many_workers() -> None:
            nonlocal many_events
            many_events = sum(len(found) for _, found in coder.code(articles))

        cpu_before, parent_before = dict(coder.cpu_seconds), time.process_time()
        many_s = timed(f"warlog, {args.workers} workers", many_workers)
        worker_peaks = sorted(coder.peak_rss.values())
        workers_cpu = sum(cpu - cpu_before.get(pid, 0.0) for pid, cpu in coder.cpu_seconds.items())
        parent_cpu = time.process_time() - parent_before

    ratio, speedup = one_s / spacy_s, one_s / many_s
    worst = max([one_peak, *worker_peaks])
    print(f"{'spaCy words/s':<34} {words / spacy_s:8.0f}")
    print(f"{'warlog words/s, 1 worker':<34} {words / one_s:8.0f}")
    print(f"{f'warlog words/s, {args.workers} workers':<34} {words / many_s:8.0f}")
    print(f"{'ratio 1 worker / spaCy time':<34} {ratio:8.2f}   target <= {TARGET_RATIO}: {verdict(ratio <= TARGET_RATIO)}")
    print(f"{f'speed-up {args.workers} workers / 1':<34} {speedup:8.2f}   target >= {TARGET_SPEEDUP}: {verdict(speedup >= TARGET_SPEEDUP)}")
    print(f"{'peak memory, 1 worker (process)':<34} {one_peak / 2**20:8.0f} MB")
    print(f"{'peak memory per worker':<34} {', '.join(f'{p / 2**20:.0f} MB' for p in worker_peaks)}"
          f"   target < 1.5 GB: {verdict(worst < TARGET_MEMORY)}")
    print(f"{'events (1 worker / N workers)':<34} {events} / {many_events}")
    # CPU time shows what the wall clock hides on a shared machine: how many cores each
    # pass actually got, and whether N workers spend more CPU than one (overhead).
    print(f"{'CPU s, 1 worker':<34} {one_cpu:8.1f}   ({one_cpu / one_s:.2f} cores used)")
    print(f"{f'CPU s, {args.workers} workers + parent':<34} {workers_cpu:8.1f} + {parent_cpu:.1f}"
          f"   ({(workers_cpu + parent_cpu) / many_s:.2f} cores used)")
    # With a free core per process, N workers would take their total CPU time / N.
    projected = one_cpu / ((workers_cpu + parent_cpu) / args.workers)
    print(f"{'speed-up from CPU time':<34} {projected:8.2f}   (what N free cores would give; wall-clock figure above)")
    if not args.no_spark:
        spark_s, spark_events = spark_run(articles, args.workers)
        print(f"{f'spark local[{args.workers}] whole job':<34} {spark_s:8.1f} s   (single process: {one_s:.1f} s, "
              f"{args.workers} workers: {many_s:.1f} s; spark events {spark_events})")
    print(f"load average after: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
