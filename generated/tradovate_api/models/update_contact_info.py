from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _UpdateContactInfoSlots:
    __slots__ = ("user_id", "first_name", "last_name", "street_address_1", "city", "country", "phone", "street_address_2", "state", "post_code", "mailing_is_different", "mailing_street_address_1", "mailing_street_address_2", "mailing_city", "mailing_state", "mailing_post_code", "mailing_country", "approved_id", "joint_first_name", "joint_last_name", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateContactInfo(_UpdateContactInfoSlots):
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
        o: Self = _codec.new_object(_UpdateContactInfoRaw)
        g = d.get
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("firstName", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "firstName", "string", v, True, False)
        o.first_name = v
        v = g("lastName", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "lastName", "string", v, True, False)
        o.last_name = v
        v = g("streetAddress1", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "streetAddress1", "string", v, True, False)
        o.street_address_1 = v
        v = g("city", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "city", "string", v, True, False)
        o.city = v
        v = g("country", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "country", "string", v, True, False)
        o.country = v
        v = g("phone", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "phone", "string", v, True, False)
        o.phone = v
        v = g("streetAddress2", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "streetAddress2", "string", v, False, False)
        o.street_address_2 = v
        v = g("state", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "state", "string", v, False, False)
        o.state = v
        v = g("postCode", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "postCode", "string", v, False, False)
        o.post_code = v
        v = g("mailingIsDifferent", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "mailingIsDifferent", "boolean", v, False, False)
        o.mailing_is_different = v
        v = g("mailingStreetAddress1", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "mailingStreetAddress1", "string", v, False, False)
        o.mailing_street_address_1 = v
        v = g("mailingStreetAddress2", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "mailingStreetAddress2", "string", v, False, False)
        o.mailing_street_address_2 = v
        v = g("mailingCity", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "mailingCity", "string", v, False, False)
        o.mailing_city = v
        v = g("mailingState", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "mailingState", "string", v, False, False)
        o.mailing_state = v
        v = g("mailingPostCode", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "mailingPostCode", "string", v, False, False)
        o.mailing_post_code = v
        v = g("mailingCountry", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "mailingCountry", "string", v, False, False)
        o.mailing_country = v
        v = g("approvedId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "approvedId", "integer", v, False, False)
        o.approved_id = v
        v = g("jointFirstName", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "jointFirstName", "string", v, False, False)
        o.joint_first_name = v
        v = g("jointLastName", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "jointLastName", "string", v, False, False)
        o.joint_last_name = v
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


class _UpdateContactInfoRaw(_UpdateContactInfoSlots):
    __slots__ = ()


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
)
