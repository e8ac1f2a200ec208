"""Resident memory of the current process, read without extra dependencies.

Workers report their own figures with every result, so the parent can show memory
per worker without reaching into other processes (which needs psutil or /proc access
that a container may not grant).
"""

from __future__ import annotations

import os
import resource
import sys

_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def peak_rss_bytes() -> int:
    """High-water mark of resident memory (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def current_rss_bytes() -> int:
    """Resident memory now (Linux ``/proc/self/statm``); the peak where that is unavailable."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * _PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return peak_rss_bytes()


def megabytes(size: int) -> str:
    return f"{size / 2**20:.0f} MB"
