from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec

__all__ = ["ExtraPreTradeRiskProducts"]

_KEYS: frozenset[str] = frozenset([])
_new = _codec.new_object


class _ExtraPreTradeRiskProductsSlots:
    __slots__ = ("additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExtraPreTradeRiskProducts(_ExtraPreTradeRiskProductsSlots, _codec.Model):
    """Per-product extra limits as an open map; keys and values are not documented (keys are presumably
    product names or ids). Send {} for none: the field is required.
    """

    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExtraPreTradeRiskProductsRaw(_ExtraPreTradeRiskProductsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExtraPreTradeRiskProducts:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExtraPreTradeRiskProducts = _new(_ExtraPreTradeRiskProductsRaw)
    if not d:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExtraPreTradeRiskProducts, d, _KEYS, report=False)
    o._json = d
    o.__class__ = ExtraPreTradeRiskProducts
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExtraPreTradeRiskProducts:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExtraPreTradeRiskProducts = _new(_ExtraPreTradeRiskProductsRaw)
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExtraPreTradeRiskProducts
    return o


_Wire: Any = _codec.wire_struct(
    "ExtraPreTradeRiskProducts",
    [],
)


ExtraPreTradeRiskProducts._info = _codec.model_info(
    (),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
