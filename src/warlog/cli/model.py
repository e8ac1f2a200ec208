"""Commands: ``train`` and ``eval`` for the event classifier.

Evaluation never splits random rows: notes are de-duplicated first (a
multi-location report repeats its note per row) and held out by country or by
year, so a test note's report was never seen in training.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from ..classify.corpus import build_corpus
from ..classify.evaluate import Gold, grouped_folds, read_devset, run_checks, split_groups, time_folds
from ..classify.features import CUE_WEIGHT
from ..classify.model import EventClassifier
from ..classify.train import DEFAULT_C, train_classifier
from ..devdata.acled import load_acled
from ..errors import DataError
from .app import app, console_err

# Shared by train and eval, so a cross-validation trains what ``warlog train`` would ship.
CUE_WEIGHT_OPTION = typer.Option(
    CUE_WEIGHT, "--cue-weight", help="weight of the actor-cue features (0: TF-IDF alone; the shipped model uses this default)"
)

DEFAULT_SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"
DEFAULT_DEVSET = Path(__file__).resolve().parents[3] / "tests" / "data" / "devset" / "devset.jsonl"


def _shared(path: Optional[Path]) -> Optional[Path]:
    if path is not None and not path.is_dir():
        raise DataError("shared data folder not found", path=str(path))
    return path


def _print(reports: list) -> None:
    for report in reports:
        for line in report.lines():
            typer.echo(line)


@app.command()
def train(
    files: list[Path] = typer.Argument(..., help="ACLED export(s), any schema generation", show_default=False),
    acled: bool = typer.Option(True, "--acled", help="the FILES are ACLED exports (the only training source today)"),
    output: Path = typer.Option(..., "-o", "--output", help="model directory to write"),
    shared: Optional[Path] = typer.Option(DEFAULT_SHARED if DEFAULT_SHARED.is_dir() else None, "--shared",
                                          help="shared data root for news/PLOVER text (negatives, news-style positives)"),
    c: float = typer.Option(DEFAULT_C, "--c", help="SVM regularisation"),
    folds: int = typer.Option(3, "--calibration-folds", help="grouped folds for calibration (0: none)"),
    cue_weight: float = CUE_WEIGHT_OPTION,
) -> None:
    """Train the event classifier from ACLED notes (plus news-style text) into MODEL_DIR."""
    start = time.perf_counter()
    events = load_acled(files)
    corpus = build_corpus(events, _shared(shared))
    console_err.print(f"training on {len(corpus.texts)} texts ({len(events)} unique notes)")
    model = train_classifier(
        corpus, c=c, folds=folds, meta={"acled_files": [p.name for p in files]}, cue_weight=cue_weight or None
    )
    model.save(output)
    console_err.print(f"model written to {output} in {time.perf_counter() - start:.0f} s")


@app.command("eval")
def evaluate(
    files: Optional[list[Path]] = typer.Argument(None, help="ACLED export(s), with --acled", show_default=False),
    use_acled: bool = typer.Option(False, "--acled", help="evaluate on the ACLED exports given as FILES"),
    model_dir: Optional[Path] = typer.Option(None, "--model", help="model directory (default: shipped model) for --devset and --pipeline"),
    split: str = typer.Option("country", "--split", help="country or time"),
    folds: int = typer.Option(3, "--folds", help="country folds"),
    devset: bool = typer.Option(False, "--devset", help="evaluate on the hand-labelled news-style set"),
    devset_path: Path = typer.Option(DEFAULT_DEVSET, "--devset-path"),
    half: str = typer.Option(
        "test", "--half", help="dev, test or all: the dev set's halves, and with --pipeline the ACLED exports' tuning split"
    ),
    shared: Optional[Path] = typer.Option(DEFAULT_SHARED if DEFAULT_SHARED.is_dir() else None, "--shared"),
    pipeline: bool = typer.Option(
        False, "--pipeline", help="score the whole coding pipeline (every field) instead of the classifier alone"
    ),
    limit: int = typer.Option(200, "--limit", help="with --pipeline --acled: notes sampled per export"),
    dump: Optional[Path] = typer.Option(
        None, "--dump", help="with --pipeline --acled: write each note's gold and our main event as JSON Lines (do not commit)"
    ),
    seed: int = typer.Option(
        7, "--seed", help="with --pipeline --acled: sampling seed; another seed draws fresh notes to check a rule tuned on the default sample"
    ),
    cue_weight: float = CUE_WEIGHT_OPTION,
) -> None:
    """Print accuracy, per-class P/R/F1 and confusions (ACLED by country/time, or the dev set)."""
    acled = list(files or []) if use_acled or files else []
    if files and not use_acled:
        raise DataError("files given without --acled: write `warlog eval --acled FILE...`")
    if use_acled and not acled:
        raise DataError("--acled needs at least one ACLED export")
    if pipeline:
        _evaluate_pipeline(acled, devset, devset_path, half, limit, model_dir, dump, seed)
        return
    if devset:
        gold = read_devset(devset_path, half)
        model = EventClassifier.load(model_dir)
        typer.echo(f"# dev set {devset_path.name} ({half}), model {model_dir or 'shipped'}")
        _print(run_checks(gold, model.predict([g.text for g in gold])))
    if not acled:
        if not devset:
            raise DataError("give --acled FILE... and/or --devset")
        return
    events = load_acled(acled)
    groups = split_groups(events, split)
    splits = grouped_folds(groups, folds) if split == "country" else time_folds(groups)
    all_gold: list[Gold] = []
    all_pred = []
    for k, (train_idx, test_idx) in enumerate(splits):
        held = sorted({groups[i] for i in test_idx})
        console_err.print(f"fold {k}: testing on {len(test_idx)} notes from {', '.join(held)}")
        corpus = build_corpus([events[i] for i in train_idx], _shared(shared))
        model = train_classifier(corpus, folds=0, cue_weight=cue_weight or None)
        test = [events[i] for i in test_idx]
        all_gold += [Gold(e.text, e.sub_event_type) for e in test]
        all_pred += model.predict([e.text for e in test])
    typer.echo(f"# ACLED notes held out by {split}: {len(all_gold)} notes")
    _print(run_checks(all_gold, all_pred, ["event_type", "sub_event_type"]))


def _evaluate_pipeline(
    acled: list[Path], devset: bool, devset_path: Path, half: str, limit: int, model_dir: Path | None,
    dump: Path | None = None, seed: int = 7,
) -> None:
    """Every field the pipeline codes, on ACLED notes and/or the news-style set."""
    from ..events.evaluate import evaluate_devset, evaluate_notes, exports_in_half
    from ..pipeline import Pipeline

    if not acled and not devset:
        raise DataError("give --acled FILE... and/or --devset")
    if acled:
        acled = exports_in_half(acled, half)
        if not acled:
            raise DataError(f"none of these exports is in the {half} half of the tuning split; use --half all")
    coder = Pipeline(classifier=EventClassifier.load(model_dir))
    if devset:
        typer.echo(f"# whole pipeline on {devset_path.name} ({half})")
        _print([evaluate_devset(coder, read_devset(devset_path, half))])
    if acled:
        typer.echo(f"# whole pipeline on ACLED notes, {half} half ({limit} per export, seed {seed}; see warlog/events/evaluate.py)")
        _print(evaluate_notes(coder, acled, limit, dump, seed))
