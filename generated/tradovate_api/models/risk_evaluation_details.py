from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _RiskEvaluationDetailsSlots:
    __slots__ = ("before_initial_margin_req", "before_initial_full_margin_req", "before_open_collateral_req", "before_net_pos", "is_exit_order", "initial_margin_req", "initial_full_margin_req", "open_collateral_req", "total_cash", "futures_open_pn_l", "options_open_pn_l", "risk_credit", "net_liq_value", "future_comm_and_fees", "total_cash_required", "excess", "hypo_long_pos", "hypo_short_pos", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RiskEvaluationDetails(_RiskEvaluationDetailsSlots):
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
        o: Self = _codec.new_object(_RiskEvaluationDetailsRaw)
        g = d.get
        v = g("beforeInitialMarginReq", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "beforeInitialMarginReq", "number", v, True, False)
        o.before_initial_margin_req = v
        v = g("beforeInitialFullMarginReq", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "beforeInitialFullMarginReq", "number", v, True, False)
        o.before_initial_full_margin_req = v
        v = g("beforeOpenCollateralReq", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "beforeOpenCollateralReq", "number", v, True, False)
        o.before_open_collateral_req = v
        v = g("beforeNetPos", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "beforeNetPos", "integer", v, True, False)
        o.before_net_pos = v
        v = g("isExitOrder", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "isExitOrder", "boolean", v, True, False)
        o.is_exit_order = v
        v = g("initialMarginReq", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "initialMarginReq", "number", v, True, False)
        o.initial_margin_req = v
        v = g("initialFullMarginReq", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "initialFullMarginReq", "number", v, True, False)
        o.initial_full_margin_req = v
        v = g("openCollateralReq", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "openCollateralReq", "number", v, True, False)
        o.open_collateral_req = v
        v = g("totalCash", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "totalCash", "number", v, True, False)
        o.total_cash = v
        v = g("futuresOpenPnL", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "futuresOpenPnL", "number", v, True, False)
        o.futures_open_pn_l = v
        v = g("optionsOpenPnL", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "optionsOpenPnL", "number", v, True, False)
        o.options_open_pn_l = v
        v = g("riskCredit", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "riskCredit", "number", v, True, False)
        o.risk_credit = v
        v = g("netLiqValue", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "netLiqValue", "number", v, True, False)
        o.net_liq_value = v
        v = g("futureCommAndFees", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "futureCommAndFees", "number", v, True, False)
        o.future_comm_and_fees = v
        v = g("totalCashRequired", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "totalCashRequired", "number", v, True, False)
        o.total_cash_required = v
        v = g("excess", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "excess", "number", v, True, False)
        o.excess = v
        v = g("hypoLongPos", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "hypoLongPos", "integer", v, True, False)
        o.hypo_long_pos = v
        v = g("hypoShortPos", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "hypoShortPos", "integer", v, True, False)
        o.hypo_short_pos = v
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


class _RiskEvaluationDetailsRaw(_RiskEvaluationDetailsSlots):
    __slots__ = ()


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
)
