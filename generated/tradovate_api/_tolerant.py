"""The tolerant path's treatment of a value that diverges from the spec: reported to
:mod:`.drift` and kept as sent (never lost); and the compiler of generated source.

Part of the codec (see :mod:`._codec`).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar

from . import _limits, drift, errors
from ._json import _CHECK_EVERY, copy_json, json_type, sent_datetime
from .types import UNSET

if TYPE_CHECKING:
    from ._kinds import Kind
    from ._values import OpenStrEnum

E = TypeVar("E", bound="OpenStrEnum")
_fromiso: Final = datetime.datetime.fromisoformat
_fromdate: Final = datetime.date.fromisoformat


def _decode_datetime(model: str, key: str, v: str) -> Any:
    try:
        parsed = sent_datetime(v)  # keeps the text: written back as sent
    except ValueError:
        return bad_format(model, key, "date-time", v)
    if parsed.tzinfo is None:
        return bad_format(model, key, "date-time with a timezone", v)
    return parsed


def _decode_date(model: str, key: str, v: str) -> Any:
    try:
        return _fromdate(v)
    except ValueError:
        return bad_format(model, key, "date", v)


def bad(model: str, key: str, expected: str, value: Any, required: bool, nullable: bool) -> Any:
    """A value that failed a field's type check: report it and keep it as sent."""
    if value is UNSET:
        if required:
            drift.report(model, key, "missing_required", "required field omitted")
        return UNSET
    if value is None:
        if not nullable:
            drift.report(model, key, "null_value", f"null where {expected} is declared")
        return None
    drift.report(model, key, "wrong_type", f"{json_type(value)} where {expected} is declared")
    # kept as sent, but never shared with the caller's dict (from_dict) or the model's JSON form
    return copy_json(value) if value.__class__ is dict or value.__class__ is list else value


def bad_format(model: str, key: str, expected: str, value: Any) -> Any:
    drift.report(model, key, "bad_format", f"string is not a valid {expected}")
    return value


def unknown_enum(model: str, key: str, enum_cls: type[E], value: str) -> E:
    drift.report(model, key, "unknown_enum_value", f"{enum_cls.__name__} has no value {value!r}")
    return enum_cls._open_value(value)


_item_decoders: dict[Kind, Callable[[str, str, Any], Any]] = {}


def decode_items(model: str, key: str, kind: Kind, items: list[Any]) -> list[Any]:
    """Tolerant decoding of an array of scalars or enums (each item checked on its own)."""
    dec = _item_decoders.get(kind)
    if dec is None:
        ns: dict[str, Any] = {"_bad": bad}
        conv = kind.convert(ns, "m, k") or "v"
        source = "\n".join(
            [
                "def dec(m, k, v):",
                f"    if {kind.good()}:",
                f"        return {conv}",
                f"    return _bad(m, k, {json.dumps('array of ' + kind.expected)}, v, True, False)",
            ]
        )
        dec = _item_decoders[kind] = _compile(source, "dec", ns)
    if len(items) <= _CHECK_EVERY:
        return [dec(model, key, v) for v in items]
    out = []
    for n, v in enumerate(items, 1):
        out.append(dec(model, key, v))
        if not n & _CHECK_EVERY and _limits.late():
            raise errors.DecodeTimeout(f"{model}.{key}")
    return out


def _compile(source: str, name: str, ns: dict[str, Any]) -> Any:
    code = compile(source, f"<tradovate_api generated {name}>", "exec")
    local: dict[str, Any] = {}
    exec(code, ns, local)
    return local[name]
