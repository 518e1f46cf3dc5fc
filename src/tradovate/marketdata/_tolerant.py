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
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ._struct import wire_name

__all__ = ["Refused", "build", "plain"]


class Refused(Exception):
    """The value cannot be converted to the type (internal; callers keep the raw value)."""


_NONE = type(None)
_MISSING = object()
Converter = Callable[[Any], Any]
# per struct class: (name, wire name, converter, has default, default) of each field but extras
_tables: dict[type, list[tuple[str, str, Converter, bool, Any]]] = {}
_converters: dict[Any, Converter] = {}


def _fields(cls: type) -> list[tuple[str, str, Converter, bool, Any]]:
    table = _tables.get(cls)
    if table is None:
        hints = typing.get_type_hints(cls)
        names: tuple[str, ...] = cls.__struct_fields__  # type: ignore[attr-defined]
        defaults: tuple[Any, ...] = cls.__struct_defaults__  # type: ignore[attr-defined]
        first = len(names) - len(defaults)
        table = []
        for index, name in enumerate(names):
            if name == "extras":
                continue
            has_default = index >= first
            default = defaults[index - first] if has_default else _MISSING
            table.append((name, wire_name(name), converter(hints[name]), has_default, default))
        _tables[cls] = table
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
    table = _fields(cls)
    present = 0
    for name, wire, convert_field, has_default, default in table:
        raw = obj.get(wire, _MISSING)
        if raw is _MISSING:
            if not has_default:
                raise Refused
            values[name] = _copy_default(default)
            continue
        present += 1
        try:
            values[name] = convert_field(raw)
        except Refused:
            if not has_default:
                raise
            values[name] = _copy_default(default)
            extras[wire] = plain(raw)
    if len(obj) > present:  # keys of no field: kept under their wire names
        known = {wire for _, wire, _, _, _ in table}
        for key, raw in obj.items():
            if key not in known:
                extras[key] = plain(raw)
    if extras:
        values["extras"] = extras
    return cls(**values)


def _copy_default(default: Any) -> Any:
    if default is None or type(default) is tuple:  # immutable: shared (the usual case)
        return default
    factory = getattr(default, "factory", None)  # msgspec keeps a mutable default as a Factory
    if factory is not None and type(default).__name__ == "Factory":
        return factory()
    if isinstance(default, dict | list):
        return type(default)()
    return default


def convert(hint: Any, raw: Any) -> Any:
    """``raw`` as a value of the type ``hint`` (:class:`Refused` if it is not one)."""
    return converter(hint)(raw)


def converter(hint: Any) -> Converter:
    """The conversion to ``hint``, built once per type (the rules below are the decoder's)."""
    found = _converters.get(hint)
    if found is None:
        found = _converters[hint] = _make_converter(hint)
    return found


def _make_converter(hint: Any) -> Converter:
    origin = typing.get_origin(hint)
    if origin is types.UnionType or origin is typing.Union:
        args = typing.get_args(hint)
        nullable = _NONE in args
        if set(args) - {_NONE} == {int, float}:
            as_float = converter(float)

            def number(raw: Any) -> Any:
                if raw is None and nullable:
                    return None
                if isinstance(raw, int) and not isinstance(raw, bool):
                    return raw
                return as_float(raw)

            return number
        options = [converter(arg) for arg in args if arg is not _NONE]

        def union(raw: Any) -> Any:
            if raw is None and nullable:
                return None
            for option in options:
                try:
                    return option(raw)
                except Refused:
                    continue
            raise Refused

        return union
    if origin is tuple:
        (item_hint, _ellipsis) = typing.get_args(hint)
        item = converter(item_hint)

        def sequence(raw: Any) -> Any:
            if not isinstance(raw, list):
                raise Refused
            return tuple([item(v) for v in raw])

        return sequence
    if origin is dict:
        key_type, value_hint = typing.get_args(hint)
        value = converter(value_hint)
        int_keys = key_type is int

        def mapping(raw: Any) -> Any:
            if not isinstance(raw, dict):
                raise Refused
            out: dict[Any, Any] = {}
            for key, v in raw.items():
                if int_keys:
                    try:
                        key = int(key)
                    except ValueError:
                        raise Refused from None
                out[key] = value(v)
            return out

        return mapping
    if hint is Any:
        return plain
    if hint is float:

        def to_float(raw: Any) -> float:
            if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
                raise Refused
            return float(raw)

        return to_float
    if hint is int:

        def to_int(raw: Any) -> int:
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise Refused
            return raw

        return to_int
    if hint is bool or hint is str:

        def exact(raw: Any) -> Any:
            if type(raw) is not hint:
                raise Refused
            return raw

        return exact
    if hint is Decimal:

        def to_decimal(raw: Any) -> Decimal:
            if isinstance(raw, bool) or not isinstance(raw, int | Decimal):
                raise Refused
            return Decimal(raw)

        return to_decimal
    if hint is datetime.datetime:

        def to_datetime(raw: Any) -> datetime.datetime:
            if not isinstance(raw, str):
                raise Refused
            try:
                return datetime.datetime.fromisoformat(raw)
            except ValueError:
                raise Refused from None

        return to_datetime
    if isinstance(hint, type) and hasattr(hint, "__struct_fields__"):

        def struct(raw: Any) -> Any:
            return build(hint, raw)

        return struct

    def unknown(raw: Any) -> Any:  # pragma: no cover - every hint of .types is handled above
        raise Refused

    return unknown
