from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["SecondMarketDataSubscription"]

_KEYS: frozenset[str] = frozenset(
    ["userId", "timestamp", "year", "month", "id", "cancelledRenewal", "cancellationTimestamp"]
)


class _SecondMarketDataSubscriptionSlots:
    __slots__ = ("user_id", "timestamp", "year", "month", "id", "cancelled_renewal", "cancellation_timestamp", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SecondMarketDataSubscription(_SecondMarketDataSubscriptionSlots):
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
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        o: Self = _codec.new_object(_SecondMarketDataSubscriptionRaw)
        g = d.get
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("year", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "year", "integer", v, True, False)
        o.year = v
        v = g("month", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "month", "integer", v, True, False)
        o.month = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("cancelledRenewal", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "cancelledRenewal", "boolean", v, False, False)
        o.cancelled_renewal = v
        v = g("cancellationTimestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "cancellationTimestamp", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "cancellationTimestamp", "date-time", v, False, False)
        o.cancellation_timestamp = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _SecondMarketDataSubscriptionRaw(_SecondMarketDataSubscriptionSlots):
    __slots__ = ()


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
)
