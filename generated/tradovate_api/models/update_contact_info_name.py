from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["UpdateContactInfoName"]

_KEYS: frozenset[str] = frozenset(["firstName", "lastName", "country", "phone"])
_new = _codec.new_object


class _UpdateContactInfoNameSlots:
    __slots__ = ("first_name", "last_name", "country", "phone", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateContactInfoName(_UpdateContactInfoNameSlots, _codec.Model):
    """Request body of updateContactInfoName.

    Attributes:
        first_name (``firstName``): First and last name together may have at most 60 characters.
        last_name (``lastName``)
        country (``country``): Two-letter ISO country code.
        phone (``phone``)
    """

    first_name: str
    last_name: str
    country: str
    phone: str
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateContactInfoNameRaw(_UpdateContactInfoNameSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateContactInfoName:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateContactInfoName = _new(_UpdateContactInfoNameRaw)
    missing = 0
    try:
        v = d["firstName"]
    except KeyError:
        v = _codec.bad(UpdateContactInfoName, "firstName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfoName, "firstName", "string", v, True, False)
    o.first_name = v
    try:
        v = d["lastName"]
    except KeyError:
        v = _codec.bad(UpdateContactInfoName, "lastName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfoName, "lastName", "string", v, True, False)
    o.last_name = v
    try:
        v = d["country"]
    except KeyError:
        v = _codec.bad(UpdateContactInfoName, "country", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfoName, "country", "string", v, True, False)
    o.country = v
    try:
        v = d["phone"]
    except KeyError:
        v = _codec.bad(UpdateContactInfoName, "phone", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactInfoName, "phone", "string", v, True, False)
    o.phone = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateContactInfoName, d, _KEYS)
    o._json = d
    o.__class__ = UpdateContactInfoName
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateContactInfoName:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateContactInfoName = _new(_UpdateContactInfoNameRaw)
    o.first_name = w.first_name
    o.last_name = w.last_name
    o.country = w.country
    o.phone = w.phone
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateContactInfoName
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateContactInfoName",
    [
        ("first_name", "firstName", str, _codec.REQUIRED),
        ("last_name", "lastName", str, _codec.REQUIRED),
        ("country", "country", str, _codec.REQUIRED),
        ("phone", "phone", str, _codec.REQUIRED),
    ],
)


UpdateContactInfoName._info = _codec.model_info(
    (
        _codec.Field("first_name", "firstName", _codec.plain_json),
        _codec.Field("last_name", "lastName", _codec.plain_json),
        _codec.Field("country", "country", _codec.plain_json),
        _codec.Field("phone", "phone", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
