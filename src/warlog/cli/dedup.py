"""``warlog dedup``: review and measure cross-article de-duplication."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..store import Store
from .app import app, console_err
from .query import DB_HELP

if TYPE_CHECKING:
    from ..dedup.evaluate import GoldMention

dedup_app = typer.Typer(help="Cross-article de-duplication: split wrong merges, catch up, measure.", no_args_is_help=True)
app.add_typer(dedup_app, name="dedup")


@dedup_app.command()
def split(
    cluster_id: Annotated[str, typer.Argument(help="The cluster to split (its id is its smallest event id).")],
    event_ids: Annotated[list[str], typer.Argument(help="Events to move out into a new cluster.", show_default=False)],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
) -> None:
    """Move events out of a cluster for good: re-clustering never re-merges them with the rest."""
    from ..store.clusters import store_split

    with Store(db) as store:
        clusters = store_split(store, cluster_id, event_ids)
    for cluster in clusters:
        typer.echo(f"{cluster.cluster_id}\t{len(cluster.member_ids)} events\t{' '.join(cluster.member_ids)}")


@dedup_app.command()
def run(db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None) -> None:
    """Cluster stored events that have no cluster yet (ingested before de-duplication existed)."""
    from ..store.clusters import store_pending

    with Store(db) as store:
        done = store_pending(store)
    console_err.print(f"clustered {done} events", markup=False, highlight=False)


TEST_HELP = "Also read the blind test half (rarely: once a round, at its end)."


@dedup_app.command("eval")
def evaluate_command(
    gold: Annotated[str, typer.Option("--gold", help="Labelled set (JSON Lines, see tests/data/dedup/GUIDE.md).")],
    batch: Annotated[
        list[int] | None, typer.Option("--batch", help="Only the mentions of this labelling batch (repeatable).")
    ] = None,
    recode: Annotated[
        str | None,
        typer.Option(
            "--recode",
            help="news/metadata.csv: also score the rows with today's pipeline's records of their sentences.",
            show_default=False,
        ),
    ] = None,
    save: Annotated[
        str | None, typer.Option("--save", help="With --recode: write the re-coded labelled set here.", show_default=False)
    ] = None,
    whole_stories: Annotated[
        bool,
        typer.Option(
            "--whole-stories",
            help="With --recode: also score the rows clustered beside every other record of their stories, as ingest stores them.",
        ),
    ] = False,
    test: Annotated[bool, typer.Option("--test/--no-test", help=TEST_HELP)] = False,
    labelling: Annotated[
        str | None,
        typer.Option("--labelling", help="Score against this labeller's labels (see `warlog dedup agree`), not the adjudicated ones."),
    ] = None,
) -> None:
    """Pairwise and B-cubed precision and recall of the clustering on a labelled set, per split."""
    from ..dedup.evaluate import evaluate

    if save and not recode:
        raise typer.BadParameter("--save needs --recode", param_hint="--save")
    if whole_stories and not recode:
        raise typer.BadParameter("--whole-stories needs --recode", param_hint="--whole-stories")
    if recode and not Path(recode).is_file():
        raise typer.BadParameter(f"no such file: {recode}", param_hint="--recode")
    mentions = _read(gold, batch, test, labelling)
    for name, score in evaluate(mentions).items():
        typer.echo(f"{name}\t{score}")
    if recode:
        _recoded(gold, mentions, recode, save, whole_stories)


def _read(gold: str, batch: list[int] | None, test: bool, labelling: str | None = None) -> list["GoldMention"]:
    """The labelled rows to score: the test half left out (and said so) unless asked for."""
    from ..dedup.evaluate import read_gold, without_test

    mentions = read_gold(gold, batch, labelling)
    if not test:
        read, mentions = len(mentions), without_test(mentions)
        if read > len(mentions):
            console_err.print(f"left out {read - len(mentions)} test rows (--test scores them)", markup=False, highlight=False)
    if not mentions:
        raise typer.BadParameter(f"no labelled mentions in batch {batch}", param_hint="--batch")
    return mentions


@dedup_app.command()
def agree(
    gold: Annotated[str, typer.Option("--gold", help="Labelled set whose rows carry `labels` (tests/data/dedup/GUIDE.md).")],
    test: Annotated[bool, typer.Option("--test/--no-test", help=TEST_HELP)] = False,
) -> None:
    """How far the set's independent labellers agree with each other and with the adjudicated labels.

    Each line scores one labelling against an earlier one as if that were gold, per split
    (and, for a held-out split, over its pairs with the rest of the set, as `eval` does):
    the ceiling any clusterer's score can be read against."""
    from ..dedup.agreement import agreement, labellings
    from ..dedup.evaluate import HELD_OUT, joins

    mentions = _read(gold, None, test)
    every = labellings(mentions)
    if len(every) < 2:
        raise typer.BadParameter("no row carries `labels`: there is only one labelling", param_hint="--gold")
    splits = sorted({m.split for m in mentions})
    rows = {split: {m.mention_id for m in mentions if split in ("all", m.split)} for split in [*splits, "all"]}
    readings = [(split, agreement(every, ids)) for split, ids in rows.items()]
    readings += [(joins(split), agreement(every, held=rows[split])) for split in HELD_OUT if split in rows]
    for name, found in readings:
        for one in found:
            typer.echo(f"{name}\t{one.other} against {one.reference}\t{one.score}")


def _recoded(gold: str, mentions: list["GoldMention"], news: str, save: str | None, whole_stories: bool) -> None:
    """Figures with today's records (``dedup.recode``), and the rows that kept their old one."""
    from ..dedup.evaluate import evaluate
    from ..dedup.recode import recode, write_recoded
    from .coding import load_pipeline

    done = recode(mentions, news, load_pipeline().code)
    stale = done.stale_by_split()
    for name, score in evaluate(done.mentions).items():
        kept = sum(stale.values()) if name == "all" else stale.get(name, 0)
        typer.echo(f"recoded {name}\t{score}\t{kept} rows kept their labelling-day record")
    if whole_stories:
        # the rows among every record of their stories: bridges and distractors, as in a store
        for name, score in evaluate(done.mentions, context=done.others).items():
            typer.echo(f"whole-stories {name}\t{score}\t{len(done.others)} unlabelled records beside")
    if save:
        changed = write_recoded(gold, save, done)
        console_err.print(f"wrote {save}: {changed} records changed", markup=False, highlight=False)
