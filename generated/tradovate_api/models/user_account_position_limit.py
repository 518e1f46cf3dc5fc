from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .position_limit_total_by import PositionLimitTotalBy
from .product_status import ProductStatus
from .product_type import ProductType

__all__ = ["UserAccountPositionLimit"]

_KEYS: frozenset[str] = frozenset(
    [
        "active",
        "totalBy",
        "accountId",
        "id",
        "contractId",
        "productId",
        "exchangeId",
        "productType",
        "riskDiscountContractGroupId",
        "productVerificationStatus",
        "contractGroupId",
        "fungibleProductId",
        "riskTimePeriodId",
        "shortLimit",
        "longLimit",
        "exposedLimit",
        "fungibleExposedLimit",
        "description",
    ]
)
_PositionLimitTotalBy_values = PositionLimitTotalBy._value2member_map_
_ProductStatus_values = ProductStatus._value2member_map_
_ProductType_values = ProductType._value2member_map_
_new = _codec.new_object


class _UserAccountPositionLimitSlots:
    __slots__ = ("active", "total_by", "account_id", "id", "contract_id", "product_id", "exchange_id", "product_type", "risk_discount_contract_group_id", "product_verification_status", "contract_group_id", "fungible_product_id", "risk_time_period_id", "short_limit", "long_limit", "exposed_limit", "fungible_exposed_limit", "description", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserAccountPositionLimit(_UserAccountPositionLimitSlots, _codec.Model):
    """Position limit on an account, applied at the level chosen by `totalBy`; paired with
    UserAccountRiskParameter entries that carry further settings.

    Attributes:
        active (``active``): Whether the limit is enforced.
        total_by (``totalBy``): Level at which positions are added up against the limit.
        account_id (``accountId``): Id of the Account the limit applies to.
        id (``id``)
        contract_id (``contractId``): Id of the Contract the rule covers, when scoped to one contract.
        product_id (``productId``): Id of the Product the rule covers, when scoped to one product.
        exchange_id (``exchangeId``): Id of the Exchange the rule covers, when scoped to one exchange.
        product_type (``productType``): Product type the rule covers, when scoped by type.
        risk_discount_contract_group_id (``riskDiscountContractGroupId``): Id of the risk-discount ContractGroup the rule covers, when scoped that way.
        product_verification_status (``productVerificationStatus``): Product status the rule covers, when scoped by status.
        contract_group_id (``contractGroupId``): Id of the ContractGroup the rule covers, when scoped to a group.
        fungible_product_id (``fungibleProductId``): Id of the fungible Product family the rule covers, when scoped that way.
        risk_time_period_id (``riskTimePeriodId``): Id of the RiskTimePeriod during which the limit applies, if restricted in time.
        short_limit (``shortLimit``): Largest short position allowed, in contracts.
        long_limit (``longLimit``): Largest long position allowed, in contracts.
        exposed_limit (``exposedLimit``): Largest open position in either direction, in contracts.
        fungible_exposed_limit (``fungibleExposedLimit``): Largest open position across fungible products, in contracts.
        description (``description``): Free-text label of the limit.
    """

    active: bool
    total_by: PositionLimitTotalBy
    account_id: int
    id: int | Unset = UNSET
    contract_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    exchange_id: int | Unset = UNSET
    product_type: ProductType | Unset = UNSET
    risk_discount_contract_group_id: int | Unset = UNSET
    product_verification_status: ProductStatus | Unset = UNSET
    contract_group_id: int | Unset = UNSET
    fungible_product_id: int | Unset = UNSET
    risk_time_period_id: int | Unset = UNSET
    short_limit: int | Unset = UNSET
    long_limit: int | Unset = UNSET
    exposed_limit: int | Unset = UNSET
    fungible_exposed_limit: int | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserAccountPositionLimitRaw(_UserAccountPositionLimitSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserAccountPositionLimit:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserAccountPositionLimit = _new(_UserAccountPositionLimitRaw)
    missing = 0
    g = d.get
    try:
        v = d["active"]
    except KeyError:
        v = _codec.bad(UserAccountPositionLimit, "active", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(UserAccountPositionLimit, "active", "boolean", v, True, False)
    o.active = v
    try:
        v = d["totalBy"]
    except KeyError:
        v = _codec.bad(UserAccountPositionLimit, "totalBy", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _PositionLimitTotalBy_values[v]
            except KeyError:
                v = _codec.unknown_enum(UserAccountPositionLimit, "totalBy", PositionLimitTotalBy, v)
        else:
            v = _codec.bad(UserAccountPositionLimit, "totalBy", "string", v, True, False)
    o.total_by = v
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(UserAccountPositionLimit, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserAccountPositionLimit, "accountId", "integer", v, True, False)
    o.account_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "id", "integer", v, False, False)
    o.id = v
    v = g("contractId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "contractId", "integer", v, False, False)
    o.contract_id = v
    v = g("productId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "productId", "integer", v, False, False)
    o.product_id = v
    v = g("exchangeId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "exchangeId", "integer", v, False, False)
    o.exchange_id = v
    v = g("productType", UNSET)
    if v.__class__ is str:
        try:
            v = _ProductType_values[v]
        except KeyError:
            v = _codec.unknown_enum(UserAccountPositionLimit, "productType", ProductType, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "productType", "string", v, False, False)
    o.product_type = v
    v = g("riskDiscountContractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "riskDiscountContractGroupId", "integer", v, False, False)
    o.risk_discount_contract_group_id = v
    v = g("productVerificationStatus", UNSET)
    if v.__class__ is str:
        try:
            v = _ProductStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(UserAccountPositionLimit, "productVerificationStatus", ProductStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "productVerificationStatus", "string", v, False, False)
    o.product_verification_status = v
    v = g("contractGroupId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "contractGroupId", "integer", v, False, False)
    o.contract_group_id = v
    v = g("fungibleProductId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "fungibleProductId", "integer", v, False, False)
    o.fungible_product_id = v
    v = g("riskTimePeriodId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "riskTimePeriodId", "integer", v, False, False)
    o.risk_time_period_id = v
    v = g("shortLimit", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "shortLimit", "integer", v, False, False)
    o.short_limit = v
    v = g("longLimit", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "longLimit", "integer", v, False, False)
    o.long_limit = v
    v = g("exposedLimit", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "exposedLimit", "integer", v, False, False)
    o.exposed_limit = v
    v = g("fungibleExposedLimit", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "fungibleExposedLimit", "integer", v, False, False)
    o.fungible_exposed_limit = v
    v = g("description", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserAccountPositionLimit, "description", "string", v, False, False)
    o.description = v
    if len(d) + missing == 18:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserAccountPositionLimit, d, _KEYS)
    o._json = d
    o.__class__ = UserAccountPositionLimit
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserAccountPositionLimit:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserAccountPositionLimit = _new(_UserAccountPositionLimitRaw)
    o.active = w.active
    o.total_by = w.total_by
    o.account_id = w.account_id
    o.id = w.id
    o.contract_id = w.contract_id
    o.product_id = w.product_id
    o.exchange_id = w.exchange_id
    o.product_type = w.product_type
    o.risk_discount_contract_group_id = w.risk_discount_contract_group_id
    o.product_verification_status = w.product_verification_status
    o.contract_group_id = w.contract_group_id
    o.fungible_product_id = w.fungible_product_id
    o.risk_time_period_id = w.risk_time_period_id
    o.short_limit = w.short_limit
    o.long_limit = w.long_limit
    o.exposed_limit = w.exposed_limit
    o.fungible_exposed_limit = w.fungible_exposed_limit
    o.description = w.description
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserAccountPositionLimit
    return o


_Wire: Any = _codec.wire_struct(
    "UserAccountPositionLimit",
    [
        ("active", "active", bool, _codec.REQUIRED),
        ("total_by", "totalBy", PositionLimitTotalBy, _codec.REQUIRED),
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("contract_id", "contractId", int, UNSET),
        ("product_id", "productId", int, UNSET),
        ("exchange_id", "exchangeId", int, UNSET),
        ("product_type", "productType", ProductType, UNSET),
        ("risk_discount_contract_group_id", "riskDiscountContractGroupId", int, UNSET),
        ("product_verification_status", "productVerificationStatus", ProductStatus, UNSET),
        ("contract_group_id", "contractGroupId", int, UNSET),
        ("fungible_product_id", "fungibleProductId", int, UNSET),
        ("risk_time_period_id", "riskTimePeriodId", int, UNSET),
        ("short_limit", "shortLimit", int, UNSET),
        ("long_limit", "longLimit", int, UNSET),
        ("exposed_limit", "exposedLimit", int, UNSET),
        ("fungible_exposed_limit", "fungibleExposedLimit", int, UNSET),
        ("description", "description", str, UNSET),
    ],
)


UserAccountPositionLimit._info = _codec.model_info(
    (
        _codec.Field("active", "active", _codec.plain_json),
        _codec.Field("total_by", "totalBy", _codec.enum_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("product_id", "productId", _codec.plain_json),
        _codec.Field("exchange_id", "exchangeId", _codec.plain_json),
        _codec.Field("product_type", "productType", _codec.enum_json),
        _codec.Field("risk_discount_contract_group_id", "riskDiscountContractGroupId", _codec.plain_json),
        _codec.Field("product_verification_status", "productVerificationStatus", _codec.enum_json),
        _codec.Field("contract_group_id", "contractGroupId", _codec.plain_json),
        _codec.Field("fungible_product_id", "fungibleProductId", _codec.plain_json),
        _codec.Field("risk_time_period_id", "riskTimePeriodId", _codec.plain_json),
        _codec.Field("short_limit", "shortLimit", _codec.plain_json),
        _codec.Field("long_limit", "longLimit", _codec.plain_json),
        _codec.Field("exposed_limit", "exposedLimit", _codec.plain_json),
        _codec.Field("fungible_exposed_limit", "fungibleExposedLimit", _codec.plain_json),
        _codec.Field("description", "description", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
