"""Export fixtures: the hand-built events of ``tests/store/store_samples.py``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from warlog.record import Event

_SAMPLES_PATH = Path(__file__).resolve().parents[1] / "store" / "store_samples.py"


def _load_samples() -> ModuleType:
    """Import ``tests/store/store_samples.py`` by path (the test dirs are not packages)."""
    if "store_samples" in sys.modules:
        return sys.modules["store_samples"]
    spec = importlib.util.spec_from_file_location("store_samples", _SAMPLES_PATH)
    assert spec is not None and spec.loader is not None, _SAMPLES_PATH
    module = importlib.util.module_from_spec(spec)
    sys.modules["store_samples"] = module
    spec.loader.exec_module(module)
    return module


samples = _load_samples()


@pytest.fixture
def events() -> list[Event]:
    """Hawija (dated span, coordinates), Raqqa siege, an undated/unplaced shooting, the AP clash."""
    seed = samples.seed_article()
    wire = samples.wire_article()
    return [*samples.seed_events(seed), samples.wire_clash(wire)]
