"""``warlog serve`` (the analyst's desk), ``warlog token`` (API write access), ``warlog review`` (log, training data)."""

from __future__ import annotations

import json
from typing import Annotated, TextIO

import typer

from ..exports import open_output
from ..store import Store
from .app import app, console_err
from .query import DB_HELP

LOOPBACK = ("127.0.0.1", "localhost", "::1")

token_app = typer.Typer(help="API tokens: every write to the API (reviews, submissions) needs one.", no_args_is_help=True)
review_app = typer.Typer(help="Analysts' reviews: the audit log and the corrections as training data.", no_args_is_help=True)
app.add_typer(token_app, name="token")
app.add_typer(review_app, name="review")


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    open_read: Annotated[
        bool, typer.Option("--open-read/--no-open-read", help="Let anyone read; --no-open-read needs a token to read too.")
    ] = True,
) -> None:
    """Serve the API and the web page (map, timeline, events, review) on HOST:PORT."""
    import uvicorn

    from ..api import create_app

    application = create_app(db, open_read=open_read)
    if open_read and host not in LOOPBACK:
        console_err.print(f"warning: anyone who can reach {host}:{port} can read every event", markup=False)
    console_err.print(f"warlog: serving {application.state.warlog.store!r} on http://{host}:{port}/", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False)


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Who uses the token; the audit log records this name.")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
) -> None:
    """Create a token and print it once (only its salted hash is stored)."""
    from ..api.tokens import create_token

    with Store(db) as store:
        token = create_token(store, name)
    typer.echo(token)
    console_err.print("keep it secret: it cannot be shown again (send it as 'Authorization: Bearer <token>')", markup=False)


@token_app.command("list")
def token_list(db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None) -> None:
    """List tokens: id, name, created, revoked."""
    from ..api.tokens import list_tokens

    with Store(db) as store:
        for info in list_tokens(store):
            typer.echo(f"{info.id}\t{info.name}\t{info.created_at:%Y-%m-%d %H:%M}\t{'revoked' if info.revoked else 'active'}")


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[str, typer.Argument(help="The 12 hex digits after 'wl_' (see warlog token list).")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
) -> None:
    """Revoke a token: it stops working at once."""
    from ..api.tokens import TokenError, revoke_token

    with Store(db) as store:
        if not revoke_token(store, token_id):
            raise TokenError(f"no token with id {token_id!r}")
    console_err.print(f"revoked {token_id}", markup=False)


def write_reviewed(store: Store, stream: TextIO) -> int:
    """The analysts' verdicts as JSON Lines training/evaluation data; returns the count.

    Each line has ``text`` (the evidence sentence) and ``sub_event_type`` (null for a
    rejected event: a hard negative), like the dev set, plus the ``machine`` and
    ``gold`` records for field-level evaluation. ``warlog export --reviewed`` calls this.
    """
    from ..store.review import reviewed_examples

    count = 0
    for example in reviewed_examples(store):
        stream.write(json.dumps(example, ensure_ascii=False) + "\n")
        count += 1
    return count


@review_app.command("export")
def review_export(
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
) -> None:
    """Write every reviewed event (confirmed, corrected, rejected) as JSON Lines training data."""
    with Store(db) as store, open_output(output) as stream:
        count = write_reviewed(store, stream)
    console_err.print(f"wrote {count} reviewed events{f' to {output}' if output else ''}", markup=False, highlight=False)


@review_app.command("log")
def review_log_command(
    event_id: Annotated[str | None, typer.Argument(help="Only this event's entries.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many entries, newest first.")] = 50,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP, show_default=False)] = None,
) -> None:
    """Print the append-only audit log as JSON Lines, newest first."""
    from dataclasses import asdict

    from ..store.review import review_log

    with Store(db) as store:
        for entry in review_log(store, event_id, limit=limit):
            typer.echo(json.dumps(asdict(entry), ensure_ascii=False))
