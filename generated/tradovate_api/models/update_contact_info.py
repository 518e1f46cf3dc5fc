from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["UpdateContactInfo"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "firstName",
        "lastName",
        "streetAddress1",
        "city",
        "country",
        "phone",
        "streetAddress2",
        "state",
        "postCode",
        "mailingIsDifferent",
        "mailingStreetAddress1",
        "mailingStreetAddress2",
        "mailingCity",
        "mailingState",
        "mailingPostCode",
        "mailingCountry",
        "approvedId",
        "jointFirstName",
        "jointLastName",
    ]
)
_new = _codec.new_object


class _UpdateContactInfoSlots:
    __slots__ = ("user_id", "first_name", "last_name", "street_address_1", "city", "country", "phone", "street_address_2", "state", "post_code", "mailing_is_different", "mailing_street_address_1", "mailing_street_address_2", "mailing_city", "mailing_state", "mailing_post_code", "mailing_country", "approved_id", "joint_first_name", "joint_last_name", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateContactInfo(_UpdateContactInfoSlots, _codec.Model):
    """Request body of updateContactInfo: the complete new contact information of a user.

    Attributes:
        user_id (``userId``): Id of the User whose contact information changes.
        first_name (``firstName``): First and last name together may have at most 60 characters.
        last_name (``lastName``)
        street_address_1 (``streetAddress1``)
        city (``city``)
        country (``country``): Two-letter ISO country code.
        phone (``phone``)
        street_address_2 (``streetAddress2``)
        state (``state``)
        post_code (``postCode``)
        mailing_is_different (``mailingIsDifferent``): True when a separate mailing address (the mailing* fields) applies.
        mailing_street_address_1 (``mailingStreetAddress1``)
        mailing_street_address_2 (``mailingStreetAddress2``)
        mailing_city (``mailingCity``)
        mailing_state (``mailingState``)
        mailing_post_code (``mailingPostCode``)
        mailing_country (``mailingCountry``): Two-letter ISO country code of the mailing address.
        approved_id (``approvedId``): Not documented upstream.
        joint_first_name (``jointFirstName``): First name of the joint account holder; with the last name at most 60 characters.
        joint_last_name (``jointLastName``): Last name of the joint account holder.
    """

    user_id: int
    first_name: str
    last_name: str
    street_address_1: str
    city: str
    country: str
    phone: str
    street_address_2: str | Unset = UNSET
    state: str | Unset = UNSET
    post_code: str | Unset = UNSET
    mailing_is_different: bool | Unset = UNSET
    mailing_street_address_1: str | Unset = UNSET
    mailing_street_address_2: str | Unset = UNSET
    mailing_city: str | Unset = UNSET
    mailing_state: str | Unset = UNSET
    mailing_post_code: str | Unset = UNSET
    mailing_country: str | Unset = UNSET
    approved_id: int | Unset = UNSET
    joint_first_name: str | Unset = UNSET
    joint_last_name: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateContactInfoRaw(_UpdateContactInfoSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateContactInfo:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateContactInfo = _new(_UpdateContactInfoRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UpdateContactInfo, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["firstName"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "firstName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfo, "firstName", "string", v, True, False)
    o.first_name = v
    try:
        v = d["lastName"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "lastName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfo, "lastName", "string", v, True, False)
    o.last_name = v
    try:
        v = d["streetAddress1"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "streetAddress1", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfo, "streetAddress1", "string", v, True, False)
    o.street_address_1 = v
    try:
        v = d["city"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "city", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfo, "city", "string", v, True, False)
    o.city = v
    try:
        v = d["country"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "country", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfo, "country", "string", v, True, False)
    o.country = v
    try:
        v = d["phone"]
    except KeyError:
        v = _codec.bad(UpdateContactInfo, "phone", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfo, "phone", "string", v, True, False)
    o.phone = v
    v = g("streetAddress2", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "streetAddress2", "string", v, False, False)
    o.street_address_2 = v
    v = g("state", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "state", "string", v, False, False)
    o.state = v
    v = g("postCode", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "postCode", "string", v, False, False)
    o.post_code = v
    v = g("mailingIsDifferent", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingIsDifferent", "boolean", v, False, False)
    o.mailing_is_different = v
    v = g("mailingStreetAddress1", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingStreetAddress1", "string", v, False, False)
    o.mailing_street_address_1 = v
    v = g("mailingStreetAddress2", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingStreetAddress2", "string", v, False, False)
    o.mailing_street_address_2 = v
    v = g("mailingCity", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingCity", "string", v, False, False)
    o.mailing_city = v
    v = g("mailingState", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingState", "string", v, False, False)
    o.mailing_state = v
    v = g("mailingPostCode", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingPostCode", "string", v, False, False)
    o.mailing_post_code = v
    v = g("mailingCountry", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "mailingCountry", "string", v, False, False)
    o.mailing_country = v
    v = g("approvedId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "approvedId", "integer", v, False, False)
    o.approved_id = v
    v = g("jointFirstName", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "jointFirstName", "string", v, False, False)
    o.joint_first_name = v
    v = g("jointLastName", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfo, "jointLastName", "string", v, False, False)
    o.joint_last_name = v
    if len(d) + missing == 20:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateContactInfo, d, _KEYS)
    o._json = d
    o.__class__ = UpdateContactInfo
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateContactInfo:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateContactInfo = _new(_UpdateContactInfoRaw)
    o.user_id = w.user_id
    o.first_name = w.first_name
    o.last_name = w.last_name
    o.street_address_1 = w.street_address_1
    o.city = w.city
    o.country = w.country
    o.phone = w.phone
    o.street_address_2 = w.street_address_2
    o.state = w.state
    o.post_code = w.post_code
    o.mailing_is_different = w.mailing_is_different
    o.mailing_street_address_1 = w.mailing_street_address_1
    o.mailing_street_address_2 = w.mailing_street_address_2
    o.mailing_city = w.mailing_city
    o.mailing_state = w.mailing_state
    o.mailing_post_code = w.mailing_post_code
    o.mailing_country = w.mailing_country
    o.approved_id = w.approved_id
    o.joint_first_name = w.joint_first_name
    o.joint_last_name = w.joint_last_name
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateContactInfo
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateContactInfo",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("first_name", "firstName", str, _codec.REQUIRED),
        ("last_name", "lastName", str, _codec.REQUIRED),
        ("street_address_1", "streetAddress1", str, _codec.REQUIRED),
        ("city", "city", str, _codec.REQUIRED),
        ("country", "country", str, _codec.REQUIRED),
        ("phone", "phone", str, _codec.REQUIRED),
        ("street_address_2", "streetAddress2", str, UNSET),
        ("state", "state", str, UNSET),
        ("post_code", "postCode", str, UNSET),
        ("mailing_is_different", "mailingIsDifferent", bool, UNSET),
        ("mailing_street_address_1", "mailingStreetAddress1", str, UNSET),
        ("mailing_street_address_2", "mailingStreetAddress2", str, UNSET),
        ("mailing_city", "mailingCity", str, UNSET),
        ("mailing_state", "mailingState", str, UNSET),
        ("mailing_post_code", "mailingPostCode", str, UNSET),
        ("mailing_country", "mailingCountry", str, UNSET),
        ("approved_id", "approvedId", int, UNSET),
        ("joint_first_name", "jointFirstName", str, UNSET),
        ("joint_last_name", "jointLastName", str, UNSET),
    ],
)


UpdateContactInfo._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("first_name", "firstName", _codec.plain_json),
        _codec.Field("last_name", "lastName", _codec.plain_json),
        _codec.Field("street_address_1", "streetAddress1", _codec.plain_json),
        _codec.Field("city", "city", _codec.plain_json),
        _codec.Field("country", "country", _codec.plain_json),
        _codec.Field("phone", "phone", _codec.plain_json),
        _codec.Field("street_address_2", "streetAddress2", _codec.plain_json),
        _codec.Field("state", "state", _codec.plain_json),
        _codec.Field("post_code", "postCode", _codec.plain_json),
        _codec.Field("mailing_is_different", "mailingIsDifferent", _codec.plain_json),
        _codec.Field("mailing_street_address_1", "mailingStreetAddress1", _codec.plain_json),
        _codec.Field("mailing_street_address_2", "mailingStreetAddress2", _codec.plain_json),
        _codec.Field("mailing_city", "mailingCity", _codec.plain_json),
        _codec.Field("mailing_state", "mailingState", _codec.plain_json),
        _codec.Field("mailing_post_code", "mailingPostCode", _codec.plain_json),
        _codec.Field("mailing_country", "mailingCountry", _codec.plain_json),
        _codec.Field("approved_id", "approvedId", _codec.plain_json),
        _codec.Field("joint_first_name", "jointFirstName", _codec.plain_json),
        _codec.Field("joint_last_name", "jointLastName", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
