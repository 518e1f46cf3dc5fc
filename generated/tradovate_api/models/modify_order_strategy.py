from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ModifyOrderStrategy"]

_KEYS: frozenset[str] = frozenset(["orderStrategyId", "command", "customTag50"])
_new = _codec.new_object


class _ModifyOrderStrategySlots:
    __slots__ = ("order_strategy_id", "command", "custom_tag_50", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ModifyOrderStrategy(_ModifyOrderStrategySlots, _codec.Model):
    """Request to change a running order strategy.

    Attributes:
        order_strategy_id (``orderStrategyId``): Id of the OrderStrategy to change.
        command (``command``): The change to apply, as text. Its format is not documented upstream and no public
            example exists; it is probably a JSON-encoded string like StartOrderStrategy.params, but
            that is unconfirmed. To change a bracket, modifying the leg orders (found through
            orderStrategyLink) is the documented route.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
    """

    order_strategy_id: int
    command: str
    custom_tag_50: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ModifyOrderStrategyRaw(_ModifyOrderStrategySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ModifyOrderStrategy:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ModifyOrderStrategy = _new(_ModifyOrderStrategyRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderStrategyId"]
    except KeyError:
        v = _codec.bad(ModifyOrderStrategy, "orderStrategyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ModifyOrderStrategy, "orderStrategyId", "integer", v, True, False)
    o.order_strategy_id = v
    try:
        v = d["command"]
    except KeyError:
        v = _codec.bad(ModifyOrderStrategy, "command", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ModifyOrderStrategy, "command", "string", v, True, False)
    o.command = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyOrderStrategy, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ModifyOrderStrategy, d, _KEYS)
    o._json = d
    o.__class__ = ModifyOrderStrategy
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ModifyOrderStrategy:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ModifyOrderStrategy = _new(_ModifyOrderStrategyRaw)
    o.order_strategy_id = w.order_strategy_id
    o.command = w.command
    o.custom_tag_50 = w.custom_tag_50
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ModifyOrderStrategy
    return o


_Wire: Any = _codec.wire_struct(
    "ModifyOrderStrategy",
    [
        ("order_strategy_id", "orderStrategyId", int, _codec.REQUIRED),
        ("command", "command", str, _codec.REQUIRED),
        ("custom_tag_50", "customTag50", str, UNSET),
    ],
)


ModifyOrderStrategy._info = _codec.model_info(
    (
        _codec.Field("order_strategy_id", "orderStrategyId", _codec.plain_json),
        _codec.Field("command", "command", _codec.plain_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
