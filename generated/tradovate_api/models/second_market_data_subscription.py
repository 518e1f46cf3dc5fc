from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["SecondMarketDataSubscription"]

_KEYS: frozenset[str] = frozenset(
    ["userId", "timestamp", "year", "month", "id", "cancelledRenewal", "cancellationTimestamp"]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _SecondMarketDataSubscriptionSlots:
    __slots__ = ("user_id", "timestamp", "year", "month", "id", "cancelled_renewal", "cancellation_timestamp", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SecondMarketDataSubscription(_SecondMarketDataSubscriptionSlots, _codec.Model):
    """A user's second market data subscription for one month.

    Attributes:
        user_id (``userId``): Id of the subscribed User.
        timestamp (``timestamp``): When the subscription was created.
        year (``year``): Year of the subscribed month.
        month (``month``): Subscribed month, 1-12.
        id (``id``)
        cancelled_renewal (``cancelledRenewal``): True when automatic renewal is switched off.
        cancellation_timestamp (``cancellationTimestamp``): When renewal was switched off.
    """

    user_id: int
    timestamp: datetime.datetime
    year: int
    month: int
    id: int | Unset = UNSET
    cancelled_renewal: bool | Unset = UNSET
    cancellation_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SecondMarketDataSubscriptionRaw(_SecondMarketDataSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SecondMarketDataSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SecondMarketDataSubscription = _new(_SecondMarketDataSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(SecondMarketDataSubscription, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(SecondMarketDataSubscription, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(SecondMarketDataSubscription, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(SecondMarketDataSubscription, "timestamp", "date-time", v)
        else:
            v = _codec.bad(SecondMarketDataSubscription, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["year"]
    except KeyError:
        v = _codec.bad(SecondMarketDataSubscription, "year", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(SecondMarketDataSubscription, "year", "integer", v, True, False)
    o.year = v
    try:
        v = d["month"]
    except KeyError:
        v = _codec.bad(SecondMarketDataSubscription, "month", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(SecondMarketDataSubscription, "month", "integer", v, True, False)
    o.month = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscription, "id", "integer", v, False, False)
    o.id = v
    v = g("cancelledRenewal", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscription, "cancelledRenewal", "boolean", v, False, False)
    o.cancelled_renewal = v
    v = g("cancellationTimestamp", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(SecondMarketDataSubscription, "cancellationTimestamp", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscription, "cancellationTimestamp", "date-time", v, False, False)
    o.cancellation_timestamp = v
    if len(d) + missing == 7:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SecondMarketDataSubscription, d, _KEYS)
    o._json = d
    o.__class__ = SecondMarketDataSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SecondMarketDataSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SecondMarketDataSubscription = _new(_SecondMarketDataSubscriptionRaw)
    o.user_id = w.user_id
    o.timestamp = w.timestamp
    o.year = w.year
    o.month = w.month
    o.id = w.id
    o.cancelled_renewal = w.cancelled_renewal
    o.cancellation_timestamp = w.cancellation_timestamp
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SecondMarketDataSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "SecondMarketDataSubscription",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("year", "year", int, _codec.REQUIRED),
        ("month", "month", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("cancelled_renewal", "cancelledRenewal", bool, UNSET),
        ("cancellation_timestamp", "cancellationTimestamp", datetime.datetime, UNSET),
    ],
)


SecondMarketDataSubscription._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("year", "year", _codec.plain_json),
        _codec.Field("month", "month", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("cancelled_renewal", "cancelledRenewal", _codec.plain_json),
        _codec.Field("cancellation_timestamp", "cancellationTimestamp", _codec.datetime_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
