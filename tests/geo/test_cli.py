from __future__ import annotations

import json

from typer.testing import CliRunner

from warlog.cli import app
from warlog.geo import CONTRACT_KEYS

EXPECTED_KEYS = [
    "article_id", "text", "start", "end", "name", "latitude", "longitude",
    "country_code", "admin1", "geonameid", "feature_code", "score",
]


def test_places_jsonl_contract(fixtures_dir, seed_text):
    result = CliRunner().invoke(app, ["places", str(fixtures_dir / "isis-surrender-2017.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert rows and list(CONTRACT_KEYS) == EXPECTED_KEYS
    for row in rows:
        assert list(row) == EXPECTED_KEYS
    hawija = next(r for r in rows if r["text"] == "Hawija")
    assert hawija["country_code"] == "IQ" and seed_text.find("Hawija") in {r["start"] for r in rows}
