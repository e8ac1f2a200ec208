"""``warlog dedup``: review and measure cross-article de-duplication."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store import Store
from .app import app, console_err
from .query import DB_HELP

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


@dedup_app.command("eval")
def evaluate_command(
    gold: Annotated[str, typer.Option("--gold", help="Labelled set (JSON Lines, see tests/data/dedup/GUIDE.md).")],
    batch: Annotated[
        list[int] | None, typer.Option("--batch", help="Only the mentions of this labelling batch (repeatable).")
    ] = None,
) -> None:
    """Pairwise and B-cubed precision and recall of the clustering on a labelled set, per split."""
    from ..dedup.evaluate import evaluate, read_gold

    mentions = read_gold(gold, batch)
    if not mentions:
        raise typer.BadParameter(f"no labelled mentions in batch {batch}", param_hint="--batch")
    for name, score in evaluate(mentions).items():
        typer.echo(f"{name}\t{score}")
