from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["UpdateContactCountry"]

_KEYS: frozenset[str] = frozenset(["country"])
_new = _codec.new_object


class _UpdateContactCountrySlots:
    __slots__ = ("country", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateContactCountry(_UpdateContactCountrySlots, _codec.Model):
    """Request body of updateContactCountry.

    Attributes:
        country (``country``): Two-letter ISO country code.
    """

    country: str
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateContactCountryRaw(_UpdateContactCountrySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateContactCountry:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateContactCountry = _new(_UpdateContactCountryRaw)
    missing = 0
    try:
        v = d["country"]
    except KeyError:
        v = _codec.bad(UpdateContactCountry, "country", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UpdateContactCountry, "country", "string", v, True, False)
    o.country = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateContactCountry, d, _KEYS)
    o._json = d
    o.__class__ = UpdateContactCountry
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateContactCountry:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateContactCountry = _new(_UpdateContactCountryRaw)
    o.country = w.country
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateContactCountry
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateContactCountry",
    [
        ("country", "country", str, _codec.REQUIRED),
    ],
)


UpdateContactCountry._info = _codec.model_info(
    (_codec.Field("country", "country", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
