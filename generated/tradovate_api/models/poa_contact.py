from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

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
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _POAContactSlots:
    __slots__ = ("timestamp", "user_id", "first_name", "last_name", "country", "state", "street_address_1", "city", "zip_code", "phone", "citizenship", "birth_date", "organization_id", "id", "street_address_2", "tax_identifier", "national_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class POAContact(_POAContactSlots, _codec.Model):
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


class _POAContactRaw(_POAContactSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> POAContact:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: POAContact = _new(_POAContactRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(POAContact, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(POAContact, "timestamp", "date-time", v)
        else:
            v = _codec.bad(POAContact, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(POAContact, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(POAContact, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["firstName"]
    except KeyError:
        v = _codec.bad(POAContact, "firstName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "firstName", "string", v, True, False)
    o.first_name = v
    try:
        v = d["lastName"]
    except KeyError:
        v = _codec.bad(POAContact, "lastName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "lastName", "string", v, True, False)
    o.last_name = v
    try:
        v = d["country"]
    except KeyError:
        v = _codec.bad(POAContact, "country", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "country", "string", v, True, False)
    o.country = v
    try:
        v = d["state"]
    except KeyError:
        v = _codec.bad(POAContact, "state", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "state", "string", v, True, False)
    o.state = v
    try:
        v = d["streetAddress1"]
    except KeyError:
        v = _codec.bad(POAContact, "streetAddress1", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "streetAddress1", "string", v, True, False)
    o.street_address_1 = v
    try:
        v = d["city"]
    except KeyError:
        v = _codec.bad(POAContact, "city", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "city", "string", v, True, False)
    o.city = v
    try:
        v = d["zipCode"]
    except KeyError:
        v = _codec.bad(POAContact, "zipCode", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "zipCode", "string", v, True, False)
    o.zip_code = v
    try:
        v = d["phone"]
    except KeyError:
        v = _codec.bad(POAContact, "phone", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "phone", "string", v, True, False)
    o.phone = v
    try:
        v = d["citizenship"]
    except KeyError:
        v = _codec.bad(POAContact, "citizenship", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(POAContact, "citizenship", "string", v, True, False)
    o.citizenship = v
    try:
        v = d["birthDate"]
    except KeyError:
        v = _codec.bad(POAContact, "birthDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(POAContact, "birthDate", "object", v, True, False)
    o.birth_date = v
    try:
        v = d["organizationId"]
    except KeyError:
        v = _codec.bad(POAContact, "organizationId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(POAContact, "organizationId", "integer", v, True, False)
    o.organization_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(POAContact, "id", "integer", v, False, False)
    o.id = v
    v = g("streetAddress2", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(POAContact, "streetAddress2", "string", v, False, False)
    o.street_address_2 = v
    v = g("taxIdentifier", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(POAContact, "taxIdentifier", "string", v, False, False)
    o.tax_identifier = v
    v = g("nationalId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(POAContact, "nationalId", "string", v, False, False)
    o.national_id = v
    if len(d) + missing == 17:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(POAContact, d, _KEYS)
    o._json = d
    o.__class__ = POAContact
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> POAContact:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: POAContact = _new(_POAContactRaw)
    o.timestamp = w.timestamp
    o.user_id = w.user_id
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
    o.organization_id = w.organization_id
    o.id = w.id
    o.street_address_2 = w.street_address_2
    o.tax_identifier = w.tax_identifier
    o.national_id = w.national_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = POAContact
    return o


_Wire: Any = _codec.wire_struct(
    "POAContact",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("user_id", "userId", int, _codec.REQUIRED),
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
        ("organization_id", "organizationId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("street_address_2", "streetAddress2", str, UNSET),
        ("tax_identifier", "taxIdentifier", str, UNSET),
        ("national_id", "nationalId", str, UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
