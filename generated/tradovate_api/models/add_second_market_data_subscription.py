from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AddSecondMarketDataSubscription"]

_KEYS: frozenset[str] = frozenset(["year", "month", "creditCardId", "accountId", "userId"])
_new = _codec.new_object


class _AddSecondMarketDataSubscriptionSlots:
    __slots__ = ("year", "month", "credit_card_id", "account_id", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AddSecondMarketDataSubscription(_AddSecondMarketDataSubscriptionSlots, _codec.Model):
    """Request body of addSecondMarketDataSubscription.

    Attributes:
        year (``year``): Year of the month to subscribe for.
        month (``month``): Month to subscribe for, 1-12.
        credit_card_id (``creditCardId``): Credit card to charge, if paying by card.
        account_id (``accountId``): Id of the Account to charge, if paying from an account.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    year: int
    month: int
    credit_card_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AddSecondMarketDataSubscriptionRaw(_AddSecondMarketDataSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AddSecondMarketDataSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AddSecondMarketDataSubscription = _new(_AddSecondMarketDataSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["year"]
    except KeyError:
        v = _codec.bad(AddSecondMarketDataSubscription, "year", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AddSecondMarketDataSubscription, "year", "integer", v, True, False)
    o.year = v
    try:
        v = d["month"]
    except KeyError:
        v = _codec.bad(AddSecondMarketDataSubscription, "month", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AddSecondMarketDataSubscription, "month", "integer", v, True, False)
    o.month = v
    v = g("creditCardId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddSecondMarketDataSubscription, "creditCardId", "integer", v, False, False)
    o.credit_card_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddSecondMarketDataSubscription, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddSecondMarketDataSubscription, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AddSecondMarketDataSubscription, d, _KEYS)
    o._json = d
    o.__class__ = AddSecondMarketDataSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AddSecondMarketDataSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AddSecondMarketDataSubscription = _new(_AddSecondMarketDataSubscriptionRaw)
    o.year = w.year
    o.month = w.month
    o.credit_card_id = w.credit_card_id
    o.account_id = w.account_id
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AddSecondMarketDataSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "AddSecondMarketDataSubscription",
    [
        ("year", "year", int, _codec.REQUIRED),
        ("month", "month", int, _codec.REQUIRED),
        ("credit_card_id", "creditCardId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("user_id", "userId", int, UNSET),
    ],
)


AddSecondMarketDataSubscription._info = _codec.model_info(
    (
        _codec.Field("year", "year", _codec.plain_json),
        _codec.Field("month", "month", _codec.plain_json),
        _codec.Field("credit_card_id", "creditCardId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
