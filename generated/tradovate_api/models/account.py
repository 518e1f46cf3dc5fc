from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

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
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AccountSlots:
    __slots__ = ("name", "user_id", "account_type", "clearing_house_id", "risk_category_id", "auto_liq_profile_id", "margin_account_type", "legal_status", "timestamp", "id", "restricted", "closed", "evaluation_size", "readonly", "cc_email", "futures_disabled", "swap_enabled", "ssf_risk_disclosure_acknowledgment", "spot_margin_enabled", "archived", "active", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Account(_AccountSlots, _codec.Model):
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


class _AccountRaw(_AccountSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Account:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Account = _new(_AccountRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Account, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Account, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(Account, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Account, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["accountType"]
    except KeyError:
        v = _codec.bad(Account, "accountType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _AccountType_values[v]
            except KeyError:
                v = _codec.unknown_enum(Account, "accountType", AccountType, v)
        else:
            v = _codec.bad(Account, "accountType", "string", v, True, False)
    o.account_type = v
    try:
        v = d["clearingHouseId"]
    except KeyError:
        v = _codec.bad(Account, "clearingHouseId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Account, "clearingHouseId", "integer", v, True, False)
    o.clearing_house_id = v
    try:
        v = d["riskCategoryId"]
    except KeyError:
        v = _codec.bad(Account, "riskCategoryId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Account, "riskCategoryId", "integer", v, True, False)
    o.risk_category_id = v
    try:
        v = d["autoLiqProfileId"]
    except KeyError:
        v = _codec.bad(Account, "autoLiqProfileId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Account, "autoLiqProfileId", "integer", v, True, False)
    o.auto_liq_profile_id = v
    try:
        v = d["marginAccountType"]
    except KeyError:
        v = _codec.bad(Account, "marginAccountType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _MarginAccountType_values[v]
            except KeyError:
                v = _codec.unknown_enum(Account, "marginAccountType", MarginAccountType, v)
        else:
            v = _codec.bad(Account, "marginAccountType", "string", v, True, False)
    o.margin_account_type = v
    try:
        v = d["legalStatus"]
    except KeyError:
        v = _codec.bad(Account, "legalStatus", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _LegalStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(Account, "legalStatus", LegalStatus, v)
        else:
            v = _codec.bad(Account, "legalStatus", "string", v, True, False)
    o.legal_status = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(Account, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(Account, "timestamp", "date-time", v)
        else:
            v = _codec.bad(Account, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "id", "integer", v, False, False)
    o.id = v
    v = g("restricted", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "restricted", "boolean", v, False, False)
    o.restricted = v
    v = g("closed", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "closed", "boolean", v, False, False)
    o.closed = v
    v = g("evaluationSize", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "evaluationSize", "number", v, False, False)
    o.evaluation_size = v
    v = g("readonly", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "readonly", "boolean", v, False, False)
    o.readonly = v
    v = g("ccEmail", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "ccEmail", "string", v, False, False)
    o.cc_email = v
    v = g("futuresDisabled", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "futuresDisabled", "boolean", v, False, False)
    o.futures_disabled = v
    v = g("swapEnabled", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "swapEnabled", "boolean", v, False, False)
    o.swap_enabled = v
    v = g("ssfRiskDisclosureAcknowledgment", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(Account, "ssfRiskDisclosureAcknowledgment", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "ssfRiskDisclosureAcknowledgment", "date-time", v, False, False)
    o.ssf_risk_disclosure_acknowledgment = v
    v = g("spotMarginEnabled", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "spotMarginEnabled", "boolean", v, False, False)
    o.spot_margin_enabled = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "archived", "boolean", v, False, False)
    o.archived = v
    v = g("active", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Account, "active", "boolean", v, False, False)
    o.active = v
    if len(d) + missing == 21:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Account, d, _KEYS)
    o._json = d
    o.__class__ = Account
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Account:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Account = _new(_AccountRaw)
    o.name = w.name
    o.user_id = w.user_id
    o.account_type = w.account_type
    o.clearing_house_id = w.clearing_house_id
    o.risk_category_id = w.risk_category_id
    o.auto_liq_profile_id = w.auto_liq_profile_id
    o.margin_account_type = w.margin_account_type
    o.legal_status = w.legal_status
    o.timestamp = w.timestamp
    o.id = w.id
    o.restricted = w.restricted
    o.closed = w.closed
    o.evaluation_size = w.evaluation_size
    o.readonly = w.readonly
    o.cc_email = w.cc_email
    o.futures_disabled = w.futures_disabled
    o.swap_enabled = w.swap_enabled
    o.ssf_risk_disclosure_acknowledgment = w.ssf_risk_disclosure_acknowledgment
    o.spot_margin_enabled = w.spot_margin_enabled
    o.archived = w.archived
    o.active = w.active
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Account
    return o


_Wire: Any = _codec.wire_struct(
    "Account",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("user_id", "userId", int, _codec.REQUIRED),
        ("account_type", "accountType", AccountType, _codec.REQUIRED),
        ("clearing_house_id", "clearingHouseId", int, _codec.REQUIRED),
        ("risk_category_id", "riskCategoryId", int, _codec.REQUIRED),
        ("auto_liq_profile_id", "autoLiqProfileId", int, _codec.REQUIRED),
        ("margin_account_type", "marginAccountType", MarginAccountType, _codec.REQUIRED),
        ("legal_status", "legalStatus", LegalStatus, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("restricted", "restricted", bool, UNSET),
        ("closed", "closed", bool, UNSET),
        ("evaluation_size", "evaluationSize", _codec.NUMBER, UNSET),
        ("readonly", "readonly", bool, UNSET),
        ("cc_email", "ccEmail", str, UNSET),
        ("futures_disabled", "futuresDisabled", bool, UNSET),
        ("swap_enabled", "swapEnabled", bool, UNSET),
        ("ssf_risk_disclosure_acknowledgment", "ssfRiskDisclosureAcknowledgment", datetime.datetime, UNSET),
        ("spot_margin_enabled", "spotMarginEnabled", bool, UNSET),
        ("archived", "archived", bool, UNSET),
        ("active", "active", bool, UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
