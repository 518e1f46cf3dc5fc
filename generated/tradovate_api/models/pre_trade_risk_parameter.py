from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .product_status import ProductStatus
from .product_type import ProductType

__all__ = ["PreTradeRiskParameter"]

_KEYS: frozenset[str] = frozenset(
    [
        "contractId",
        "productId",
        "exchangeId",
        "productType",
        "riskDiscountContractGroupId",
        "productVerificationStatus",
        "contractGroupId",
        "fungibleProductId",
        "maxOpeningOrderQty",
        "maxClosingOrderQty",
        "fungibleMaxOpeningOrderQty",
        "fungibleMaxClosingOrderQty",
        "maxBackMonth",
        "preExpirationDays",
        "marginPercentage",
        "marginDollarValue",
        "hardLimit",
    ]
)
_ProductStatus_values = ProductStatus._value2member_map_
_ProductType_values = ProductType._value2member_map_
_new = _codec.new_object


class _PreTradeRiskParameterSlots:
    __slots__ = ("contract_id", "product_id", "exchange_id", "product_type", "risk_discount_contract_group_id", "product_verification_status", "contract_group_id", "fungible_product_id", "max_opening_order_qty", "max_closing_order_qty", "fungible_max_opening_order_qty", "fungible_max_closing_order_qty", "max_back_month", "pre_expiration_days", "margin_percentage", "margin_dollar_value", "hard_limit", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PreTradeRiskParameter(_PreTradeRiskParameterSlots, _codec.Model):
    """A risk parameter attached to a pre-trade limit (see UserAccountRiskParameter).

    Attributes:
        contract_id (``contractId``): Id of the Contract the parameter covers.
        product_id (``productId``): Id of the Product the parameter covers.
        exchange_id (``exchangeId``): Id of the Exchange the parameter covers.
        product_type (``productType``): Product type the parameter covers.
        risk_discount_contract_group_id (``riskDiscountContractGroupId``): Id of the risk discount contract group the parameter covers.
        product_verification_status (``productVerificationStatus``): Product status the parameter covers.
        contract_group_id (``contractGroupId``): Id of the ContractGroup the parameter covers.
        fungible_product_id (``fungibleProductId``): Id of the fungible product group the parameter covers.
        max_opening_order_qty (``maxOpeningOrderQty``): Largest order that opens or adds to a position, in contracts.
        max_closing_order_qty (``maxClosingOrderQty``): Largest order that reduces a position, in contracts.
        fungible_max_opening_order_qty (``fungibleMaxOpeningOrderQty``): Largest opening order across fungible products, in contracts.
        fungible_max_closing_order_qty (``fungibleMaxClosingOrderQty``): Largest closing order across fungible products, in contracts.
        max_back_month (``maxBackMonth``): How many contract months out may be traded.
        pre_expiration_days (``preExpirationDays``): Days before expiration from which the contract is restricted.
        margin_percentage (``marginPercentage``): Margin requirement, in percent.
        margin_dollar_value (``marginDollarValue``): Margin requirement per contract, in dollars.
        hard_limit (``hardLimit``): Not documented upstream.
    """

    contract_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    exchange_id: int | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    risk_discount_contract_group_id: int | Unset = UNSET
    product_verification_status: ProductStatus | Unset = UNSET
    contract_group_id: int | Unset = UNSET
    fungible_product_id: int | Unset = UNSET
    max_opening_order_qty: int | Unset = UNSET
    max_closing_order_qty: int | Unset = UNSET
    fungible_max_opening_order_qty: int | Unset = UNSET
    fungible_max_closing_order_qty: int | Unset = UNSET
    max_back_month: int | Unset = UNSET
    pre_expiration_days: int | Unset = UNSET
    margin_percentage: float | Unset = UNSET
    margin_dollar_value: float | Unset = UNSET
    hard_limit: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PreTradeRiskParameterRaw(_PreTradeRiskParameterSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PreTradeRiskParameter:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PreTradeRiskParameter = _new(_PreTradeRiskParameterRaw)
    missing = 0
    g = d.get
    v = g("contractId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "contractId", "integer", v, False, False)
    o.contract_id = v
    v = g("productId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "productId", "integer", v, False, False)
    o.product_id = v
    v = g("exchangeId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "exchangeId", "integer", v, False, False)
    o.exchange_id = v
    v = g("productType", UNSET)
    if v.__class__ is str:
        try:
            v = _ProductType_values[v]
        except KeyError:
            v = _codec.unknown_enum(PreTradeRiskParameter, "productType", ProductType, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "productType", "string", v, False, False)
    o.product_type = v
    v = g("riskDiscountContractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "riskDiscountContractGroupId", "integer", v, False, False)
    o.risk_discount_contract_group_id = v
    v = g("productVerificationStatus", UNSET)
    if v.__class__ is str:
        try:
            v = _ProductStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(PreTradeRiskParameter, "productVerificationStatus", ProductStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "productVerificationStatus", "string", v, False, False)
    o.product_verification_status = v
    v = g("contractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "contractGroupId", "integer", v, False, False)
    o.contract_group_id = v
    v = g("fungibleProductId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "fungibleProductId", "integer", v, False, False)
    o.fungible_product_id = v
    v = g("maxOpeningOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "maxOpeningOrderQty", "integer", v, False, False)
    o.max_opening_order_qty = v
    v = g("maxClosingOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "maxClosingOrderQty", "integer", v, False, False)
    o.max_closing_order_qty = v
    v = g("fungibleMaxOpeningOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "fungibleMaxOpeningOrderQty", "integer", v, False, False)
    o.fungible_max_opening_order_qty = v
    v = g("fungibleMaxClosingOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "fungibleMaxClosingOrderQty", "integer", v, False, False)
    o.fungible_max_closing_order_qty = v
    v = g("maxBackMonth", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "maxBackMonth", "integer", v, False, False)
    o.max_back_month = v
    v = g("preExpirationDays", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "preExpirationDays", "integer", v, False, False)
    o.pre_expiration_days = v
    v = g("marginPercentage", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "marginPercentage", "number", v, False, False)
    o.margin_percentage = v
    v = g("marginDollarValue", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "marginDollarValue", "number", v, False, False)
    o.margin_dollar_value = v
    v = g("hardLimit", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PreTradeRiskParameter, "hardLimit", "boolean", v, False, False)
    o.hard_limit = v
    if len(d) + missing == 17:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PreTradeRiskParameter, d, _KEYS)
    o._json = d
    o.__class__ = PreTradeRiskParameter
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PreTradeRiskParameter:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PreTradeRiskParameter = _new(_PreTradeRiskParameterRaw)
    o.contract_id = w.contract_id
    o.product_id = w.product_id
    o.exchange_id = w.exchange_id
    o.product_type = w.product_type
    o.risk_discount_contract_group_id = w.risk_discount_contract_group_id
    o.product_verification_status = w.product_verification_status
    o.contract_group_id = w.contract_group_id
    o.fungible_product_id = w.fungible_product_id
    o.max_opening_order_qty = w.max_opening_order_qty
    o.max_closing_order_qty = w.max_closing_order_qty
    o.fungible_max_opening_order_qty = w.fungible_max_opening_order_qty
    o.fungible_max_closing_order_qty = w.fungible_max_closing_order_qty
    o.max_back_month = w.max_back_month
    o.pre_expiration_days = w.pre_expiration_days
    o.margin_percentage = w.margin_percentage
    o.margin_dollar_value = w.margin_dollar_value
    o.hard_limit = w.hard_limit
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PreTradeRiskParameter
    return o


_Wire: Any = _codec.wire_struct(
    "PreTradeRiskParameter",
    [
        ("contract_id", "contractId", int, UNSET),
        ("product_id", "productId", int, UNSET),
        ("exchange_id", "exchangeId", int, UNSET),
        ("product_type", "productType", ProductType, UNSET),
        ("risk_discount_contract_group_id", "riskDiscountContractGroupId", int, UNSET),
        ("product_verification_status", "productVerificationStatus", ProductStatus, UNSET),
        ("contract_group_id", "contractGroupId", int, UNSET),
        ("fungible_product_id", "fungibleProductId", int, UNSET),
        ("max_opening_order_qty", "maxOpeningOrderQty", int, UNSET),
        ("max_closing_order_qty", "maxClosingOrderQty", int, UNSET),
        ("fungible_max_opening_order_qty", "fungibleMaxOpeningOrderQty", int, UNSET),
        ("fungible_max_closing_order_qty", "fungibleMaxClosingOrderQty", int, UNSET),
        ("max_back_month", "maxBackMonth", int, UNSET),
        ("pre_expiration_days", "preExpirationDays", int, UNSET),
        ("margin_percentage", "marginPercentage", _codec.NUMBER, UNSET),
        ("margin_dollar_value", "marginDollarValue", _codec.NUMBER, UNSET),
        ("hard_limit", "hardLimit", bool, UNSET),
    ],
)


PreTradeRiskParameter._info = _codec.model_info(
    (
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("product_id", "productId", _codec.plain_json),
        _codec.Field("exchange_id", "exchangeId", _codec.plain_json),
        _codec.Field("product_type", "productType", _codec.enum_json),
        _codec.Field("risk_discount_contract_group_id", "riskDiscountContractGroupId", _codec.plain_json),
        _codec.Field("product_verification_status", "productVerificationStatus", _codec.enum_json),
        _codec.Field("contract_group_id", "contractGroupId", _codec.plain_json),
        _codec.Field("fungible_product_id", "fungibleProductId", _codec.plain_json),
        _codec.Field("max_opening_order_qty", "maxOpeningOrderQty", _codec.plain_json),
        _codec.Field("max_closing_order_qty", "maxClosingOrderQty", _codec.plain_json),
        _codec.Field("fungible_max_opening_order_qty", "fungibleMaxOpeningOrderQty", _codec.plain_json),
        _codec.Field("fungible_max_closing_order_qty", "fungibleMaxClosingOrderQty", _codec.plain_json),
        _codec.Field("max_back_month", "maxBackMonth", _codec.plain_json),
        _codec.Field("pre_expiration_days", "preExpirationDays", _codec.plain_json),
        _codec.Field("margin_percentage", "marginPercentage", _codec.plain_json),
        _codec.Field("margin_dollar_value", "marginDollarValue", _codec.plain_json),
        _codec.Field("hard_limit", "hardLimit", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
