from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .account_type import AccountType
from .legal_status import LegalStatus
from .margin_account_type import MarginAccountType

__all__ = ["Account"]

_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "userId",
        "accountType",
        "clearingHouseId",
        "riskCategoryId",
        "autoLiqProfileId",
        "marginAccountType",
        "legalStatus",
        "timestamp",
        "id",
        "restricted",
        "closed",
        "evaluationSize",
        "readonly",
        "ccEmail",
        "futuresDisabled",
        "swapEnabled",
        "ssfRiskDisclosureAcknowledgment",
        "spotMarginEnabled",
        "archived",
        "active",
    ]
)
_AccountType_values = AccountType._value2member_map_
_LegalStatus_values = LegalStatus._value2member_map_
_MarginAccountType_values = MarginAccountType._value2member_map_


class _AccountSlots:
    __slots__ = ("name", "user_id", "account_type", "clearing_house_id", "risk_category_id", "auto_liq_profile_id", "margin_account_type", "legal_status", "timestamp", "id", "restricted", "closed", "evaluation_size", "readonly", "cc_email", "futures_disabled", "swap_enabled", "ssf_risk_disclosure_acknowledgment", "spot_margin_enabled", "archived", "active", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Account(_AccountSlots):
    """A trading account owned by one user.

    Attributes:
        name (``name``): Account name shown to users (up to 64 characters).
        user_id (``userId``): Id of the User who owns the account.
        account_type (``accountType``)
        clearing_house_id (``clearingHouseId``): Id of the ClearingHouse that clears the account.
        risk_category_id (``riskCategoryId``): Id of the RiskCategory whose margin rules apply.
        auto_liq_profile_id (``autoLiqProfileId``): Id of the AutoLiqProfile (automatic liquidation settings).
        margin_account_type (``marginAccountType``)
        legal_status (``legalStatus``)
        timestamp (``timestamp``): When the account was created.
        id (``id``): Id of the Account.
        restricted (``restricted``): True if the account is under restrictions; the reference does not say which.
        closed (``closed``): True once the account has been closed.
        evaluation_size (``evaluationSize``): Size of an evaluation (challenge) account, as a money amount.
        readonly (``readonly``): True if the account can be viewed but not traded.
        cc_email (``ccEmail``): Extra email address that gets copies of account messages.
        futures_disabled (``futuresDisabled``): True if futures trading is switched off for the account.
        swap_enabled (``swapEnabled``): True if the account may trade swaps.
        ssf_risk_disclosure_acknowledgment (``ssfRiskDisclosureAcknowledgment``): When the owner accepted the single-stock futures risk disclosure; unset if never.
        spot_margin_enabled (``spotMarginEnabled``): True if spot products may be traded on margin.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
        active (``active``): True while the account is active; the legacy spec declared (and required) it.
    """

    name: str
    user_id: int
    account_type: AccountType
    clearing_house_id: int
    risk_category_id: int
    auto_liq_profile_id: int
    margin_account_type: MarginAccountType
    legal_status: LegalStatus
    timestamp: datetime.datetime
    id: int | Unset = UNSET
    restricted: bool | Unset = UNSET
    closed: bool | Unset = UNSET
    evaluation_size: float | Unset = UNSET
    readonly: bool | Unset = UNSET
    cc_email: str | Unset = UNSET
    futures_disabled: bool | Unset = UNSET
    swap_enabled: bool | Unset = UNSET
    ssf_risk_disclosure_acknowledgment: datetime.datetime | Unset = UNSET
    spot_margin_enabled: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    active: bool | Unset = UNSET
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
        o: Self = _codec.new_object(_AccountRaw)
        g = d.get
        v = g("name", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "name", "string", v, True, False)
        o.name = v
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("accountType", UNSET)
        if v.__class__ is str:
            e = _AccountType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "accountType", AccountType, v)
        else:
            v = _codec.bad(cls, "accountType", "string", v, True, False)
        o.account_type = v
        v = g("clearingHouseId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "clearingHouseId", "integer", v, True, False)
        o.clearing_house_id = v
        v = g("riskCategoryId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "riskCategoryId", "integer", v, True, False)
        o.risk_category_id = v
        v = g("autoLiqProfileId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "autoLiqProfileId", "integer", v, True, False)
        o.auto_liq_profile_id = v
        v = g("marginAccountType", UNSET)
        if v.__class__ is str:
            e = _MarginAccountType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "marginAccountType", MarginAccountType, v)
        else:
            v = _codec.bad(cls, "marginAccountType", "string", v, True, False)
        o.margin_account_type = v
        v = g("legalStatus", UNSET)
        if v.__class__ is str:
            e = _LegalStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "legalStatus", LegalStatus, v)
        else:
            v = _codec.bad(cls, "legalStatus", "string", v, True, False)
        o.legal_status = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("restricted", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "restricted", "boolean", v, False, False)
        o.restricted = v
        v = g("closed", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "closed", "boolean", v, False, False)
        o.closed = v
        v = g("evaluationSize", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "evaluationSize", "number", v, False, False)
        o.evaluation_size = v
        v = g("readonly", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "readonly", "boolean", v, False, False)
        o.readonly = v
        v = g("ccEmail", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "ccEmail", "string", v, False, False)
        o.cc_email = v
        v = g("futuresDisabled", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "futuresDisabled", "boolean", v, False, False)
        o.futures_disabled = v
        v = g("swapEnabled", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "swapEnabled", "boolean", v, False, False)
        o.swap_enabled = v
        v = g("ssfRiskDisclosureAcknowledgment", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "ssfRiskDisclosureAcknowledgment", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "ssfRiskDisclosureAcknowledgment", "date-time", v, False, False)
        o.ssf_risk_disclosure_acknowledgment = v
        v = g("spotMarginEnabled", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "spotMarginEnabled", "boolean", v, False, False)
        o.spot_margin_enabled = v
        v = g("archived", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "archived", "boolean", v, False, False)
        o.archived = v
        v = g("active", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "active", "boolean", v, False, False)
        o.active = v
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


class _AccountRaw(_AccountSlots):
    __slots__ = ()


Account._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("account_type", "accountType", _codec.enum_json),
        _codec.Field("clearing_house_id", "clearingHouseId", _codec.plain_json),
        _codec.Field("risk_category_id", "riskCategoryId", _codec.plain_json),
        _codec.Field("auto_liq_profile_id", "autoLiqProfileId", _codec.plain_json),
        _codec.Field("margin_account_type", "marginAccountType", _codec.enum_json),
        _codec.Field("legal_status", "legalStatus", _codec.enum_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("restricted", "restricted", _codec.plain_json),
        _codec.Field("closed", "closed", _codec.plain_json),
        _codec.Field("evaluation_size", "evaluationSize", _codec.plain_json),
        _codec.Field("readonly", "readonly", _codec.plain_json),
        _codec.Field("cc_email", "ccEmail", _codec.plain_json),
        _codec.Field("futures_disabled", "futuresDisabled", _codec.plain_json),
        _codec.Field("swap_enabled", "swapEnabled", _codec.plain_json),
        _codec.Field("ssf_risk_disclosure_acknowledgment", "ssfRiskDisclosureAcknowledgment", _codec.datetime_json),
        _codec.Field("spot_margin_enabled", "spotMarginEnabled", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
        _codec.Field("active", "active", _codec.plain_json),
    ),
)
