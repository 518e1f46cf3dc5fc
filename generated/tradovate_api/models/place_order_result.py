from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .reject_reason import RejectReason

__all__ = ["PlaceOrderResult"]

_KEYS: frozenset[str] = frozenset(["failureReason", "failureText", "orderId"])
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object


class _PlaceOrderResultSlots:
    __slots__ = ("failure_reason", "failure_text", "order_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PlaceOrderResult(_PlaceOrderResultSlots, _codec.Model):
    """Answer to an order placement or liquidation. Comes with HTTP 200 even when refused; check
    failureReason and failureText.

    Attributes:
        failure_reason (``failureReason``)
        failure_text (``failureText``): Human-readable reason for a refusal; absent on success.
        order_id (``orderId``): Id of the Order created.
    """

    failure_reason: RejectReason | Unset = UNSET
    failure_text: str | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PlaceOrderResultRaw(_PlaceOrderResultSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PlaceOrderResult:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PlaceOrderResult = _new(_PlaceOrderResultRaw)
    missing = 0
    g = d.get
    v = g("failureReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(PlaceOrderResult, "failureReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOrderResult, "failureReason", "string", v, False, False)
    o.failure_reason = v
    v = g("failureText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOrderResult, "failureText", "string", v, False, False)
    o.failure_text = v
    v = g("orderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOrderResult, "orderId", "integer", v, False, False)
    o.order_id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PlaceOrderResult, d, _KEYS)
    o._json = d
    o.__class__ = PlaceOrderResult
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PlaceOrderResult:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PlaceOrderResult = _new(_PlaceOrderResultRaw)
    o.failure_reason = w.failure_reason
    o.failure_text = w.failure_text
    o.order_id = w.order_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PlaceOrderResult
    return o


_Wire: Any = _codec.wire_struct(
    "PlaceOrderResult",
    [
        ("failure_reason", "failureReason", RejectReason, UNSET),
        ("failure_text", "failureText", str, UNSET),
        ("order_id", "orderId", int, UNSET),
    ],
)


PlaceOrderResult._info = _codec.model_info(
    (
        _codec.Field("failure_reason", "failureReason", _codec.enum_json),
        _codec.Field("failure_text", "failureText", _codec.plain_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
