"""Cross-article de-duplication: one happening, one canonical record, every mention kept.

``compare`` decides whether two records may be one happening (``incident`` reads
back-references, ``told`` one story's nearby sentences, ``dating`` which dates to
trust), ``cluster`` groups them incrementally and order-independently, ``canonical``
derives the cluster's record and corroboration, ``evaluate`` measures it against a
labelled set (``recode`` with today's pipeline's records), and
``warlog.store.clusters`` persists it.
"""

from __future__ import annotations

from .canonical import Cluster, build_cluster
from .cluster import MemoryIndex, Settings, recluster
from .compare import Thresholds, link_score

__all__ = ["Cluster", "MemoryIndex", "Settings", "Thresholds", "build_cluster", "link_score", "recluster"]
