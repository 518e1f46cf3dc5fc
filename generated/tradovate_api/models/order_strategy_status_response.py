from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .order_strategy import OrderStrategy
from .order_strategy import _decode as _decode_OrderStrategy
from .order_strategy import _from_wire as _from_wire_OrderStrategy
from .order_strategy import _Wire as _OrderStrategy_wire
from .reject_reason import RejectReason

__all__ = ["OrderStrategyStatusResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "failureReason", "orderStrategy"])
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object


class _OrderStrategyStatusResponseSlots:
    __slots__ = ("error_text", "failure_reason", "order_strategy", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyStatusResponse(_OrderStrategyStatusResponseSlots, _codec.Model):
    """Answer to a start, modify or interrupt request for an order strategy. Comes with HTTP 200 even on
    failure; check errorText and failureReason.

    Attributes:
        error_text (``errorText``): Set when the request failed.
        failure_reason (``failureReason``)
        order_strategy (``orderStrategy``)
    """

    error_text: str | Unset = UNSET
    failure_reason: RejectReason | Unset = UNSET
    order_strategy: OrderStrategy | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderStrategyStatusResponseRaw(_OrderStrategyStatusResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategyStatusResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategyStatusResponse = _new(_OrderStrategyStatusResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyStatusResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("failureReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(OrderStrategyStatusResponse, "failureReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyStatusResponse, "failureReason", "string", v, False, False)
    o.failure_reason = v
    v = g("orderStrategy", UNSET)
    if v.__class__ is dict:
        v = _decode_OrderStrategy(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyStatusResponse, "orderStrategy", "object", v, False, False)
    o.order_strategy = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategyStatusResponse, d, _KEYS)
    o._json = d
    o.__class__ = OrderStrategyStatusResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategyStatusResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategyStatusResponse = _new(_OrderStrategyStatusResponseRaw)
    o.error_text = w.error_text
    o.failure_reason = w.failure_reason
    v = w.order_strategy
    if v.__class__ is _OrderStrategy_wire:
        v = _from_wire_OrderStrategy(v, d["orderStrategy"])
    o.order_strategy = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategyStatusResponse
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategyStatusResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("failure_reason", "failureReason", RejectReason, UNSET),
        ("order_strategy", "orderStrategy", _OrderStrategy_wire, UNSET),
    ],
)


OrderStrategyStatusResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("failure_reason", "failureReason", _codec.enum_json),
        _codec.Field("order_strategy", "orderStrategy", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
