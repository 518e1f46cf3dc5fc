from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .property_type import PropertyType

__all__ = ["Property"]

_KEYS: frozenset[str] = frozenset(["name", "propertyType", "id", "enumOptions", "defaultValue"])
_PropertyType_values = PropertyType._value2member_map_
_new = _codec.new_object


class _PropertySlots:
    __slots__ = ("name", "property_type", "id", "enum_options", "default_value", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Property(_PropertySlots):
    """Definition of a configurable property: its name, value type and default.

    Attributes:
        name (``name``): Name of the property.
        property_type (``propertyType``): Type of value the property holds.
        id (``id``)
        enum_options (``enumOptions``): Allowed values, for properties of type `Enum`.
        default_value (``defaultValue``): Value used when none is set, as text.
    """

    name: str
    property_type: PropertyType
    id: int | Unset = UNSET
    enum_options: str | Unset = UNSET
    default_value: str | Unset = UNSET
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
        """Decode ``d`` in place: it becomes the value's JSON form (the caller must own it)."""
        return cast(Self, _codec.decode_object(d, _Wire, _from_wire, _decode))

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


class _PropertyRaw(_PropertySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Property:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Property = _new(_PropertyRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Property, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Property, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["propertyType"]
    except KeyError:
        v = _codec.bad(Property, "propertyType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _PropertyType_values[v]
            except KeyError:
                v = _codec.unknown_enum(Property, "propertyType", PropertyType, v)
        else:
            v = _codec.bad(Property, "propertyType", "string", v, True, False)
    o.property_type = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Property, "id", "integer", v, False, False)
    o.id = v
    v = g("enumOptions", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Property, "enumOptions", "string", v, False, False)
    o.enum_options = v
    v = g("defaultValue", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Property, "defaultValue", "string", v, False, False)
    o.default_value = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Property, d, _KEYS)
    o._json = d
    o.__class__ = Property
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Property:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Property = _new(_PropertyRaw)
    o.name = w.name
    o.property_type = w.property_type
    o.id = w.id
    o.enum_options = w.enum_options
    o.default_value = w.default_value
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Property
    return o


_Wire: Any = _codec.wire_struct(
    "Property",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("property_type", "propertyType", PropertyType, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("enum_options", "enumOptions", str, UNSET),
        ("default_value", "defaultValue", str, UNSET),
    ],
)


Property._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("property_type", "propertyType", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("enum_options", "enumOptions", _codec.plain_json),
        _codec.Field("default_value", "defaultValue", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
