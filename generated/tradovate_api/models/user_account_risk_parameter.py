from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .product_status import ProductStatus
from .product_type import ProductType

__all__ = ["UserAccountRiskParameter"]

_KEYS: frozenset[str] = frozenset(
    [
        "userAccountPositionLimitId",
        "id",
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


class _UserAccountRiskParameterSlots:
    __slots__ = ("user_account_position_limit_id", "id", "contract_id", "product_id", "exchange_id", "product_type", "risk_discount_contract_group_id", "product_verification_status", "contract_group_id", "fungible_product_id", "max_opening_order_qty", "max_closing_order_qty", "fungible_max_opening_order_qty", "fungible_max_closing_order_qty", "max_back_month", "pre_expiration_days", "margin_percentage", "margin_dollar_value", "hard_limit", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserAccountRiskParameter(_UserAccountRiskParameterSlots, _codec.Model):
    """Risk settings attached to a UserAccountPositionLimit: order size caps, maturity restrictions, margin
    requirements and whether the limit is hard.

    Attributes:
        user_account_position_limit_id (``userAccountPositionLimitId``): Id of the UserAccountPositionLimit these settings belong to.
        id (``id``)
        contract_id (``contractId``): Id of the Contract the rule covers, when scoped to one contract.
        product_id (``productId``): Id of the Product the rule covers, when scoped to one product.
        exchange_id (``exchangeId``): Id of the Exchange the rule covers, when scoped to one exchange.
        product_type (``productType``): Product type the rule covers, when scoped by type.
        risk_discount_contract_group_id (``riskDiscountContractGroupId``): Id of the risk-discount ContractGroup the rule covers, when scoped that way.
        product_verification_status (``productVerificationStatus``): Product status the rule covers, when scoped by status.
        contract_group_id (``contractGroupId``): Id of the ContractGroup the rule covers, when scoped to a group.
        fungible_product_id (``fungibleProductId``): Id of the fungible Product family the rule covers, when scoped that way.
        max_opening_order_qty (``maxOpeningOrderQty``): Largest order quantity that opens or increases a position.
        max_closing_order_qty (``maxClosingOrderQty``): Largest order quantity that reduces or closes a position.
        fungible_max_opening_order_qty (``fungibleMaxOpeningOrderQty``): Opening order size cap across fungible products.
        fungible_max_closing_order_qty (``fungibleMaxClosingOrderQty``): Closing order size cap across fungible products.
        max_back_month (``maxBackMonth``): How many maturities past the front month may be traded.
        pre_expiration_days (``preExpirationDays``): Days before expiration from which only closing orders are accepted.
        margin_percentage (``marginPercentage``): Margin requirement expressed as a percentage.
        margin_dollar_value (``marginDollarValue``): Margin requirement expressed as a money amount.
        hard_limit (``hardLimit``): When true, orders that would breach the paired position limit are rejected.
    """

    user_account_position_limit_id: int
    id: int | Unset = UNSET
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


class _UserAccountRiskParameterRaw(_UserAccountRiskParameterSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserAccountRiskParameter:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserAccountRiskParameter = _new(_UserAccountRiskParameterRaw)
    missing = 0
    g = d.get
    try:
        v = d["userAccountPositionLimitId"]
    except KeyError:
        v = _codec.bad(UserAccountRiskParameter, "userAccountPositionLimitId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserAccountRiskParameter, "userAccountPositionLimitId", "integer", v, True, False)
    o.user_account_position_limit_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "id", "integer", v, False, False)
    o.id = v
    v = g("contractId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "contractId", "integer", v, False, False)
    o.contract_id = v
    v = g("productId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "productId", "integer", v, False, False)
    o.product_id = v
    v = g("exchangeId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "exchangeId", "integer", v, False, False)
    o.exchange_id = v
    v = g("productType", UNSET)
    if v.__class__ is str:
        try:
            v = _ProductType_values[v]
        except KeyError:
            v = _codec.unknown_enum(UserAccountRiskParameter, "productType", ProductType, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "productType", "string", v, False, False)
    o.product_type = v
    v = g("riskDiscountContractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "riskDiscountContractGroupId", "integer", v, False, False)
    o.risk_discount_contract_group_id = v
    v = g("productVerificationStatus", UNSET)
    if v.__class__ is str:
        try:
            v = _ProductStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(UserAccountRiskParameter, "productVerificationStatus", ProductStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "productVerificationStatus", "string", v, False, False)
    o.product_verification_status = v
    v = g("contractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "contractGroupId", "integer", v, False, False)
    o.contract_group_id = v
    v = g("fungibleProductId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "fungibleProductId", "integer", v, False, False)
    o.fungible_product_id = v
    v = g("maxOpeningOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "maxOpeningOrderQty", "integer", v, False, False)
    o.max_opening_order_qty = v
    v = g("maxClosingOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "maxClosingOrderQty", "integer", v, False, False)
    o.max_closing_order_qty = v
    v = g("fungibleMaxOpeningOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "fungibleMaxOpeningOrderQty", "integer", v, False, False)
    o.fungible_max_opening_order_qty = v
    v = g("fungibleMaxClosingOrderQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "fungibleMaxClosingOrderQty", "integer", v, False, False)
    o.fungible_max_closing_order_qty = v
    v = g("maxBackMonth", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "maxBackMonth", "integer", v, False, False)
    o.max_back_month = v
    v = g("preExpirationDays", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "preExpirationDays", "integer", v, False, False)
    o.pre_expiration_days = v
    v = g("marginPercentage", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "marginPercentage", "number", v, False, False)
    o.margin_percentage = v
    v = g("marginDollarValue", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "marginDollarValue", "number", v, False, False)
    o.margin_dollar_value = v
    v = g("hardLimit", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountRiskParameter, "hardLimit", "boolean", v, False, False)
    o.hard_limit = v
    if len(d) + missing == 19:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserAccountRiskParameter, d, _KEYS)
    o._json = d
    o.__class__ = UserAccountRiskParameter
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserAccountRiskParameter:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserAccountRiskParameter = _new(_UserAccountRiskParameterRaw)
    o.user_account_position_limit_id = w.user_account_position_limit_id
    o.id = w.id
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
    o.__class__ = UserAccountRiskParameter
    return o


_Wire: Any = _codec.wire_struct(
    "UserAccountRiskParameter",
    [
        ("user_account_position_limit_id", "userAccountPositionLimitId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
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


UserAccountRiskParameter._info = _codec.model_info(
    (
        _codec.Field("user_account_position_limit_id", "userAccountPositionLimitId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
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
