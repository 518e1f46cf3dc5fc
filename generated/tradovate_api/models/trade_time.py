from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["TradeTime"]

_KEYS: frozenset[str] = frozenset(["hour", "minute"])
_new = _codec.new_object


class _TradeTimeSlots:
    __slots__ = ("hour", "minute", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradeTime(_TradeTimeSlots, _codec.Model):
    """Time of day (hour and minute) within a trading session.

    Attributes:
        hour (``hour``): Hour, 0–23.
        minute (``minute``): Minute, 0–59.
    """

    hour: int
    minute: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradeTimeRaw(_TradeTimeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradeTime:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradeTime = _new(_TradeTimeRaw)
    missing = 0
    try:
        v = d["hour"]
    except KeyError:
        v = _codec.bad(TradeTime, "hour", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradeTime, "hour", "integer", v, True, False)
    o.hour = v
    try:
        v = d["minute"]
    except KeyError:
        v = _codec.bad(TradeTime, "minute", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradeTime, "minute", "integer", v, True, False)
    o.minute = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradeTime, d, _KEYS)
    o._json = d
    o.__class__ = TradeTime
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradeTime:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradeTime = _new(_TradeTimeRaw)
    o.hour = w.hour
    o.minute = w.minute
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradeTime
    return o


_Wire: Any = _codec.wire_struct(
    "TradeTime",
    [
        ("hour", "hour", int, _codec.REQUIRED),
        ("minute", "minute", int, _codec.REQUIRED),
    ],
)


TradeTime._info = _codec.model_info(
    (
        _codec.Field("hour", "hour", _codec.plain_json),
        _codec.Field("minute", "minute", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
