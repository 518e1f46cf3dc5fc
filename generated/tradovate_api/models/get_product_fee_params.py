from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["GetProductFeeParams"]

_KEYS: frozenset[str] = frozenset(["productIds"])
_new = _codec.new_object


class _GetProductFeeParamsSlots:
    __slots__ = ("product_ids", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class GetProductFeeParams(_GetProductFeeParamsSlots, _codec.Model):
    """Body of `getProductFeeParams`.

    Attributes:
        product_ids (``productIds``): Ids of the Products to look up.
    """

    product_ids: list[int]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _GetProductFeeParamsRaw(_GetProductFeeParamsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> GetProductFeeParams:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: GetProductFeeParams = _new(_GetProductFeeParamsRaw)
    missing = 0
    try:
        v = d["productIds"]
    except KeyError:
        v = _codec.bad(GetProductFeeParams, "productIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(GetProductFeeParams, "productIds", _codec.decode_int, v)
        else:
            v = _codec.bad(GetProductFeeParams, "productIds", "array", v, True, False)
    o.product_ids = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(GetProductFeeParams, d, _KEYS)
    o._json = d
    o.__class__ = GetProductFeeParams
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> GetProductFeeParams:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: GetProductFeeParams = _new(_GetProductFeeParamsRaw)
    o.product_ids = w.product_ids
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = GetProductFeeParams
    return o


_Wire: Any = _codec.wire_struct(
    "GetProductFeeParams",
    [
        ("product_ids", "productIds", list[int], _codec.REQUIRED),
    ],
)


GetProductFeeParams._info = _codec.model_info(
    (_codec.Field("product_ids", "productIds", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
