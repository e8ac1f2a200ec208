"""The human view: events as a rich table, for ``events``, ``code`` and ``ingest`` summaries."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..record import Event

EVIDENCE_CHARS = 72


def shorten(text: str, limit: int = EVIDENCE_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut + "…"


def _date(event: Event) -> str:
    start, end = event.date.start, event.date.end
    if start and end and end != start:
        return f"{start}\n–{end}"
    return start or ""


def _kind(event: Event) -> Text:
    kind = Text(event.event_type or "")
    if event.sub_event_type:
        kind.append(("\n" if event.event_type else "") + event.sub_event_type, style="dim")
    return kind


def _place(event: Event) -> str:
    loc = event.location
    parts = [part for part in (loc.name, loc.admin1) if part and part != loc.country]
    return ", ".join(dict.fromkeys(parts)) or (loc.text or "")


# Below this many columns the evidence and country columns are left out: nine
# columns squeezed into 80 wrap every cell into an unreadable tower.
WIDE = 140


def event_table(events: Iterable[Event], *, title: str | None = None, width: int = WIDE) -> tuple[Table, int]:
    """The table and how many rows it holds; narrower consoles get fewer columns."""
    wide = width >= WIDE
    table = Table(title=title, header_style="bold", show_lines=True)
    # No min/max widths: rich then shrinks the widest columns (usually the
    # evidence) to fit the terminal; fixed bounds make it crop the table instead.
    table.add_column("Date", no_wrap=True)
    for header in ("Type / sub-type" if wide else "Sub-type", "Actor 1", "Actor 2", "Location"):
        table.add_column(header)
    if wide:
        table.add_column("Country")
    table.add_column("Fatal." if wide else "†", justify="right")
    table.add_column("Modality")
    if wide:
        table.add_column("Evidence")
    count = 0
    for event in events:
        # Text cells, not strings: a "[...]" in an article must not be read as markup.
        row = [
            Text(_date(event)),
            _kind(event) if wide else Text(event.sub_event_type or ""),
            Text(event.actor1.name if event.actor1 else ""),
            Text(event.actor2.name if event.actor2 else ""),
            Text(_place(event) if wide else (event.location.name or event.location.text or "")),
        ]
        if wide:
            row.append(Text(event.location.country or ""))
        row += [Text("" if event.fatalities is None else str(event.fatalities)), Text(event.modality)]
        if wide:
            row.append(Text(shorten(event.evidence.text)))
        table.add_row(*row)
        count += 1
    return table, count


def render_table(events: Iterable[Event], console: Console, *, title: str | None = None) -> int:
    """Print ``events`` as a table on ``console``; returns the number shown."""
    table, count = event_table(events, title=title, width=console.width)
    if count:
        console.print(table)
    else:
        console.print("no events", style="dim")
    return count
