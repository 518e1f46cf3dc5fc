from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OrderStrategyBracket"]

_KEYS: frozenset[str] = frozenset(["qty", "profitTarget", "stopLoss", "trailingStop"])


class _OrderStrategyBracketSlots:
    __slots__ = ("qty", "profit_target", "stop_loss", "trailing_stop", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyBracket(_OrderStrategyBracketSlots):
    """One exit leg of a multi-bracket strategy. Targets are signed price offsets from the entry fill, in
    price points (not ticks): for a Buy the profit target is positive and the stop loss negative, for a
    Sell the reverse.

    Attributes:
        qty (``qty``): Contracts in this leg; the legs together should add up to the entry quantity.
        profit_target (``profitTarget``): Signed offset of the profit-taking limit order from the entry price.
        stop_loss (``stopLoss``): Signed offset of the protective stop from the entry price.
        trailing_stop (``trailingStop``): True to make the stop leg trail the market.
    """

    qty: int
    profit_target: float | Unset = UNSET
    stop_loss: float | Unset = UNSET
    trailing_stop: bool | Unset = UNSET
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
        o: Self = _codec.new_object(_OrderStrategyBracketRaw)
        g = d.get
        v = g("qty", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "qty", "integer", v, True, False)
        o.qty = v
        v = g("profitTarget", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "profitTarget", "number", v, False, False)
        o.profit_target = v
        v = g("stopLoss", UNSET)
        if v.__class__ is not float and v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "stopLoss", "number", v, False, False)
        o.stop_loss = v
        v = g("trailingStop", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "trailingStop", "boolean", v, False, False)
        o.trailing_stop = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS, report=False)
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


class _OrderStrategyBracketRaw(_OrderStrategyBracketSlots):
    __slots__ = ()


OrderStrategyBracket._info = _codec.model_info(
    (
        _codec.Field("qty", "qty", _codec.plain_json),
        _codec.Field("profit_target", "profitTarget", _codec.plain_json),
        _codec.Field("stop_loss", "stopLoss", _codec.plain_json),
        _codec.Field("trailing_stop", "trailingStop", _codec.plain_json),
    ),
    open=True,
)
