"""The tolerant builder: parsed JSON → the value types of :mod:`.types`, keeping everything.

Used for any frame the fast path refuses (unknown keys, nulls, odd types) and always without
msgspec. Its results equal the fast path's for every input the fast path accepts (the tests
check this on both forms); on top of that it keeps unknown keys, and values of the wrong type,
in ``extras`` under their wire names.

Rules both paths follow (msgspec's, written again here for the frames it refuses):

- a mapping field keeps every item it can type; an item it cannot is put aside in ``extras``
  under the field's wire name (``{"entries": {"Bid": null}}``), and when the items are structs
  whose fields are all optional (quote entries) the key stays with an empty struct: the server
  said that entry changed, so no older value of it may pass for current (merges, late joiners);
- non-finite numbers (``NaN``, ``Infinity``, ``1e400``: not JSON) are never a ``float``: msgspec
  refuses them, so here the field holding one is refused (kept in ``extras``);
- a date-time is RFC 3339 as msgspec reads it: ``T``, ``t`` or a space between date and time,
  ``Z``/``z``, ``±HH:MM`` or ``±HHMM`` or no offset, any number of fraction digits, rounded
  half up to the microsecond (``.1234565`` → ``.123457``); other spellings Python reads
  (``datetime.fromisoformat``) are accepted here only.
"""

from __future__ import annotations

import datetime
import math
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ._struct import wire_name

__all__ = ["Refused", "build", "plain"]


class Refused(Exception):
    """The value cannot be converted to the type (internal; callers keep the raw value)."""


class Partial(Refused):
    """A mapping typed in part: ``value`` holds what could be typed, ``aside`` the raw items
    that could not (internal: :func:`build` keeps both)."""

    def __init__(self, value: dict[Any, Any], aside: dict[str, Any]) -> None:
        super().__init__()
        self.value = value
        self.aside = aside


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
        except Partial as partial:
            values[name] = partial.value
            extras[wire] = partial.aside
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
        empty = _empty_struct(value_hint)

        def mapping(raw: Any) -> Any:
            if not isinstance(raw, dict):
                raise Refused
            out: dict[Any, Any] = {}
            aside: dict[str, Any] = {}
            for wire_key, v in raw.items():
                key = wire_key
                if int_keys:
                    try:
                        key = int(wire_key)
                    except ValueError:
                        aside[wire_key] = plain(v)  # no key to keep it under
                        continue
                try:
                    out[key] = value(v)
                except Refused:
                    aside[wire_key] = plain(v)
                    if empty is not None:
                        out[key] = empty()
            if aside:
                raise Partial(out, aside)
            return out

        return mapping
    if hint is Any:
        return plain
    if hint is float:

        def to_float(raw: Any) -> float:
            if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal):
                raise Refused
            try:
                value = float(raw)
            except OverflowError:  # an integer past the float range
                raise Refused from None
            if not math.isfinite(value):  # NaN, Infinity, 1e400: not numbers msgspec reads
                raise Refused
            return value

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
        return to_datetime
    if isinstance(hint, type) and hasattr(hint, "__struct_fields__"):

        def struct(raw: Any) -> Any:
            return build(hint, raw)

        return struct

    def unknown(raw: Any) -> Any:  # pragma: no cover - every hint of .types is handled above
        raise Refused

    return unknown


def _empty_struct(hint: Any) -> Callable[[], Any] | None:
    """For a struct type whose fields are all optional: a maker of its empty instance."""
    if not (isinstance(hint, type) and hasattr(hint, "__struct_fields__")):
        return None
    names: tuple[str, ...] = hint.__struct_fields__
    defaults: tuple[Any, ...] = hint.__struct_defaults__  # type: ignore[attr-defined]
    if len(defaults) != len(names):
        return None
    maker: Callable[[], Any] = hint
    return maker


# RFC 3339 as msgspec reads it (ASCII digits only): see the module doc
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?"
    r"(?:([Zz])|([+-])([0-9]{2}):?([0-9]{2}))?"
)
_MICROSECOND = datetime.timedelta(microseconds=1)


def to_datetime(raw: Any) -> datetime.datetime:
    """A date-time string → ``datetime`` (see the module doc; :class:`Refused` if not one)."""
    if not isinstance(raw, str):
        raise Refused
    found = _RFC3339.fullmatch(raw)
    if found is None:
        try:
            return datetime.datetime.fromisoformat(raw)
        except ValueError:
            raise Refused from None
    year, month, day, hour, minute, second, fraction, utc, sign, off_h, off_m = found.groups()
    tz: datetime.tzinfo | None = None
    if utc is not None:
        tz = datetime.UTC
    elif sign is not None:
        hours, minutes = int(off_h), int(off_m)
        if hours > 23 or minutes > 59:
            raise Refused
        offset = datetime.timedelta(hours=hours, minutes=minutes)
        tz = datetime.timezone(-offset if sign == "-" else offset) if offset else datetime.UTC
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    try:
        value = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tz)
        if fraction is not None and len(fraction) > 6 and fraction[6] >= "5":
            value += _MICROSECOND  # rounded half up, as msgspec does
    except (ValueError, OverflowError):
        raise Refused from None
    return value
