from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["LiquidatePositions"]

_KEYS: frozenset[str] = frozenset(["positions", "admin", "customTag50", "isAutomated"])
_new = _codec.new_object


class _LiquidatePositionsSlots:
    __slots__ = ("positions", "admin", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class LiquidatePositions(_LiquidatePositionsSlots, _codec.Model):
    """Request to liquidate several positions at once.

    Attributes:
        positions (``positions``): Ids of the Positions to close.
        admin (``admin``): True when an administrator liquidates on the owner's behalf.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): True when software, not a person, decided to liquidate.
    """

    positions: list[int]
    admin: bool
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _LiquidatePositionsRaw(_LiquidatePositionsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> LiquidatePositions:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: LiquidatePositions = _new(_LiquidatePositionsRaw)
    missing = 0
    g = d.get
    try:
        v = d["positions"]
    except KeyError:
        v = _codec.bad(LiquidatePositions, "positions", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(LiquidatePositions, "positions", _codec.decode_int, v)
        else:
            v = _codec.bad(LiquidatePositions, "positions", "array", v, True, False)
    o.positions = v
    try:
        v = d["admin"]
    except KeyError:
        v = _codec.bad(LiquidatePositions, "admin", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(LiquidatePositions, "admin", "boolean", v, True, False)
    o.admin = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(LiquidatePositions, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(LiquidatePositions, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(LiquidatePositions, d, _KEYS)
    o._json = d
    o.__class__ = LiquidatePositions
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> LiquidatePositions:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: LiquidatePositions = _new(_LiquidatePositionsRaw)
    o.positions = w.positions
    o.admin = w.admin
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = LiquidatePositions
    return o


_Wire: Any = _codec.wire_struct(
    "LiquidatePositions",
    [
        ("positions", "positions", list[int], _codec.REQUIRED),
        ("admin", "admin", bool, _codec.REQUIRED),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
    ],
)


LiquidatePositions._info = _codec.model_info(
    (
        _codec.Field("positions", "positions", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("admin", "admin", _codec.plain_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
