from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["EstimatedFillFee"]

_KEYS: frozenset[str] = frozenset(
    [
        "clearingFee",
        "clearingCurrencyId",
        "exchangeFee",
        "exchangeCurrencyId",
        "nfaFee",
        "nfaCurrencyId",
        "brokerageFee",
        "brokerageCurrencyId",
        "ipFee",
        "ipCurrencyId",
        "commission",
        "commissionCurrencyId",
        "orderRoutingFee",
        "orderRoutingCurrencyId",
        "commissionNotionalValueBPS",
        "exchangeFeeNotionalValueBPS",
    ]
)
_new = _codec.new_object


class _EstimatedFillFeeSlots:
    __slots__ = ("clearing_fee", "clearing_currency_id", "exchange_fee", "exchange_currency_id", "nfa_fee", "nfa_currency_id", "brokerage_fee", "brokerage_currency_id", "ip_fee", "ip_currency_id", "commission", "commission_currency_id", "order_routing_fee", "order_routing_currency_id", "commission_notional_value_bps", "exchange_fee_notional_value_bps", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class EstimatedFillFee(_EstimatedFillFeeSlots, _codec.Model):
    """Fees the dry-run orders would incur if filled. Each amount is in the currency named by the matching
    *CurrencyId field.

    Attributes:
        clearing_fee (``clearingFee``): Clearing fee amount.
        clearing_currency_id (``clearingCurrencyId``): Id of the Currency of clearingFee.
        exchange_fee (``exchangeFee``): Exchange fee amount.
        exchange_currency_id (``exchangeCurrencyId``): Id of the Currency of exchangeFee.
        nfa_fee (``nfaFee``): NFA regulatory fee amount.
        nfa_currency_id (``nfaCurrencyId``): Id of the Currency of nfaFee.
        brokerage_fee (``brokerageFee``): Brokerage fee amount.
        brokerage_currency_id (``brokerageCurrencyId``): Id of the Currency of brokerageFee.
        ip_fee (``ipFee``): IP/TT (trading platform) fee amount.
        ip_currency_id (``ipCurrencyId``): Id of the Currency of ipFee.
        commission (``commission``): Commission amount.
        commission_currency_id (``commissionCurrencyId``): Id of the Currency of commission.
        order_routing_fee (``orderRoutingFee``): Order routing fee amount.
        order_routing_currency_id (``orderRoutingCurrencyId``): Id of the Currency of orderRoutingFee.
        commission_notional_value_bps (``commissionNotionalValueBPS``): Commission rate in basis points of notional value, where charged that way.
        exchange_fee_notional_value_bps (``exchangeFeeNotionalValueBPS``): Exchange fee rate in basis points of notional value, where charged that way.
    """

    clearing_fee: float | Unset = UNSET
    clearing_currency_id: int | Unset = UNSET
    exchange_fee: float | Unset = UNSET
    exchange_currency_id: int | Unset = UNSET
    nfa_fee: float | Unset = UNSET
    nfa_currency_id: int | Unset = UNSET
    brokerage_fee: float | Unset = UNSET
    brokerage_currency_id: int | Unset = UNSET
    ip_fee: float | Unset = UNSET
    ip_currency_id: int | Unset = UNSET
    commission: float | Unset = UNSET
    commission_currency_id: int | Unset = UNSET
    order_routing_fee: float | Unset = UNSET
    order_routing_currency_id: int | Unset = UNSET
    commission_notional_value_bps: float | Unset = UNSET
    exchange_fee_notional_value_bps: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _EstimatedFillFeeRaw(_EstimatedFillFeeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> EstimatedFillFee:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: EstimatedFillFee = _new(_EstimatedFillFeeRaw)
    missing = 0
    g = d.get
    v = g("clearingFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "clearingFee", "number", v, False, False)
    o.clearing_fee = v
    v = g("clearingCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "clearingCurrencyId", "integer", v, False, False)
    o.clearing_currency_id = v
    v = g("exchangeFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "exchangeFee", "number", v, False, False)
    o.exchange_fee = v
    v = g("exchangeCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "exchangeCurrencyId", "integer", v, False, False)
    o.exchange_currency_id = v
    v = g("nfaFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "nfaFee", "number", v, False, False)
    o.nfa_fee = v
    v = g("nfaCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "nfaCurrencyId", "integer", v, False, False)
    o.nfa_currency_id = v
    v = g("brokerageFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "brokerageFee", "number", v, False, False)
    o.brokerage_fee = v
    v = g("brokerageCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "brokerageCurrencyId", "integer", v, False, False)
    o.brokerage_currency_id = v
    v = g("ipFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "ipFee", "number", v, False, False)
    o.ip_fee = v
    v = g("ipCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "ipCurrencyId", "integer", v, False, False)
    o.ip_currency_id = v
    v = g("commission", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "commission", "number", v, False, False)
    o.commission = v
    v = g("commissionCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "commissionCurrencyId", "integer", v, False, False)
    o.commission_currency_id = v
    v = g("orderRoutingFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "orderRoutingFee", "number", v, False, False)
    o.order_routing_fee = v
    v = g("orderRoutingCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "orderRoutingCurrencyId", "integer", v, False, False)
    o.order_routing_currency_id = v
    v = g("commissionNotionalValueBPS", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "commissionNotionalValueBPS", "number", v, False, False)
    o.commission_notional_value_bps = v
    v = g("exchangeFeeNotionalValueBPS", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EstimatedFillFee, "exchangeFeeNotionalValueBPS", "number", v, False, False)
    o.exchange_fee_notional_value_bps = v
    if len(d) + missing == 16:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(EstimatedFillFee, d, _KEYS)
    o._json = d
    o.__class__ = EstimatedFillFee
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> EstimatedFillFee:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: EstimatedFillFee = _new(_EstimatedFillFeeRaw)
    o.clearing_fee = w.clearing_fee
    o.clearing_currency_id = w.clearing_currency_id
    o.exchange_fee = w.exchange_fee
    o.exchange_currency_id = w.exchange_currency_id
    o.nfa_fee = w.nfa_fee
    o.nfa_currency_id = w.nfa_currency_id
    o.brokerage_fee = w.brokerage_fee
    o.brokerage_currency_id = w.brokerage_currency_id
    o.ip_fee = w.ip_fee
    o.ip_currency_id = w.ip_currency_id
    o.commission = w.commission
    o.commission_currency_id = w.commission_currency_id
    o.order_routing_fee = w.order_routing_fee
    o.order_routing_currency_id = w.order_routing_currency_id
    o.commission_notional_value_bps = w.commission_notional_value_bps
    o.exchange_fee_notional_value_bps = w.exchange_fee_notional_value_bps
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = EstimatedFillFee
    return o


_Wire: Any = _codec.wire_struct(
    "EstimatedFillFee",
    [
        ("clearing_fee", "clearingFee", _codec.NUMBER, UNSET),
        ("clearing_currency_id", "clearingCurrencyId", int, UNSET),
        ("exchange_fee", "exchangeFee", _codec.NUMBER, UNSET),
        ("exchange_currency_id", "exchangeCurrencyId", int, UNSET),
        ("nfa_fee", "nfaFee", _codec.NUMBER, UNSET),
        ("nfa_currency_id", "nfaCurrencyId", int, UNSET),
        ("brokerage_fee", "brokerageFee", _codec.NUMBER, UNSET),
        ("brokerage_currency_id", "brokerageCurrencyId", int, UNSET),
        ("ip_fee", "ipFee", _codec.NUMBER, UNSET),
        ("ip_currency_id", "ipCurrencyId", int, UNSET),
        ("commission", "commission", _codec.NUMBER, UNSET),
        ("commission_currency_id", "commissionCurrencyId", int, UNSET),
        ("order_routing_fee", "orderRoutingFee", _codec.NUMBER, UNSET),
        ("order_routing_currency_id", "orderRoutingCurrencyId", int, UNSET),
        ("commission_notional_value_bps", "commissionNotionalValueBPS", _codec.NUMBER, UNSET),
        ("exchange_fee_notional_value_bps", "exchangeFeeNotionalValueBPS", _codec.NUMBER, UNSET),
    ],
)


EstimatedFillFee._info = _codec.model_info(
    (
        _codec.Field("clearing_fee", "clearingFee", _codec.plain_json),
        _codec.Field("clearing_currency_id", "clearingCurrencyId", _codec.plain_json),
        _codec.Field("exchange_fee", "exchangeFee", _codec.plain_json),
        _codec.Field("exchange_currency_id", "exchangeCurrencyId", _codec.plain_json),
        _codec.Field("nfa_fee", "nfaFee", _codec.plain_json),
        _codec.Field("nfa_currency_id", "nfaCurrencyId", _codec.plain_json),
        _codec.Field("brokerage_fee", "brokerageFee", _codec.plain_json),
        _codec.Field("brokerage_currency_id", "brokerageCurrencyId", _codec.plain_json),
        _codec.Field("ip_fee", "ipFee", _codec.plain_json),
        _codec.Field("ip_currency_id", "ipCurrencyId", _codec.plain_json),
        _codec.Field("commission", "commission", _codec.plain_json),
        _codec.Field("commission_currency_id", "commissionCurrencyId", _codec.plain_json),
        _codec.Field("order_routing_fee", "orderRoutingFee", _codec.plain_json),
        _codec.Field("order_routing_currency_id", "orderRoutingCurrencyId", _codec.plain_json),
        _codec.Field("commission_notional_value_bps", "commissionNotionalValueBPS", _codec.plain_json),
        _codec.Field("exchange_fee_notional_value_bps", "exchangeFeeNotionalValueBPS", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
