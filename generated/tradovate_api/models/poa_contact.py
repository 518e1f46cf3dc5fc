from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate

__all__ = ["POAContact"]

_KEYS: frozenset[str] = frozenset(
    [
        "timestamp",
        "userId",
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
        "organizationId",
        "id",
        "streetAddress2",
        "taxIdentifier",
        "nationalId",
    ]
)


class _POAContactSlots:
    __slots__ = ("timestamp", "user_id", "first_name", "last_name", "country", "state", "street_address_1", "city", "zip_code", "phone", "citizenship", "birth_date", "organization_id", "id", "street_address_2", "tax_identifier", "national_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class POAContact(_POAContactSlots):
    """Personal details of the trader named in a power of attorney, as used for partner subaccount
    requests.

    Attributes:
        timestamp (``timestamp``): When the record was created.
        user_id (``userId``): Id of the User (trader) the details describe.
        first_name (``firstName``): First and last name together may have at most 60 characters.
        last_name (``lastName``)
        country (``country``): Country of residence, as a two-letter ISO code.
        state (``state``)
        street_address_1 (``streetAddress1``)
        city (``city``)
        zip_code (``zipCode``)
        phone (``phone``)
        citizenship (``citizenship``): Citizenship, as a two-letter ISO code.
        birth_date (``birthDate``): Date of birth.
        organization_id (``organizationId``): Id of the Organization the record belongs to.
        id (``id``)
        street_address_2 (``streetAddress2``)
        tax_identifier (``taxIdentifier``): US Social Security Number, for US citizens.
        national_id (``nationalId``): National id, for non-US citizens.
    """

    timestamp: datetime.datetime
    user_id: int
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
    organization_id: int
    id: int | Unset = UNSET
    street_address_2: str | Unset = UNSET
    tax_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
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
        o: Self = _codec.new_object(_POAContactRaw)
        g = d.get
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
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
        v = g("country", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "country", "string", v, True, False)
        o.country = v
        v = g("state", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "state", "string", v, True, False)
        o.state = v
        v = g("streetAddress1", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "streetAddress1", "string", v, True, False)
        o.street_address_1 = v
        v = g("city", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "city", "string", v, True, False)
        o.city = v
        v = g("zipCode", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "zipCode", "string", v, True, False)
        o.zip_code = v
        v = g("phone", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "phone", "string", v, True, False)
        o.phone = v
        v = g("citizenship", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "citizenship", "string", v, True, False)
        o.citizenship = v
        v = g("birthDate", UNSET)
        if v.__class__ is dict:
            v = TradeDate._from_json(v)
        else:
            v = _codec.bad(cls, "birthDate", "object", v, True, False)
        o.birth_date = v
        v = g("organizationId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "organizationId", "integer", v, True, False)
        o.organization_id = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("streetAddress2", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "streetAddress2", "string", v, False, False)
        o.street_address_2 = v
        v = g("taxIdentifier", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "taxIdentifier", "string", v, False, False)
        o.tax_identifier = v
        v = g("nationalId", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "nationalId", "string", v, False, False)
        o.national_id = v
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


class _POAContactRaw(_POAContactSlots):
    __slots__ = ()


POAContact._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
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
        _codec.Field("organization_id", "organizationId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("street_address_2", "streetAddress2", _codec.plain_json),
        _codec.Field("tax_identifier", "taxIdentifier", _codec.plain_json),
        _codec.Field("national_id", "nationalId", _codec.plain_json),
    ),
)
