from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["GetSecondMarketDataSubscriptionCost"]

_KEYS: frozenset[str] = frozenset(["year", "month", "userId"])
_new = _codec.new_object


class _GetSecondMarketDataSubscriptionCostSlots:
    __slots__ = ("year", "month", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class GetSecondMarketDataSubscriptionCost(_GetSecondMarketDataSubscriptionCostSlots, _codec.Model):
    """Request body of getSecondMarketDataSubscriptionCost.

    Attributes:
        year (``year``): Year of the month to price.
        month (``month``): Month to price, 1-12.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    year: int
    month: int
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _GetSecondMarketDataSubscriptionCostRaw(_GetSecondMarketDataSubscriptionCostSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> GetSecondMarketDataSubscriptionCost:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: GetSecondMarketDataSubscriptionCost = _new(_GetSecondMarketDataSubscriptionCostRaw)
    missing = 0
    g = d.get
    try:
        v = d["year"]
    except KeyError:
        v = _codec.bad(GetSecondMarketDataSubscriptionCost, "year", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(GetSecondMarketDataSubscriptionCost, "year", "integer", v, True, False)
    o.year = v
    try:
        v = d["month"]
    except KeyError:
        v = _codec.bad(GetSecondMarketDataSubscriptionCost, "month", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(GetSecondMarketDataSubscriptionCost, "month", "integer", v, True, False)
    o.month = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(GetSecondMarketDataSubscriptionCost, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(GetSecondMarketDataSubscriptionCost, d, _KEYS)
    o._json = d
    o.__class__ = GetSecondMarketDataSubscriptionCost
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> GetSecondMarketDataSubscriptionCost:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: GetSecondMarketDataSubscriptionCost = _new(_GetSecondMarketDataSubscriptionCostRaw)
    o.year = w.year
    o.month = w.month
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = GetSecondMarketDataSubscriptionCost
    return o


_Wire: Any = _codec.wire_struct(
    "GetSecondMarketDataSubscriptionCost",
    [
        ("year", "year", int, _codec.REQUIRED),
        ("month", "month", int, _codec.REQUIRED),
        ("user_id", "userId", int, UNSET),
    ],
)


GetSecondMarketDataSubscriptionCost._info = _codec.model_info(
    (
        _codec.Field("year", "year", _codec.plain_json),
        _codec.Field("month", "month", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
