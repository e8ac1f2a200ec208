"""Output plumbing shared by the commands: files, stdout, format choice, the table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from warlog.exports import ExportError, emit, open_output, render_table, resolve_format
from warlog.exports.table import shorten


def test_open_output_writes_the_file_only_when_done(tmp_path: Path):
    target = tmp_path / "events.csv"
    target.write_text("previous export\n")
    with pytest.raises(RuntimeError), open_output(target) as stream:
        stream.write("half of a new")
        raise RuntimeError("store went away")
    assert target.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]  # no temp file left

    with open_output(target) as stream:
        stream.write("new export\n")
    assert target.read_text() == "new export\n"
    assert target.stat().st_mode & 0o044  # readable by others, as a normal file


def test_open_output_dash_is_stdout(capsys):
    with open_output("-") as stream:
        stream.write("to stdout\n")
    assert capsys.readouterr().out == "to stdout\n"


def test_open_output_in_a_missing_directory_is_an_export_error(tmp_path: Path):
    with pytest.raises(ExportError, match="cannot write"), open_output(tmp_path / "no" / "such" / "dir" / "x.csv"):
        pass


@pytest.mark.parametrize(
    ("fmt", "path", "expected"),
    [("acled", "out.csv", "acled"), ("TABLE", None, "table"), (None, "out.csv", "csv"),
     (None, "out.geojson", "geojson"), (None, "out.ndjson", "jsonl"), (None, "out.txt", "jsonl"),
     (None, None, "jsonl")],  # pytest's stdout is not a terminal
)
def test_resolve_format(fmt, path, expected):
    assert resolve_format(fmt, path) == expected


def test_resolve_format_rejects_unknown():
    with pytest.raises(ExportError, match="table, jsonl, csv, acled, geojson, parquet"):
        resolve_format("xlsx", None)


def test_emit_writes_a_format_to_a_path(events, tmp_path: Path):
    target = tmp_path / "events.geojson"
    assert emit(events, "geojson", target) == 3
    assert target.read_text(encoding="utf-8").startswith('{"type": "FeatureCollection"')


def test_render_table_shows_the_events(events):
    buffer = io.StringIO()
    shown = render_table(events, Console(file=buffer, width=220))
    out = buffer.getvalue()
    assert shown == 4
    for expected in ("2017-10-02", "–2017-10-08", "Strategic developments", "Armed clash", "Hawija", "Kirkuk",
                     "Ar Raqqah", "Iraq", "Syria", "Islamic State (Iraq)", "QSD: Syrian Democratic Forces",
                     " 12 ", "reported", "…"):
        assert expected in out, expected


def test_render_table_prints_article_brackets_literally(events):
    event = events[3].model_copy(
        update={"evidence": events[3].evidence.model_copy(update={"text": "Clashes [sic] near [bold]the hospital"})}
    )
    buffer = io.StringIO()
    render_table([event], Console(file=buffer, width=220))
    assert "Clashes [sic] near [bold]the hospital" in buffer.getvalue()


def test_render_table_says_when_empty():
    buffer = io.StringIO()
    assert render_table([], Console(file=buffer)) == 0
    assert "no events" in buffer.getvalue()


def test_shorten_cuts_at_a_word():
    text = "Up to 400 militants are believed to remain in a small part of Raqqa"
    assert shorten(text, 30) == "Up to 400 militants are…"
    assert shorten("short\n  text", 30) == "short text"


@pytest.mark.parametrize("width", [140, 200])
def test_render_table_fits_the_terminal(events, width):
    buffer = io.StringIO()
    render_table(events, Console(file=buffer, width=width))
    lines = buffer.getvalue().splitlines()
    assert max(len(line) for line in lines) <= width
    # The right border is drawn: the table was shrunk to fit, not cropped.
    assert all(line.rstrip()[-1] in "┓┃┩│┤┘" for line in lines)


def test_narrow_terminals_get_cards_that_fit_the_width(events):
    buffer = io.StringIO()
    shown = render_table(events, Console(file=buffer, width=80))
    lines = buffer.getvalue().splitlines()
    assert shown == 4
    assert len(lines) == 12  # three lines an event, none wrapped
    assert all(len(line) <= 80 for line in lines)
    out = buffer.getvalue()
    for expected in ("2017-10-02–10-08", "Armed clash", "Islamic State (Iraq)", "Hawija", "(Iraq)", "† 12", "reported"):
        assert expected in out, expected
