from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .extra_pre_trade_risk_contracts import ExtraPreTradeRiskContracts
from .extra_pre_trade_risk_products import ExtraPreTradeRiskProducts

__all__ = ["ExtraPreTradeRisk"]

_KEYS: frozenset[str] = frozenset(["products", "contracts", "maxExposedTotal", "maxTradedVolumeTotal"])


class _ExtraPreTradeRiskSlots:
    __slots__ = ("products", "contracts", "max_exposed_total", "max_traded_volume_total", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExtraPreTradeRisk(_ExtraPreTradeRiskSlots):
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
        o: Self = _codec.new_object(_ExtraPreTradeRiskRaw)
        g = d.get
        v = g("products", UNSET)
        if v.__class__ is dict:
            v = ExtraPreTradeRiskProducts._from_json(v)
        else:
            v = _codec.bad(cls, "products", "object", v, True, False)
        o.products = v
        v = g("contracts", UNSET)
        if v.__class__ is dict:
            v = ExtraPreTradeRiskContracts._from_json(v)
        else:
            v = _codec.bad(cls, "contracts", "object", v, True, False)
        o.contracts = v
        v = g("maxExposedTotal", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "maxExposedTotal", "integer", v, False, False)
        o.max_exposed_total = v
        v = g("maxTradedVolumeTotal", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "maxTradedVolumeTotal", "integer", v, False, False)
        o.max_traded_volume_total = v
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


class _ExtraPreTradeRiskRaw(_ExtraPreTradeRiskSlots):
    __slots__ = ()


ExtraPreTradeRisk._info = _codec.model_info(
    (
        _codec.Field("products", "products", _codec.model_json),
        _codec.Field("contracts", "contracts", _codec.model_json),
        _codec.Field("max_exposed_total", "maxExposedTotal", _codec.plain_json),
        _codec.Field("max_traded_volume_total", "maxTradedVolumeTotal", _codec.plain_json),
    ),
)
