"""RSS/Atom: one Article per entry, HTML reduced to text, entries without text reported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from warlog.ingest import fragment_to_text

FEED = "sahel-monitor.rss"

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lake Chad Security Brief</title>
  <id>urn:uuid:5f1c0c52-8f6e-4f7e-9a43-1b0b6b9a1c11</id>
  <updated>2021-06-14T10:00:00Z</updated>
  <entry>
    <title type="text">Boko Haram faction raids army base in Borno</title>
    <link href="https://brief.example.net/2021/06/13/borno-base-raid"/>
    <id>urn:uuid:7a4e2c1d-0b7e-4a52-8d83-2c0d7e1f9b20</id>
    <updated>2021-06-13T21:30:00Z</updated>
    <content type="html">&lt;p&gt;Fighters from the ISWAP faction attacked a military base
      in &lt;em&gt;Damasak&lt;/em&gt;, Borno state,
      on Sunday night.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Three soldiers were killed.&lt;/li&gt;
      &lt;li&gt;Two vehicles were seized.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>
"""


@pytest.fixture(scope="module")
def feed_results(read_all: Callable, ingest_dir: Path):
    return read_all([ingest_dir / FEED])


def test_each_entry_becomes_an_article(feed_results, ingest_dir: Path) -> None:
    (burkina, niger), _ = feed_results
    assert burkina.title == "Gunmen kill 14 civilians in attack on village in northern Burkina Faso"
    assert burkina.date == date(2019, 11, 4)
    assert burkina.url == "https://monitor.example.org/2019/11/04/burkina-arbinda-attack"
    assert burkina.source == niger.source == "Sahel Conflict Monitor"
    assert burkina.origin == str(ingest_dir / FEED)
    assert niger.date == date(2019, 11, 5)  # 07:45 +0100 is still the 5th in UTC
    assert burkina.id != niger.id


def test_entry_html_is_reduced_to_text(feed_results) -> None:
    (burkina, niger), _ = feed_results
    # content:encoded wins over the shorter description.
    assert burkina.text == (
        "Unidentified gunmen attacked the village of Pobe-Mengao near Arbinda in Soum province on Sunday, "
        "killing 14 civilians, the regional governor said.\n"
        "Witnesses said the attackers arrived on motorbikes and set fire to shops and granaries before leaving."
    )
    assert niger.text == (
        "Nigerien troops killed 25 suspected militants in an operation in the Tillaberi region, "
        "the defence ministry said on Monday.\nTwo soldiers were wounded."
    )


def test_entry_without_text_is_reported_and_the_rest_kept(feed_results, ingest_dir: Path) -> None:
    articles, (error,) = feed_results
    assert len(articles) == 2
    assert str(error) == (
        f"[W101] {ingest_dir / FEED}: "
        "entry 3 ('Photo gallery: market day in Gao') has no text in its content or summary"
    )


def test_atom_feed_with_updated_date(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "lake-chad.atom"
    path.write_text(ATOM, encoding="utf-8")
    (article,), errors = read_all([path])
    assert errors == []
    assert article.source == "Lake Chad Security Brief"
    assert article.date == date(2021, 6, 13)
    assert article.url == "https://brief.example.net/2021/06/13/borno-base-raid"
    assert article.text == (
        "Fighters from the ISWAP faction attacked a military base in Damasak, Borno state, on Sunday night.\n"
        "Three soldiers were killed.\nTwo vehicles were seized."
    )


def test_feed_is_sniffed_without_extension(read_all: Callable, ingest_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "latest"
    path.write_bytes((ingest_dir / FEED).read_bytes())
    articles, errors = read_all([path])
    assert [a.url for a in articles] == [
        "https://monitor.example.org/2019/11/04/burkina-arbinda-attack",
        "https://monitor.example.org/2019/11/05/niger-tillaberi-operation",
    ]
    assert len(errors) == 1


def test_xml_that_is_not_a_feed(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text('<?xml version="1.0"?><articles><article>Not a feed</article></articles>', encoding="utf-8")
    articles, (error,) = read_all([path])
    assert articles == [] and str(error) == f"[W101] {path}: not an RSS/Atom feed"


def test_a_feed_file_holding_a_url_is_not_fetched(read_all: Callable, tmp_path: Path, monkeypatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("feedparser tried to fetch a URL")

    monkeypatch.setattr("feedparser.http.get", no_network)
    path = tmp_path / "world.rss"
    path.write_text("https://feeds.example.invalid/world.rss", encoding="utf-8")
    articles, (error,) = read_all([path])
    assert articles == [] and error.message.startswith("not a readable RSS/Atom feed (")


def test_fragment_to_text_drops_code_and_captions() -> None:
    fragment = (
        "<div><h2>Curfew in Jos</h2><p>Authorities imposed a 24-hour curfew<br>after clashes.</p>"
        "<figure><img src='a.jpg'><figcaption>Photo: Reuters</figcaption></figure>"
        "<script>ads()</script><p>  Several   houses were burned. </p></div>"
    )
    assert fragment_to_text(fragment) == (
        "Curfew in Jos\nAuthorities imposed a 24-hour curfew\nafter clashes.\nSeveral houses were burned."
    )
    assert fragment_to_text("  ") == ""
