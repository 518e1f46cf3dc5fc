from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CheckDuplicate"]

_KEYS: frozenset[str] = frozenset(["userId", "taxIdentifier", "nationalId", "countryCode", "organizationId"])
_new = _codec.new_object


class _CheckDuplicateSlots:
    __slots__ = ("user_id", "tax_identifier", "national_id", "country_code", "organization_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CheckDuplicate(_CheckDuplicateSlots, _codec.Model):
    """Request body of checkDuplicate; every field is optional and narrows the search.

    Attributes:
        user_id (``userId``): Id of the User whose applications are compared.
        tax_identifier (``taxIdentifier``): Tax id, e.g. a US Social Security Number.
        national_id (``nationalId``): National identity number, mainly for non-US persons.
        country_code (``countryCode``): Two-letter ISO country code.
        organization_id (``organizationId``): Id of the Organization to search in.
    """

    user_id: int | Unset = UNSET
    tax_identifier: str | Unset = UNSET
    national_id: str | Unset = UNSET
    country_code: str | Unset = UNSET
    organization_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CheckDuplicateRaw(_CheckDuplicateSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CheckDuplicate:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CheckDuplicate = _new(_CheckDuplicateRaw)
    missing = 0
    g = d.get
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CheckDuplicate, "userId", "integer", v, False, False)
    o.user_id = v
    v = g("taxIdentifier", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CheckDuplicate, "taxIdentifier", "string", v, False, False)
    o.tax_identifier = v
    v = g("nationalId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CheckDuplicate, "nationalId", "string", v, False, False)
    o.national_id = v
    v = g("countryCode", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CheckDuplicate, "countryCode", "string", v, False, False)
    o.country_code = v
    v = g("organizationId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CheckDuplicate, "organizationId", "integer", v, False, False)
    o.organization_id = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CheckDuplicate, d, _KEYS)
    o._json = d
    o.__class__ = CheckDuplicate
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CheckDuplicate:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CheckDuplicate = _new(_CheckDuplicateRaw)
    o.user_id = w.user_id
    o.tax_identifier = w.tax_identifier
    o.national_id = w.national_id
    o.country_code = w.country_code
    o.organization_id = w.organization_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CheckDuplicate
    return o


_Wire: Any = _codec.wire_struct(
    "CheckDuplicate",
    [
        ("user_id", "userId", int, UNSET),
        ("tax_identifier", "taxIdentifier", str, UNSET),
        ("national_id", "nationalId", str, UNSET),
        ("country_code", "countryCode", str, UNSET),
        ("organization_id", "organizationId", int, UNSET),
    ],
)


CheckDuplicate._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("tax_identifier", "taxIdentifier", _codec.plain_json),
        _codec.Field("national_id", "nationalId", _codec.plain_json),
        _codec.Field("country_code", "countryCode", _codec.plain_json),
        _codec.Field("organization_id", "organizationId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
