from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate

__all__ = ["Position"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "contractId",
        "timestamp",
        "tradeDate",
        "netPos",
        "bought",
        "boughtValue",
        "sold",
        "soldValue",
        "prevPos",
        "id",
        "netPrice",
        "prevPrice",
        "archived",
    ]
)


class _PositionSlots:
    __slots__ = ("account_id", "contract_id", "timestamp", "trade_date", "net_pos", "bought", "bought_value", "sold", "sold_value", "prev_pos", "id", "net_price", "prev_price", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Position(_PositionSlots):
    """An account's holding in one contract for one trade date, with that day's buying and selling. Prices
    and values are in the contract's price units, not money.

    Attributes:
        account_id (``accountId``): Id of the Account.
        contract_id (``contractId``): Id of the Contract.
        timestamp (``timestamp``): When the position last changed.
        trade_date (``tradeDate``)
        net_pos (``netPos``): Contracts held now: positive when long, negative when short, 0 when flat.
        bought (``bought``): Contracts bought on this trade date.
        bought_value (``boughtValue``): Sum of quantity times price over today's buys; divide by bought for the average buy
            price.
        sold (``sold``): Contracts sold on this trade date.
        sold_value (``soldValue``): Sum of quantity times price over today's sells; divide by sold for the average sell
            price.
        prev_pos (``prevPos``): Net position carried in from the previous trade date (netPos = prevPos + bought - sold).
        id (``id``): Id of the Position.
        net_price (``netPrice``): Average price of the open net position; not set when flat.
        prev_price (``prevPrice``): Price at which prevPos was carried in.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
    """

    account_id: int
    contract_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    net_pos: int
    bought: int
    bought_value: float
    sold: int
    sold_value: float
    prev_pos: int
    id: int | Unset = UNSET
    net_price: float | Unset = UNSET
    prev_price: float | Unset = UNSET
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
        o: Self = _codec.new_object(_PositionRaw)
        g = d.get
        v = g("accountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "accountId", "integer", v, True, False)
        o.account_id = v
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
        v = g("netPos", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "netPos", "integer", v, True, False)
        o.net_pos = v
        v = g("bought", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "bought", "integer", v, True, False)
        o.bought = v
        v = g("boughtValue", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "boughtValue", "number", v, True, False)
        o.bought_value = v
        v = g("sold", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "sold", "integer", v, True, False)
        o.sold = v
        v = g("soldValue", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "soldValue", "number", v, True, False)
        o.sold_value = v
        v = g("prevPos", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "prevPos", "integer", v, True, False)
        o.prev_pos = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("netPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "netPrice", "number", v, False, False)
        o.net_price = v
        v = g("prevPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "prevPrice", "number", v, False, False)
        o.prev_price = v
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


class _PositionRaw(_PositionSlots):
    __slots__ = ()


Position._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("net_pos", "netPos", _codec.plain_json),
        _codec.Field("bought", "bought", _codec.plain_json),
        _codec.Field("bought_value", "boughtValue", _codec.plain_json),
        _codec.Field("sold", "sold", _codec.plain_json),
        _codec.Field("sold_value", "soldValue", _codec.plain_json),
        _codec.Field("prev_pos", "prevPos", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("net_price", "netPrice", _codec.plain_json),
        _codec.Field("prev_price", "prevPrice", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
)
