from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["CancelSecondMarketDataSubscriptionRenewal"]

_KEYS: frozenset[str] = frozenset(["secondMarketDataSubscriptionId"])
_new = _codec.new_object


class _CancelSecondMarketDataSubscriptionRenewalSlots:
    __slots__ = ("second_market_data_subscription_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CancelSecondMarketDataSubscriptionRenewal(_CancelSecondMarketDataSubscriptionRenewalSlots, _codec.Model):
    """Request body of cancelSecondMarketDataSubscriptionRenewal.

    Attributes:
        second_market_data_subscription_id (``secondMarketDataSubscriptionId``): Id of the SecondMarketDataSubscription whose renewal to switch off.
    """

    second_market_data_subscription_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CancelSecondMarketDataSubscriptionRenewalRaw(_CancelSecondMarketDataSubscriptionRenewalSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CancelSecondMarketDataSubscriptionRenewal:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CancelSecondMarketDataSubscriptionRenewal = _new(_CancelSecondMarketDataSubscriptionRenewalRaw)
    missing = 0
    try:
        v = d["secondMarketDataSubscriptionId"]
    except KeyError:
        v = _codec.bad(
            CancelSecondMarketDataSubscriptionRenewal, "secondMarketDataSubscriptionId", "integer", UNSET, True, False
        )
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(
                CancelSecondMarketDataSubscriptionRenewal, "secondMarketDataSubscriptionId", "integer", v, True, False
            )
    o.second_market_data_subscription_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CancelSecondMarketDataSubscriptionRenewal, d, _KEYS)
    o._json = d
    o.__class__ = CancelSecondMarketDataSubscriptionRenewal
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CancelSecondMarketDataSubscriptionRenewal:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CancelSecondMarketDataSubscriptionRenewal = _new(_CancelSecondMarketDataSubscriptionRenewalRaw)
    o.second_market_data_subscription_id = w.second_market_data_subscription_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CancelSecondMarketDataSubscriptionRenewal
    return o


_Wire: Any = _codec.wire_struct(
    "CancelSecondMarketDataSubscriptionRenewal",
    [
        ("second_market_data_subscription_id", "secondMarketDataSubscriptionId", int, _codec.REQUIRED),
    ],
)


CancelSecondMarketDataSubscriptionRenewal._info = _codec.model_info(
    (_codec.Field("second_market_data_subscription_id", "secondMarketDataSubscriptionId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
