from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["FillPair"]

_KEYS: frozenset[str] = frozenset(
    ["positionId", "buyFillId", "sellFillId", "qty", "buyPrice", "sellPrice", "active", "id", "archived"]
)


class _FillPairSlots:
    __slots__ = ("position_id", "buy_fill_id", "sell_fill_id", "qty", "buy_price", "sell_price", "active", "id", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class FillPair(_FillPairSlots):
    """A buy fill matched against a sell fill for part or all of their quantity; each pair is one closed
    round turn and the basis of realized profit or loss.

    Attributes:
        position_id (``positionId``): Id of the Position the pair belongs to.
        buy_fill_id (``buyFillId``): Id of the buying Fill.
        sell_fill_id (``sellFillId``): Id of the selling Fill.
        qty (``qty``): Number of contracts matched.
        buy_price (``buyPrice``): Price of the buy side, in the contract's price units.
        sell_price (``sellPrice``): Price of the sell side, in the contract's price units.
        active (``active``): False once the pair has been undone, for example because a fill was busted.
        id (``id``): Id of the FillPair.
        archived (``archived``): Archive flag of the record; never seen in a payload.
    """

    position_id: int
    buy_fill_id: int
    sell_fill_id: int
    qty: int
    buy_price: float
    sell_price: float
    active: bool
    id: int | Unset = UNSET
    archived: bool | Unset = UNSET
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
        o: Self = _codec.new_object(_FillPairRaw)
        g = d.get
        v = g("positionId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "positionId", "integer", v, True, False)
        o.position_id = v
        v = g("buyFillId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "buyFillId", "integer", v, True, False)
        o.buy_fill_id = v
        v = g("sellFillId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "sellFillId", "integer", v, True, False)
        o.sell_fill_id = v
        v = g("qty", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "qty", "integer", v, True, False)
        o.qty = v
        v = g("buyPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "buyPrice", "number", v, True, False)
        o.buy_price = v
        v = g("sellPrice", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "sellPrice", "number", v, True, False)
        o.sell_price = v
        v = g("active", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "active", "boolean", v, True, False)
        o.active = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("archived", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "archived", "boolean", v, False, False)
        o.archived = v
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


class _FillPairRaw(_FillPairSlots):
    __slots__ = ()


FillPair._info = _codec.model_info(
    (
        _codec.Field("position_id", "positionId", _codec.plain_json),
        _codec.Field("buy_fill_id", "buyFillId", _codec.plain_json),
        _codec.Field("sell_fill_id", "sellFillId", _codec.plain_json),
        _codec.Field("qty", "qty", _codec.plain_json),
        _codec.Field("buy_price", "buyPrice", _codec.plain_json),
        _codec.Field("sell_price", "sellPrice", _codec.plain_json),
        _codec.Field("active", "active", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
)
