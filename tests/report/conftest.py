"""Report fixtures: the hand-built events of ``tests/store/store_samples.py``, plus a hostile one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from warlog.record import Event, Evidence, Mention

_SAMPLES_PATH = Path(__file__).resolve().parents[1] / "store" / "store_samples.py"


def _samples() -> ModuleType:
    """``store_samples`` by path (test directories are not packages); shared with other directories."""
    if "store_samples" not in sys.modules:
        spec = importlib.util.spec_from_file_location("store_samples", _SAMPLES_PATH)
        assert spec is not None and spec.loader is not None, _SAMPLES_PATH
        sys.modules["store_samples"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["store_samples"])
    return sys.modules["store_samples"]


samples = _samples()

HOSTILE_TEXT = 'Gunmen <script>alert("x")</script> & <img src="https://evil.example/p.png"> attacked'


@pytest.fixture
def events() -> list[Event]:
    """Hawija (2 outlets), Raqqa siege, an undated/unplaced shooting, the AP clash."""
    seed, wire = samples.seed_article(), samples.wire_article()
    return [*samples.seed_events(seed), samples.wire_clash(wire)]


@pytest.fixture
def hostile(events: list[Event]) -> Event:
    """The AP clash with markup in its evidence, actor and outlet, and three outlets in all."""
    clash = events[3]
    evidence = Evidence(text=HOSTILE_TEXT, start=0, end=len(HOSTILE_TEXT))
    return clash.model_copy(
        update={
            "event_id": "hostile0000000001",
            "evidence": evidence,
            "actor1": clash.actor1.model_copy(update={"name": "<b>Unknown</b> gunmen"}),
            "sources": ["AP", "<i>Reuters</i>"],
            "mentions": [
                Mention(article_id="ap-raqqa-2017-10-12", evidence=evidence, source="AP"),
                Mention(article_id="afp-1", evidence=evidence, source="AFP"),
            ],
        }
    )
