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

__all__ = ["ModifyOrder"]

_KEYS: frozenset[str] = frozenset(
    [
        "orderId",
        "orderQty",
        "orderType",
        "clOrdId",
        "price",
        "stopPrice",
        "limitIfTouchedPrice",
        "maxShow",
        "pegDifference",
        "timeInForce",
        "expireTime",
        "text",
        "activationTime",
        "customTag50",
        "isAutomated",
    ]
)
_OrderType_values = OrderType._value2member_map_
_TimeInForce_values = TimeInForce._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _ModifyOrderSlots:
    __slots__ = ("order_id", "order_qty", "order_type", "cl_ord_id", "price", "stop_price", "limit_if_touched_price", "max_show", "peg_difference", "time_in_force", "expire_time", "text", "activation_time", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ModifyOrder(_ModifyOrderSlots, _codec.Model):
    """New parameters for a working order. The values replace the current ones, so send the quantity, type
    and every price the order type needs.

    Attributes:
        order_id (``orderId``): Id of the Order to change.
        order_qty (``orderQty``): New total quantity of the order, in contracts.
        order_type (``orderType``)
        cl_ord_id (``clOrdId``): Client-chosen id for this change request.
        price (``price``): New limit price, in the contract's price units.
        stop_price (``stopPrice``): New stop trigger price, in price units.
        limit_if_touched_price (``limitIfTouchedPrice``): New trigger price for a LimitIfTouched order, in price units.
        max_show (``maxShow``): Quantity shown to the market at a time (iceberg orders).
        peg_difference (``pegDifference``): Distance a trailing stop keeps from the market, in price units.
        time_in_force (``timeInForce``)
        expire_time (``expireTime``): When a GTD order expires.
        text (``text``): Free-text note, up to 64 characters.
        activation_time (``activationTime``): Moment the change should take effect; omit to apply at once.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): True when software, not a person, decided on this change.
    """

    order_id: int
    order_qty: int
    order_type: OrderType
    cl_ord_id: str | Unset = UNSET
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    limit_if_touched_price: float | Unset = UNSET
    max_show: int | Unset = UNSET
    peg_difference: float | Unset = UNSET
    time_in_force: TimeInForce | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    text: str | Unset = UNSET
    activation_time: datetime.datetime | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ModifyOrderRaw(_ModifyOrderSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ModifyOrder:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ModifyOrder = _new(_ModifyOrderRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(ModifyOrder, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ModifyOrder, "orderId", "integer", v, True, False)
    o.order_id = v
    try:
        v = d["orderQty"]
    except KeyError:
        v = _codec.bad(ModifyOrder, "orderQty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ModifyOrder, "orderQty", "integer", v, True, False)
    o.order_qty = v
    try:
        v = d["orderType"]
    except KeyError:
        v = _codec.bad(ModifyOrder, "orderType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderType_values[v]
            except KeyError:
                v = _codec.unknown_enum(ModifyOrder, "orderType", OrderType, v)
        else:
            v = _codec.bad(ModifyOrder, "orderType", "string", v, True, False)
    o.order_type = v
    v = g("clOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "clOrdId", "string", v, False, False)
    o.cl_ord_id = v
    v = g("price", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "price", "number", v, False, False)
    o.price = v
    v = g("stopPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "stopPrice", "number", v, False, False)
    o.stop_price = v
    v = g("limitIfTouchedPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "limitIfTouchedPrice", "number", v, False, False)
    o.limit_if_touched_price = v
    v = g("maxShow", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "maxShow", "integer", v, False, False)
    o.max_show = v
    v = g("pegDifference", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "pegDifference", "number", v, False, False)
    o.peg_difference = v
    v = g("timeInForce", UNSET)
    if v.__class__ is str:
        try:
            v = _TimeInForce_values[v]
        except KeyError:
            v = _codec.unknown_enum(ModifyOrder, "timeInForce", TimeInForce, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "timeInForce", "string", v, False, False)
    o.time_in_force = v
    v = g("expireTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(ModifyOrder, "expireTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "expireTime", "date-time", v, False, False)
    o.expire_time = v
    v = g("text", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "text", "string", v, False, False)
    o.text = v
    v = g("activationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(ModifyOrder, "activationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "activationTime", "date-time", v, False, False)
    o.activation_time = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrder, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    if len(d) + missing == 15:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ModifyOrder, d, _KEYS)
    o._json = d
    o.__class__ = ModifyOrder
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ModifyOrder:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ModifyOrder = _new(_ModifyOrderRaw)
    o.order_id = w.order_id
    o.order_qty = w.order_qty
    o.order_type = w.order_type
    o.cl_ord_id = w.cl_ord_id
    o.price = w.price
    o.stop_price = w.stop_price
    o.limit_if_touched_price = w.limit_if_touched_price
    o.max_show = w.max_show
    o.peg_difference = w.peg_difference
    o.time_in_force = w.time_in_force
    o.expire_time = w.expire_time
    o.text = w.text
    o.activation_time = w.activation_time
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ModifyOrder
    return o


_Wire: Any = _codec.wire_struct(
    "ModifyOrder",
    [
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("order_qty", "orderQty", int, _codec.REQUIRED),
        ("order_type", "orderType", OrderType, _codec.REQUIRED),
        ("cl_ord_id", "clOrdId", str, UNSET),
        ("price", "price", _codec.NUMBER, UNSET),
        ("stop_price", "stopPrice", _codec.NUMBER, UNSET),
        ("limit_if_touched_price", "limitIfTouchedPrice", _codec.NUMBER, UNSET),
        ("max_show", "maxShow", int, UNSET),
        ("peg_difference", "pegDifference", _codec.NUMBER, UNSET),
        ("time_in_force", "timeInForce", TimeInForce, UNSET),
        ("expire_time", "expireTime", datetime.datetime, UNSET),
        ("text", "text", str, UNSET),
        ("activation_time", "activationTime", datetime.datetime, UNSET),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
    ],
)


ModifyOrder._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("order_qty", "orderQty", _codec.plain_json),
        _codec.Field("order_type", "orderType", _codec.enum_json),
        _codec.Field("cl_ord_id", "clOrdId", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("stop_price", "stopPrice", _codec.plain_json),
        _codec.Field("limit_if_touched_price", "limitIfTouchedPrice", _codec.plain_json),
        _codec.Field("max_show", "maxShow", _codec.plain_json),
        _codec.Field("peg_difference", "pegDifference", _codec.plain_json),
        _codec.Field("time_in_force", "timeInForce", _codec.enum_json),
        _codec.Field("expire_time", "expireTime", _codec.datetime_json),
        _codec.Field("text", "text", _codec.plain_json),
        _codec.Field("activation_time", "activationTime", _codec.datetime_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
