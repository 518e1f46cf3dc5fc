from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

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
class UpdateContactInfoName(_UpdateContactInfoNameSlots):
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
