"""The tolerant builder: parsed JSON → the value types of :mod:`.types`, keeping everything.

Used for any frame the fast path refuses (unknown keys, nulls, odd types) and always without
msgspec. Its results equal the fast path's for every input the fast path accepts (the tests
check this on both forms); on top of that it keeps unknown keys, and values of the wrong type,
in ``extras`` under their wire names.
"""

from __future__ import annotations

import datetime
import types
import typing
from decimal import Decimal
from typing import Any

from ._struct import wire_name

__all__ = ["Refused", "build", "plain"]


class Refused(Exception):
    """The value cannot be converted to the type (internal; callers keep the raw value)."""


_NONE = type(None)
_hints: dict[type, list[tuple[str, str, Any, bool, Any]]] = {}
_MISSING = object()


def _fields(cls: type) -> list[tuple[str, str, Any, bool, Any]]:
    table = _hints.get(cls)
    if table is None:
        hints = typing.get_type_hints(cls)
        names: tuple[str, ...] = cls.__struct_fields__  # type: ignore[attr-defined]
        defaults: tuple[Any, ...] = cls.__struct_defaults__  # type: ignore[attr-defined]
        first = len(names) - len(defaults)
        table = []
        for index, name in enumerate(names):
            has_default = index >= first
            default = defaults[index - first] if has_default else _MISSING
            table.append((name, wire_name(name), hints[name], has_default, default))
        _hints[cls] = table
    return table


def plain(value: Any) -> Any:
    """Parsed JSON with exact decimals → ordinary JSON values (floats)."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def build(cls: type, obj: Any) -> Any:
    """``obj`` (parsed with ``parse_float=Decimal``) as an instance of the struct ``cls``."""
    if not isinstance(obj, dict):
        raise Refused
    values: dict[str, Any] = {}
    extras: dict[str, Any] = {}
    known: set[str] = set()
    for name, wire, hint, has_default, default in _fields(cls):
        if name == "extras":
            continue
        known.add(wire)
        raw = obj.get(wire, _MISSING)
        if raw is _MISSING:
            if not has_default:
                raise Refused
            values[name] = _copy_default(default)
            continue
        try:
            values[name] = convert(hint, raw)
        except Refused:
            if not has_default:
                raise
            values[name] = _copy_default(default)
            extras[wire] = plain(raw)
    for key, raw in obj.items():
        if key not in known:
            extras[key] = plain(raw)
    if extras:
        values["extras"] = extras
    return cls(**values)


def _copy_default(default: Any) -> Any:
    factory = getattr(default, "factory", None)  # msgspec keeps a mutable default as a Factory
    if factory is not None and type(default).__name__ == "Factory":
        return factory()
    if isinstance(default, dict | list):
        return type(default)()
    return default


def convert(hint: Any, raw: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin is types.UnionType or origin is typing.Union:
        args = typing.get_args(hint)
        if raw is None and _NONE in args:
            return None
        if set(args) - {_NONE} == {int, float}:
            if isinstance(raw, int) and not isinstance(raw, bool):
                return raw
            return convert(float, raw)
        for arg in args:
            if arg is _NONE:
                continue
            try:
                return convert(arg, raw)
            except Refused:
                continue
        raise Refused
    if origin is tuple:
        (item, _ellipsis) = typing.get_args(hint)
        if not isinstance(raw, list):
            raise Refused
        return tuple(convert(item, v) for v in raw)
    if origin is dict:
        key_type, value_type = typing.get_args(hint)
        if not isinstance(raw, dict):
            raise Refused
        out: dict[Any, Any] = {}
        for key, value in raw.items():
            if key_type is int:
                try:
                    key = int(key)
                except ValueError:
                    raise Refused from None
            out[key] = convert(value_type, value)
        return out
    if hint is Any:
        return plain(raw)
    if hint is float:
        if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
            raise Refused
        return float(raw)
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise Refused
        return raw
    if hint is bool or hint is str:
        if type(raw) is not hint:
            raise Refused
        return raw
    if hint is Decimal:
        if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
            raise Refused
        return Decimal(raw)
    if hint is datetime.datetime:
        if not isinstance(raw, str):
            raise Refused
        try:
            return datetime.datetime.fromisoformat(raw)
        except ValueError:
            raise Refused from None
    if isinstance(hint, type) and hasattr(hint, "__struct_fields__"):
        return build(hint, raw)
    raise Refused  # pragma: no cover - every hint of .types is handled above
