from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OrderStrategyLink"]

_KEYS: frozenset[str] = frozenset(["orderStrategyId", "orderId", "label", "id"])


class _OrderStrategyLinkSlots:
    __slots__ = ("order_strategy_id", "order_id", "label", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyLink(_OrderStrategyLinkSlots):
    """Ties one Order to the OrderStrategy that placed it, with the order's role.

    Attributes:
        order_strategy_id (``orderStrategyId``): Id of the OrderStrategy.
        order_id (``orderId``): Id of the Order.
        label (``label``): Role of the order within the strategy (for example entry or a bracket leg).
        id (``id``): Id of the OrderStrategyLink.
    """

    order_strategy_id: int
    order_id: int
    label: str
    id: int | Unset = UNSET
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
        o: Self = _codec.new_object(_OrderStrategyLinkRaw)
        g = d.get
        v = g("orderStrategyId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "orderStrategyId", "integer", v, True, False)
        o.order_strategy_id = v
        v = g("orderId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "orderId", "integer", v, True, False)
        o.order_id = v
        v = g("label", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "label", "string", v, True, False)
        o.label = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
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


class _OrderStrategyLinkRaw(_OrderStrategyLinkSlots):
    __slots__ = ()


OrderStrategyLink._info = _codec.model_info(
    (
        _codec.Field("order_strategy_id", "orderStrategyId", _codec.plain_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("label", "label", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
)
