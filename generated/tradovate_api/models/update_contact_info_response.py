from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .contact_info import ContactInfo
from .contact_info import _decode as _decode_ContactInfo
from .contact_info import _from_wire as _from_wire_ContactInfo
from .contact_info import _Wire as _ContactInfo_wire

__all__ = ["UpdateContactInfoResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "contactInfo"])
_new = _codec.new_object


class _UpdateContactInfoResponseSlots:
    __slots__ = ("error_text", "contact_info", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateContactInfoResponse(_UpdateContactInfoResponseSlots, _codec.Model):
    """Result of the contactInfo update operations.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        contact_info (``contactInfo``): The contact information after the change.
    """

    error_text: str | Unset = UNSET
    contact_info: ContactInfo | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateContactInfoResponseRaw(_UpdateContactInfoResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateContactInfoResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateContactInfoResponse = _new(_UpdateContactInfoResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfoResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("contactInfo", UNSET)
    if v.__class__ is dict:
        v = _decode_ContactInfo(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateContactInfoResponse, "contactInfo", "object", v, False, False)
    o.contact_info = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateContactInfoResponse, d, _KEYS)
    o._json = d
    o.__class__ = UpdateContactInfoResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateContactInfoResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateContactInfoResponse = _new(_UpdateContactInfoResponseRaw)
    o.error_text = w.error_text
    v = w.contact_info
    if v.__class__ is _ContactInfo_wire:
        v = _from_wire_ContactInfo(v, d["contactInfo"])
    o.contact_info = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateContactInfoResponse
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateContactInfoResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("contact_info", "contactInfo", _ContactInfo_wire, UNSET),
    ],
)


UpdateContactInfoResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("contact_info", "contactInfo", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
