from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .reject_reason import RejectReason

__all__ = ["PlaceOsoResult"]

_KEYS: frozenset[str] = frozenset(["failureReason", "failureText", "orderId", "oso1Id", "oso2Id"])
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object


class _PlaceOsoResultSlots:
    __slots__ = ("failure_reason", "failure_text", "order_id", "oso_1_id", "oso_2_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PlaceOsoResult(_PlaceOsoResultSlots, _codec.Model):
    """Answer to an OSO request. Comes with HTTP 200 even when refused; check failureReason and
    failureText.

    Attributes:
        failure_reason (``failureReason``)
        failure_text (``failureText``): Human-readable reason for a refusal; absent on success.
        order_id (``orderId``): Id of the entry Order.
        oso_1_id (``oso1Id``): Id of the Order created for bracket1.
        oso_2_id (``oso2Id``): Id of the Order created for bracket2, if one was given.
    """

    failure_reason: RejectReason | Unset = UNSET
    failure_text: str | Unset = UNSET
    order_id: int | Unset = UNSET
    oso_1_id: int | Unset = UNSET
    oso_2_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PlaceOsoResultRaw(_PlaceOsoResultSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PlaceOsoResult:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PlaceOsoResult = _new(_PlaceOsoResultRaw)
    missing = 0
    g = d.get
    v = g("failureReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(PlaceOsoResult, "failureReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOsoResult, "failureReason", "string", v, False, False)
    o.failure_reason = v
    v = g("failureText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOsoResult, "failureText", "string", v, False, False)
    o.failure_text = v
    v = g("orderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOsoResult, "orderId", "integer", v, False, False)
    o.order_id = v
    v = g("oso1Id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOsoResult, "oso1Id", "integer", v, False, False)
    o.oso_1_id = v
    v = g("oso2Id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PlaceOsoResult, "oso2Id", "integer", v, False, False)
    o.oso_2_id = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PlaceOsoResult, d, _KEYS)
    o._json = d
    o.__class__ = PlaceOsoResult
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PlaceOsoResult:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PlaceOsoResult = _new(_PlaceOsoResultRaw)
    o.failure_reason = w.failure_reason
    o.failure_text = w.failure_text
    o.order_id = w.order_id
    o.oso_1_id = w.oso_1_id
    o.oso_2_id = w.oso_2_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PlaceOsoResult
    return o


_Wire: Any = _codec.wire_struct(
    "PlaceOsoResult",
    [
        ("failure_reason", "failureReason", RejectReason, UNSET),
        ("failure_text", "failureText", str, UNSET),
        ("order_id", "orderId", int, UNSET),
        ("oso_1_id", "oso1Id", int, UNSET),
        ("oso_2_id", "oso2Id", int, UNSET),
    ],
)


PlaceOsoResult._info = _codec.model_info(
    (
        _codec.Field("failure_reason", "failureReason", _codec.enum_json),
        _codec.Field("failure_text", "failureText", _codec.plain_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("oso_1_id", "oso1Id", _codec.plain_json),
        _codec.Field("oso_2_id", "oso2Id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
