"""``--every 10m``: durations as people write them."""

from __future__ import annotations

import datetime as dt
import re

from ..errors import WarlogError

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
MIN_INTERVAL = dt.timedelta(seconds=10)


class IntervalError(WarlogError):
    code = "W802"


def parse_interval(text: str) -> dt.timedelta:
    """``90``/``90s``, ``10m``, ``1h``, ``1d``; at least ``MIN_INTERVAL`` (be kind to publishers)."""
    match = _DURATION.match(text)
    if not match:
        raise IntervalError(f"--every {text!r} is not a duration; use e.g. 30s, 10m, 1h")
    seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    interval = dt.timedelta(seconds=seconds)
    if interval < MIN_INTERVAL:
        raise IntervalError(f"--every {text!r} is too short; the minimum is {MIN_INTERVAL.seconds} s")
    return interval
