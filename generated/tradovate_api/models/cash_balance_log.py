from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .cash_change_type import CashChangeType
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["CashBalanceLog"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "timestamp",
        "tradeDate",
        "currencyId",
        "amount",
        "cashChangeType",
        "delta",
        "id",
        "realizedPnL",
        "weekRealizedPnL",
        "fillPairId",
        "fillId",
        "fundTransactionId",
        "comment",
        "senderId",
    ]
)
_CashChangeType_values = CashChangeType._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CashBalanceLogSlots:
    __slots__ = ("account_id", "timestamp", "trade_date", "currency_id", "amount", "cash_change_type", "delta", "id", "realized_pn_l", "week_realized_pn_l", "fill_pair_id", "fill_id", "fund_transaction_id", "comment", "sender_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CashBalanceLog(_CashBalanceLogSlots, _codec.Model):
    """One change to an account's cash in one currency, with its cause. Amounts are in that currency.

    Attributes:
        account_id (``accountId``): Id of the Account.
        timestamp (``timestamp``): When the change was booked.
        trade_date (``tradeDate``)
        currency_id (``currencyId``): Id of the Currency of the amounts.
        amount (``amount``): Cash balance after the change.
        cash_change_type (``cashChangeType``)
        delta (``delta``): Size of the change; negative when cash was taken out.
        id (``id``): Id of the CashBalanceLog entry.
        realized_pn_l (``realizedPnL``): Realized profit or loss for the trade date after the change.
        week_realized_pn_l (``weekRealizedPnL``): Realized profit or loss for the week after the change.
        fill_pair_id (``fillPairId``): Id of the FillPair whose profit or loss caused the change, if any.
        fill_id (``fillId``): Id of the Fill whose fees caused the change, if any.
        fund_transaction_id (``fundTransactionId``): Id of the fund transaction behind the change, if any.
        comment (``comment``): Free-text note, up to 64 characters.
        sender_id (``senderId``): Id of the User who made a manual change.
    """

    account_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    currency_id: int
    amount: float
    cash_change_type: CashChangeType
    delta: float
    id: int | Unset = UNSET
    realized_pn_l: float | Unset = UNSET
    week_realized_pn_l: float | Unset = UNSET
    fill_pair_id: int | Unset = UNSET
    fill_id: int | Unset = UNSET
    fund_transaction_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CashBalanceLogRaw(_CashBalanceLogSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CashBalanceLog:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CashBalanceLog = _new(_CashBalanceLogRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CashBalanceLog, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(CashBalanceLog, "timestamp", "date-time", v)
        else:
            v = _codec.bad(CashBalanceLog, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["tradeDate"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "tradeDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(CashBalanceLog, "tradeDate", "object", v, True, False)
    o.trade_date = v
    try:
        v = d["currencyId"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "currencyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CashBalanceLog, "currencyId", "integer", v, True, False)
    o.currency_id = v
    try:
        v = d["amount"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "amount", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(CashBalanceLog, "amount", "number", v, True, False)
    o.amount = v
    try:
        v = d["cashChangeType"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "cashChangeType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _CashChangeType_values[v]
            except KeyError:
                v = _codec.unknown_enum(CashBalanceLog, "cashChangeType", CashChangeType, v)
        else:
            v = _codec.bad(CashBalanceLog, "cashChangeType", "string", v, True, False)
    o.cash_change_type = v
    try:
        v = d["delta"]
    except KeyError:
        v = _codec.bad(CashBalanceLog, "delta", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(CashBalanceLog, "delta", "number", v, True, False)
    o.delta = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "id", "integer", v, False, False)
    o.id = v
    v = g("realizedPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "realizedPnL", "number", v, False, False)
    o.realized_pn_l = v
    v = g("weekRealizedPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "weekRealizedPnL", "number", v, False, False)
    o.week_realized_pn_l = v
    v = g("fillPairId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "fillPairId", "integer", v, False, False)
    o.fill_pair_id = v
    v = g("fillId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "fillId", "integer", v, False, False)
    o.fill_id = v
    v = g("fundTransactionId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "fundTransactionId", "integer", v, False, False)
    o.fund_transaction_id = v
    v = g("comment", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "comment", "string", v, False, False)
    o.comment = v
    v = g("senderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceLog, "senderId", "integer", v, False, False)
    o.sender_id = v
    if len(d) + missing == 15:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CashBalanceLog, d, _KEYS)
    o._json = d
    o.__class__ = CashBalanceLog
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CashBalanceLog:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CashBalanceLog = _new(_CashBalanceLogRaw)
    o.account_id = w.account_id
    o.timestamp = w.timestamp
    v = w.trade_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["tradeDate"])
    o.trade_date = v
    o.currency_id = w.currency_id
    o.amount = w.amount
    o.cash_change_type = w.cash_change_type
    o.delta = w.delta
    o.id = w.id
    o.realized_pn_l = w.realized_pn_l
    o.week_realized_pn_l = w.week_realized_pn_l
    o.fill_pair_id = w.fill_pair_id
    o.fill_id = w.fill_id
    o.fund_transaction_id = w.fund_transaction_id
    o.comment = w.comment
    o.sender_id = w.sender_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CashBalanceLog
    return o


_Wire: Any = _codec.wire_struct(
    "CashBalanceLog",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("trade_date", "tradeDate", _TradeDate_wire, _codec.REQUIRED),
        ("currency_id", "currencyId", int, _codec.REQUIRED),
        ("amount", "amount", _codec.NUMBER, _codec.REQUIRED),
        ("cash_change_type", "cashChangeType", CashChangeType, _codec.REQUIRED),
        ("delta", "delta", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("realized_pn_l", "realizedPnL", _codec.NUMBER, UNSET),
        ("week_realized_pn_l", "weekRealizedPnL", _codec.NUMBER, UNSET),
        ("fill_pair_id", "fillPairId", int, UNSET),
        ("fill_id", "fillId", int, UNSET),
        ("fund_transaction_id", "fundTransactionId", int, UNSET),
        ("comment", "comment", str, UNSET),
        ("sender_id", "senderId", int, UNSET),
    ],
)


CashBalanceLog._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("currency_id", "currencyId", _codec.plain_json),
        _codec.Field("amount", "amount", _codec.plain_json),
        _codec.Field("cash_change_type", "cashChangeType", _codec.enum_json),
        _codec.Field("delta", "delta", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("realized_pn_l", "realizedPnL", _codec.plain_json),
        _codec.Field("week_realized_pn_l", "weekRealizedPnL", _codec.plain_json),
        _codec.Field("fill_pair_id", "fillPairId", _codec.plain_json),
        _codec.Field("fill_id", "fillId", _codec.plain_json),
        _codec.Field("fund_transaction_id", "fundTransactionId", _codec.plain_json),
        _codec.Field("comment", "comment", _codec.plain_json),
        _codec.Field("sender_id", "senderId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
