from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .trade_date import TradeDate

__all__ = ["Fill"]

_KEYS: frozenset[str] = frozenset(
    [
        "orderId",
        "contractId",
        "timestamp",
        "tradeDate",
        "action",
        "qty",
        "price",
        "active",
        "finallyPaired",
        "id",
        "external",
        "archived",
    ]
)
_Action_values = Action._value2member_map_


class _FillSlots:
    __slots__ = ("order_id", "contract_id", "timestamp", "trade_date", "action", "qty", "price", "active", "finally_paired", "id", "external", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Fill(_FillSlots):
    """One execution (partial or full) of an order.

    Attributes:
        order_id (``orderId``): Id of the Order that was filled.
        contract_id (``contractId``): Id of the Contract traded.
        timestamp (``timestamp``): When the fill happened.
        trade_date (``tradeDate``)
        action (``action``)
        qty (``qty``): Number of contracts filled.
        price (``price``): Fill price, in the contract's price units.
        active (``active``): False once the fill has been busted (cancelled) and no longer counts.
        finally_paired (``finallyPaired``): Quantity of this fill already matched against opposite fills in FillPairs.
        id (``id``): Id of the Fill.
        external (``external``): Whether the fill originated outside Tradovate (meaning inferred); only `false` has been
            seen.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
    """

    order_id: int
    contract_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    action: Action
    qty: int
    price: float
    active: bool
    finally_paired: int
    id: int | Unset = UNSET
    external: bool | Unset = UNSET
    archived: bool | Unset = UNSET
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
        o: Self = _codec.new_object(_FillRaw)
        g = d.get
        v = g("orderId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "orderId", "integer", v, True, False)
        o.order_id = v
        v = g("contractId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "contractId", "integer", v, True, False)
        o.contract_id = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("tradeDate", UNSET)
        if v.__class__ is dict:
            v = TradeDate._from_json(v)
        else:
            v = _codec.bad(cls, "tradeDate", "object", v, True, False)
        o.trade_date = v
        v = g("action", UNSET)
        if v.__class__ is str:
            e = _Action_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "action", Action, v)
        else:
            v = _codec.bad(cls, "action", "string", v, True, False)
        o.action = v
        v = g("qty", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "qty", "integer", v, True, False)
        o.qty = v
        v = g("price", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "price", "number", v, True, False)
        o.price = v
        v = g("active", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "active", "boolean", v, True, False)
        o.active = v
        v = g("finallyPaired", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "finallyPaired", "integer", v, True, False)
        o.finally_paired = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("external", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "external", "boolean", v, False, False)
        o.external = v
        v = g("archived", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "archived", "boolean", v, False, False)
        o.archived = v
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


class _FillRaw(_FillSlots):
    __slots__ = ()


Fill._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("qty", "qty", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("active", "active", _codec.plain_json),
        _codec.Field("finally_paired", "finallyPaired", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("external", "external", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
)
