from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .product_fee_params import ProductFeeParams
from .product_fee_params import _decode as _decode_ProductFeeParams
from .product_fee_params import _from_wire as _from_wire_ProductFeeParams
from .product_fee_params import _Wire as _ProductFeeParams_wire

__all__ = ["ProductFeeParamsResponse"]

_KEYS: frozenset[str] = frozenset(["params"])
_new = _codec.new_object


class _ProductFeeParamsResponseSlots:
    __slots__ = ("params", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ProductFeeParamsResponse(_ProductFeeParamsResponseSlots, _codec.Model):
    """Result of `getProductFeeParams`.

    Attributes:
        params (``params``): One entry per requested product.
    """

    params: list[ProductFeeParams]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ProductFeeParamsResponseRaw(_ProductFeeParamsResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ProductFeeParamsResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ProductFeeParamsResponse = _new(_ProductFeeParamsResponseRaw)
    missing = 0
    try:
        v = d["params"]
    except KeyError:
        v = _codec.bad(ProductFeeParamsResponse, "params", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                ProductFeeParamsResponse,
                "params",
                _decode_ProductFeeParams,
                v,
                _ProductFeeParams_wire,
                _from_wire_ProductFeeParams,
            )
        else:
            v = _codec.bad(ProductFeeParamsResponse, "params", "array", v, True, False)
    o.params = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ProductFeeParamsResponse, d, _KEYS)
    o._json = d
    o.__class__ = ProductFeeParamsResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ProductFeeParamsResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ProductFeeParamsResponse = _new(_ProductFeeParamsResponseRaw)
    v = w.params
    if v.__class__ is list:
        v = _codec.decode_models(
            ProductFeeParamsResponse,
            "params",
            _decode_ProductFeeParams,
            v,
            _ProductFeeParams_wire,
            _from_wire_ProductFeeParams,
        )
    o.params = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ProductFeeParamsResponse
    return o


_Wire: Any = _codec.wire_struct(
    "ProductFeeParamsResponse",
    [
        ("params", "params", list[Any], _codec.REQUIRED),
    ],
)


ProductFeeParamsResponse._info = _codec.model_info(
    (_codec.Field("params", "params", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
