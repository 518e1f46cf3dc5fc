from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _UserAccountPositionLimitSlots:
    __slots__ = ("active", "total_by", "account_id", "id", "contract_id", "product_id", "exchange_id", "product_type", "risk_discount_contract_group_id", "product_verification_status", "contract_group_id", "fungible_product_id", "risk_time_period_id", "short_limit", "long_limit", "exposed_limit", "fungible_exposed_limit", "description", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserAccountPositionLimit(_UserAccountPositionLimitSlots):
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
        o: Self = _codec.new_object(_UserAccountPositionLimitRaw)
        g = d.get
        v = g("active", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "active", "boolean", v, True, False)
        o.active = v
        v = g("totalBy", UNSET)
        if v.__class__ is str:
            e = _PositionLimitTotalBy_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "totalBy", PositionLimitTotalBy, v)
        else:
            v = _codec.bad(cls, "totalBy", "string", v, True, False)
        o.total_by = v
        v = g("accountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "accountId", "integer", v, True, False)
        o.account_id = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("contractId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "contractId", "integer", v, False, False)
        o.contract_id = v
        v = g("productId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "productId", "integer", v, False, False)
        o.product_id = v
        v = g("exchangeId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "exchangeId", "integer", v, False, False)
        o.exchange_id = v
        v = g("productType", UNSET)
        if v.__class__ is str:
            e = _ProductType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "productType", ProductType, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "productType", "string", v, False, False)
        o.product_type = v
        v = g("riskDiscountContractGroupId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "riskDiscountContractGroupId", "integer", v, False, False)
        o.risk_discount_contract_group_id = v
        v = g("productVerificationStatus", UNSET)
        if v.__class__ is str:
            e = _ProductStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "productVerificationStatus", ProductStatus, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "productVerificationStatus", "string", v, False, False)
        o.product_verification_status = v
        v = g("contractGroupId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "contractGroupId", "integer", v, False, False)
        o.contract_group_id = v
        v = g("fungibleProductId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "fungibleProductId", "integer", v, False, False)
        o.fungible_product_id = v
        v = g("riskTimePeriodId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "riskTimePeriodId", "integer", v, False, False)
        o.risk_time_period_id = v
        v = g("shortLimit", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "shortLimit", "integer", v, False, False)
        o.short_limit = v
        v = g("longLimit", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "longLimit", "integer", v, False, False)
        o.long_limit = v
        v = g("exposedLimit", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "exposedLimit", "integer", v, False, False)
        o.exposed_limit = v
        v = g("fungibleExposedLimit", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "fungibleExposedLimit", "integer", v, False, False)
        o.fungible_exposed_limit = v
        v = g("description", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "description", "string", v, False, False)
        o.description = v
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


class _UserAccountPositionLimitRaw(_UserAccountPositionLimitSlots):
    __slots__ = ()


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
)
