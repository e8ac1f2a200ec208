"""The report as one HTML page: inline CSS, PNG figures as ``data:`` URIs, nothing fetched.

Every value that may come from an article (names, places, evidence, outlets,
ids) goes through ``esc``; only markup built here is wrapped in ``Raw``, so
forgetting to escape means double escaping, never injection. A
Content-Security-Policy forbids the browser any network request, so a report
opened offline looks the same as online and cannot leak that it was opened.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from ..record import Event
from .data import Corroborated, ReportData

MENTIONS_SHOWN = 5
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 0 auto;
       max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2rem;
margin-top: 2.2rem; }
.meta, .note { color: #666; font-size: .9rem; } figure { margin: 0; } img { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #eee; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: .7rem; background: #4a78a8; vertical-align: middle; margin-right: .4rem; }
ol.events > li { margin-bottom: 1.2rem; } .what { font-weight: 600; }
blockquote { margin: .35rem 0 .35rem .2rem; padding: .2rem .7rem; border-left: 3px solid #c9c2b0;
             background: #faf8f3; }
.cite { color: #666; font-size: .85rem; } .badge { background: #2c5d8a; color: #fff; border-radius: .6rem;
        padding: 0 .5rem; font-size: .85rem; }
"""


class Raw(str):
    """Markup built by this module: ``esc`` passes it through unchanged."""


def esc(value: object) -> str:
    """HTML-escaped text (quotes too, so it is safe in attributes); None is empty."""
    if isinstance(value, Raw):
        return value
    return "" if value is None else html.escape(str(value), quote=True)


def plural(count: int, noun: str) -> str:
    """Count and noun: "1 event", "2 events" (regular plurals are all the report needs)."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


@dataclass(frozen=True, slots=True)
class Figures:
    """The drawn charts; None where there was nothing to draw."""

    map_png: bytes | None
    weekly_png: bytes | None


def image(png: bytes, alt: str) -> Raw:
    return Raw(f'<figure><img src="{data_uri(png)}" alt="{esc(alt)}"></figure>')


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[int] = ()) -> Raw:
    """A table; cells are escaped unless ``Raw``; columns in ``numeric`` align right."""

    def cell(tag: str, index: int, value: object) -> str:
        css = ' class="num"' if index in numeric else ""
        return f"<{tag}{css}>{esc(value)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>\n" for row in rows)
    return Raw(f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody></table>")


def note(text: str) -> Raw:
    return Raw(f'<p class="note">{esc(text)}</p>')


def section(anchor: str, title: str, *parts: str) -> Raw:
    """A titled section; plain-text ``parts`` are escaped like any cell."""
    body = "\n".join(esc(part) for part in parts if part)
    return Raw(f'<section id="{esc(anchor)}">\n<h2>{esc(title)}</h2>\n{body}\n</section>')


# -- sections ------------------------------------------------------------------------


def _summary(data: ReportData, criteria: Sequence[str], generated: datetime) -> Raw:
    span = f"{data.first_day} to {data.last_day}" if data.first_day else "no dated events"
    lines = [
        f"{plural(data.total, 'event')}; dates {span}; {data.undated} undated; {data.unplaced} without coordinates.",
        "Filters: " + ("; ".join(criteria) if criteria else "none (every stored event)") + ".",
        f"Generated {generated.isoformat(timespec='seconds')}.",
    ]
    types = table(["Event type", "Events"], [(t, data.type_counts[t]) for t in data.event_types], numeric=[1])
    return Raw("\n".join(f'<p class="meta">{esc(line)}</p>' for line in lines) + ("\n" + types if data.total else ""))


def _map(data: ReportData, figures: Figures) -> Raw:
    if figures.map_png is None:
        return section("map", "Map of events", note("No event has coordinates."))
    left_out = note(f"{plural(data.unplaced, 'event')} without coordinates not shown.") if data.unplaced else ""
    return section("map", "Map of events", image(figures.map_png, "Map of events coloured by event type"), left_out)


def _weekly(data: ReportData, figures: Figures) -> Raw:
    if figures.weekly_png is None:
        return section("weekly", "Weekly counts by event type", note("No event has a date."))
    left_out = note(f"{plural(data.undated, 'undated event')} not counted.") if data.undated else ""
    chart = image(figures.weekly_png, "Events per week, stacked by event type")
    return section("weekly", "Weekly counts by event type", chart, left_out)


def _actors(data: ReportData) -> Raw:
    if not data.actors:
        return section("actors", "Top actors", note("No event names an actor."))
    rows = [(a.name, a.type, a.events, a.as_actor1, a.as_actor2) for a in data.actors]
    return section(
        "actors", "Top actors", table(["Actor", "Type", "Events", "As actor 1", "As actor 2"], rows, numeric=[2, 3, 4])
    )


def _sources(data: ReportData) -> Raw:
    if not data.sources:
        return section("sources", "Source mix", note("No events."))
    widest = max(s.share for s in data.sources)
    rows = [
        (s.outlet, s.events, Raw(f'<span class="bar" style="width:{8 * s.share / widest:.2f}rem"></span>{s.share:.0%}'))
        for s in data.sources
    ]
    return section(
        "sources",
        "Source mix",
        table(["Outlet", "Events", "Share of events"], rows, numeric=[1]),
        note("An event reported by several outlets counts once for each."),
    )


def _headline(event: Event) -> str:
    kind = " / ".join(part for part in (event.event_type, event.sub_event_type) if part) or "Unknown type"
    place = ", ".join(dict.fromkeys(p for p in (event.location.name, event.location.country) if p))
    actors = " vs ".join(a.name for a in (event.actor1, event.actor2) if a)
    day = event.date.start or "undated"
    return " · ".join(part for part in (day, kind, place, actors) if part)


def _quotes(event: Event) -> dict[tuple[str, str], list[str]]:
    """(sentence, article id) -> outlets: the event's evidence first, then each different mention."""
    quotes: dict[tuple[str, str], list[str]] = {(event.evidence.text, event.article_id): list(event.sources)}
    for mention in event.mentions:
        outlets = quotes.setdefault((mention.evidence.text, mention.article_id), [])
        if mention.source and mention.source not in outlets:
            outlets.append(mention.source)
    return quotes


def _evidence(event: Event) -> list[Raw]:
    """Each quoted sentence with the article and outlets it comes from (the first few)."""
    quotes = list(_quotes(event).items())
    shown = [
        Raw(f'<blockquote>{esc(text)}<br><span class="cite">article {esc(article)}'
            f"{' · ' + esc(', '.join(outlets)) if outlets else ''}</span></blockquote>")
        for (text, article), outlets in quotes[:MENTIONS_SHOWN]
    ]
    if len(quotes) > MENTIONS_SHOWN:
        shown.append(note(f"and {plural(len(quotes) - MENTIONS_SHOWN, 'more mention')}"))
    return shown


def _corroborated_item(item: Corroborated) -> Raw:
    event = item.event
    outlets = ", ".join(item.outlets) or "outlet not known"
    facts = [f"modality {event.modality}", f"confidence {event.confidence:.2f}"]
    if event.fatalities is not None:
        facts.insert(0, f"{event.fatalities} fatalities")
    return Raw(
        f'<li><span class="badge">{plural(item.corroboration, "source")}</span> '
        f'<span class="what">{esc(_headline(event))}</span><br>'
        f'<span class="cite">{esc(outlets)} · {esc("; ".join(facts))} · event {esc(event.event_id)}</span>'
        + "".join(_evidence(event))
        + "</li>"
    )


def _corroborated(data: ReportData) -> Raw:
    title = "Most corroborated events"
    if not data.corroborated:
        return section("corroborated", title, note("No events."))
    items = "\n".join(_corroborated_item(item) for item in data.corroborated)
    explain = note("Corroboration: distinct outlets across an event's sources and mentions.")
    return section("corroborated", title, explain, Raw(f'<ol class="events">\n{items}\n</ol>'))


def render(data: ReportData, figures: Figures, *, title: str, criteria: Sequence[str], generated: datetime) -> str:
    """The whole page."""
    body = "\n".join([
        f"<h1>{esc(title)}</h1>",
        _summary(data, criteria, generated),
        _map(data, figures),
        _weekly(data, figures),
        _actors(data),
        _corroborated(data),
        _sources(data),
    ])
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
