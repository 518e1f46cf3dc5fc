from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["Organization"]

_KEYS: frozenset[str] = frozenset(["name", "id"])
_new = _codec.new_object


class _OrganizationSlots:
    __slots__ = ("name", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Organization(_OrganizationSlots, _codec.Model):
    """A partner organisation that users belong to.

    Attributes:
        name (``name``): Name of the organisation.
        id (``id``)
    """

    name: str
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrganizationRaw(_OrganizationSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Organization:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Organization = _new(_OrganizationRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Organization, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Organization, "name", "string", v, True, False)
    o.name = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Organization, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Organization, d, _KEYS)
    o._json = d
    o.__class__ = Organization
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Organization:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Organization = _new(_OrganizationRaw)
    o.name = w.name
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Organization
    return o


_Wire: Any = _codec.wire_struct(
    "Organization",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


Organization._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
