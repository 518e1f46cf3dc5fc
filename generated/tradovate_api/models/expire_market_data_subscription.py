from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["ExpireMarketDataSubscription"]

_KEYS: frozenset[str] = frozenset(["marketDataSubscriptionIds"])
_new = _codec.new_object


class _ExpireMarketDataSubscriptionSlots:
    __slots__ = ("market_data_subscription_ids", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExpireMarketDataSubscription(_ExpireMarketDataSubscriptionSlots, _codec.Model):
    """Request body of expireMarketDataSubscription.

    Attributes:
        market_data_subscription_ids (``marketDataSubscriptionIds``): Ids of the MarketDataSubscriptions to expire; at most 100 per call.
    """

    market_data_subscription_ids: list[int]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExpireMarketDataSubscriptionRaw(_ExpireMarketDataSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExpireMarketDataSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExpireMarketDataSubscription = _new(_ExpireMarketDataSubscriptionRaw)
    missing = 0
    try:
        v = d["marketDataSubscriptionIds"]
    except KeyError:
        v = _codec.bad(ExpireMarketDataSubscription, "marketDataSubscriptionIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(ExpireMarketDataSubscription, "marketDataSubscriptionIds", _codec.decode_int, v)
        else:
            v = _codec.bad(ExpireMarketDataSubscription, "marketDataSubscriptionIds", "array", v, True, False)
    o.market_data_subscription_ids = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExpireMarketDataSubscription, d, _KEYS)
    o._json = d
    o.__class__ = ExpireMarketDataSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExpireMarketDataSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExpireMarketDataSubscription = _new(_ExpireMarketDataSubscriptionRaw)
    o.market_data_subscription_ids = w.market_data_subscription_ids
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExpireMarketDataSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "ExpireMarketDataSubscription",
    [
        ("market_data_subscription_ids", "marketDataSubscriptionIds", list[int], _codec.REQUIRED),
    ],
)


ExpireMarketDataSubscription._info = _codec.model_info(
    (
        _codec.Field(
            "market_data_subscription_ids",
            "marketDataSubscriptionIds",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
