from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec

__all__ = ["RollContractsResponseContracts"]

_KEYS: frozenset[str] = frozenset([])
_new = _codec.new_object


class _RollContractsResponseContractsSlots:
    __slots__ = ("additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RollContractsResponseContracts(_RollContractsResponseContractsSlots):
    """Contracts found by `rollContracts`, as an open map. It appears to map each requested contract name
    to the rolled Contract, as `rollContract` returns for one name (inferred, not documented); parse
    values leniently.
    """

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


class _RollContractsResponseContractsRaw(_RollContractsResponseContractsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RollContractsResponseContracts:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RollContractsResponseContracts = _new(_RollContractsResponseContractsRaw)
    if not d:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RollContractsResponseContracts, d, _KEYS, report=False)
    o._json = d
    o.__class__ = RollContractsResponseContracts
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RollContractsResponseContracts:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RollContractsResponseContracts = _new(_RollContractsResponseContractsRaw)
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RollContractsResponseContracts
    return o


_Wire: Any = _codec.wire_struct(
    "RollContractsResponseContracts",
    [],
)


RollContractsResponseContracts._info = _codec.model_info(
    (),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
