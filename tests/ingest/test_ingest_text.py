"""Plain text: kept verbatim (so evidence offsets hold), headline taken as title, encodings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from warlog.article import content_id
from warlog.errors import InputError
from warlog.ingest import headline
from warlog.ingest.decode import decode_bytes


def test_seed_article_is_read_verbatim_with_its_headline(
    read_all: Callable, fixtures_dir: Path, seed_text: str
) -> None:
    path = fixtures_dir / "isis-surrender-2017.txt"
    (article,), errors = read_all([path])
    assert errors == []
    assert article.text == seed_text
    assert article.title == seed_text.split("\n", 1)[0]
    assert article.title.startswith("Islamic State Jihadists Surrender in Iraq")
    assert article.id == content_id(seed_text)
    assert article.origin == str(path)
    assert article.date is None and article.url is None


def test_default_date_fills_a_text_without_one(read_all: Callable, fixtures_dir: Path) -> None:
    (article,), _ = read_all([fixtures_dir / "isis-surrender-2017.txt"], default_date=date(2017, 10, 9))
    assert article.date == date(2017, 10, 9)


def test_crlf_and_bom_are_the_only_changes(read_all: Callable, tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text.replace("\n", "\r\n").encode("utf-8"))
    (article,), _ = read_all([path])
    assert article.text == seed_text
    # An evidence span found in the file's text indexes the same words in Article.text.
    sentence = "Col. Ryan Dillon, a spokesman for the U.S.-led coalition"
    start = article.text.index(sentence)
    assert article.text[start : start + len(sentence)] == sentence


def test_cp1252_curly_quotes_and_accents_are_decoded(read_all: Callable, ingest_dir: Path) -> None:
    path = ingest_dir / "goma-cp1252.txt"
    raw = path.read_bytes()
    assert b"\x93" in raw and b"\x94" in raw and b"\xe9" in raw  # really Windows-1252 bytes
    (article,), errors = read_all([path])
    assert errors == []
    assert "\u201cWe heard two explosions and then everybody ran,\u201d said Jos\u00e9 Mukendi" in article.text
    assert "army\u2019s allies" in article.text and "\u2013 a claim" in article.text
    assert "\r" not in article.text
    assert article.title == "Mortar fire hits market in Goma suburb"


FRENCH = (
    "Des hommes armés ont attaqué un poste de l'armée près de Ménaka, tuant sept soldats, "
    "a déclaré le ministère de la Défense. Les assaillants se sont repliés vers la frontière nigérienne."
)
RUSSIAN = "Боевики атаковали блокпост под Донецком, погибли трое военных, сообщили местные власти."


@pytest.mark.parametrize(("text", "encoding"), [(FRENCH, "latin-1"), (FRENCH, "cp1252"), (RUSSIAN, "cp1251")])
def test_legacy_encodings_are_decoded(read_all: Callable, tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    (article,), errors = read_all([path])
    assert errors == []
    assert article.text == text


def test_unknown_extension_is_sniffed_as_text(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "wire-0412.story"
    path.write_text("Police in Kano arrested 12 suspected kidnappers on Friday, a spokesman said.\n", encoding="utf-8")
    (article,), _ = read_all([path])
    assert article.text.startswith("Police in Kano arrested 12")
    assert article.title is None  # one paragraph, no headline


def test_headline_rules() -> None:
    body = "\n\nFighting continued on Monday in the outskirts of the city, residents said."
    assert headline("Clashes erupt in Tripoli" + body) == "Clashes erupt in Tripoli"
    assert headline("\n\nClashes erupt in Tripoli" + body) == "Clashes erupt in Tripoli"
    # A one-sentence lead paragraph is not a headline.
    assert headline("Clashes erupted in Tripoli on Sunday, residents said." + body) is None
    # A first line running straight into the body is not set off as a headline.
    assert headline("Clashes erupt in Tripoli\nFighting continued on Monday.") is None
    # A long first paragraph without a full stop is still not a headline.
    assert headline(" ".join(["word"] * 40) + body) is None
    # Nothing after it: the text is just one line.
    assert headline("Clashes erupt in Tripoli\n\n") is None


def test_decode_keeps_utf16_with_bom() -> None:
    assert decode_bytes("Kabul\r\nblast".encode("utf-16"), path="x") == "Kabul\nblast"


@pytest.mark.parametrize("data", [b"GIF89a\x01\x00\x01\x00\x80\x00\x00", bytes(range(1, 32)) * 50])
def test_decode_rejects_binary(data: bytes) -> None:
    with pytest.raises(InputError, match=r"img\.gif: binary file"):
        decode_bytes(data, path="img.gif")
