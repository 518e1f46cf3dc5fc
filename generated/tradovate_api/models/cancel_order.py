from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CancelOrder"]

_KEYS: frozenset[str] = frozenset(["orderId", "clOrdId", "activationTime", "customTag50", "isAutomated"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CancelOrderSlots:
    __slots__ = ("order_id", "cl_ord_id", "activation_time", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CancelOrder(_CancelOrderSlots, _codec.Model):
    """Request to cancel one working order.

    Attributes:
        order_id (``orderId``): Id of the Order to cancel.
        cl_ord_id (``clOrdId``): Client-chosen id for this cancel request.
        activation_time (``activationTime``): Moment the cancel should take effect; omit to cancel at once.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): True when software, not a person, decided to send this request.
    """

    order_id: int
    cl_ord_id: str | Unset = UNSET
    activation_time: datetime.datetime | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CancelOrderRaw(_CancelOrderSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CancelOrder:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CancelOrder = _new(_CancelOrderRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(CancelOrder, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CancelOrder, "orderId", "integer", v, True, False)
    o.order_id = v
    v = g("clOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "clOrdId", "string", v, False, False)
    o.cl_ord_id = v
    v = g("activationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(CancelOrder, "activationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "activationTime", "date-time", v, False, False)
    o.activation_time = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CancelOrder, d, _KEYS)
    o._json = d
    o.__class__ = CancelOrder
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CancelOrder:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CancelOrder = _new(_CancelOrderRaw)
    o.order_id = w.order_id
    o.cl_ord_id = w.cl_ord_id
    o.activation_time = w.activation_time
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CancelOrder
    return o


_Wire: Any = _codec.wire_struct(
    "CancelOrder",
    [
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("cl_ord_id", "clOrdId", str, UNSET),
        ("activation_time", "activationTime", datetime.datetime, UNSET),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
    ],
)


CancelOrder._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("cl_ord_id", "clOrdId", _codec.plain_json),
        _codec.Field("activation_time", "activationTime", _codec.datetime_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
