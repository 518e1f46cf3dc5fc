from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .product_margin import ProductMargin

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


class _ProductFeeParamsSlots:
    __slots__ = ("product_id", "clearing_fee", "clearing_currency_id", "exchange_fee", "exchange_currency_id", "nfa_fee", "nfa_currency_id", "brokerage_fee", "brokerage_currency_id", "ip_fee", "ip_currency_id", "commission", "commission_currency_id", "order_routing_fee", "order_routing_currency_id", "day_margin", "night_margin", "full_margin", "commission_notional_value_bps", "exchange_fee_notional_value_bps", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ProductFeeParams(_ProductFeeParamsSlots):
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
        o: Self = _codec.new_object(_ProductFeeParamsRaw)
        g = d.get
        v = g("productId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "productId", "integer", v, True, False)
        o.product_id = v
        v = g("clearingFee", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "clearingFee", "number", v, False, False)
        o.clearing_fee = v
        v = g("clearingCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "clearingCurrencyId", "integer", v, False, False)
        o.clearing_currency_id = v
        v = g("exchangeFee", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "exchangeFee", "number", v, False, False)
        o.exchange_fee = v
        v = g("exchangeCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "exchangeCurrencyId", "integer", v, False, False)
        o.exchange_currency_id = v
        v = g("nfaFee", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "nfaFee", "number", v, False, False)
        o.nfa_fee = v
        v = g("nfaCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "nfaCurrencyId", "integer", v, False, False)
        o.nfa_currency_id = v
        v = g("brokerageFee", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "brokerageFee", "number", v, False, False)
        o.brokerage_fee = v
        v = g("brokerageCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "brokerageCurrencyId", "integer", v, False, False)
        o.brokerage_currency_id = v
        v = g("ipFee", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "ipFee", "number", v, False, False)
        o.ip_fee = v
        v = g("ipCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "ipCurrencyId", "integer", v, False, False)
        o.ip_currency_id = v
        v = g("commission", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "commission", "number", v, False, False)
        o.commission = v
        v = g("commissionCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "commissionCurrencyId", "integer", v, False, False)
        o.commission_currency_id = v
        v = g("orderRoutingFee", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "orderRoutingFee", "number", v, False, False)
        o.order_routing_fee = v
        v = g("orderRoutingCurrencyId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "orderRoutingCurrencyId", "integer", v, False, False)
        o.order_routing_currency_id = v
        v = g("dayMargin", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "dayMargin", "number", v, False, False)
        o.day_margin = v
        v = g("nightMargin", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "nightMargin", "number", v, False, False)
        o.night_margin = v
        v = g("fullMargin", UNSET)
        if v.__class__ is dict:
            v = ProductMargin._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "fullMargin", "object", v, False, False)
        o.full_margin = v
        v = g("commissionNotionalValueBPS", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "commissionNotionalValueBPS", "number", v, False, False)
        o.commission_notional_value_bps = v
        v = g("exchangeFeeNotionalValueBPS", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "exchangeFeeNotionalValueBPS", "number", v, False, False)
        o.exchange_fee_notional_value_bps = v
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


class _ProductFeeParamsRaw(_ProductFeeParamsSlots):
    __slots__ = ()


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
)
