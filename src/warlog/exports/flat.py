"""The event record flattened to one column per leaf field, for CSV and GeoJSON.

Columns come from the record's schema, not from the data, so every file has the
same header whatever events it holds. Lists are joined with ``"; "``, position by
position (an unknown item leaves an empty slot), so parallel columns such as
``assoc_actor_1.name`` and ``assoc_actor_1.type`` stay aligned.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from functools import cache
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from ..record import Event

LIST_SEPARATOR = "; "


@dataclass(frozen=True, slots=True)
class FlatColumn:
    name: str  # dotted path, e.g. "location.latitude"
    path: tuple[str, ...]
    many: bool  # crosses a list, so values are joined


def _unwrap(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """(nested model or None, is a list) for a field annotation; ``X | None`` is X."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [arg for arg in get_args(annotation) if arg is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else (None, False)
    if origin is list:
        inner, _ = _unwrap(get_args(annotation)[0])
        return inner, True
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    return None, False


def _walk(model: type[BaseModel], prefix: tuple[str, ...], many: bool) -> list[FlatColumn]:
    columns: list[FlatColumn] = []
    for name, field in model.model_fields.items():
        path = (*prefix, name)
        nested, is_list = _unwrap(field.annotation)
        if nested is not None:
            columns.extend(_walk(nested, path, many or is_list))
        else:
            columns.append(FlatColumn(".".join(path), path, many or is_list))
    return columns


@cache
def flat_columns() -> tuple[FlatColumn, ...]:
    """Every leaf field of ``Event``, in the record's field order."""
    return tuple(_walk(Event, (), False))


def _values(node: Any, path: tuple[str, ...]) -> list[Any]:
    """All values at ``path`` under ``node``, fanning out through lists."""
    if isinstance(node, list):
        return [value for item in node for value in _values(item, path)]
    if not path:
        return [node]
    if node is None:
        return [None]
    return _values(node.get(path[0]), path[1:])


def join_list(values: list[Any]) -> str | None:
    """``"; "``-joined values (None -> empty slot); None for an empty list."""
    if not values:
        return None
    return LIST_SEPARATOR.join("" if value is None else str(value) for value in values)


def flatten(event: Event) -> dict[str, Any]:
    """``{column name: scalar}``; JSON types kept (numbers stay numbers)."""
    data = event.to_dict()
    row: dict[str, Any] = {}
    for column in flat_columns():
        values = _values(data, column.path)
        if column.many:
            row[column.name] = join_list(values)
        else:
            row[column.name] = values[0] if values else None
    return row
