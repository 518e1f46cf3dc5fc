from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .property_type import PropertyType

__all__ = ["Property"]

_KEYS: frozenset[str] = frozenset(["name", "propertyType", "id", "enumOptions", "defaultValue"])
_PropertyType_values = PropertyType._value2member_map_


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
        o: Self = _codec.new_object(_PropertyRaw)
        g = d.get
        v = g("name", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "name", "string", v, True, False)
        o.name = v
        v = g("propertyType", UNSET)
        if v.__class__ is str:
            e = _PropertyType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "propertyType", PropertyType, v)
        else:
            v = _codec.bad(cls, "propertyType", "string", v, True, False)
        o.property_type = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("enumOptions", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "enumOptions", "string", v, False, False)
        o.enum_options = v
        v = g("defaultValue", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "defaultValue", "string", v, False, False)
        o.default_value = v
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


class _PropertyRaw(_PropertySlots):
    __slots__ = ()


Property._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("property_type", "propertyType", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("enum_options", "enumOptions", _codec.plain_json),
        _codec.Field("default_value", "defaultValue", _codec.plain_json),
    ),
)
