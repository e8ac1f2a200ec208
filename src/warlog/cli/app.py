"""The shared Typer app and consoles (status to stderr, data to stdout)."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(
    name="warlog",
    help="Code news about armed conflict into sourced, geocoded ACLED-style events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console_err = Console(stderr=True)
