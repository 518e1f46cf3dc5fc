from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["UserProperty"]

_KEYS: frozenset[str] = frozenset(["userId", "propertyId", "id", "value"])
_new = _codec.new_object


class _UserPropertySlots:
    __slots__ = ("user_id", "property_id", "id", "value", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserProperty(_UserPropertySlots, _codec.Model):
    """A user's value for one configurable Property.

    Attributes:
        user_id (``userId``): Id of the User.
        property_id (``propertyId``): Id of the Property.
        id (``id``)
        value (``value``): The value, as text.
    """

    user_id: int
    property_id: int
    id: int | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserPropertyRaw(_UserPropertySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserProperty:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserProperty = _new(_UserPropertyRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(UserProperty, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserProperty, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["propertyId"]
    except KeyError:
        v = _codec.bad(UserProperty, "propertyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserProperty, "propertyId", "integer", v, True, False)
    o.property_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserProperty, "id", "integer", v, False, False)
    o.id = v
    v = g("value", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserProperty, "value", "string", v, False, False)
    o.value = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserProperty, d, _KEYS)
    o._json = d
    o.__class__ = UserProperty
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserProperty:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserProperty = _new(_UserPropertyRaw)
    o.user_id = w.user_id
    o.property_id = w.property_id
    o.id = w.id
    o.value = w.value
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserProperty
    return o


_Wire: Any = _codec.wire_struct(
    "UserProperty",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("property_id", "propertyId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("value", "value", str, UNSET),
    ],
)


UserProperty._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("property_id", "propertyId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("value", "value", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
