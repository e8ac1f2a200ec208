"""One error type per failure a user can meet, each with a searchable code.

The CLI renders these as a single line (``warlog: [W101] file.txt: reason``) and a
non-zero exit; anything that is not a ``WarlogError`` is a bug.
"""

from __future__ import annotations


class WarlogError(Exception):
    """Base class: a failure we expect and can explain in one line."""

    code = "W000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"[{self.code}] {where}{self.message}"


class InputError(WarlogError):
    """An input file or stream could not be read as articles."""

    code = "W101"


class MissingInputError(InputError):
    """A path given on the command line does not exist."""

    code = "W102"


class BadDateError(WarlogError):
    """A date option or field is not a valid ISO date."""

    code = "W201"


class ModelError(WarlogError):
    """A model (spaCy pipeline or classifier) is missing or unreadable."""

    code = "W301"


class StoreError(WarlogError):
    """The event store could not be opened or written."""

    code = "W401"


class DataError(WarlogError):
    """A development data file (ACLED export, gold set) is missing or malformed."""

    code = "W501"
