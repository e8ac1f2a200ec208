"""Exponential back-off for a failing source: wait longer after each failure, up to a cap.

A publisher whose server is struggling should not see us retry every poll; a typo'd
URL should not be hammered forever, but must still be retried (it may come back).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

BASE_DELAY = dt.timedelta(seconds=60)
MAX_DELAY = dt.timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Backoff:
    base: dt.timedelta = BASE_DELAY
    cap: dt.timedelta = MAX_DELAY

    def delay(self, failures: int) -> dt.timedelta:
        """Wait after the ``failures``-th failure in a row: base, 2x, 4x, ... capped."""
        if failures < 1:
            return dt.timedelta(0)
        return min(self.cap, self.base * 2 ** min(failures - 1, 30))
