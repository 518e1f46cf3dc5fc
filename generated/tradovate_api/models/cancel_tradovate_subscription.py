from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CancelTradovateSubscription"]

_KEYS: frozenset[str] = frozenset(["tradovateSubscriptionId", "cancelReason", "expire"])
_new = _codec.new_object


class _CancelTradovateSubscriptionSlots:
    __slots__ = ("tradovate_subscription_id", "cancel_reason", "expire", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CancelTradovateSubscription(_CancelTradovateSubscriptionSlots, _codec.Model):
    """Request body of cancelTradovateSubscription.

    Attributes:
        tradovate_subscription_id (``tradovateSubscriptionId``): Id of the TradovateSubscription to cancel.
        cancel_reason (``cancelReason``): Free-text reason for cancelling.
        expire (``expire``): Not documented upstream; apparently ends the plan at once instead of only stopping
            renewal.
    """

    tradovate_subscription_id: int
    cancel_reason: str | Unset = UNSET
    expire: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CancelTradovateSubscriptionRaw(_CancelTradovateSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CancelTradovateSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CancelTradovateSubscription = _new(_CancelTradovateSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["tradovateSubscriptionId"]
    except KeyError:
        v = _codec.bad(CancelTradovateSubscription, "tradovateSubscriptionId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CancelTradovateSubscription, "tradovateSubscriptionId", "integer", v, True, False)
    o.tradovate_subscription_id = v
    v = g("cancelReason", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelTradovateSubscription, "cancelReason", "string", v, False, False)
    o.cancel_reason = v
    v = g("expire", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelTradovateSubscription, "expire", "boolean", v, False, False)
    o.expire = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CancelTradovateSubscription, d, _KEYS)
    o._json = d
    o.__class__ = CancelTradovateSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CancelTradovateSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CancelTradovateSubscription = _new(_CancelTradovateSubscriptionRaw)
    o.tradovate_subscription_id = w.tradovate_subscription_id
    o.cancel_reason = w.cancel_reason
    o.expire = w.expire
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CancelTradovateSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "CancelTradovateSubscription",
    [
        ("tradovate_subscription_id", "tradovateSubscriptionId", int, _codec.REQUIRED),
        ("cancel_reason", "cancelReason", str, UNSET),
        ("expire", "expire", bool, UNSET),
    ],
)


CancelTradovateSubscription._info = _codec.model_info(
    (
        _codec.Field("tradovate_subscription_id", "tradovateSubscriptionId", _codec.plain_json),
        _codec.Field("cancel_reason", "cancelReason", _codec.plain_json),
        _codec.Field("expire", "expire", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
