from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
class RollContractsResponseContracts(_RollContractsResponseContractsSlots, _codec.Model):
    """Contracts found by `rollContracts`, as an open map. It appears to map each requested contract name
    to the rolled Contract, as `rollContract` returns for one name (inferred, not documented); parse
    values leniently.
    """

    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


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
