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


# Below this many columns events print as cards: nine columns squeezed into 80
# wrap every cell into an unreadable tower.
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


def _one_line_date(event: Event) -> str:
    start, end = event.date.start, event.date.end
    if start and end and end != start:
        return f"{start}–{end[5:] if end[:4] == start[:4] else end}"
    return start or "date unknown"


def event_card(event: Event, width: int) -> Text:
    """Three short lines per event for narrow terminals, where a table wraps into towers:
    when and what; who against whom, where; the evidence."""
    card = Text(no_wrap=True, overflow="ellipsis")
    card.append(_one_line_date(event), style="bold")
    card.append("  " + (event.sub_event_type or event.event_type or "event?"), style="cyan")
    card.append(f"  {event.modality}", style="dim")
    if event.fatalities is not None:
        card.append(f"  † {event.fatalities}")
    who = " → ".join(a.name for a in (event.actor1, event.actor2) if a is not None and a.name) or "actors unknown"
    where = _place(event) or "place unknown"
    country = event.location.country
    if country and country not in where:
        where += f" ({country})"
    card.append(f"\n  {shorten(who + ' · ' + where, max(width - 2, 20))}")
    card.append(f"\n  {shorten(event.evidence.text, max(width - 2, 20))}", style="dim")
    return card


def render_table(events: Iterable[Event], console: Console, *, title: str | None = None) -> int:
    """Print ``events`` on ``console`` (a table when it is wide, cards when narrow);
    returns the number shown."""
    if console.width >= WIDE:
        table, count = event_table(events, title=title, width=console.width)
        if count:
            console.print(table)
    else:
        count = 0
        for count, event in enumerate(events, start=1):
            if count == 1 and title:
                console.print(Text(title, style="bold"))
            console.print(event_card(event, console.width))
    if not count:
        console.print("no events", style="dim")
    return count
