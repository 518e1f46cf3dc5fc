from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .subscription_error_code import SubscriptionErrorCode
from .tradovate_subscription import TradovateSubscription
from .tradovate_subscription import _decode as _decode_TradovateSubscription
from .tradovate_subscription import _from_wire as _from_wire_TradovateSubscription
from .tradovate_subscription import _Wire as _TradovateSubscription_wire

__all__ = ["TradovateSubscriptionResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "errorCode", "tradovateSubscription"])
_SubscriptionErrorCode_values = SubscriptionErrorCode._value2member_map_
_new = _codec.new_object


class _TradovateSubscriptionResponseSlots:
    __slots__ = ("error_text", "error_code", "tradovate_subscription", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradovateSubscriptionResponse(_TradovateSubscriptionResponseSlots, _codec.Model):
    """Result of addTradovateSubscription and cancelTradovateSubscription.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        error_code (``errorCode``): Outcome code; `Success` when the call went through.
        tradovate_subscription (``tradovateSubscription``): The subscription as stored after the call.
    """

    error_text: str | Unset = UNSET
    error_code: SubscriptionErrorCode | Unset = UNSET
    tradovate_subscription: TradovateSubscription | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradovateSubscriptionResponseRaw(_TradovateSubscriptionResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradovateSubscriptionResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradovateSubscriptionResponse = _new(_TradovateSubscriptionResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("errorCode", UNSET)
    if v.__class__ is str:
        try:
            v = _SubscriptionErrorCode_values[v]
        except KeyError:
            v = _codec.unknown_enum(TradovateSubscriptionResponse, "errorCode", SubscriptionErrorCode, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionResponse, "errorCode", "string", v, False, False)
    o.error_code = v
    v = g("tradovateSubscription", UNSET)
    if v.__class__ is dict:
        v = _decode_TradovateSubscription(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionResponse, "tradovateSubscription", "object", v, False, False)
    o.tradovate_subscription = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradovateSubscriptionResponse, d, _KEYS)
    o._json = d
    o.__class__ = TradovateSubscriptionResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradovateSubscriptionResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradovateSubscriptionResponse = _new(_TradovateSubscriptionResponseRaw)
    o.error_text = w.error_text
    o.error_code = w.error_code
    v = w.tradovate_subscription
    if v.__class__ is _TradovateSubscription_wire:
        v = _from_wire_TradovateSubscription(v, d["tradovateSubscription"])
    o.tradovate_subscription = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradovateSubscriptionResponse
    return o


_Wire: Any = _codec.wire_struct(
    "TradovateSubscriptionResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("error_code", "errorCode", SubscriptionErrorCode, UNSET),
        ("tradovate_subscription", "tradovateSubscription", _TradovateSubscription_wire, UNSET),
    ],
)


TradovateSubscriptionResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("error_code", "errorCode", _codec.enum_json),
        _codec.Field("tradovate_subscription", "tradovateSubscription", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
