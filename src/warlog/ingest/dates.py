"""ISO date parsing shared by the structured formats (JSON Lines, HTML metadata)."""

from __future__ import annotations

from datetime import date, datetime


def parse_iso_date(value: str) -> date:
    """Parse ``YYYY-MM-DD`` or a full ISO 8601 datetime; keep only the calendar date.

    The datetime's own date is kept as written (no conversion to UTC), because that is
    the date the publisher gave. Raises ``ValueError`` for anything else.
    """
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(text).date()
