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
from .restrained_order_version import RestrainedOrderVersion
from .restrained_order_version import _decode as _decode_RestrainedOrderVersion
from .restrained_order_version import _from_wire as _from_wire_RestrainedOrderVersion
from .restrained_order_version import _Wire as _RestrainedOrderVersion_wire
from .time_in_force import TimeInForce

__all__ = ["PlaceOSO"]

_KEYS: frozenset[str] = frozenset(
    [
        "action",
        "symbol",
        "orderQty",
        "orderType",
        "bracket1",
        "accountSpec",
        "accountId",
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
        "bracket2",
    ]
)
_Action_values = Action._value2member_map_
_OrderType_values = OrderType._value2member_map_
_TimeInForce_values = TimeInForce._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _PlaceOSOSlots:
    __slots__ = ("action", "symbol", "order_qty", "order_type", "bracket1", "account_spec", "account_id", "cl_ord_id", "price", "stop_price", "limit_if_touched_price", "max_show", "peg_difference", "time_in_force", "expire_time", "text", "activation_time", "custom_tag_50", "is_automated", "bracket2", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PlaceOSO(_PlaceOSOSlots, _codec.Model):
    """An entry order with one or two bracket orders that are sent only after the entry fills. When both
    brackets are given they form an OCO pair. Prices are in the contract's price units.

    Attributes:
        action (``action``)
        symbol (``symbol``): Contract symbol, for example ESZ6.
        order_qty (``orderQty``): Number of contracts in the entry order.
        order_type (``orderType``)
        bracket1 (``bracket1``)
        account_spec (``accountSpec``): Text naming the account; the upstream examples pass the user name returned with the
            access token.
        account_id (``accountId``): Id of the Account to trade in.
        cl_ord_id (``clOrdId``): Client-chosen id for the entry order.
        price (``price``): Limit price, for order types that need one.
        stop_price (``stopPrice``): Stop trigger price, for stop order types.
        limit_if_touched_price (``limitIfTouchedPrice``): Trigger price of a LimitIfTouched order.
        max_show (``maxShow``): Quantity shown to the market at a time (iceberg orders).
        peg_difference (``pegDifference``): Distance a trailing stop keeps from the market.
        time_in_force (``timeInForce``)
        expire_time (``expireTime``): When a GTD order expires.
        text (``text``): Free-text note, up to 64 characters.
        activation_time (``activationTime``): Moment the entry order should become active; omit to send at once.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): Must be true unless a person entered the order.
        bracket2 (``bracket2``)
    """

    action: Action
    symbol: str
    order_qty: int
    order_type: OrderType
    bracket1: RestrainedOrderVersion
    account_spec: str | Unset = UNSET
    account_id: int | Unset = UNSET
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
    bracket2: RestrainedOrderVersion | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PlaceOSORaw(_PlaceOSOSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PlaceOSO:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PlaceOSO = _new(_PlaceOSORaw)
    missing = 0
    g = d.get
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(PlaceOSO, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(PlaceOSO, "action", Action, v)
        else:
            v = _codec.bad(PlaceOSO, "action", "string", v, True, False)
    o.action = v
    try:
        v = d["symbol"]
    except KeyError:
        v = _codec.bad(PlaceOSO, "symbol", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(PlaceOSO, "symbol", "string", v, True, False)
    o.symbol = v
    try:
        v = d["orderQty"]
    except KeyError:
        v = _codec.bad(PlaceOSO, "orderQty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(PlaceOSO, "orderQty", "integer", v, True, False)
    o.order_qty = v
    try:
        v = d["orderType"]
    except KeyError:
        v = _codec.bad(PlaceOSO, "orderType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderType_values[v]
            except KeyError:
                v = _codec.unknown_enum(PlaceOSO, "orderType", OrderType, v)
        else:
            v = _codec.bad(PlaceOSO, "orderType", "string", v, True, False)
    o.order_type = v
    try:
        v = d["bracket1"]
    except KeyError:
        v = _codec.bad(PlaceOSO, "bracket1", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_RestrainedOrderVersion(v)
        else:
            v = _codec.bad(PlaceOSO, "bracket1", "object", v, True, False)
    o.bracket1 = v
    v = g("accountSpec", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "accountSpec", "string", v, False, False)
    o.account_spec = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("clOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "clOrdId", "string", v, False, False)
    o.cl_ord_id = v
    v = g("price", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "price", "number", v, False, False)
    o.price = v
    v = g("stopPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "stopPrice", "number", v, False, False)
    o.stop_price = v
    v = g("limitIfTouchedPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "limitIfTouchedPrice", "number", v, False, False)
    o.limit_if_touched_price = v
    v = g("maxShow", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "maxShow", "integer", v, False, False)
    o.max_show = v
    v = g("pegDifference", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "pegDifference", "number", v, False, False)
    o.peg_difference = v
    v = g("timeInForce", UNSET)
    if v.__class__ is str:
        try:
            v = _TimeInForce_values[v]
        except KeyError:
            v = _codec.unknown_enum(PlaceOSO, "timeInForce", TimeInForce, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "timeInForce", "string", v, False, False)
    o.time_in_force = v
    v = g("expireTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(PlaceOSO, "expireTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "expireTime", "date-time", v, False, False)
    o.expire_time = v
    v = g("text", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "text", "string", v, False, False)
    o.text = v
    v = g("activationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(PlaceOSO, "activationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "activationTime", "date-time", v, False, False)
    o.activation_time = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    v = g("bracket2", UNSET)
    if v.__class__ is dict:
        v = _decode_RestrainedOrderVersion(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOSO, "bracket2", "object", v, False, False)
    o.bracket2 = v
    if len(d) + missing == 20:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PlaceOSO, d, _KEYS)
    o._json = d
    o.__class__ = PlaceOSO
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PlaceOSO:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PlaceOSO = _new(_PlaceOSORaw)
    o.action = w.action
    o.symbol = w.symbol
    o.order_qty = w.order_qty
    o.order_type = w.order_type
    v = w.bracket1
    if v.__class__ is _RestrainedOrderVersion_wire:
        v = _from_wire_RestrainedOrderVersion(v, d["bracket1"])
    o.bracket1 = v
    o.account_spec = w.account_spec
    o.account_id = w.account_id
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
    v = w.bracket2
    if v.__class__ is _RestrainedOrderVersion_wire:
        v = _from_wire_RestrainedOrderVersion(v, d["bracket2"])
    o.bracket2 = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PlaceOSO
    return o


_Wire: Any = _codec.wire_struct(
    "PlaceOSO",
    [
        ("action", "action", Action, _codec.REQUIRED),
        ("symbol", "symbol", str, _codec.REQUIRED),
        ("order_qty", "orderQty", int, _codec.REQUIRED),
        ("order_type", "orderType", OrderType, _codec.REQUIRED),
        ("bracket1", "bracket1", _RestrainedOrderVersion_wire, _codec.REQUIRED),
        ("account_spec", "accountSpec", str, UNSET),
        ("account_id", "accountId", int, UNSET),
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
        ("bracket2", "bracket2", _RestrainedOrderVersion_wire, UNSET),
    ],
)


PlaceOSO._info = _codec.model_info(
    (
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("symbol", "symbol", _codec.plain_json),
        _codec.Field("order_qty", "orderQty", _codec.plain_json),
        _codec.Field("order_type", "orderType", _codec.enum_json),
        _codec.Field("bracket1", "bracket1", _codec.model_json),
        _codec.Field("account_spec", "accountSpec", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
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
        _codec.Field("bracket2", "bracket2", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
