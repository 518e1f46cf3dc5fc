from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .extra_pre_trade_risk_contracts import ExtraPreTradeRiskContracts
from .extra_pre_trade_risk_contracts import _decode as _decode_ExtraPreTradeRiskContracts
from .extra_pre_trade_risk_contracts import _from_wire as _from_wire_ExtraPreTradeRiskContracts
from .extra_pre_trade_risk_contracts import _Wire as _ExtraPreTradeRiskContracts_wire
from .extra_pre_trade_risk_products import ExtraPreTradeRiskProducts
from .extra_pre_trade_risk_products import _decode as _decode_ExtraPreTradeRiskProducts
from .extra_pre_trade_risk_products import _from_wire as _from_wire_ExtraPreTradeRiskProducts
from .extra_pre_trade_risk_products import _Wire as _ExtraPreTradeRiskProducts_wire

__all__ = ["ExtraPreTradeRisk"]

_KEYS: frozenset[str] = frozenset(["products", "contracts", "maxExposedTotal", "maxTradedVolumeTotal"])
_new = _codec.new_object


class _ExtraPreTradeRiskSlots:
    __slots__ = ("products", "contracts", "max_exposed_total", "max_traded_volume_total", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExtraPreTradeRisk(_ExtraPreTradeRiskSlots, _codec.Model):
    """Additional risk limits applied on top of the account's own settings during a dry run.

    Attributes:
        products (``products``)
        contracts (``contracts``)
        max_exposed_total (``maxExposedTotal``): Limit on the total number of contracts exposed across all products.
        max_traded_volume_total (``maxTradedVolumeTotal``): Limit on the total number of contracts traded.
    """

    products: ExtraPreTradeRiskProducts
    contracts: ExtraPreTradeRiskContracts
    max_exposed_total: int | Unset = UNSET
    max_traded_volume_total: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExtraPreTradeRiskRaw(_ExtraPreTradeRiskSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExtraPreTradeRisk:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExtraPreTradeRisk = _new(_ExtraPreTradeRiskRaw)
    missing = 0
    g = d.get
    try:
        v = d["products"]
    except KeyError:
        v = _codec.bad(ExtraPreTradeRisk, "products", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_ExtraPreTradeRiskProducts(v)
        else:
            v = _codec.bad(ExtraPreTradeRisk, "products", "object", v, True, False)
    o.products = v
    try:
        v = d["contracts"]
    except KeyError:
        v = _codec.bad(ExtraPreTradeRisk, "contracts", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_ExtraPreTradeRiskContracts(v)
        else:
            v = _codec.bad(ExtraPreTradeRisk, "contracts", "object", v, True, False)
    o.contracts = v
    v = g("maxExposedTotal", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExtraPreTradeRisk, "maxExposedTotal", "integer", v, False, False)
    o.max_exposed_total = v
    v = g("maxTradedVolumeTotal", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExtraPreTradeRisk, "maxTradedVolumeTotal", "integer", v, False, False)
    o.max_traded_volume_total = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExtraPreTradeRisk, d, _KEYS)
    o._json = d
    o.__class__ = ExtraPreTradeRisk
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExtraPreTradeRisk:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExtraPreTradeRisk = _new(_ExtraPreTradeRiskRaw)
    v = w.products
    if v.__class__ is _ExtraPreTradeRiskProducts_wire:
        v = _from_wire_ExtraPreTradeRiskProducts(v, d["products"])
    o.products = v
    v = w.contracts
    if v.__class__ is _ExtraPreTradeRiskContracts_wire:
        v = _from_wire_ExtraPreTradeRiskContracts(v, d["contracts"])
    o.contracts = v
    o.max_exposed_total = w.max_exposed_total
    o.max_traded_volume_total = w.max_traded_volume_total
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExtraPreTradeRisk
    return o


_Wire: Any = _codec.wire_struct(
    "ExtraPreTradeRisk",
    [
        ("products", "products", _ExtraPreTradeRiskProducts_wire, _codec.REQUIRED),
        ("contracts", "contracts", _ExtraPreTradeRiskContracts_wire, _codec.REQUIRED),
        ("max_exposed_total", "maxExposedTotal", int, UNSET),
        ("max_traded_volume_total", "maxTradedVolumeTotal", int, UNSET),
    ],
)


ExtraPreTradeRisk._info = _codec.model_info(
    (
        _codec.Field("products", "products", _codec.model_json),
        _codec.Field("contracts", "contracts", _codec.model_json),
        _codec.Field("max_exposed_total", "maxExposedTotal", _codec.plain_json),
        _codec.Field("max_traded_volume_total", "maxTradedVolumeTotal", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
