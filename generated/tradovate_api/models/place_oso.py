from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .order_type import OrderType
from .restrained_order_version import RestrainedOrderVersion
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


class _PlaceOSOSlots:
    __slots__ = ("action", "symbol", "order_qty", "order_type", "bracket1", "account_spec", "account_id", "cl_ord_id", "price", "stop_price", "limit_if_touched_price", "max_show", "peg_difference", "time_in_force", "expire_time", "text", "activation_time", "custom_tag_50", "is_automated", "bracket2", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PlaceOSO(_PlaceOSOSlots):
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
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        o: Self = _codec.new_object(_PlaceOSORaw)
        g = d.get
        v = g("action", UNSET)
        if v.__class__ is str:
            e = _Action_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "action", Action, v)
        else:
            v = _codec.bad(cls, "action", "string", v, True, False)
        o.action = v
        v = g("symbol", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "symbol", "string", v, True, False)
        o.symbol = v
        v = g("orderQty", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "orderQty", "integer", v, True, False)
        o.order_qty = v
        v = g("orderType", UNSET)
        if v.__class__ is str:
            e = _OrderType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "orderType", OrderType, v)
        else:
            v = _codec.bad(cls, "orderType", "string", v, True, False)
        o.order_type = v
        v = g("bracket1", UNSET)
        if v.__class__ is dict:
            v = RestrainedOrderVersion._from_json(v)
        else:
            v = _codec.bad(cls, "bracket1", "object", v, True, False)
        o.bracket1 = v
        v = g("accountSpec", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "accountSpec", "string", v, False, False)
        o.account_spec = v
        v = g("accountId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "accountId", "integer", v, False, False)
        o.account_id = v
        v = g("clOrdId", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "clOrdId", "string", v, False, False)
        o.cl_ord_id = v
        v = g("price", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "price", "number", v, False, False)
        o.price = v
        v = g("stopPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "stopPrice", "number", v, False, False)
        o.stop_price = v
        v = g("limitIfTouchedPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "limitIfTouchedPrice", "number", v, False, False)
        o.limit_if_touched_price = v
        v = g("maxShow", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "maxShow", "integer", v, False, False)
        o.max_show = v
        v = g("pegDifference", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "pegDifference", "number", v, False, False)
        o.peg_difference = v
        v = g("timeInForce", UNSET)
        if v.__class__ is str:
            e = _TimeInForce_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "timeInForce", TimeInForce, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "timeInForce", "string", v, False, False)
        o.time_in_force = v
        v = g("expireTime", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "expireTime", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "expireTime", "date-time", v, False, False)
        o.expire_time = v
        v = g("text", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "text", "string", v, False, False)
        o.text = v
        v = g("activationTime", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "activationTime", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "activationTime", "date-time", v, False, False)
        o.activation_time = v
        v = g("customTag50", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "customTag50", "string", v, False, False)
        o.custom_tag_50 = v
        v = g("isAutomated", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "isAutomated", "boolean", v, False, False)
        o.is_automated = v
        v = g("bracket2", UNSET)
        if v.__class__ is dict:
            v = RestrainedOrderVersion._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "bracket2", "object", v, False, False)
        o.bracket2 = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _PlaceOSORaw(_PlaceOSOSlots):
    __slots__ = ()


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
)
