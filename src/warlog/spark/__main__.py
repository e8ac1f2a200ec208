"""``spark-submit path/to/warlog/spark/__main__.py --input ... --output ...`` (or ``python -m warlog.spark``).

Absolute imports only: spark-submit runs this file as a script, not as a package module.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from warlog.spark.blocking import CELL_DEGREES, WINDOW_DAYS, Blocking
from warlog.spark.job import JobOptions, run, session


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="warlog.spark", description="Code articles into events on Spark.")
    parser.add_argument("--input", action="append", required=True, help="Articles (JSON Lines or Parquet); repeatable.")
    parser.add_argument("--output", required=True, help="Directory for events/ and happenings/ (Parquet).")
    parser.add_argument("--master", default=None, help="Spark master; default: spark-submit's, else local[*].")
    parser.add_argument("--format", default="auto", choices=("auto", "jsonl", "parquet"))
    parser.add_argument("--date", type=date.fromisoformat, default=None, help="Date for undated articles.")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--no-dedup", action="store_true")
    parser.add_argument("--window-days", type=int, default=WINDOW_DAYS)
    parser.add_argument("--cell-degrees", type=float, default=CELL_DEGREES)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    spark = session(args.master)
    try:
        report = run(
            spark,
            JobOptions(
                inputs=args.input,
                output=args.output,
                fmt=args.format,
                default_date=args.date,
                partitions=args.partitions,
                dedup=not args.no_dedup,
                blocking=Blocking(args.window_days, args.cell_degrees),
            ),
        )
    finally:
        spark.stop()
    print(report.line(), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
