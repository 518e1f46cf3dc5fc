from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec

__all__ = ["ExtraPreTradeRiskContracts"]

_KEYS: frozenset[str] = frozenset([])
_new = _codec.new_object


class _ExtraPreTradeRiskContractsSlots:
    __slots__ = ("additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExtraPreTradeRiskContracts(_ExtraPreTradeRiskContractsSlots, _codec.Model):
    """Per-contract extra limits as an open map; keys and values are not documented (keys are presumably
    contract ids). Send {} for none: the field is required.
    """

    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExtraPreTradeRiskContractsRaw(_ExtraPreTradeRiskContractsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExtraPreTradeRiskContracts:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExtraPreTradeRiskContracts = _new(_ExtraPreTradeRiskContractsRaw)
    if not d:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExtraPreTradeRiskContracts, d, _KEYS, report=False)
    o._json = d
    o.__class__ = ExtraPreTradeRiskContracts
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExtraPreTradeRiskContracts:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExtraPreTradeRiskContracts = _new(_ExtraPreTradeRiskContractsRaw)
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExtraPreTradeRiskContracts
    return o


_Wire: Any = _codec.wire_struct(
    "ExtraPreTradeRiskContracts",
    [],
)


ExtraPreTradeRiskContracts._info = _codec.model_info(
    (),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
