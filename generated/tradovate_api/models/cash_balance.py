from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate

__all__ = ["CashBalance"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "timestamp",
        "tradeDate",
        "currencyId",
        "amount",
        "id",
        "realizedPnL",
        "weekRealizedPnL",
        "amountSOD",
        "archived",
    ]
)


class _CashBalanceSlots:
    __slots__ = ("account_id", "timestamp", "trade_date", "currency_id", "amount", "id", "realized_pn_l", "week_realized_pn_l", "amount_sod", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CashBalance(_CashBalanceSlots):
    """The cash an account holds in one currency on one trade date. Amounts are in that currency.

    Attributes:
        account_id (``accountId``): Id of the Account.
        timestamp (``timestamp``): When the balance last changed.
        trade_date (``tradeDate``)
        currency_id (``currencyId``): Id of the Currency of the amounts.
        amount (``amount``): Current cash balance.
        id (``id``): Id of the CashBalance.
        realized_pn_l (``realizedPnL``): Profit or loss realized on this trade date.
        week_realized_pn_l (``weekRealizedPnL``): Profit or loss realized in the current week.
        amount_sod (``amountSOD``): Cash balance at the start of the trade date.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
    """

    account_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    currency_id: int
    amount: float
    id: int | Unset = UNSET
    realized_pn_l: float | Unset = UNSET
    week_realized_pn_l: float | Unset = UNSET
    amount_sod: float | Unset = UNSET
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
        o: Self = _codec.new_object(_CashBalanceRaw)
        g = d.get
        v = g("accountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "accountId", "integer", v, True, False)
        o.account_id = v
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
        v = g("currencyId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "currencyId", "integer", v, True, False)
        o.currency_id = v
        v = g("amount", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "amount", "number", v, True, False)
        o.amount = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("realizedPnL", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "realizedPnL", "number", v, False, False)
        o.realized_pn_l = v
        v = g("weekRealizedPnL", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "weekRealizedPnL", "number", v, False, False)
        o.week_realized_pn_l = v
        v = g("amountSOD", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "amountSOD", "number", v, False, False)
        o.amount_sod = v
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


class _CashBalanceRaw(_CashBalanceSlots):
    __slots__ = ()


CashBalance._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("currency_id", "currencyId", _codec.plain_json),
        _codec.Field("amount", "amount", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("realized_pn_l", "realizedPnL", _codec.plain_json),
        _codec.Field("week_realized_pn_l", "weekRealizedPnL", _codec.plain_json),
        _codec.Field("amount_sod", "amountSOD", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
)
