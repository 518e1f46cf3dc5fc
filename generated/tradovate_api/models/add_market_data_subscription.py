from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AddMarketDataSubscription"]

_KEYS: frozenset[str] = frozenset(
    ["marketDataSubscriptionPlanIds", "year", "month", "creditCardId", "accountId", "userId"]
)
_new = _codec.new_object


class _AddMarketDataSubscriptionSlots:
    __slots__ = ("market_data_subscription_plan_ids", "year", "month", "credit_card_id", "account_id", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AddMarketDataSubscription(_AddMarketDataSubscriptionSlots, _codec.Model):
    """Request body of addMarketDataSubscription.

    Attributes:
        market_data_subscription_plan_ids (``marketDataSubscriptionPlanIds``): Ids of the MarketDataSubscriptionPlans to buy.
        year (``year``): Year of the subscribed month.
        month (``month``): Subscribed month, 1-12.
        credit_card_id (``creditCardId``): Id of the credit card to charge, when paying by card.
        account_id (``accountId``): Id of the Account to charge, when paying from an account.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    market_data_subscription_plan_ids: list[int]
    year: int
    month: int
    credit_card_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AddMarketDataSubscriptionRaw(_AddMarketDataSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AddMarketDataSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AddMarketDataSubscription = _new(_AddMarketDataSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["marketDataSubscriptionPlanIds"]
    except KeyError:
        v = _codec.bad(AddMarketDataSubscription, "marketDataSubscriptionPlanIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(AddMarketDataSubscription, "marketDataSubscriptionPlanIds", _codec.decode_int, v)
        else:
            v = _codec.bad(AddMarketDataSubscription, "marketDataSubscriptionPlanIds", "array", v, True, False)
    o.market_data_subscription_plan_ids = v
    try:
        v = d["year"]
    except KeyError:
        v = _codec.bad(AddMarketDataSubscription, "year", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AddMarketDataSubscription, "year", "integer", v, True, False)
    o.year = v
    try:
        v = d["month"]
    except KeyError:
        v = _codec.bad(AddMarketDataSubscription, "month", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AddMarketDataSubscription, "month", "integer", v, True, False)
    o.month = v
    v = g("creditCardId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddMarketDataSubscription, "creditCardId", "integer", v, False, False)
    o.credit_card_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddMarketDataSubscription, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddMarketDataSubscription, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AddMarketDataSubscription, d, _KEYS)
    o._json = d
    o.__class__ = AddMarketDataSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AddMarketDataSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AddMarketDataSubscription = _new(_AddMarketDataSubscriptionRaw)
    o.market_data_subscription_plan_ids = w.market_data_subscription_plan_ids
    o.year = w.year
    o.month = w.month
    o.credit_card_id = w.credit_card_id
    o.account_id = w.account_id
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AddMarketDataSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "AddMarketDataSubscription",
    [
        ("market_data_subscription_plan_ids", "marketDataSubscriptionPlanIds", list[int], _codec.REQUIRED),
        ("year", "year", int, _codec.REQUIRED),
        ("month", "month", int, _codec.REQUIRED),
        ("credit_card_id", "creditCardId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("user_id", "userId", int, UNSET),
    ],
)


AddMarketDataSubscription._info = _codec.model_info(
    (
        _codec.Field(
            "market_data_subscription_plan_ids",
            "marketDataSubscriptionPlanIds",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
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
