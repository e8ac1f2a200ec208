"""The exports' one error type, in its own module so every writer can raise it without import cycles."""

from __future__ import annotations

from ..errors import WarlogError


class ExportError(WarlogError):
    """An export could not be written (unknown format, unwritable path, binary to a terminal)."""

    code = "W601"
