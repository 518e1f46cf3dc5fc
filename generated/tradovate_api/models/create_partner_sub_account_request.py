from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .margin_account_type import MarginAccountType
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["CreatePartnerSubAccountRequest"]

_KEYS: frozenset[str] = frozenset(
    [
        "ctaUserId",
        "riskCategoryId",
        "marginType",
        "transferAmount",
        "authorizedIndividual",
        "firstName",
        "lastName",
        "country",
        "state",
        "streetAddress1",
        "city",
        "zipCode",
        "phone",
        "citizenship",
        "birthDate",
        "autoLiqProfileId",
        "traderReason",
        "streetAddress2",
        "taxIdentifier",
        "nationalId",
        "pOAFormDocId",
        "governmentDocId",
        "addressDocId",
    ]
)
_MarginAccountType_values = MarginAccountType._value2member_map_
_new = _codec.new_object


class _CreatePartnerSubAccountRequestSlots:
    __slots__ = ("cta_user_id", "risk_category_id", "margin_type", "transfer_amount", "authorized_individual", "first_name", "last_name", "country", "state", "street_address_1", "city", "zip_code", "phone", "citizenship", "birth_date", "auto_liq_profile_id", "trader_reason", "street_address_2", "tax_identifier", "national_id", "p_oa_form_doc_id", "government_doc_id", "address_doc_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreatePartnerSubAccountRequest(_CreatePartnerSubAccountRequestSlots, _codec.Model):
    """Request body of createPartnerSubaccountRequest: trader, account set-up and personal details.

    Attributes:
        cta_user_id (``ctaUserId``): Id of the User (trader) the subaccount is for; must belong to your organisation.
        risk_category_id (``riskCategoryId``): Id of the RiskCategory for the new account.
        margin_type (``marginType``): Whether the account trades as a hedger or a speculator.
        transfer_amount (``transferAmount``): Amount moved from the organisation's master account into the new account.
        authorized_individual (``authorizedIndividual``): Not documented upstream.
        first_name (``firstName``): Trader's first name. First and last name together may have at most 60 characters.
        last_name (``lastName``): Trader's last name.
        country (``country``): Trader's country of residence, as a two-letter ISO code.
        state (``state``): Trader's state or region.
        street_address_1 (``streetAddress1``)
        city (``city``)
        zip_code (``zipCode``): Trader's postal code.
        phone (``phone``)
        citizenship (``citizenship``): Trader's citizenship, as a two-letter ISO code.
        birth_date (``birthDate``): Trader's date of birth.
        auto_liq_profile_id (``autoLiqProfileId``): Id of the auto-liquidation profile to apply; omit for the organisation's default.
        trader_reason (``traderReason``): Not documented upstream.
        street_address_2 (``streetAddress2``)
        tax_identifier (``taxIdentifier``): US Social Security Number, exactly 9 digits; required for US citizens.
        national_id (``nationalId``): National id, 2-64 letters or digits; required for non-US citizens.
        p_oa_form_doc_id (``pOAFormDocId``): documentId of an already uploaded power of attorney form. Give all three document ids or
            none.
        government_doc_id (``governmentDocId``): documentId of an already uploaded government id. Give all three document ids or none.
        address_doc_id (``addressDocId``): documentId of an already uploaded proof of address. Give all three document ids or none.
    """

    cta_user_id: int
    risk_category_id: int
    margin_type: MarginAccountType
    transfer_amount: float
    authorized_individual: bool
    first_name: str
    last_name: str
    country: str
    state: str
    street_address_1: str
    city: str
    zip_code: str
    phone: str
    citizenship: str
    birth_date: TradeDate
    auto_liq_profile_id: int | Unset = UNSET
    trader_reason: str | Unset = UNSET
    street_address_2: str | Unset = UNSET
    tax_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
    p_oa_form_doc_id: int | Unset = UNSET
    government_doc_id: int | Unset = UNSET
    address_doc_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreatePartnerSubAccountRequestRaw(_CreatePartnerSubAccountRequestSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreatePartnerSubAccountRequest:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreatePartnerSubAccountRequest = _new(_CreatePartnerSubAccountRequestRaw)
    missing = 0
    g = d.get
    try:
        v = d["ctaUserId"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "ctaUserId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CreatePartnerSubAccountRequest, "ctaUserId", "integer", v, True, False)
    o.cta_user_id = v
    try:
        v = d["riskCategoryId"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "riskCategoryId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CreatePartnerSubAccountRequest, "riskCategoryId", "integer", v, True, False)
    o.risk_category_id = v
    try:
        v = d["marginType"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "marginType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _MarginAccountType_values[v]
            except KeyError:
                v = _codec.unknown_enum(CreatePartnerSubAccountRequest, "marginType", MarginAccountType, v)
        else:
            v = _codec.bad(CreatePartnerSubAccountRequest, "marginType", "string", v, True, False)
    o.margin_type = v
    try:
        v = d["transferAmount"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "transferAmount", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(CreatePartnerSubAccountRequest, "transferAmount", "number", v, True, False)
    o.transfer_amount = v
    try:
        v = d["authorizedIndividual"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "authorizedIndividual", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(CreatePartnerSubAccountRequest, "authorizedIndividual", "boolean", v, True, False)
    o.authorized_individual = v
    try:
        v = d["firstName"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "firstName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "firstName", "string", v, True, False)
    o.first_name = v
    try:
        v = d["lastName"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "lastName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "lastName", "string", v, True, False)
    o.last_name = v
    try:
        v = d["country"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "country", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "country", "string", v, True, False)
    o.country = v
    try:
        v = d["state"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "state", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "state", "string", v, True, False)
    o.state = v
    try:
        v = d["streetAddress1"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "streetAddress1", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "streetAddress1", "string", v, True, False)
    o.street_address_1 = v
    try:
        v = d["city"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "city", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "city", "string", v, True, False)
    o.city = v
    try:
        v = d["zipCode"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "zipCode", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "zipCode", "string", v, True, False)
    o.zip_code = v
    try:
        v = d["phone"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "phone", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "phone", "string", v, True, False)
    o.phone = v
    try:
        v = d["citizenship"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "citizenship", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(CreatePartnerSubAccountRequest, "citizenship", "string", v, True, False)
    o.citizenship = v
    try:
        v = d["birthDate"]
    except KeyError:
        v = _codec.bad(CreatePartnerSubAccountRequest, "birthDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(CreatePartnerSubAccountRequest, "birthDate", "object", v, True, False)
    o.birth_date = v
    v = g("autoLiqProfileId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "autoLiqProfileId", "integer", v, False, False)
    o.auto_liq_profile_id = v
    v = g("traderReason", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "traderReason", "string", v, False, False)
    o.trader_reason = v
    v = g("streetAddress2", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "streetAddress2", "string", v, False, False)
    o.street_address_2 = v
    v = g("taxIdentifier", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "taxIdentifier", "string", v, False, False)
    o.tax_identifier = v
    v = g("nationalId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "nationalId", "string", v, False, False)
    o.national_id = v
    v = g("pOAFormDocId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "pOAFormDocId", "integer", v, False, False)
    o.p_oa_form_doc_id = v
    v = g("governmentDocId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "governmentDocId", "integer", v, False, False)
    o.government_doc_id = v
    v = g("addressDocId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequest, "addressDocId", "integer", v, False, False)
    o.address_doc_id = v
    if len(d) + missing == 23:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreatePartnerSubAccountRequest, d, _KEYS)
    o._json = d
    o.__class__ = CreatePartnerSubAccountRequest
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreatePartnerSubAccountRequest:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreatePartnerSubAccountRequest = _new(_CreatePartnerSubAccountRequestRaw)
    o.cta_user_id = w.cta_user_id
    o.risk_category_id = w.risk_category_id
    o.margin_type = w.margin_type
    o.transfer_amount = w.transfer_amount
    o.authorized_individual = w.authorized_individual
    o.first_name = w.first_name
    o.last_name = w.last_name
    o.country = w.country
    o.state = w.state
    o.street_address_1 = w.street_address_1
    o.city = w.city
    o.zip_code = w.zip_code
    o.phone = w.phone
    o.citizenship = w.citizenship
    v = w.birth_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["birthDate"])
    o.birth_date = v
    o.auto_liq_profile_id = w.auto_liq_profile_id
    o.trader_reason = w.trader_reason
    o.street_address_2 = w.street_address_2
    o.tax_identifier = w.tax_identifier
    o.national_id = w.national_id
    o.p_oa_form_doc_id = w.p_oa_form_doc_id
    o.government_doc_id = w.government_doc_id
    o.address_doc_id = w.address_doc_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreatePartnerSubAccountRequest
    return o


_Wire: Any = _codec.wire_struct(
    "CreatePartnerSubAccountRequest",
    [
        ("cta_user_id", "ctaUserId", int, _codec.REQUIRED),
        ("risk_category_id", "riskCategoryId", int, _codec.REQUIRED),
        ("margin_type", "marginType", MarginAccountType, _codec.REQUIRED),
        ("transfer_amount", "transferAmount", _codec.NUMBER, _codec.REQUIRED),
        ("authorized_individual", "authorizedIndividual", bool, _codec.REQUIRED),
        ("first_name", "firstName", str, _codec.REQUIRED),
        ("last_name", "lastName", str, _codec.REQUIRED),
        ("country", "country", str, _codec.REQUIRED),
        ("state", "state", str, _codec.REQUIRED),
        ("street_address_1", "streetAddress1", str, _codec.REQUIRED),
        ("city", "city", str, _codec.REQUIRED),
        ("zip_code", "zipCode", str, _codec.REQUIRED),
        ("phone", "phone", str, _codec.REQUIRED),
        ("citizenship", "citizenship", str, _codec.REQUIRED),
        ("birth_date", "birthDate", _TradeDate_wire, _codec.REQUIRED),
        ("auto_liq_profile_id", "autoLiqProfileId", int, UNSET),
        ("trader_reason", "traderReason", str, UNSET),
        ("street_address_2", "streetAddress2", str, UNSET),
        ("tax_identifier", "taxIdentifier", str, UNSET),
        ("national_id", "nationalId", str, UNSET),
        ("p_oa_form_doc_id", "pOAFormDocId", int, UNSET),
        ("government_doc_id", "governmentDocId", int, UNSET),
        ("address_doc_id", "addressDocId", int, UNSET),
    ],
)


CreatePartnerSubAccountRequest._info = _codec.model_info(
    (
        _codec.Field("cta_user_id", "ctaUserId", _codec.plain_json),
        _codec.Field("risk_category_id", "riskCategoryId", _codec.plain_json),
        _codec.Field("margin_type", "marginType", _codec.enum_json),
        _codec.Field("transfer_amount", "transferAmount", _codec.plain_json),
        _codec.Field("authorized_individual", "authorizedIndividual", _codec.plain_json),
        _codec.Field("first_name", "firstName", _codec.plain_json),
        _codec.Field("last_name", "lastName", _codec.plain_json),
        _codec.Field("country", "country", _codec.plain_json),
        _codec.Field("state", "state", _codec.plain_json),
        _codec.Field("street_address_1", "streetAddress1", _codec.plain_json),
        _codec.Field("city", "city", _codec.plain_json),
        _codec.Field("zip_code", "zipCode", _codec.plain_json),
        _codec.Field("phone", "phone", _codec.plain_json),
        _codec.Field("citizenship", "citizenship", _codec.plain_json),
        _codec.Field("birth_date", "birthDate", _codec.model_json),
        _codec.Field("auto_liq_profile_id", "autoLiqProfileId", _codec.plain_json),
        _codec.Field("trader_reason", "traderReason", _codec.plain_json),
        _codec.Field("street_address_2", "streetAddress2", _codec.plain_json),
        _codec.Field("tax_identifier", "taxIdentifier", _codec.plain_json),
        _codec.Field("national_id", "nationalId", _codec.plain_json),
        _codec.Field("p_oa_form_doc_id", "pOAFormDocId", _codec.plain_json),
        _codec.Field("government_doc_id", "governmentDocId", _codec.plain_json),
        _codec.Field("address_doc_id", "addressDocId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
