from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["TradeDate"]

_KEYS: frozenset[str] = frozenset(["year", "month", "day"])
_new = _codec.new_object


class _TradeDateSlots:
    __slots__ = ("year", "month", "day", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradeDate(_TradeDateSlots, _codec.Model):
    """Calendar date without time or time zone, used for trading days and plan dates.

    Attributes:
        year (``year``)
        month (``month``)
        day (``day``)
    """

    year: int
    month: int
    day: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradeDateRaw(_TradeDateSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradeDate:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradeDate = _new(_TradeDateRaw)
    missing = 0
    try:
        v = d["year"]
    except KeyError:
        v = _codec.bad(TradeDate, "year", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradeDate, "year", "integer", v, True, False)
    o.year = v
    try:
        v = d["month"]
    except KeyError:
        v = _codec.bad(TradeDate, "month", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradeDate, "month", "integer", v, True, False)
    o.month = v
    try:
        v = d["day"]
    except KeyError:
        v = _codec.bad(TradeDate, "day", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradeDate, "day", "integer", v, True, False)
    o.day = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradeDate, d, _KEYS)
    o._json = d
    o.__class__ = TradeDate
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradeDate:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradeDate = _new(_TradeDateRaw)
    o.year = w.year
    o.month = w.month
    o.day = w.day
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradeDate
    return o


_Wire: Any = _codec.wire_struct(
    "TradeDate",
    [
        ("year", "year", int, _codec.REQUIRED),
        ("month", "month", int, _codec.REQUIRED),
        ("day", "day", int, _codec.REQUIRED),
    ],
)


TradeDate._info = _codec.model_info(
    (
        _codec.Field("year", "year", _codec.plain_json),
        _codec.Field("month", "month", _codec.plain_json),
        _codec.Field("day", "day", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
