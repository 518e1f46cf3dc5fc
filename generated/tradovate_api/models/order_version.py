from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .order_type import OrderType
from .time_in_force import TimeInForce

__all__ = ["OrderVersion"]

_KEYS: frozenset[str] = frozenset(
    [
        "orderId",
        "orderQty",
        "orderType",
        "id",
        "price",
        "stopPrice",
        "limitIfTouchedPrice",
        "maxShow",
        "pegDifference",
        "timeInForce",
        "expireTime",
        "text",
    ]
)
_OrderType_values = OrderType._value2member_map_
_TimeInForce_values = TimeInForce._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _OrderVersionSlots:
    __slots__ = ("order_id", "order_qty", "order_type", "id", "price", "stop_price", "limit_if_touched_price", "max_show", "peg_difference", "time_in_force", "expire_time", "text", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderVersion(_OrderVersionSlots, _codec.Model):
    """The parameters of an order at one point in its life; a successful modify adds a new version. Prices
    are in the contract's price units.

    Attributes:
        order_id (``orderId``): Id of the Order this version belongs to.
        order_qty (``orderQty``): Total quantity of the order, in contracts.
        order_type (``orderType``)
        id (``id``): Id of the OrderVersion.
        price (``price``): Limit price, for order types that have one.
        stop_price (``stopPrice``): Stop trigger price, for stop order types.
        limit_if_touched_price (``limitIfTouchedPrice``): Trigger price of a LimitIfTouched order.
        max_show (``maxShow``): Quantity shown to the market at a time (iceberg orders).
        peg_difference (``pegDifference``): Distance a trailing stop keeps from the market.
        time_in_force (``timeInForce``)
        expire_time (``expireTime``): When a GTD order expires.
        text (``text``): Free-text note on the order.
    """

    order_id: int
    order_qty: int
    order_type: OrderType
    id: int | Unset = UNSET
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    limit_if_touched_price: float | Unset = UNSET
    max_show: int | Unset = UNSET
    peg_difference: float | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderVersionRaw(_OrderVersionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderVersion:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderVersion = _new(_OrderVersionRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(OrderVersion, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderVersion, "orderId", "integer", v, True, False)
    o.order_id = v
    try:
        v = d["orderQty"]
    except KeyError:
        v = _codec.bad(OrderVersion, "orderQty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderVersion, "orderQty", "integer", v, True, False)
    o.order_qty = v
    try:
        v = d["orderType"]
    except KeyError:
        v = _codec.bad(OrderVersion, "orderType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderType_values[v]
            except KeyError:
                v = _codec.unknown_enum(OrderVersion, "orderType", OrderType, v)
        else:
            v = _codec.bad(OrderVersion, "orderType", "string", v, True, False)
    o.order_type = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "id", "integer", v, False, False)
    o.id = v
    v = g("price", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "price", "number", v, False, False)
    o.price = v
    v = g("stopPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "stopPrice", "number", v, False, False)
    o.stop_price = v
    v = g("limitIfTouchedPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "limitIfTouchedPrice", "number", v, False, False)
    o.limit_if_touched_price = v
    v = g("maxShow", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "maxShow", "integer", v, False, False)
    o.max_show = v
    v = g("pegDifference", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "pegDifference", "number", v, False, False)
    o.peg_difference = v
    v = g("timeInForce", UNSET)
    if v.__class__ is str:
        try:
            v = _TimeInForce_values[v]
        except KeyError:
            v = _codec.unknown_enum(OrderVersion, "timeInForce", TimeInForce, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "timeInForce", "string", v, False, False)
    o.time_in_force = v
    v = g("expireTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(OrderVersion, "expireTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "expireTime", "date-time", v, False, False)
    o.expire_time = v
    v = g("text", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderVersion, "text", "string", v, False, False)
    o.text = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderVersion, d, _KEYS)
    o._json = d
    o.__class__ = OrderVersion
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderVersion:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderVersion = _new(_OrderVersionRaw)
    o.order_id = w.order_id
    o.order_qty = w.order_qty
    o.order_type = w.order_type
    o.id = w.id
    o.price = w.price
    o.stop_price = w.stop_price
    o.limit_if_touched_price = w.limit_if_touched_price
    o.max_show = w.max_show
    o.peg_difference = w.peg_difference
    o.time_in_force = w.time_in_force
    o.expire_time = w.expire_time
    o.text = w.text
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderVersion
    return o


_Wire: Any = _codec.wire_struct(
    "OrderVersion",
    [
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("order_qty", "orderQty", int, _codec.REQUIRED),
        ("order_type", "orderType", OrderType, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("price", "price", _codec.NUMBER, UNSET),
        ("stop_price", "stopPrice", _codec.NUMBER, UNSET),
        ("limit_if_touched_price", "limitIfTouchedPrice", _codec.NUMBER, UNSET),
        ("max_show", "maxShow", int, UNSET),
        ("peg_difference", "pegDifference", _codec.NUMBER, UNSET),
        ("time_in_force", "timeInForce", TimeInForce, UNSET),
        ("expire_time", "expireTime", datetime.datetime, UNSET),
        ("text", "text", str, UNSET),
    ],
)


OrderVersion._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("order_qty", "orderQty", _codec.plain_json),
        _codec.Field("order_type", "orderType", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("stop_price", "stopPrice", _codec.plain_json),
        _codec.Field("limit_if_touched_price", "limitIfTouchedPrice", _codec.plain_json),
        _codec.Field("max_show", "maxShow", _codec.plain_json),
        _codec.Field("peg_difference", "pegDifference", _codec.plain_json),
        _codec.Field("time_in_force", "timeInForce", _codec.enum_json),
        _codec.Field("expire_time", "expireTime", _codec.datetime_json),
        _codec.Field("text", "text", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
