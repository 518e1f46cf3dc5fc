from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .product_margin import ProductMargin
from .product_margin import _decode as _decode_ProductMargin
from .product_margin import _from_wire as _from_wire_ProductMargin
from .product_margin import _Wire as _ProductMargin_wire

__all__ = ["ProductFeeParams"]

_KEYS: frozenset[str] = frozenset(
    [
        "productId",
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
        "dayMargin",
        "nightMargin",
        "fullMargin",
        "commissionNotionalValueBPS",
        "exchangeFeeNotionalValueBPS",
    ]
)
_new = _codec.new_object


class _ProductFeeParamsSlots:
    __slots__ = ("product_id", "clearing_fee", "clearing_currency_id", "exchange_fee", "exchange_currency_id", "nfa_fee", "nfa_currency_id", "brokerage_fee", "brokerage_currency_id", "ip_fee", "ip_currency_id", "commission", "commission_currency_id", "order_routing_fee", "order_routing_currency_id", "day_margin", "night_margin", "full_margin", "commission_notional_value_bps", "exchange_fee_notional_value_bps", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ProductFeeParams(_ProductFeeParamsSlots, _codec.Model):
    """Fees and margins for one product; each fee comes with the id of its currency.

    Attributes:
        product_id (``productId``): Id of the Product these values are for.
        clearing_fee (``clearingFee``): Clearing fee amount.
        clearing_currency_id (``clearingCurrencyId``): Id of the Currency of `clearingFee`.
        exchange_fee (``exchangeFee``): Exchange fee amount.
        exchange_currency_id (``exchangeCurrencyId``): Id of the Currency of `exchangeFee`.
        nfa_fee (``nfaFee``): NFA regulatory fee amount.
        nfa_currency_id (``nfaCurrencyId``): Id of the Currency of `nfaFee`.
        brokerage_fee (``brokerageFee``): Brokerage fee amount.
        brokerage_currency_id (``brokerageCurrencyId``): Id of the Currency of `brokerageFee`.
        ip_fee (``ipFee``): Fee labelled IP/TT upstream; meaning not documented.
        ip_currency_id (``ipCurrencyId``): Id of the Currency of `ipFee`.
        commission (``commission``): Commission amount.
        commission_currency_id (``commissionCurrencyId``): Id of the Currency of `commission`.
        order_routing_fee (``orderRoutingFee``): Order routing fee amount.
        order_routing_currency_id (``orderRoutingCurrencyId``): Id of the Currency of `orderRoutingFee`.
        day_margin (``dayMargin``): Day-trading margin per contract.
        night_margin (``nightMargin``): Overnight margin per contract.
        full_margin (``fullMargin``): Full (not day-trading) margin of the product.
        commission_notional_value_bps (``commissionNotionalValueBPS``): Commission as basis points of the notional value, where charged that way.
        exchange_fee_notional_value_bps (``exchangeFeeNotionalValueBPS``): Exchange fee as basis points of the notional value, where charged that way.
    """

    product_id: int
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
    day_margin: float | Unset = UNSET
    night_margin: float | Unset = UNSET
    full_margin: ProductMargin | Unset = UNSET
    commission_notional_value_bps: float | Unset = UNSET
    exchange_fee_notional_value_bps: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ProductFeeParamsRaw(_ProductFeeParamsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ProductFeeParams:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ProductFeeParams = _new(_ProductFeeParamsRaw)
    missing = 0
    g = d.get
    try:
        v = d["productId"]
    except KeyError:
        v = _codec.bad(ProductFeeParams, "productId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ProductFeeParams, "productId", "integer", v, True, False)
    o.product_id = v
    v = g("clearingFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "clearingFee", "number", v, False, False)
    o.clearing_fee = v
    v = g("clearingCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "clearingCurrencyId", "integer", v, False, False)
    o.clearing_currency_id = v
    v = g("exchangeFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "exchangeFee", "number", v, False, False)
    o.exchange_fee = v
    v = g("exchangeCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "exchangeCurrencyId", "integer", v, False, False)
    o.exchange_currency_id = v
    v = g("nfaFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "nfaFee", "number", v, False, False)
    o.nfa_fee = v
    v = g("nfaCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "nfaCurrencyId", "integer", v, False, False)
    o.nfa_currency_id = v
    v = g("brokerageFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "brokerageFee", "number", v, False, False)
    o.brokerage_fee = v
    v = g("brokerageCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "brokerageCurrencyId", "integer", v, False, False)
    o.brokerage_currency_id = v
    v = g("ipFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "ipFee", "number", v, False, False)
    o.ip_fee = v
    v = g("ipCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "ipCurrencyId", "integer", v, False, False)
    o.ip_currency_id = v
    v = g("commission", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "commission", "number", v, False, False)
    o.commission = v
    v = g("commissionCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "commissionCurrencyId", "integer", v, False, False)
    o.commission_currency_id = v
    v = g("orderRoutingFee", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "orderRoutingFee", "number", v, False, False)
    o.order_routing_fee = v
    v = g("orderRoutingCurrencyId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "orderRoutingCurrencyId", "integer", v, False, False)
    o.order_routing_currency_id = v
    v = g("dayMargin", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "dayMargin", "number", v, False, False)
    o.day_margin = v
    v = g("nightMargin", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "nightMargin", "number", v, False, False)
    o.night_margin = v
    v = g("fullMargin", UNSET)
    if v.__class__ is dict:
        v = _decode_ProductMargin(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "fullMargin", "object", v, False, False)
    o.full_margin = v
    v = g("commissionNotionalValueBPS", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "commissionNotionalValueBPS", "number", v, False, False)
    o.commission_notional_value_bps = v
    v = g("exchangeFeeNotionalValueBPS", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ProductFeeParams, "exchangeFeeNotionalValueBPS", "number", v, False, False)
    o.exchange_fee_notional_value_bps = v
    if len(d) + missing == 20:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ProductFeeParams, d, _KEYS)
    o._json = d
    o.__class__ = ProductFeeParams
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ProductFeeParams:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ProductFeeParams = _new(_ProductFeeParamsRaw)
    o.product_id = w.product_id
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
    o.day_margin = w.day_margin
    o.night_margin = w.night_margin
    v = w.full_margin
    if v.__class__ is _ProductMargin_wire:
        v = _from_wire_ProductMargin(v, d["fullMargin"])
    o.full_margin = v
    o.commission_notional_value_bps = w.commission_notional_value_bps
    o.exchange_fee_notional_value_bps = w.exchange_fee_notional_value_bps
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ProductFeeParams
    return o


_Wire: Any = _codec.wire_struct(
    "ProductFeeParams",
    [
        ("product_id", "productId", int, _codec.REQUIRED),
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
        ("day_margin", "dayMargin", _codec.NUMBER, UNSET),
        ("night_margin", "nightMargin", _codec.NUMBER, UNSET),
        ("full_margin", "fullMargin", _ProductMargin_wire, UNSET),
        ("commission_notional_value_bps", "commissionNotionalValueBPS", _codec.NUMBER, UNSET),
        ("exchange_fee_notional_value_bps", "exchangeFeeNotionalValueBPS", _codec.NUMBER, UNSET),
    ],
)


ProductFeeParams._info = _codec.model_info(
    (
        _codec.Field("product_id", "productId", _codec.plain_json),
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
        _codec.Field("day_margin", "dayMargin", _codec.plain_json),
        _codec.Field("night_margin", "nightMargin", _codec.plain_json),
        _codec.Field("full_margin", "fullMargin", _codec.model_json),
        _codec.Field("commission_notional_value_bps", "commissionNotionalValueBPS", _codec.plain_json),
        _codec.Field("exchange_fee_notional_value_bps", "exchangeFeeNotionalValueBPS", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
