from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_time import TradeTime
from .trade_time import _decode as _decode_TradeTime
from .trade_time import _from_wire as _from_wire_TradeTime
from .trade_time import _Wire as _TradeTime_wire

__all__ = ["ProductSession"]

_KEYS: frozenset[str] = frozenset(["openTime", "startTime", "stopTime", "closeTime", "id", "sundayOpenTime", "allDay"])
_new = _codec.new_object


class _ProductSessionSlots:
    __slots__ = ("open_time", "start_time", "stop_time", "close_time", "id", "sunday_open_time", "all_day", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ProductSession(_ProductSessionSlots, _codec.Model):
    """Daily trading session times of a product (upstream does not state the time zone).

    Attributes:
        open_time (``openTime``): Time of day the session opens.
        start_time (``startTime``): Time of day trading starts.
        stop_time (``stopTime``): Time of day trading stops.
        close_time (``closeTime``): Time of day the session closes.
        id (``id``): Same as the id of the Product it describes.
        sunday_open_time (``sundayOpenTime``): Opening time on Sundays, when it differs.
        all_day (``allDay``): Whether the product trades around the clock.
    """

    open_time: TradeTime
    start_time: TradeTime
    stop_time: TradeTime
    close_time: TradeTime
    id: int | Unset = UNSET
    sunday_open_time: TradeTime | Unset = UNSET
    all_day: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ProductSessionRaw(_ProductSessionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ProductSession:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ProductSession = _new(_ProductSessionRaw)
    missing = 0
    g = d.get
    try:
        v = d["openTime"]
    except KeyError:
        v = _codec.bad(ProductSession, "openTime", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeTime(v)
        else:
            v = _codec.bad(ProductSession, "openTime", "object", v, True, False)
    o.open_time = v
    try:
        v = d["startTime"]
    except KeyError:
        v = _codec.bad(ProductSession, "startTime", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeTime(v)
        else:
            v = _codec.bad(ProductSession, "startTime", "object", v, True, False)
    o.start_time = v
    try:
        v = d["stopTime"]
    except KeyError:
        v = _codec.bad(ProductSession, "stopTime", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeTime(v)
        else:
            v = _codec.bad(ProductSession, "stopTime", "object", v, True, False)
    o.stop_time = v
    try:
        v = d["closeTime"]
    except KeyError:
        v = _codec.bad(ProductSession, "closeTime", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeTime(v)
        else:
            v = _codec.bad(ProductSession, "closeTime", "object", v, True, False)
    o.close_time = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductSession, "id", "integer", v, False, False)
    o.id = v
    v = g("sundayOpenTime", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeTime(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductSession, "sundayOpenTime", "object", v, False, False)
    o.sunday_open_time = v
    v = g("allDay", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductSession, "allDay", "boolean", v, False, False)
    o.all_day = v
    if len(d) + missing == 7:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ProductSession, d, _KEYS)
    o._json = d
    o.__class__ = ProductSession
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ProductSession:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ProductSession = _new(_ProductSessionRaw)
    v = w.open_time
    if v.__class__ is _TradeTime_wire:
        v = _from_wire_TradeTime(v, d["openTime"])
    o.open_time = v
    v = w.start_time
    if v.__class__ is _TradeTime_wire:
        v = _from_wire_TradeTime(v, d["startTime"])
    o.start_time = v
    v = w.stop_time
    if v.__class__ is _TradeTime_wire:
        v = _from_wire_TradeTime(v, d["stopTime"])
    o.stop_time = v
    v = w.close_time
    if v.__class__ is _TradeTime_wire:
        v = _from_wire_TradeTime(v, d["closeTime"])
    o.close_time = v
    o.id = w.id
    v = w.sunday_open_time
    if v.__class__ is _TradeTime_wire:
        v = _from_wire_TradeTime(v, d["sundayOpenTime"])
    o.sunday_open_time = v
    o.all_day = w.all_day
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ProductSession
    return o


_Wire: Any = _codec.wire_struct(
    "ProductSession",
    [
        ("open_time", "openTime", _TradeTime_wire, _codec.REQUIRED),
        ("start_time", "startTime", _TradeTime_wire, _codec.REQUIRED),
        ("stop_time", "stopTime", _TradeTime_wire, _codec.REQUIRED),
        ("close_time", "closeTime", _TradeTime_wire, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("sunday_open_time", "sundayOpenTime", _TradeTime_wire, UNSET),
        ("all_day", "allDay", bool, UNSET),
    ],
)


ProductSession._info = _codec.model_info(
    (
        _codec.Field("open_time", "openTime", _codec.model_json),
        _codec.Field("start_time", "startTime", _codec.model_json),
        _codec.Field("stop_time", "stopTime", _codec.model_json),
        _codec.Field("close_time", "closeTime", _codec.model_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("sunday_open_time", "sundayOpenTime", _codec.model_json),
        _codec.Field("all_day", "allDay", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
