from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

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
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CashBalanceSlots:
    __slots__ = ("account_id", "timestamp", "trade_date", "currency_id", "amount", "id", "realized_pn_l", "week_realized_pn_l", "amount_sod", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CashBalance(_CashBalanceSlots, _codec.Model):
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


class _CashBalanceRaw(_CashBalanceSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CashBalance:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CashBalance = _new(_CashBalanceRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(CashBalance, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CashBalance, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(CashBalance, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(CashBalance, "timestamp", "date-time", v)
        else:
            v = _codec.bad(CashBalance, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["tradeDate"]
    except KeyError:
        v = _codec.bad(CashBalance, "tradeDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(CashBalance, "tradeDate", "object", v, True, False)
    o.trade_date = v
    try:
        v = d["currencyId"]
    except KeyError:
        v = _codec.bad(CashBalance, "currencyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CashBalance, "currencyId", "integer", v, True, False)
    o.currency_id = v
    try:
        v = d["amount"]
    except KeyError:
        v = _codec.bad(CashBalance, "amount", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(CashBalance, "amount", "number", v, True, False)
    o.amount = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalance, "id", "integer", v, False, False)
    o.id = v
    v = g("realizedPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalance, "realizedPnL", "number", v, False, False)
    o.realized_pn_l = v
    v = g("weekRealizedPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalance, "weekRealizedPnL", "number", v, False, False)
    o.week_realized_pn_l = v
    v = g("amountSOD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalance, "amountSOD", "number", v, False, False)
    o.amount_sod = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalance, "archived", "boolean", v, False, False)
    o.archived = v
    if len(d) + missing == 10:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CashBalance, d, _KEYS)
    o._json = d
    o.__class__ = CashBalance
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CashBalance:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CashBalance = _new(_CashBalanceRaw)
    o.account_id = w.account_id
    o.timestamp = w.timestamp
    v = w.trade_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["tradeDate"])
    o.trade_date = v
    o.currency_id = w.currency_id
    o.amount = w.amount
    o.id = w.id
    o.realized_pn_l = w.realized_pn_l
    o.week_realized_pn_l = w.week_realized_pn_l
    o.amount_sod = w.amount_sod
    o.archived = w.archived
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CashBalance
    return o


_Wire: Any = _codec.wire_struct(
    "CashBalance",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("trade_date", "tradeDate", _TradeDate_wire, _codec.REQUIRED),
        ("currency_id", "currencyId", int, _codec.REQUIRED),
        ("amount", "amount", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("realized_pn_l", "realizedPnL", _codec.NUMBER, UNSET),
        ("week_realized_pn_l", "weekRealizedPnL", _codec.NUMBER, UNSET),
        ("amount_sod", "amountSOD", _codec.NUMBER, UNSET),
        ("archived", "archived", bool, UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
