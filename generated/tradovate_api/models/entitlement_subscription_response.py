from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .subscription_error_code import SubscriptionErrorCode
from .user_plugin import UserPlugin
from .user_plugin import _decode as _decode_UserPlugin
from .user_plugin import _from_wire as _from_wire_UserPlugin
from .user_plugin import _Wire as _UserPlugin_wire

__all__ = ["EntitlementSubscriptionResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "errorCode", "entitlementSubscription"])
_SubscriptionErrorCode_values = SubscriptionErrorCode._value2member_map_
_new = _codec.new_object


class _EntitlementSubscriptionResponseSlots:
    __slots__ = ("error_text", "error_code", "entitlement_subscription", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class EntitlementSubscriptionResponse(_EntitlementSubscriptionResponseSlots, _codec.Model):
    """Result of addEntitlementSubscription.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        error_code (``errorCode``): Outcome code; `Success` when the purchase went through.
        entitlement_subscription (``entitlementSubscription``): The created add-on subscription.
    """

    error_text: str | Unset = UNSET
    error_code: SubscriptionErrorCode | Unset = UNSET
    entitlement_subscription: UserPlugin | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _EntitlementSubscriptionResponseRaw(_EntitlementSubscriptionResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> EntitlementSubscriptionResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: EntitlementSubscriptionResponse = _new(_EntitlementSubscriptionResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EntitlementSubscriptionResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("errorCode", UNSET)
    if v.__class__ is str:
        try:
            v = _SubscriptionErrorCode_values[v]
        except KeyError:
            v = _codec.unknown_enum(EntitlementSubscriptionResponse, "errorCode", SubscriptionErrorCode, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EntitlementSubscriptionResponse, "errorCode", "string", v, False, False)
    o.error_code = v
    v = g("entitlementSubscription", UNSET)
    if v.__class__ is dict:
        v = _decode_UserPlugin(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(EntitlementSubscriptionResponse, "entitlementSubscription", "object", v, False, False)
    o.entitlement_subscription = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(EntitlementSubscriptionResponse, d, _KEYS)
    o._json = d
    o.__class__ = EntitlementSubscriptionResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> EntitlementSubscriptionResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: EntitlementSubscriptionResponse = _new(_EntitlementSubscriptionResponseRaw)
    o.error_text = w.error_text
    o.error_code = w.error_code
    v = w.entitlement_subscription
    if v.__class__ is _UserPlugin_wire:
        v = _from_wire_UserPlugin(v, d["entitlementSubscription"])
    o.entitlement_subscription = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = EntitlementSubscriptionResponse
    return o


_Wire: Any = _codec.wire_struct(
    "EntitlementSubscriptionResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("error_code", "errorCode", SubscriptionErrorCode, UNSET),
        ("entitlement_subscription", "entitlementSubscription", _UserPlugin_wire, UNSET),
    ],
)


EntitlementSubscriptionResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("error_code", "errorCode", _codec.enum_json),
        _codec.Field("entitlement_subscription", "entitlementSubscription", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
