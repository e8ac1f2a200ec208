"""warlog: turn news about armed conflict into sourced, geocoded ACLED-style events."""

__version__ = "0.1.0"
