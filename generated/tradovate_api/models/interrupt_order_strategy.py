from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["InterruptOrderStrategy"]

_KEYS: frozenset[str] = frozenset(["orderStrategyId"])
_new = _codec.new_object


class _InterruptOrderStrategySlots:
    __slots__ = ("order_strategy_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class InterruptOrderStrategy(_InterruptOrderStrategySlots, _codec.Model):
    """Request to stop a running order strategy.

    Attributes:
        order_strategy_id (``orderStrategyId``): Id of the OrderStrategy to stop.
    """

    order_strategy_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _InterruptOrderStrategyRaw(_InterruptOrderStrategySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> InterruptOrderStrategy:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: InterruptOrderStrategy = _new(_InterruptOrderStrategyRaw)
    missing = 0
    try:
        v = d["orderStrategyId"]
    except KeyError:
        v = _codec.bad(InterruptOrderStrategy, "orderStrategyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(InterruptOrderStrategy, "orderStrategyId", "integer", v, True, False)
    o.order_strategy_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(InterruptOrderStrategy, d, _KEYS)
    o._json = d
    o.__class__ = InterruptOrderStrategy
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> InterruptOrderStrategy:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: InterruptOrderStrategy = _new(_InterruptOrderStrategyRaw)
    o.order_strategy_id = w.order_strategy_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = InterruptOrderStrategy
    return o


_Wire: Any = _codec.wire_struct(
    "InterruptOrderStrategy",
    [
        ("order_strategy_id", "orderStrategyId", int, _codec.REQUIRED),
    ],
)


InterruptOrderStrategy._info = _codec.model_info(
    (_codec.Field("order_strategy_id", "orderStrategyId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
