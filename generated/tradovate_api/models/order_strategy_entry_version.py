from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .order_type import OrderType
from .time_in_force import TimeInForce

__all__ = ["OrderStrategyEntryVersion"]

_KEYS: frozenset[str] = frozenset(["orderQty", "orderType", "orderId", "price", "stopPrice", "timeInForce"])
_OrderType_values = OrderType._value2member_map_
_TimeInForce_values = TimeInForce._value2member_map_
_new = _codec.new_object


class _OrderStrategyEntryVersionSlots:
    __slots__ = ("order_qty", "order_type", "order_id", "price", "stop_price", "time_in_force", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyEntryVersion(_OrderStrategyEntryVersionSlots, _codec.Model):
    """Entry order of a multi-bracket strategy, inside OrderStrategyParams; its fields follow OrderVersion.
    Prices are in the contract's price units.

    Attributes:
        order_qty (``orderQty``): Contracts to enter.
        order_type (``orderType``)
        order_id (``orderId``): Placeholder; the official example sends 0.
        price (``price``): Limit price, for Limit and StopLimit entries.
        stop_price (``stopPrice``): Trigger price, for Stop and StopLimit entries.
        time_in_force (``timeInForce``)
    """

    order_qty: int
    order_type: OrderType
    order_id: int | Unset = UNSET
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderStrategyEntryVersionRaw(_OrderStrategyEntryVersionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategyEntryVersion:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategyEntryVersion = _new(_OrderStrategyEntryVersionRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderQty"]
    except KeyError:
        v = _codec.bad(OrderStrategyEntryVersion, "orderQty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategyEntryVersion, "orderQty", "integer", v, True, False)
    o.order_qty = v
    try:
        v = d["orderType"]
    except KeyError:
        v = _codec.bad(OrderStrategyEntryVersion, "orderType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderType_values[v]
            except KeyError:
                v = _codec.unknown_enum(OrderStrategyEntryVersion, "orderType", OrderType, v)
        else:
            v = _codec.bad(OrderStrategyEntryVersion, "orderType", "string", v, True, False)
    o.order_type = v
    v = g("orderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyEntryVersion, "orderId", "integer", v, False, False)
    o.order_id = v
    v = g("price", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyEntryVersion, "price", "number", v, False, False)
    o.price = v
    v = g("stopPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyEntryVersion, "stopPrice", "number", v, False, False)
    o.stop_price = v
    v = g("timeInForce", UNSET)
    if v.__class__ is str:
        try:
            v = _TimeInForce_values[v]
        except KeyError:
            v = _codec.unknown_enum(OrderStrategyEntryVersion, "timeInForce", TimeInForce, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyEntryVersion, "timeInForce", "string", v, False, False)
    o.time_in_force = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategyEntryVersion, d, _KEYS, report=False)
    o._json = d
    o.__class__ = OrderStrategyEntryVersion
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategyEntryVersion:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategyEntryVersion = _new(_OrderStrategyEntryVersionRaw)
    o.order_qty = w.order_qty
    o.order_type = w.order_type
    o.order_id = w.order_id
    o.price = w.price
    o.stop_price = w.stop_price
    o.time_in_force = w.time_in_force
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategyEntryVersion
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategyEntryVersion",
    [
        ("order_qty", "orderQty", int, _codec.REQUIRED),
        ("order_type", "orderType", OrderType, _codec.REQUIRED),
        ("order_id", "orderId", int, UNSET),
        ("price", "price", _codec.NUMBER, UNSET),
        ("stop_price", "stopPrice", _codec.NUMBER, UNSET),
        ("time_in_force", "timeInForce", TimeInForce, UNSET),
    ],
)


OrderStrategyEntryVersion._info = _codec.model_info(
    (
        _codec.Field("order_qty", "orderQty", _codec.plain_json),
        _codec.Field("order_type", "orderType", _codec.enum_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("stop_price", "stopPrice", _codec.plain_json),
        _codec.Field("time_in_force", "timeInForce", _codec.enum_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
