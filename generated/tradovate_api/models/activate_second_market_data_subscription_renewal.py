from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["ActivateSecondMarketDataSubscriptionRenewal"]

_KEYS: frozenset[str] = frozenset(["secondMarketDataSubscriptionId"])
_new = _codec.new_object


class _ActivateSecondMarketDataSubscriptionRenewalSlots:
    __slots__ = ("second_market_data_subscription_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ActivateSecondMarketDataSubscriptionRenewal(_ActivateSecondMarketDataSubscriptionRenewalSlots, _codec.Model):
    """Request body of activateSecondMarketDataSubscriptionRenewal.

    Attributes:
        second_market_data_subscription_id (``secondMarketDataSubscriptionId``): Id of the SecondMarketDataSubscription whose renewal to switch on.
    """

    second_market_data_subscription_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ActivateSecondMarketDataSubscriptionRenewalRaw(_ActivateSecondMarketDataSubscriptionRenewalSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ActivateSecondMarketDataSubscriptionRenewal:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ActivateSecondMarketDataSubscriptionRenewal = _new(_ActivateSecondMarketDataSubscriptionRenewalRaw)
    missing = 0
    try:
        v = d["secondMarketDataSubscriptionId"]
    except KeyError:
        v = _codec.bad(
            ActivateSecondMarketDataSubscriptionRenewal, "secondMarketDataSubscriptionId", "integer", UNSET, True, False
        )
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(
                ActivateSecondMarketDataSubscriptionRenewal, "secondMarketDataSubscriptionId", "integer", v, True, False
            )
    o.second_market_data_subscription_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ActivateSecondMarketDataSubscriptionRenewal, d, _KEYS)
    o._json = d
    o.__class__ = ActivateSecondMarketDataSubscriptionRenewal
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ActivateSecondMarketDataSubscriptionRenewal:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ActivateSecondMarketDataSubscriptionRenewal = _new(_ActivateSecondMarketDataSubscriptionRenewalRaw)
    o.second_market_data_subscription_id = w.second_market_data_subscription_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ActivateSecondMarketDataSubscriptionRenewal
    return o


_Wire: Any = _codec.wire_struct(
    "ActivateSecondMarketDataSubscriptionRenewal",
    [
        ("second_market_data_subscription_id", "secondMarketDataSubscriptionId", int, _codec.REQUIRED),
    ],
)


ActivateSecondMarketDataSubscriptionRenewal._info = _codec.model_info(
    (_codec.Field("second_market_data_subscription_id", "secondMarketDataSubscriptionId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
