from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .second_market_data_subscription import SecondMarketDataSubscription
from .second_market_data_subscription import _decode as _decode_SecondMarketDataSubscription
from .second_market_data_subscription import _from_wire as _from_wire_SecondMarketDataSubscription
from .second_market_data_subscription import _Wire as _SecondMarketDataSubscription_wire
from .subscription_error_code import SubscriptionErrorCode

__all__ = ["SecondMarketDataSubscriptionResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "errorCode", "secondMarketDataSubscription"])
_SubscriptionErrorCode_values = SubscriptionErrorCode._value2member_map_
_new = _codec.new_object


class _SecondMarketDataSubscriptionResponseSlots:
    __slots__ = ("error_text", "error_code", "second_market_data_subscription", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SecondMarketDataSubscriptionResponse(_SecondMarketDataSubscriptionResponseSlots, _codec.Model):
    """Result of the second market data subscription operations.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        error_code (``errorCode``): Outcome code; `Success` when the request went through.
        second_market_data_subscription (``secondMarketDataSubscription``): The subscription after the change.
    """

    error_text: str | Unset = UNSET
    error_code: SubscriptionErrorCode | Unset = UNSET
    second_market_data_subscription: SecondMarketDataSubscription | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SecondMarketDataSubscriptionResponseRaw(_SecondMarketDataSubscriptionResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SecondMarketDataSubscriptionResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SecondMarketDataSubscriptionResponse = _new(_SecondMarketDataSubscriptionResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscriptionResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("errorCode", UNSET)
    if v.__class__ is str:
        try:
            v = _SubscriptionErrorCode_values[v]
        except KeyError:
            v = _codec.unknown_enum(SecondMarketDataSubscriptionResponse, "errorCode", SubscriptionErrorCode, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscriptionResponse, "errorCode", "string", v, False, False)
    o.error_code = v
    v = g("secondMarketDataSubscription", UNSET)
    if v.__class__ is dict:
        v = _decode_SecondMarketDataSubscription(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscriptionResponse, "secondMarketDataSubscription", "object", v, False, False)
    o.second_market_data_subscription = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SecondMarketDataSubscriptionResponse, d, _KEYS)
    o._json = d
    o.__class__ = SecondMarketDataSubscriptionResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SecondMarketDataSubscriptionResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SecondMarketDataSubscriptionResponse = _new(_SecondMarketDataSubscriptionResponseRaw)
    o.error_text = w.error_text
    o.error_code = w.error_code
    v = w.second_market_data_subscription
    if v.__class__ is _SecondMarketDataSubscription_wire:
        v = _from_wire_SecondMarketDataSubscription(v, d["secondMarketDataSubscription"])
    o.second_market_data_subscription = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SecondMarketDataSubscriptionResponse
    return o


_Wire: Any = _codec.wire_struct(
    "SecondMarketDataSubscriptionResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("error_code", "errorCode", SubscriptionErrorCode, UNSET),
        ("second_market_data_subscription", "secondMarketDataSubscription", _SecondMarketDataSubscription_wire, UNSET),
    ],
)


SecondMarketDataSubscriptionResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("error_code", "errorCode", _codec.enum_json),
        _codec.Field("second_market_data_subscription", "secondMarketDataSubscription", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
