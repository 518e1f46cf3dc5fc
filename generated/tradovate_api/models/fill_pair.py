from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["FillPair"]

_KEYS: frozenset[str] = frozenset(
    ["positionId", "buyFillId", "sellFillId", "qty", "buyPrice", "sellPrice", "active", "id", "archived"]
)
_new = _codec.new_object


class _FillPairSlots:
    __slots__ = ("position_id", "buy_fill_id", "sell_fill_id", "qty", "buy_price", "sell_price", "active", "id", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class FillPair(_FillPairSlots, _codec.Model):
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


class _FillPairRaw(_FillPairSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> FillPair:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: FillPair = _new(_FillPairRaw)
    missing = 0
    g = d.get
    try:
        v = d["positionId"]
    except KeyError:
        v = _codec.bad(FillPair, "positionId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(FillPair, "positionId", "integer", v, True, False)
    o.position_id = v
    try:
        v = d["buyFillId"]
    except KeyError:
        v = _codec.bad(FillPair, "buyFillId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(FillPair, "buyFillId", "integer", v, True, False)
    o.buy_fill_id = v
    try:
        v = d["sellFillId"]
    except KeyError:
        v = _codec.bad(FillPair, "sellFillId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(FillPair, "sellFillId", "integer", v, True, False)
    o.sell_fill_id = v
    try:
        v = d["qty"]
    except KeyError:
        v = _codec.bad(FillPair, "qty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(FillPair, "qty", "integer", v, True, False)
    o.qty = v
    try:
        v = d["buyPrice"]
    except KeyError:
        v = _codec.bad(FillPair, "buyPrice", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(FillPair, "buyPrice", "number", v, True, False)
    o.buy_price = v
    try:
        v = d["sellPrice"]
    except KeyError:
        v = _codec.bad(FillPair, "sellPrice", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(FillPair, "sellPrice", "number", v, True, False)
    o.sell_price = v
    try:
        v = d["active"]
    except KeyError:
        v = _codec.bad(FillPair, "active", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(FillPair, "active", "boolean", v, True, False)
    o.active = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillPair, "id", "integer", v, False, False)
    o.id = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(FillPair, "archived", "boolean", v, False, False)
    o.archived = v
    if len(d) + missing == 9:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(FillPair, d, _KEYS)
    o._json = d
    o.__class__ = FillPair
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> FillPair:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: FillPair = _new(_FillPairRaw)
    o.position_id = w.position_id
    o.buy_fill_id = w.buy_fill_id
    o.sell_fill_id = w.sell_fill_id
    o.qty = w.qty
    o.buy_price = w.buy_price
    o.sell_price = w.sell_price
    o.active = w.active
    o.id = w.id
    o.archived = w.archived
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = FillPair
    return o


_Wire: Any = _codec.wire_struct(
    "FillPair",
    [
        ("position_id", "positionId", int, _codec.REQUIRED),
        ("buy_fill_id", "buyFillId", int, _codec.REQUIRED),
        ("sell_fill_id", "sellFillId", int, _codec.REQUIRED),
        ("qty", "qty", int, _codec.REQUIRED),
        ("buy_price", "buyPrice", _codec.NUMBER, _codec.REQUIRED),
        ("sell_price", "sellPrice", _codec.NUMBER, _codec.REQUIRED),
        ("active", "active", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("archived", "archived", bool, UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
