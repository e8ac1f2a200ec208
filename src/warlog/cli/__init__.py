"""The ``warlog`` command: one Typer app, commands registered by topic modules.

Every expected failure is a ``WarlogError`` rendered as one line on stderr with a
non-zero exit; tracebacks are for bugs only.
"""

from __future__ import annotations

import sys

import typer

from ..errors import WarlogError
from .app import app, console_err

# Importing the topic modules registers their commands on ``app``.
from . import coding, dedup, export, model, places, query, report, serve, spark, watch  # noqa: E402,F401


def main() -> None:
    """Console-script entry point."""
    try:
        # Outside standalone mode click returns (not raises) the code of typer.Exit.
        code = app(standalone_mode=False)
    except WarlogError as exc:
        console_err.print(f"warlog: {exc}", markup=False, highlight=False, soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        console_err.print("warlog: interrupted; everything already stored is kept", markup=False)
        sys.exit(130)
    except SystemExit:
        raise
    except typer.Abort:
        sys.exit(130)
    except typer.exceptions.TyperException as exc:  # usage errors: bad option, missing argument
        show = getattr(exc, "show", None)
        if show is None:
            raise
        show()
        sys.exit(getattr(exc, "exit_code", 2))
    sys.exit(code if isinstance(code, int) else 0)
