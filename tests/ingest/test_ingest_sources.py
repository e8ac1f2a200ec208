"""Paths, directories and stdin: dispatch, sniffing, and every bad input as one error."""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from warlog.errors import InputError, MissingInputError
from warlog.ingest import format_for_path, read_articles, sniff_format

GOOD = "Gunmen killed three villagers in an attack on Kanam in Plateau state on Friday, police said.\n"


def test_missing_path_is_reported_and_the_next_path_read(read_all: Callable, tmp_path: Path) -> None:
    good = tmp_path / "kanam.txt"
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "no-such-article.txt"
    results = list(read_articles([str(missing), str(good)]))
    assert type(results[0]) is MissingInputError
    assert str(results[0]) == f"[W102] {missing}: no such file or directory"
    assert results[1].text == GOOD
    (single,) = read_articles(str(good))  # a lone path is not split into characters
    assert single.text == GOOD


def test_directory_with_one_bad_file(read_all: Callable, ingest_dir: Path, fixtures_dir: Path, tmp_path: Path) -> None:
    root = tmp_path / "inbox"
    (root / "2017" / "oct").mkdir(parents=True)
    (root / ".git").mkdir()
    shutil.copy(fixtures_dir / "isis-surrender-2017.txt", root / "2017" / "oct" / "isis.txt")
    shutil.copy(ingest_dir / "hawija-surrender.html", root / "2017" / "hawija.html")
    shutil.copy(ingest_dir / "goma-cp1252.txt", root / "goma.txt")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" * 50)
    (root / ".draft.txt").write_text(GOOD, encoding="utf-8")  # hidden file: skipped
    (root / ".git" / "notes.txt").write_text(GOOD, encoding="utf-8")  # hidden dir: skipped
    articles, errors = read_all([root])
    assert [Path(a.origin).relative_to(root).as_posix() for a in articles] == [
        "2017/hawija.html",
        "2017/oct/isis.txt",
        "goma.txt",
    ]
    assert [str(e) for e in errors] == [f"[W101] {root / 'photo.jpg'}: binary file (contains NUL bytes)"]


def test_empty_directory(read_all: Callable, tmp_path: Path) -> None:
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.txt").write_text(GOOD, encoding="utf-8")
    articles, (error,) = read_all([tmp_path])
    assert articles == [] and error.message == "directory has no (non-hidden) files"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl", "empty.rss", "empty"])
def test_empty_inputs(read_all: Callable, tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    articles, (error,) = read_all([path])
    assert articles == [] and str(error).startswith(f"[W101] {path}: empty")


@pytest.mark.parametrize("name", ["scan.txt", "scan.pdf", "scan.html", "scan.jsonl"])
def test_binary_file(read_all: Callable, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 >>\nstream\n\x00\x00\x01x\x9c\x03\x00" * 20)
    articles, (error,) = read_all([path])
    assert articles == [] and str(error) == f"[W101] {path}: binary file (contains NUL bytes)"


def test_huge_text_file_is_refused_by_its_size(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.write(GOOD.encode("utf-8"))
        handle.truncate(50 * 1000 * 1000)
    articles, (error,) = read_all([path])
    assert articles == [] and str(error) == f"[W101] {path}: too large (50 MB; limit 10 MB)"


def test_stdin_text_from_a_text_stream() -> None:
    (article,) = read_articles(["-"], stdin=io.StringIO("\n" + GOOD), default_date=date(2018, 1, 12))
    assert article.text == "\n" + GOOD  # not altered: offsets must index the text as given
    assert article.origin == "-" and article.date == date(2018, 1, 12)


def test_stdin_html_and_jsonl_are_sniffed(ingest_dir: Path) -> None:
    html = (ingest_dir / "hawija-surrender.html").read_bytes()
    (page,) = read_articles(["-"], stdin=io.BytesIO(b"\n\n" + html))
    assert page.title == "Hundreds of Islamic State fighters surrender near Hawija"
    lines = b'\n{"id": "a1", "text": "Two soldiers were killed by an IED in Mandera county."}\n{oops\n'
    article, error = read_articles(["-"], stdin=io.BytesIO(lines))
    assert article.id == "a1" and article.origin == "-"
    assert str(error).startswith("[W101] -:3: invalid JSON")


def test_stdin_defaults_to_sys_stdin_buffer(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode("cp1252"))))
    (article,) = read_articles(["-"])
    assert article.text == GOOD


def test_stdin_empty_and_too_large() -> None:
    (empty,) = read_articles(["-"], stdin=io.BytesIO(b" \n"))
    assert str(empty) == "[W101] -: empty (no text)"
    (large,) = read_articles(["-"], stdin=io.BytesIO(GOOD.encode("ascii") * 120_000))  # ~11 MB
    assert isinstance(large, InputError) and str(large) == "[W101] -: too large (over 10 MB; limit 10 MB)"


def test_format_by_extension_and_sniffing() -> None:
    assert format_for_path("a/b/STORY.HTM") == "html"
    assert format_for_path("feed.atom") == "feed"
    assert format_for_path("dump.ndjson") == "jsonl"
    assert format_for_path("notes.md") is None
    assert sniff_format(b'\xef\xbb\xbf  {"text": "x"}') == "jsonl"
    assert sniff_format(b'<?xml version="1.0"?>\n<rss version="2.0"><channel>') == "feed"
    assert sniff_format(b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">') == "feed"
    assert sniff_format(b"<!DOCTYPE html><html><head>") == "html"
    assert sniff_format(b"KABUL (Reuters) - A suicide bomber") == "text"
