from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OrderStrategyBracket"]

_KEYS: frozenset[str] = frozenset(["qty", "profitTarget", "stopLoss", "trailingStop"])
_new = _codec.new_object


class _OrderStrategyBracketSlots:
    __slots__ = ("qty", "profit_target", "stop_loss", "trailing_stop", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyBracket(_OrderStrategyBracketSlots, _codec.Model):
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


class _OrderStrategyBracketRaw(_OrderStrategyBracketSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategyBracket:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategyBracket = _new(_OrderStrategyBracketRaw)
    missing = 0
    g = d.get
    try:
        v = d["qty"]
    except KeyError:
        v = _codec.bad(OrderStrategyBracket, "qty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategyBracket, "qty", "integer", v, True, False)
    o.qty = v
    v = g("profitTarget", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyBracket, "profitTarget", "number", v, False, False)
    o.profit_target = v
    v = g("stopLoss", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyBracket, "stopLoss", "number", v, False, False)
    o.stop_loss = v
    v = g("trailingStop", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyBracket, "trailingStop", "boolean", v, False, False)
    o.trailing_stop = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategyBracket, d, _KEYS, report=False)
    o._json = d
    o.__class__ = OrderStrategyBracket
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategyBracket:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategyBracket = _new(_OrderStrategyBracketRaw)
    o.qty = w.qty
    o.profit_target = w.profit_target
    o.stop_loss = w.stop_loss
    o.trailing_stop = w.trailing_stop
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategyBracket
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategyBracket",
    [
        ("qty", "qty", int, _codec.REQUIRED),
        ("profit_target", "profitTarget", _codec.NUMBER, UNSET),
        ("stop_loss", "stopLoss", _codec.NUMBER, UNSET),
        ("trailing_stop", "trailingStop", bool, UNSET),
    ],
)


OrderStrategyBracket._info = _codec.model_info(
    (
        _codec.Field("qty", "qty", _codec.plain_json),
        _codec.Field("profit_target", "profitTarget", _codec.plain_json),
        _codec.Field("stop_loss", "stopLoss", _codec.plain_json),
        _codec.Field("trailing_stop", "trailingStop", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
