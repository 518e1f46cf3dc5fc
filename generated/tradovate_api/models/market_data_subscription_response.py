from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .market_data_subscription import MarketDataSubscription
from .market_data_subscription import _decode as _decode_MarketDataSubscription
from .market_data_subscription import _from_wire as _from_wire_MarketDataSubscription
from .market_data_subscription import _Wire as _MarketDataSubscription_wire
from .subscription_error_code import SubscriptionErrorCode

__all__ = ["MarketDataSubscriptionResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "errorCode", "marketDataSubscription"])
_SubscriptionErrorCode_values = SubscriptionErrorCode._value2member_map_
_new = _codec.new_object


class _MarketDataSubscriptionResponseSlots:
    __slots__ = ("error_text", "error_code", "market_data_subscription", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarketDataSubscriptionResponse(_MarketDataSubscriptionResponseSlots, _codec.Model):
    """Result of addMarketDataSubscription.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        error_code (``errorCode``): Outcome code; `Success` when the purchase went through.
        market_data_subscription (``marketDataSubscription``): The created subscription.
    """

    error_text: str | Unset = UNSET
    error_code: SubscriptionErrorCode | Unset = UNSET
    market_data_subscription: MarketDataSubscription | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _MarketDataSubscriptionResponseRaw(_MarketDataSubscriptionResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> MarketDataSubscriptionResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: MarketDataSubscriptionResponse = _new(_MarketDataSubscriptionResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("errorCode", UNSET)
    if v.__class__ is str:
        try:
            v = _SubscriptionErrorCode_values[v]
        except KeyError:
            v = _codec.unknown_enum(MarketDataSubscriptionResponse, "errorCode", SubscriptionErrorCode, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionResponse, "errorCode", "string", v, False, False)
    o.error_code = v
    v = g("marketDataSubscription", UNSET)
    if v.__class__ is dict:
        v = _decode_MarketDataSubscription(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionResponse, "marketDataSubscription", "object", v, False, False)
    o.market_data_subscription = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(MarketDataSubscriptionResponse, d, _KEYS)
    o._json = d
    o.__class__ = MarketDataSubscriptionResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> MarketDataSubscriptionResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: MarketDataSubscriptionResponse = _new(_MarketDataSubscriptionResponseRaw)
    o.error_text = w.error_text
    o.error_code = w.error_code
    v = w.market_data_subscription
    if v.__class__ is _MarketDataSubscription_wire:
        v = _from_wire_MarketDataSubscription(v, d["marketDataSubscription"])
    o.market_data_subscription = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = MarketDataSubscriptionResponse
    return o


_Wire: Any = _codec.wire_struct(
    "MarketDataSubscriptionResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("error_code", "errorCode", SubscriptionErrorCode, UNSET),
        ("market_data_subscription", "marketDataSubscription", _MarketDataSubscription_wire, UNSET),
    ],
)


MarketDataSubscriptionResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("error_code", "errorCode", _codec.enum_json),
        _codec.Field("market_data_subscription", "marketDataSubscription", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
