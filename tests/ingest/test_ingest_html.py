"""HTML: trafilatura's body text and metadata; boilerplate gone; broken pages never crash."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

PAGE = "hawija-surrender.html"

BODY_SENTENCES = (
    "More than 1,000 Islamic State militants have surrendered to Kurdish authorities",
    "The fighters gave themselves up to Peshmerga forces at checkpoints north of Dibis",
    "Col. Ryan Dillon, a spokesman for the US-led coalition, said the alliance would not be party",
)

BOILERPLATE = (
    "Accept all cookies",  # cookie banner
    "Subscribe for $1 a week",  # navigation
    "Share on Facebook",  # share tools
    "Photo: Ahmad Rashid",  # photo credit
    "Related coverage",  # related links (their headlines would look like events)
    "Iraqi forces retake Hawija from Islamic State",
    "Sign up here",  # newsletter prompt
    "Have your say",  # comment prompt
    "reader2017",  # a reader comment
    "All rights reserved",  # footer
    "Privacy policy",
    "dataLayer",  # script
)


@pytest.fixture(scope="module")
def page(read_all: Callable, ingest_dir: Path):
    (article,), errors = read_all([ingest_dir / PAGE])
    assert errors == []
    return article


def test_metadata_comes_from_the_page(page, ingest_dir: Path) -> None:
    assert page.title == "Hundreds of Islamic State fighters surrender near Hawija"
    assert page.date == date(2017, 10, 9)
    assert page.source == "Frontline Dispatch"
    assert page.url == "https://www.frontline-dispatch.example/middle-east/2017/10/09/hawija-surrender"
    assert page.origin == str(ingest_dir / PAGE)


def test_body_is_kept_and_boilerplate_dropped(page) -> None:
    for sentence in BODY_SENTENCES:
        assert sentence in page.text
    for junk in BOILERPLATE:
        assert junk not in page.text, junk
    assert "<" not in page.text and "&middot;" not in page.text


def test_truncated_page_yields_the_recoverable_text(read_all: Callable, ingest_dir: Path, tmp_path: Path) -> None:
    html = (ingest_dir / PAGE).read_text(encoding="utf-8")
    cut = html.index("handed themselves in") + len("handed themselves in")  # mid-paragraph, tags left open
    path = tmp_path / "cut.html"
    path.write_text(html[:cut], encoding="utf-8")
    (article,), errors = read_all([path])
    assert errors == []
    assert BODY_SENTENCES[0] in article.text and BODY_SENTENCES[1] in article.text
    assert "Col. Ryan Dillon" not in article.text


def test_page_cut_before_its_body_is_a_clear_error(read_all: Callable, ingest_dir: Path, tmp_path: Path) -> None:
    html = (ingest_dir / PAGE).read_text(encoding="utf-8")
    path = tmp_path / "head-only.html"
    path.write_text(html[: html.index("<main")], encoding="utf-8")
    articles, (error,) = read_all([path])
    assert articles == []
    assert str(error) == f"[W101] {path}: no article text found in HTML"


def test_tag_soup_is_recovered(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "soup.htm"
    path.write_text(
        "<html><body><div><p>Security forces killed four suspected Boko Haram fighters near Maiduguri "
        "on Tuesday, the army said.<p>The militants had attacked a checkpoint on the Damboa road</b></div></div>"
        "<p>Two soldiers were wounded in the exchange of fire, a military source said.",
        encoding="utf-8",
    )
    (article,), errors = read_all([path], default_date=date(2020, 3, 3))
    assert errors == []
    assert "killed four suspected Boko Haram fighters near Maiduguri" in article.text
    assert "Two soldiers were wounded" in article.text
    assert article.date == date(2020, 3, 3)  # no date on the page: the --date default
    assert article.url is None and article.source is None


def test_declared_windows_1252_page(read_all: Callable, tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Attaque à Ménaka</title></head><body><article>'
        "<p>\u201cIls sont arrivés à l\u2019aube,\u201d a déclaré un habitant de Ménaka après l\u2019attaque "
        "contre le camp militaire, qui a fait sept morts parmi les soldats.</p></article></body></html>"
    )
    path = tmp_path / "menaka.html"
    path.write_bytes(html.encode("cp1252"))  # labelled Latin-1, written as Windows-1252, as browsers expect
    (article,), errors = read_all([path])
    assert errors == []
    assert "\u201cIls sont arrivés à l\u2019aube,\u201d a déclaré" in article.text
    assert article.title == "Attaque à Ménaka"


def test_html_is_sniffed_without_extension(read_all: Callable, ingest_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "story.php"
    path.write_bytes((ingest_dir / PAGE).read_bytes())
    (article,), _ = read_all([path])
    assert article.title == "Hundreds of Islamic State fighters surrender near Hawija"
    assert "Share on Facebook" not in article.text


def test_one_paragraph_brief_survives_precision_mode(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "brief.html"
    path.write_text(
        "<html><head><title>Clash in Kismayo</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav><div class='story'><p>Al-Shabaab fighters clashed with Jubaland forces "
        "near Kismayo on Monday, leaving three dead, residents said.</p></div>"
        "<footer>Copyright 2020 Garowe Online</footer></body></html>",
        encoding="utf-8",
    )
    (article,), _ = read_all([path])
    assert article.text == (
        "Al-Shabaab fighters clashed with Jubaland forces near Kismayo on Monday, leaving three dead, residents said."
    )
    assert article.title == "Clash in Kismayo"
