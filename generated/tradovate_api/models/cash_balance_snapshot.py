from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .withdrawal_reject_reason import WithdrawalRejectReason

__all__ = ["CashBalanceSnapshot"]

_KEYS: frozenset[str] = frozenset(
    [
        "errorText",
        "totalCashValue",
        "totalPnL",
        "initialMargin",
        "maintenanceMargin",
        "netLiq",
        "openPnL",
        "realizedPnL",
        "weekRealizedPnL",
        "withdrawalRejectReason",
        "currencyCashAvailWithdrawalUSD",
        "netLiqSOD",
        "totalCashValueSOD",
        "cashUSD",
        "cashSODUSD",
        "fullInitialMargin",
        "fullInitialMarginSOD",
        "autoLiqLevel",
    ]
)
_WithdrawalRejectReason_values = WithdrawalRejectReason._value2member_map_
_new = _codec.new_object


class _CashBalanceSnapshotSlots:
    __slots__ = ("error_text", "total_cash_value", "total_pn_l", "initial_margin", "maintenance_margin", "net_liq", "open_pn_l", "realized_pn_l", "week_realized_pn_l", "withdrawal_reject_reason", "currency_cash_avail_withdrawal_usd", "net_liq_sod", "total_cash_value_sod", "cash_usd", "cash_sodusd", "full_initial_margin", "full_initial_margin_sod", "auto_liq_level", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CashBalanceSnapshot(_CashBalanceSnapshotSlots, _codec.Model):
    """Point-in-time view of an account's cash, profit and loss and margin; amounts are in the account
    currency unless the name ends in USD.

    Attributes:
        error_text (``errorText``): Set when the request failed.
        total_cash_value (``totalCashValue``): Cash balance now.
        total_pn_l (``totalPnL``): Realized plus open profit and loss.
        initial_margin (``initialMargin``): Initial margin required by the open positions.
        maintenance_margin (``maintenanceMargin``): Maintenance margin required by the open positions.
        net_liq (``netLiq``): Net liquidation value: cash plus open profit and loss.
        open_pn_l (``openPnL``): Unrealized profit and loss of open positions.
        realized_pn_l (``realizedPnL``): Profit and loss realized in the current trading day.
        week_realized_pn_l (``weekRealizedPnL``): Profit and loss realized in the current week.
        withdrawal_reject_reason (``withdrawalRejectReason``): Why no withdrawable amount could be computed, when that happens.
        currency_cash_avail_withdrawal_usd (``currencyCashAvailWithdrawalUSD``): Cash that may be withdrawn, in US dollars.
        net_liq_sod (``netLiqSOD``): Net liquidation value at the start of the trading day.
        total_cash_value_sod (``totalCashValueSOD``): Cash balance at the start of the trading day.
        cash_usd (``cashUSD``): Cash balance in US dollars.
        cash_sodusd (``cashSODUSD``): Start-of-day cash balance in US dollars.
        full_initial_margin (``fullInitialMargin``): Initial margin at full (not day-trading) rates.
        full_initial_margin_sod (``fullInitialMarginSOD``): Full initial margin at the start of the trading day.
        auto_liq_level (``autoLiqLevel``): Net liquidation value at which auto-liquidation is triggered.
    """

    error_text: str | Unset = UNSET
    total_cash_value: float | Unset = UNSET
    total_pn_l: float | Unset = UNSET
    initial_margin: float | Unset = UNSET
    maintenance_margin: float | Unset = UNSET
    net_liq: float | Unset = UNSET
    open_pn_l: float | Unset = UNSET
    realized_pn_l: float | Unset = UNSET
    week_realized_pn_l: float | Unset = UNSET
    withdrawal_reject_reason: WithdrawalRejectReason | Unset = UNSET
    currency_cash_avail_withdrawal_usd: float | Unset = UNSET
    net_liq_sod: float | Unset = UNSET
    total_cash_value_sod: float | Unset = UNSET
    cash_usd: float | Unset = UNSET
    cash_sodusd: float | Unset = UNSET
    full_initial_margin: float | Unset = UNSET
    full_initial_margin_sod: float | Unset = UNSET
    auto_liq_level: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CashBalanceSnapshotRaw(_CashBalanceSnapshotSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CashBalanceSnapshot:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CashBalanceSnapshot = _new(_CashBalanceSnapshotRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("totalCashValue", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "totalCashValue", "number", v, False, False)
    o.total_cash_value = v
    v = g("totalPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "totalPnL", "number", v, False, False)
    o.total_pn_l = v
    v = g("initialMargin", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "initialMargin", "number", v, False, False)
    o.initial_margin = v
    v = g("maintenanceMargin", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "maintenanceMargin", "number", v, False, False)
    o.maintenance_margin = v
    v = g("netLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "netLiq", "number", v, False, False)
    o.net_liq = v
    v = g("openPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "openPnL", "number", v, False, False)
    o.open_pn_l = v
    v = g("realizedPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "realizedPnL", "number", v, False, False)
    o.realized_pn_l = v
    v = g("weekRealizedPnL", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "weekRealizedPnL", "number", v, False, False)
    o.week_realized_pn_l = v
    v = g("withdrawalRejectReason", UNSET)
    if v.__class__ is str:
        try:
            v = _WithdrawalRejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(CashBalanceSnapshot, "withdrawalRejectReason", WithdrawalRejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "withdrawalRejectReason", "string", v, False, False)
    o.withdrawal_reject_reason = v
    v = g("currencyCashAvailWithdrawalUSD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "currencyCashAvailWithdrawalUSD", "number", v, False, False)
    o.currency_cash_avail_withdrawal_usd = v
    v = g("netLiqSOD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "netLiqSOD", "number", v, False, False)
    o.net_liq_sod = v
    v = g("totalCashValueSOD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "totalCashValueSOD", "number", v, False, False)
    o.total_cash_value_sod = v
    v = g("cashUSD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "cashUSD", "number", v, False, False)
    o.cash_usd = v
    v = g("cashSODUSD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "cashSODUSD", "number", v, False, False)
    o.cash_sodusd = v
    v = g("fullInitialMargin", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "fullInitialMargin", "number", v, False, False)
    o.full_initial_margin = v
    v = g("fullInitialMarginSOD", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "fullInitialMarginSOD", "number", v, False, False)
    o.full_initial_margin_sod = v
    v = g("autoLiqLevel", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CashBalanceSnapshot, "autoLiqLevel", "number", v, False, False)
    o.auto_liq_level = v
    if len(d) + missing == 18:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CashBalanceSnapshot, d, _KEYS)
    o._json = d
    o.__class__ = CashBalanceSnapshot
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CashBalanceSnapshot:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CashBalanceSnapshot = _new(_CashBalanceSnapshotRaw)
    o.error_text = w.error_text
    o.total_cash_value = w.total_cash_value
    o.total_pn_l = w.total_pn_l
    o.initial_margin = w.initial_margin
    o.maintenance_margin = w.maintenance_margin
    o.net_liq = w.net_liq
    o.open_pn_l = w.open_pn_l
    o.realized_pn_l = w.realized_pn_l
    o.week_realized_pn_l = w.week_realized_pn_l
    o.withdrawal_reject_reason = w.withdrawal_reject_reason
    o.currency_cash_avail_withdrawal_usd = w.currency_cash_avail_withdrawal_usd
    o.net_liq_sod = w.net_liq_sod
    o.total_cash_value_sod = w.total_cash_value_sod
    o.cash_usd = w.cash_usd
    o.cash_sodusd = w.cash_sodusd
    o.full_initial_margin = w.full_initial_margin
    o.full_initial_margin_sod = w.full_initial_margin_sod
    o.auto_liq_level = w.auto_liq_level
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CashBalanceSnapshot
    return o


_Wire: Any = _codec.wire_struct(
    "CashBalanceSnapshot",
    [
        ("error_text", "errorText", str, UNSET),
        ("total_cash_value", "totalCashValue", _codec.NUMBER, UNSET),
        ("total_pn_l", "totalPnL", _codec.NUMBER, UNSET),
        ("initial_margin", "initialMargin", _codec.NUMBER, UNSET),
        ("maintenance_margin", "maintenanceMargin", _codec.NUMBER, UNSET),
        ("net_liq", "netLiq", _codec.NUMBER, UNSET),
        ("open_pn_l", "openPnL", _codec.NUMBER, UNSET),
        ("realized_pn_l", "realizedPnL", _codec.NUMBER, UNSET),
        ("week_realized_pn_l", "weekRealizedPnL", _codec.NUMBER, UNSET),
        ("withdrawal_reject_reason", "withdrawalRejectReason", WithdrawalRejectReason, UNSET),
        ("currency_cash_avail_withdrawal_usd", "currencyCashAvailWithdrawalUSD", _codec.NUMBER, UNSET),
        ("net_liq_sod", "netLiqSOD", _codec.NUMBER, UNSET),
        ("total_cash_value_sod", "totalCashValueSOD", _codec.NUMBER, UNSET),
        ("cash_usd", "cashUSD", _codec.NUMBER, UNSET),
        ("cash_sodusd", "cashSODUSD", _codec.NUMBER, UNSET),
        ("full_initial_margin", "fullInitialMargin", _codec.NUMBER, UNSET),
        ("full_initial_margin_sod", "fullInitialMarginSOD", _codec.NUMBER, UNSET),
        ("auto_liq_level", "autoLiqLevel", _codec.NUMBER, UNSET),
    ],
)


CashBalanceSnapshot._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("total_cash_value", "totalCashValue", _codec.plain_json),
        _codec.Field("total_pn_l", "totalPnL", _codec.plain_json),
        _codec.Field("initial_margin", "initialMargin", _codec.plain_json),
        _codec.Field("maintenance_margin", "maintenanceMargin", _codec.plain_json),
        _codec.Field("net_liq", "netLiq", _codec.plain_json),
        _codec.Field("open_pn_l", "openPnL", _codec.plain_json),
        _codec.Field("realized_pn_l", "realizedPnL", _codec.plain_json),
        _codec.Field("week_realized_pn_l", "weekRealizedPnL", _codec.plain_json),
        _codec.Field("withdrawal_reject_reason", "withdrawalRejectReason", _codec.enum_json),
        _codec.Field("currency_cash_avail_withdrawal_usd", "currencyCashAvailWithdrawalUSD", _codec.plain_json),
        _codec.Field("net_liq_sod", "netLiqSOD", _codec.plain_json),
        _codec.Field("total_cash_value_sod", "totalCashValueSOD", _codec.plain_json),
        _codec.Field("cash_usd", "cashUSD", _codec.plain_json),
        _codec.Field("cash_sodusd", "cashSODUSD", _codec.plain_json),
        _codec.Field("full_initial_margin", "fullInitialMargin", _codec.plain_json),
        _codec.Field("full_initial_margin_sod", "fullInitialMarginSOD", _codec.plain_json),
        _codec.Field("auto_liq_level", "autoLiqLevel", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
