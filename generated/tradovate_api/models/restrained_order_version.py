from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .order_type import OrderType
from .time_in_force import TimeInForce

__all__ = ["RestrainedOrderVersion"]

_KEYS: frozenset[str] = frozenset(
    [
        "action",
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
    ]
)
_Action_values = Action._value2member_map_
_OrderType_values = OrderType._value2member_map_
_TimeInForce_values = TimeInForce._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _RestrainedOrderVersionSlots:
    __slots__ = ("action", "order_type", "cl_ord_id", "price", "stop_price", "limit_if_touched_price", "max_show", "peg_difference", "time_in_force", "expire_time", "text", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RestrainedOrderVersion(_RestrainedOrderVersionSlots, _codec.Model):
    """A linked order inside an OCO or OSO request. It trades the same account and contract as the main
    order, so only side, type, prices and timing are given; prices are in price units.

    Attributes:
        action (``action``)
        order_type (``orderType``)
        cl_ord_id (``clOrdId``): Client-chosen id for this order.
        price (``price``): Limit price, for order types that need one.
        stop_price (``stopPrice``): Stop trigger price, for stop order types.
        limit_if_touched_price (``limitIfTouchedPrice``): Trigger price of a LimitIfTouched order.
        max_show (``maxShow``): Quantity shown to the market at a time (iceberg orders).
        peg_difference (``pegDifference``): Distance a trailing stop keeps from the market.
        time_in_force (``timeInForce``)
        expire_time (``expireTime``): When a GTD order expires.
        text (``text``): Free-text note, up to 64 characters.
    """

    action: Action
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
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RestrainedOrderVersionRaw(_RestrainedOrderVersionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RestrainedOrderVersion:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RestrainedOrderVersion = _new(_RestrainedOrderVersionRaw)
    missing = 0
    g = d.get
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(RestrainedOrderVersion, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(RestrainedOrderVersion, "action", Action, v)
        else:
            v = _codec.bad(RestrainedOrderVersion, "action", "string", v, True, False)
    o.action = v
    try:
        v = d["orderType"]
    except KeyError:
        v = _codec.bad(RestrainedOrderVersion, "orderType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderType_values[v]
            except KeyError:
                v = _codec.unknown_enum(RestrainedOrderVersion, "orderType", OrderType, v)
        else:
            v = _codec.bad(RestrainedOrderVersion, "orderType", "string", v, True, False)
    o.order_type = v
    v = g("clOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "clOrdId", "string", v, False, False)
    o.cl_ord_id = v
    v = g("price", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "price", "number", v, False, False)
    o.price = v
    v = g("stopPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "stopPrice", "number", v, False, False)
    o.stop_price = v
    v = g("limitIfTouchedPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "limitIfTouchedPrice", "number", v, False, False)
    o.limit_if_touched_price = v
    v = g("maxShow", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "maxShow", "integer", v, False, False)
    o.max_show = v
    v = g("pegDifference", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "pegDifference", "number", v, False, False)
    o.peg_difference = v
    v = g("timeInForce", UNSET)
    if v.__class__ is str:
        try:
            v = _TimeInForce_values[v]
        except KeyError:
            v = _codec.unknown_enum(RestrainedOrderVersion, "timeInForce", TimeInForce, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "timeInForce", "string", v, False, False)
    o.time_in_force = v
    v = g("expireTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(RestrainedOrderVersion, "expireTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "expireTime", "date-time", v, False, False)
    o.expire_time = v
    v = g("text", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RestrainedOrderVersion, "text", "string", v, False, False)
    o.text = v
    if len(d) + missing == 11:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RestrainedOrderVersion, d, _KEYS)
    o._json = d
    o.__class__ = RestrainedOrderVersion
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RestrainedOrderVersion:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RestrainedOrderVersion = _new(_RestrainedOrderVersionRaw)
    o.action = w.action
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
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RestrainedOrderVersion
    return o


_Wire: Any = _codec.wire_struct(
    "RestrainedOrderVersion",
    [
        ("action", "action", Action, _codec.REQUIRED),
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
    ],
)


RestrainedOrderVersion._info = _codec.model_info(
    (
        _codec.Field("action", "action", _codec.enum_json),
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
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
