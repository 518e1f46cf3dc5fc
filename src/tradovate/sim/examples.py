"""Valid JSON for any model of the spec, built from its generated field table.

The simulator answers operations it does not model with these (a generic fallback), and seeds
one entity of every type it does not seed by hand. Values are deterministic: the same model
gives the same JSON.
"""

from __future__ import annotations

import datetime
from typing import Any, Final

from tradovate_api.runtime import (
    Any_,
    Bool,
    Date,
    DateTime,
    Enum,
    F,
    Int,
    List,
    Model,
    ModelRef,
    Number,
    Str,
    datetime_json,
)

__all__ = ["example", "value_of"]

_EPOCH: Final = datetime.datetime(2026, 11, 23, 14, 0, tzinfo=datetime.UTC)
_MAX_DEPTH: Final = 6


def value_of(f: F, when: datetime.datetime = _EPOCH, depth: int = 0, full: bool = False) -> Any:
    """A valid JSON value for one field."""
    kind = f.kind
    if isinstance(kind, Int):
        return 1
    if isinstance(kind, Number):
        return 1.0
    if isinstance(kind, Str):
        return "name" if f.key == "name" else f.key
    if isinstance(kind, Bool):
        return f.key in ("ok", "active")
    if isinstance(kind, DateTime):
        return datetime_json(when)
    if isinstance(kind, Date):
        return when.date().isoformat()
    if isinstance(kind, Enum):
        members = list(kind.cls)
        success = [m for m in members if m.value == "Success"]
        return (success or members)[0].value
    if isinstance(kind, ModelRef):
        return example(kind.cls, when, depth + 1, full)
    if isinstance(kind, List):
        return []
    if isinstance(kind, Any_):
        return {}
    raise TypeError(f"unknown field kind {type(kind).__name__}")  # pragma: no cover - generator guarantee


def example(
    cls: type[Model],
    when: datetime.datetime = _EPOCH,
    depth: int = 0,
    full: bool = False,
    skip: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """A JSON object valid for ``cls``: its required fields (all fields with ``full``), minus ``skip``."""
    out: dict[str, Any] = {}
    for f in cls._spec.fields:
        if f.key in skip:
            continue
        if f.required or (full and depth < _MAX_DEPTH and not isinstance(f.kind, ModelRef)):
            if not f.required and (f.key.startswith("p-") or f.key in ("errorText", "failureReason", "failureText")):
                continue
            out[f.key] = value_of(f, when, depth, full)
    return out
