from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OrderStrategyLink"]

_KEYS: frozenset[str] = frozenset(["orderStrategyId", "orderId", "label", "id"])
_new = _codec.new_object


class _OrderStrategyLinkSlots:
    __slots__ = ("order_strategy_id", "order_id", "label", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyLink(_OrderStrategyLinkSlots, _codec.Model):
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


class _OrderStrategyLinkRaw(_OrderStrategyLinkSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategyLink:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategyLink = _new(_OrderStrategyLinkRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderStrategyId"]
    except KeyError:
        v = _codec.bad(OrderStrategyLink, "orderStrategyId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategyLink, "orderStrategyId", "integer", v, True, False)
    o.order_strategy_id = v
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(OrderStrategyLink, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategyLink, "orderId", "integer", v, True, False)
    o.order_id = v
    try:
        v = d["label"]
    except KeyError:
        v = _codec.bad(OrderStrategyLink, "label", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(OrderStrategyLink, "label", "string", v, True, False)
    o.label = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyLink, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategyLink, d, _KEYS)
    o._json = d
    o.__class__ = OrderStrategyLink
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategyLink:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategyLink = _new(_OrderStrategyLinkRaw)
    o.order_strategy_id = w.order_strategy_id
    o.order_id = w.order_id
    o.label = w.label
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategyLink
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategyLink",
    [
        ("order_strategy_id", "orderStrategyId", int, _codec.REQUIRED),
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("label", "label", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


OrderStrategyLink._info = _codec.model_info(
    (
        _codec.Field("order_strategy_id", "orderStrategyId", _codec.plain_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("label", "label", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
