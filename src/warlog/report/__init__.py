"""``warlog report``: a self-contained HTML summary of stored events.

``data`` gathers the aggregates in one pass, ``figures`` draws the charts that
read better than tables (map, weekly counts), ``html`` lays it all out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from ..record import Event
from .data import ReportData, gather
from .html import Figures, render

DEFAULT_TITLE = "warlog report"


def draw(data: ReportData) -> Figures:
    """The charts there is something to draw for (matplotlib is imported only then)."""
    if not data.points and not data.weekly:
        return Figures(map_png=None, weekly_png=None)
    from .figures import map_png, weekly_png

    types = data.event_types
    return Figures(
        map_png=map_png(data.points, types) if data.points else None,
        weekly_png=weekly_png(data.weekly, types) if data.weekly else None,
    )


def build_report(
    events: Iterable[Event],
    *,
    top: int = 10,
    title: str | None = None,
    criteria: Sequence[str] = (),
    generated: datetime | None = None,
) -> tuple[str, int]:
    """The report page for ``events`` and how many events it covers."""
    data = gather(events, top=top)
    page = render(
        data,
        draw(data),
        title=title or DEFAULT_TITLE,
        criteria=criteria,
        generated=generated or datetime.now(UTC),
    )
    return page, data.total


__all__ = ["DEFAULT_TITLE", "ReportData", "build_report", "draw", "gather"]
