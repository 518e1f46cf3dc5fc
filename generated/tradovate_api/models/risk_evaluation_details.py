from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["RiskEvaluationDetails"]

_KEYS: frozenset[str] = frozenset(
    [
        "beforeInitialMarginReq",
        "beforeInitialFullMarginReq",
        "beforeOpenCollateralReq",
        "beforeNetPos",
        "isExitOrder",
        "initialMarginReq",
        "initialFullMarginReq",
        "openCollateralReq",
        "totalCash",
        "futuresOpenPnL",
        "optionsOpenPnL",
        "riskCredit",
        "netLiqValue",
        "futureCommAndFees",
        "totalCashRequired",
        "excess",
        "hypoLongPos",
        "hypoShortPos",
    ]
)
_new = _codec.new_object


class _RiskEvaluationDetailsSlots:
    __slots__ = ("before_initial_margin_req", "before_initial_full_margin_req", "before_open_collateral_req", "before_net_pos", "is_exit_order", "initial_margin_req", "initial_full_margin_req", "open_collateral_req", "total_cash", "futures_open_pn_l", "options_open_pn_l", "risk_credit", "net_liq_value", "future_comm_and_fees", "total_cash_required", "excess", "hypo_long_pos", "hypo_short_pos", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RiskEvaluationDetails(_RiskEvaluationDetailsSlots, _codec.Model):
    """Figures from a dry-run risk check: the account's requirements before the orders and as if they were
    filled. Money amounts are in the account's currency.

    Attributes:
        before_initial_margin_req (``beforeInitialMarginReq``): Initial margin required before the orders.
        before_initial_full_margin_req (``beforeInitialFullMarginReq``): Full (non-reduced) initial margin required before the orders.
        before_open_collateral_req (``beforeOpenCollateralReq``): Collateral required for open positions before the orders.
        before_net_pos (``beforeNetPos``): Net position in the contract before the orders (positive long, negative short).
        is_exit_order (``isExitOrder``): True if the orders would only reduce or close the current position.
        initial_margin_req (``initialMarginReq``): Initial margin required if the orders were filled.
        initial_full_margin_req (``initialFullMarginReq``): Full initial margin required if the orders were filled.
        open_collateral_req (``openCollateralReq``): Collateral required for open positions if the orders were filled.
        total_cash (``totalCash``): Cash in the account.
        futures_open_pn_l (``futuresOpenPnL``): Unrealized profit or loss of open futures positions.
        options_open_pn_l (``optionsOpenPnL``): Unrealized profit or loss of open options positions.
        risk_credit (``riskCredit``): Risk credit allowed to the account.
        net_liq_value (``netLiqValue``): Net liquidation value of the account.
        future_comm_and_fees (``futureCommAndFees``): Expected commissions and fees of the orders.
        total_cash_required (``totalCashRequired``): Cash the account would need to hold the result.
        excess (``excess``): Funds left after the requirement is met; negative means a shortfall.
        hypo_long_pos (``hypoLongPos``): Hypothetical long position if the orders were filled.
        hypo_short_pos (``hypoShortPos``): Hypothetical short position if the orders were filled.
    """

    before_initial_margin_req: float
    before_initial_full_margin_req: float
    before_open_collateral_req: float
    before_net_pos: int
    is_exit_order: bool
    initial_margin_req: float
    initial_full_margin_req: float
    open_collateral_req: float
    total_cash: float
    futures_open_pn_l: float
    options_open_pn_l: float
    risk_credit: float
    net_liq_value: float
    future_comm_and_fees: float
    total_cash_required: float
    excess: float
    hypo_long_pos: int
    hypo_short_pos: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RiskEvaluationDetailsRaw(_RiskEvaluationDetailsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RiskEvaluationDetails:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RiskEvaluationDetails = _new(_RiskEvaluationDetailsRaw)
    missing = 0
    try:
        v = d["beforeInitialMarginReq"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "beforeInitialMarginReq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "beforeInitialMarginReq", "number", v, True, False)
    o.before_initial_margin_req = v
    try:
        v = d["beforeInitialFullMarginReq"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "beforeInitialFullMarginReq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "beforeInitialFullMarginReq", "number", v, True, False)
    o.before_initial_full_margin_req = v
    try:
        v = d["beforeOpenCollateralReq"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "beforeOpenCollateralReq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "beforeOpenCollateralReq", "number", v, True, False)
    o.before_open_collateral_req = v
    try:
        v = d["beforeNetPos"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "beforeNetPos", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "beforeNetPos", "integer", v, True, False)
    o.before_net_pos = v
    try:
        v = d["isExitOrder"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "isExitOrder", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(RiskEvaluationDetails, "isExitOrder", "boolean", v, True, False)
    o.is_exit_order = v
    try:
        v = d["initialMarginReq"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "initialMarginReq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "initialMarginReq", "number", v, True, False)
    o.initial_margin_req = v
    try:
        v = d["initialFullMarginReq"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "initialFullMarginReq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "initialFullMarginReq", "number", v, True, False)
    o.initial_full_margin_req = v
    try:
        v = d["openCollateralReq"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "openCollateralReq", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "openCollateralReq", "number", v, True, False)
    o.open_collateral_req = v
    try:
        v = d["totalCash"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "totalCash", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "totalCash", "number", v, True, False)
    o.total_cash = v
    try:
        v = d["futuresOpenPnL"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "futuresOpenPnL", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "futuresOpenPnL", "number", v, True, False)
    o.futures_open_pn_l = v
    try:
        v = d["optionsOpenPnL"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "optionsOpenPnL", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "optionsOpenPnL", "number", v, True, False)
    o.options_open_pn_l = v
    try:
        v = d["riskCredit"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "riskCredit", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "riskCredit", "number", v, True, False)
    o.risk_credit = v
    try:
        v = d["netLiqValue"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "netLiqValue", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "netLiqValue", "number", v, True, False)
    o.net_liq_value = v
    try:
        v = d["futureCommAndFees"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "futureCommAndFees", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "futureCommAndFees", "number", v, True, False)
    o.future_comm_and_fees = v
    try:
        v = d["totalCashRequired"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "totalCashRequired", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "totalCashRequired", "number", v, True, False)
    o.total_cash_required = v
    try:
        v = d["excess"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "excess", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "excess", "number", v, True, False)
    o.excess = v
    try:
        v = d["hypoLongPos"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "hypoLongPos", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "hypoLongPos", "integer", v, True, False)
    o.hypo_long_pos = v
    try:
        v = d["hypoShortPos"]
    except KeyError:
        v = _codec.bad(RiskEvaluationDetails, "hypoShortPos", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(RiskEvaluationDetails, "hypoShortPos", "integer", v, True, False)
    o.hypo_short_pos = v
    if len(d) + missing == 18:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RiskEvaluationDetails, d, _KEYS)
    o._json = d
    o.__class__ = RiskEvaluationDetails
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RiskEvaluationDetails:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RiskEvaluationDetails = _new(_RiskEvaluationDetailsRaw)
    o.before_initial_margin_req = w.before_initial_margin_req
    o.before_initial_full_margin_req = w.before_initial_full_margin_req
    o.before_open_collateral_req = w.before_open_collateral_req
    o.before_net_pos = w.before_net_pos
    o.is_exit_order = w.is_exit_order
    o.initial_margin_req = w.initial_margin_req
    o.initial_full_margin_req = w.initial_full_margin_req
    o.open_collateral_req = w.open_collateral_req
    o.total_cash = w.total_cash
    o.futures_open_pn_l = w.futures_open_pn_l
    o.options_open_pn_l = w.options_open_pn_l
    o.risk_credit = w.risk_credit
    o.net_liq_value = w.net_liq_value
    o.future_comm_and_fees = w.future_comm_and_fees
    o.total_cash_required = w.total_cash_required
    o.excess = w.excess
    o.hypo_long_pos = w.hypo_long_pos
    o.hypo_short_pos = w.hypo_short_pos
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RiskEvaluationDetails
    return o


_Wire: Any = _codec.wire_struct(
    "RiskEvaluationDetails",
    [
        ("before_initial_margin_req", "beforeInitialMarginReq", _codec.NUMBER, _codec.REQUIRED),
        ("before_initial_full_margin_req", "beforeInitialFullMarginReq", _codec.NUMBER, _codec.REQUIRED),
        ("before_open_collateral_req", "beforeOpenCollateralReq", _codec.NUMBER, _codec.REQUIRED),
        ("before_net_pos", "beforeNetPos", int, _codec.REQUIRED),
        ("is_exit_order", "isExitOrder", bool, _codec.REQUIRED),
        ("initial_margin_req", "initialMarginReq", _codec.NUMBER, _codec.REQUIRED),
        ("initial_full_margin_req", "initialFullMarginReq", _codec.NUMBER, _codec.REQUIRED),
        ("open_collateral_req", "openCollateralReq", _codec.NUMBER, _codec.REQUIRED),
        ("total_cash", "totalCash", _codec.NUMBER, _codec.REQUIRED),
        ("futures_open_pn_l", "futuresOpenPnL", _codec.NUMBER, _codec.REQUIRED),
        ("options_open_pn_l", "optionsOpenPnL", _codec.NUMBER, _codec.REQUIRED),
        ("risk_credit", "riskCredit", _codec.NUMBER, _codec.REQUIRED),
        ("net_liq_value", "netLiqValue", _codec.NUMBER, _codec.REQUIRED),
        ("future_comm_and_fees", "futureCommAndFees", _codec.NUMBER, _codec.REQUIRED),
        ("total_cash_required", "totalCashRequired", _codec.NUMBER, _codec.REQUIRED),
        ("excess", "excess", _codec.NUMBER, _codec.REQUIRED),
        ("hypo_long_pos", "hypoLongPos", int, _codec.REQUIRED),
        ("hypo_short_pos", "hypoShortPos", int, _codec.REQUIRED),
    ],
)


RiskEvaluationDetails._info = _codec.model_info(
    (
        _codec.Field("before_initial_margin_req", "beforeInitialMarginReq", _codec.plain_json),
        _codec.Field("before_initial_full_margin_req", "beforeInitialFullMarginReq", _codec.plain_json),
        _codec.Field("before_open_collateral_req", "beforeOpenCollateralReq", _codec.plain_json),
        _codec.Field("before_net_pos", "beforeNetPos", _codec.plain_json),
        _codec.Field("is_exit_order", "isExitOrder", _codec.plain_json),
        _codec.Field("initial_margin_req", "initialMarginReq", _codec.plain_json),
        _codec.Field("initial_full_margin_req", "initialFullMarginReq", _codec.plain_json),
        _codec.Field("open_collateral_req", "openCollateralReq", _codec.plain_json),
        _codec.Field("total_cash", "totalCash", _codec.plain_json),
        _codec.Field("futures_open_pn_l", "futuresOpenPnL", _codec.plain_json),
        _codec.Field("options_open_pn_l", "optionsOpenPnL", _codec.plain_json),
        _codec.Field("risk_credit", "riskCredit", _codec.plain_json),
        _codec.Field("net_liq_value", "netLiqValue", _codec.plain_json),
        _codec.Field("future_comm_and_fees", "futureCommAndFees", _codec.plain_json),
        _codec.Field("total_cash_required", "totalCashRequired", _codec.plain_json),
        _codec.Field("excess", "excess", _codec.plain_json),
        _codec.Field("hypo_long_pos", "hypoLongPos", _codec.plain_json),
        _codec.Field("hypo_short_pos", "hypoShortPos", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
