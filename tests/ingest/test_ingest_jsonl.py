"""JSON Lines: streamed, one result per record, bad lines reported as file:line."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from warlog.article import Article, content_id
from warlog.errors import InputError
from warlog.ingest import read_articles

FILE = "dhaka-clashes.jsonl"


@pytest.fixture(scope="module")
def results(ingest_dir: Path) -> list[Article | InputError]:
    return list(read_articles([str(ingest_dir / FILE)], default_date=date(2022, 12, 1)))


def test_good_and_bad_lines_come_through_in_order(results, ingest_dir: Path) -> None:
    path = ingest_dir / FILE
    kinds = [type(item).__name__ for item in results]
    assert kinds == ["Article", "Article", "InputError", "InputError", "InputError", "InputError", "Article"]
    messages = [str(item) for item in results if isinstance(item, InputError)]
    # Line 3 is blank and skipped, but still counted: numbers match the editor's.
    assert messages[0].startswith(f"[W101] {path}:4: invalid JSON")
    assert messages[1] == f"[W101] {path}:5: record has no 'text'"
    assert messages[2] == f"[W101] {path}:6: bad date '12/12/2022' (expected ISO, e.g. 2017-10-09)"
    assert messages[3] == f"[W101] {path}:7: expected a JSON object, got list"


def test_record_fields_are_mapped(results, ingest_dir: Path) -> None:
    first, second, last = (item for item in results if isinstance(item, Article))
    assert first.id == "bd-2022-0114"
    assert first.title == "Activists clash with police in Dhaka"
    assert first.date == date(2022, 12, 10)
    assert first.url == "https://news.example.com/bd/2022/12/10/dhaka-clash"
    assert first.source == "Dhaka Chronicle"
    assert first.origin == str(ingest_dir / FILE)
    assert "injured.\nPolice fired tear gas" in first.text  # \r\n in the record normalised
    assert second.id == "2022115"  # integer ids become strings
    assert second.date == date(2022, 12, 11)  # from a full ISO datetime with offset
    assert last.id == content_id(last.text)  # no id: content hash
    assert last.date == date(2022, 12, 1)  # no date: the --date default
    assert last.source == "Bogura Today"


def test_over_long_record_is_skipped_and_the_next_one_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.ndjson"
    huge = {"id": "huge", "text": "Shelling continued overnight. " * 400_000}  # 12 MB on one line
    small = {"id": "small", "text": "Rebels seized the town of Bunagana on Monday, officials said."}
    path.write_text(json.dumps(huge) + "\n" + json.dumps(small) + "\n", encoding="utf-8")
    error, article = read_articles([str(path)])
    assert isinstance(error, InputError) and str(error) == f"[W101] {path}:1: record too large (limit 10 MB)"
    assert isinstance(article, Article) and article.id == "small"


def test_invalid_utf8_and_wrong_types_are_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b'{"text": "Troops \xe9vacuated the camp."}\n'
        b'{"text": 42}\n'
        b'{"text": "Police arrested 30 protesters in Harare.", "title": ["a"]}\n'
        b'{"text": "   "}\n'
    )
    messages = [str(item) for item in read_articles([str(path)])]
    assert messages == [
        f"[W101] {path}:1: not valid UTF-8 (byte 18)",
        f"[W101] {path}:2: 'text' must be a string, got int",
        f"[W101] {path}:3: 'title' must be a string, got list",
        f"[W101] {path}:4: 'text' is empty",
    ]


def test_blank_jsonl_file_is_empty(read_all: Callable, tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n   \n" * 5000, encoding="utf-8")  # longer than the sniffed head
    articles, (error,) = read_all([path])
    assert articles == [] and "empty" in error.message


class CountingStream(io.BytesIO):
    """A byte stream that remembers how far it has been read."""

    high_water = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.high_water = max(self.high_water, self.tell())
        return data

    def readinto(self, buffer) -> int:  # type: ignore[override]
        count = super().readinto(buffer)
        self.high_water = max(self.high_water, self.tell())
        return count


def test_jsonl_on_stdin_is_streamed_lazily() -> None:
    record = {"text": "Militants ambushed a convoy near Palma, killing several soldiers, sources said."}
    lines = [json.dumps({**record, "id": f"moz-{n}"}) for n in range(20_000)]
    stream = CountingStream("\n".join(lines).encode("utf-8"))
    results = read_articles(["-"], stdin=stream)
    first = next(results)
    assert isinstance(first, Article) and first.id == "moz-0" and first.origin == "-"
    assert stream.high_water < len(stream.getvalue()) // 10  # only a small prefix has been read
    assert sum(1 for _ in results) == 19_999
