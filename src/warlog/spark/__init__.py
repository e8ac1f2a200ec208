"""warlog on Apache Spark: code a backfill on a cluster, then de-duplicate across articles.

Run ``warlog spark --input ARTICLES --output DIR`` or ``spark-submit
.../warlog/spark/__main__.py --input ... --output ...``; see README ("Spark").
pyspark is imported only by this package, so the rest of warlog does not need it.
"""

from __future__ import annotations

from .job import JobOptions, JobReport, run, session

__all__ = ["JobOptions", "JobReport", "run", "session"]
