"""The HTML page: self-contained, every section present, article text escaped."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from warlog.report import build_report
from warlog.report import figures as figures_module
from warlog.report.figures import colour_of, map_png, map_view, weekly_png
from warlog.report.data import gather
from warlog.report.outlines import Box, country_rings, rings_in

SECTIONS = ("map", "weekly", "actors", "corroborated", "sources")
PNG = b"\x89PNG\r\n\x1a\n"


class _Collector(HTMLParser):
    """Every tag and attribute, and the text, of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


@pytest.fixture
def page(events, hostile) -> str:
    generated = datetime(2024, 3, 1, tzinfo=UTC)
    html, count = build_report([*events, hostile], criteria=["country: Syria"], generated=generated)
    assert count == 5
    return html


def test_every_section_is_there(page):
    ids = [attrs.get("id") for tag, attrs in parse(page).tags if tag == "section"]
    assert ids == list(SECTIONS)
    for heading in ("Map of events", "Weekly counts by event type", "Top actors", "Most corroborated events",
                    "Source mix"):
        assert f"<h2>{heading}</h2>" in page


def test_no_network_resources_only_data_uris(page):
    tags = parse(page).tags
    refs = [value for _, attrs in tags for key, value in attrs.items() if key in {"src", "href", "srcset", "action"}]
    assert refs and all(ref.startswith("data:image/png;base64,") for ref in refs)
    assert not [tag for tag, _ in tags if tag in {"script", "link", "iframe", "object", "embed"}]
    assert "url(" not in page and "@import" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", page)
    csp = [attrs["content"] for tag, attrs in tags if tag == "meta" and attrs.get("http-equiv")]
    assert csp == ["default-src 'none'; img-src data:; style-src 'unsafe-inline'"]


def test_figures_are_real_pngs(page):
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', page)
    assert len(images) == 2
    assert all(base64.b64decode(data).startswith(PNG) for data in images)


def test_article_text_is_escaped(page, hostile):
    assert "<script>" not in page and "<b>Unknown" not in page and "<i>Reuters" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=&quot;https://evil" in page
    assert "&lt;b&gt;Unknown&lt;/b&gt; gunmen" in page
    assert hostile.evidence.text in "".join(parse(page).text)  # the reader still sees the words as written


def test_corroborated_events_show_their_evidence_and_outlets(page, events):
    section = page[page.index('id="corroborated"'):page.index('id="sources"')]
    assert section.index("3 sources") < section.index("2 sources") < section.index("1 source<")
    assert "Last week, more than one thousand ISIS militants" in section
    hostile_item = section[section.index("3 sources"):section.index("2 sources")]
    # The event's own sentence and its AP mention are one quote with every outlet; AFP's article is another.
    assert hostile_item.count("<blockquote>") == 2
    assert "article ap-raqqa-2017-10-12 · AP, &lt;i&gt;Reuters&lt;/i&gt;" in hostile_item
    assert "article afp-1 · AFP" in hostile_item
    assert "2 more" not in section


def test_summary_states_filters_and_gaps(page):
    assert "Filters: country: Syria." in page
    assert "5 events; dates 2017-10-02 to 2017-10-12; 1 undated; 1 without coordinates." in page
    assert "1 event without coordinates not shown." in page


def test_an_empty_selection_still_makes_a_page():
    html, count = build_report([], title="Nothing <here>")
    assert count == 0
    assert "<title>Nothing &lt;here&gt;</title>" in html
    assert "No event has coordinates." in html and "<img" not in html
    assert [a.get("id") for t, a in parse(html).tags if t == "section"] == list(SECTIONS)


# -- figures -------------------------------------------------------------------------


def test_map_view_pads_and_keeps_a_minimum_span(events):
    points = gather(events).points
    view = map_view(points)
    assert view.west < 38.99 and view.east > 43.77 and view.south < 35.32 and view.north > 35.96
    assert view.east - view.west >= figures_module.MIN_SPAN_DEGREES
    single = map_view(points[:1])
    assert single.north - single.south >= figures_module.MIN_SPAN_DEGREES


def test_country_outlines_come_from_an_installed_package():
    assert len(country_rings()) > 200
    assert rings_in(Box(38, 33, 44, 37))  # Syria and Iraq
    assert not rings_in(Box(-30, -40, -25, -35))  # open South Atlantic


def test_map_without_outlines_falls_back_to_a_graticule(events, monkeypatch):
    monkeypatch.setattr(figures_module, "rings_in", lambda view: [])
    data = gather(events)
    assert map_png(data.points, data.event_types).startswith(PNG)


def test_weekly_chart_and_colours(events):
    data = gather(events)
    assert weekly_png(data.weekly, data.event_types).startswith(PNG)
    assert colour_of("Battles") != colour_of("Protests")
    assert colour_of("Unknown type") == figures_module.OTHER_COLOUR
