"""``python -m warlog`` runs the CLI."""

from warlog.cli import main

main()
