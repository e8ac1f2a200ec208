"""Which events to compare: blocks by date window and grid cell, each pair compared once.

Comparing every pair is quadratic; events of one happening share a date window and
a place, so each event is compared only with events in neighbouring blocks. An event
is *home* in one block and a *guest* in the blocks around it (the 3x3 neighbouring
cells x the previous, same and next window), so two events in adjacent cells or
windows meet. Events whose place is known only to the country (precision 3, or no
coordinates) are home in a per-country block; precisely placed events are guests
there too, because ``same_place`` accepts a country-level place for any place in it.

Reports that name an incident ("the Godhra carnage") link by that name across places
and up to ``REFERENCE_WINDOW`` apart (``warlog.dedup.incident``), so such an event is
also home in one block per name it gives, over windows of that length.

Records of one story that tell one happening in nearby sentences link even
when the pipeline placed one of them in another town (``warlog.dedup.told``), so
every event is also home in its article's block.

A pair may meet in several blocks; it is compared only in the smallest home block
(of either event) that holds both (``compare_here``), a rule each block can apply alone.
Undated events are not de-duplicated (they cannot be blocked in time), and a record
dated by a year that comparison does not trust (``warlog.dedup.dating``) is blocked by
that year: it meets only its own story's records and those naming its incident here,
where the store would compare it with every record of its country.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..dedup.compare import REFERENCE_WINDOW
from ..dedup.incident import Reference
from ..record import Event
from ..store.convert import iso_date

Block = tuple[str, str, int, int, int]  # (kind, country, cell row, cell column, window)

NEIGHBOURS = (-1, 0, 1)
WINDOW_DAYS = 7
CELL_DEGREES = 0.5  # ~55 km north-south; dedup radii are 15-40 km


@dataclass(frozen=True, slots=True)
class Blocking:
    """``window_days`` and ``cell_degrees`` should exceed the widest gap two reports of
    one happening may have (dates) and the largest de-duplication radius (place)."""

    window_days: int = WINDOW_DAYS
    cell_degrees: float = CELL_DEGREES

    def home(self, event: Event) -> Block | None:
        day = iso_date(event.date.start)
        if day is None:
            return None
        window = day.toordinal() // self.window_days
        loc = event.location
        country = loc.country_code or ""
        if loc.latitude is None or loc.longitude is None or (loc.precision or 3) == 3:
            return ("country", country, 0, 0, window)
        row, col = math.floor(loc.latitude / self.cell_degrees), math.floor(loc.longitude / self.cell_degrees)
        return ("cell", country, row, col, window)

    def homes(self, event: Event) -> set[Block]:
        """The place-and-time home, the article's block, and one block per incident the event names."""
        home = self.home(event)
        if home is None:
            return set()
        window = iso_date(event.date.start).toordinal() // REFERENCE_WINDOW.days  # type: ignore[union-attr]
        story: Block = ("article", event.article_id, 0, 0, 0)
        return {home, story} | {("incident", key, 0, 0, window) for key in Reference.of(event).incidents}

    def blocks(self, event: Event) -> set[Block]:
        """Every block the event is in (homes included); empty for an undated event."""
        return around(self.homes(event))

    def compare_here(self, block: Block, a: Event, b: Event) -> bool:
        """True in exactly one block for a pair that should be compared at all."""
        return compare_homes(block, self.homes(a), self.homes(b))


def around(homes: set[Block]) -> set[Block]:
    """The blocks a set of homes reaches: the neighbouring windows of each, the 3x3 cells
    around a cell, and the country's own blocks for a precisely placed event."""
    found: set[Block] = set()
    for kind, key, row, col, window in homes:
        found |= {(kind if kind != "cell" else "country", key, 0, 0, window + dw) for dw in NEIGHBOURS}
        if kind == "cell":
            found |= {
                ("cell", key, row + dr, col + dc, window + dw)
                for dr in NEIGHBOURS
                for dc in NEIGHBOURS
                for dw in NEIGHBOURS
            }
    return found


def compare_homes(block: Block, homes_a: set[Block], homes_b: set[Block]) -> bool:
    """``compare_here`` on homes already found (each event's homes are found once per block)."""
    options = (homes_a & around(homes_b)) | (homes_b & around(homes_a))
    return bool(options) and block == min(options)
