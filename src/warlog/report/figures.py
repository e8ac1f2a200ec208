"""The report's charts as PNG bytes, drawn with matplotlib's Agg renderer.

``Figure`` objects are used directly (no ``pyplot``): no global state, no GUI
backend to select, nothing left open between reports. Each event type keeps
one colour across the map and the weekly chart so the two read together.
"""

from __future__ import annotations

import io
import math
from collections import Counter
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..taxonomy import EVENT_TYPES
from .data import MapPoint, week_of
from .outlines import Box, rings_in

DPI = 100
MAP_SIZE = (9.0, 6.0)
CHART_SIZE = (9.0, 4.5)
MAX_WEEK_TICKS = 16  # beyond this many weeks, matplotlib picks the date ticks
MIN_SPAN_DEGREES = 6.0  # a single town still shows its surroundings
OTHER_COLOUR = "#7f7f7f"
TYPE_COLOURS: dict[str, str] = dict(
    zip(EVENT_TYPES, ("#d62728", "#ff7f0e", "#9467bd", "#1f77b4", "#e377c2", "#2ca02c"), strict=True)
)


def colour_of(event_type: str) -> str:
    """A fixed colour per ACLED event type; grey for unknown or unexpected types."""
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def _png(figure: Figure) -> bytes:
    """The figure as PNG bytes, without the renderer's version stamp (so output is reproducible)."""
    buffer = io.BytesIO()
    FigureCanvasAgg(figure)
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()


# -- map -----------------------------------------------------------------------------


def _stretch(low: float, high: float, span: float, limit: float) -> tuple[float, float]:
    """The range of width ``span`` centred on ``low..high``, kept within ``±limit``."""
    middle, half = (low + high) / 2, min(span, 2 * limit) / 2
    middle = min(max(middle, -limit + half), limit - half)
    return middle - half, middle + half


def map_view(points: list[MapPoint]) -> Box:
    """The points' bounding box, padded by a tenth each side, at least ``MIN_SPAN_DEGREES``
    across, and widened to the map's shape so the figure is not a sliver."""
    lons = [p.longitude for p in points]
    lats = [p.latitude for p in points]
    lon_span = max((max(lons) - min(lons)) * 1.2, MIN_SPAN_DEGREES)
    lat_span = max((max(lats) - min(lats)) * 1.2, MIN_SPAN_DEGREES)
    squeeze = max(math.cos(math.radians((min(lats) + max(lats)) / 2)), 0.2)  # a degree east is shorter
    shape = MAP_SIZE[0] / MAP_SIZE[1]
    lon_span = max(lon_span, lat_span * shape / squeeze)
    lat_span = max(lat_span, lon_span * squeeze / shape)
    west, east = _stretch(min(lons), max(lons), lon_span, 180.0)
    south, north = _stretch(min(lats), max(lats), lat_span, 90.0)
    return Box(west, south, east, north)


def _draw_base(ax: Axes, view: Box) -> None:
    """Country outlines (when installed) under a graticule, in a locally true aspect."""
    rings = rings_in(view)
    if rings:
        ax.add_collection(
            PolyCollection(rings, facecolors="#f1efe9", edgecolors="#a9a59b", linewidths=0.6, zorder=0)
        )
    ax.set_xlim(view.west, view.east)
    ax.set_ylim(view.south, view.north)
    middle = math.radians((view.south + view.north) / 2)
    ax.set_aspect(1 / max(math.cos(middle), 0.2))
    ax.set_facecolor("#dfeaf2" if rings else "white")
    ax.grid(True, color="#b9c4cc", linewidth=0.4, linestyle=":")
    ax.set_axisbelow(True)
    ax.set_xlabel("longitude (°)")
    ax.set_ylabel("latitude (°)")


def map_png(points: list[MapPoint], event_types: list[str]) -> bytes:
    """Events on a map, one colour per type; events at one spot make one larger dot."""
    figure = Figure(figsize=MAP_SIZE)
    ax = figure.add_subplot()
    _draw_base(ax, map_view(points))
    stacked = Counter(points)
    for kind in event_types:
        here = [(point, count) for point, count in stacked.items() if point.event_type == kind]
        if not here:
            continue
        ax.scatter(
            [p.longitude for p, _ in here],
            [p.latitude for p, _ in here],
            s=[18 + 14 * math.sqrt(n - 1) for _, n in here],
            c=colour_of(kind),
            alpha=0.8,
            edgecolors="white",
            linewidths=0.5,
            label=f"{kind} ({sum(n for _, n in here)})",
            zorder=2,
        )
    ax.legend(loc="best", fontsize="small", framealpha=0.9)
    return _png(figure)


# -- weekly counts -------------------------------------------------------------------


def all_weeks(weekly: dict[date, Counter[str]]) -> list[date]:
    """Every Monday from the first week to the last, so quiet weeks show as gaps."""
    if not weekly:
        return []
    first, last = week_of(min(weekly)), week_of(max(weekly))
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def weekly_png(weekly: dict[date, Counter[str]], event_types: list[str]) -> bytes:
    """Weekly event counts, stacked by type (each type in its map colour)."""
    figure = Figure(figsize=CHART_SIZE)
    ax = figure.add_subplot()
    weeks = all_weeks(weekly)
    bottom = [0] * len(weeks)
    for kind in event_types:
        heights = [weekly.get(week, Counter())[kind] for week in weeks]
        if not any(heights):
            continue
        ax.bar(weeks, heights, width=6, bottom=bottom, align="edge", color=colour_of(kind), label=kind)
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    if len(weeks) <= MAX_WEEK_TICKS:
        ax.set_xticks(weeks, [week.strftime("%d %b %Y") for week in weeks])
    ax.set_ylabel("events per week")
    ax.set_xlabel("week starting (Monday)")
    ax.grid(True, axis="y", color="#dddddd", linewidth=0.5)
    ax.set_axisbelow(True)
    ax.legend(loc="upper left", fontsize="small", framealpha=0.9)
    figure.autofmt_xdate()
    return _png(figure)

