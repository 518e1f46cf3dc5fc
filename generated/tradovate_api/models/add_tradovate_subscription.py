from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AddTradovateSubscription"]

_KEYS: frozenset[str] = frozenset(["tradovateSubscriptionPlanId", "creditCardId", "accountId", "userId"])
_new = _codec.new_object


class _AddTradovateSubscriptionSlots:
    __slots__ = ("tradovate_subscription_plan_id", "credit_card_id", "account_id", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AddTradovateSubscription(_AddTradovateSubscriptionSlots, _codec.Model):
    """Request body of addTradovateSubscription.

    Attributes:
        tradovate_subscription_plan_id (``tradovateSubscriptionPlanId``): Id of the TradovateSubscriptionPlan to assign.
        credit_card_id (``creditCardId``): Id of the credit card to charge, when paying by card.
        account_id (``accountId``): Id of the Account to charge, when paying from an account.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    tradovate_subscription_plan_id: int
    credit_card_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AddTradovateSubscriptionRaw(_AddTradovateSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AddTradovateSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AddTradovateSubscription = _new(_AddTradovateSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["tradovateSubscriptionPlanId"]
    except KeyError:
        v = _codec.bad(AddTradovateSubscription, "tradovateSubscriptionPlanId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AddTradovateSubscription, "tradovateSubscriptionPlanId", "integer", v, True, False)
    o.tradovate_subscription_plan_id = v
    v = g("creditCardId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddTradovateSubscription, "creditCardId", "integer", v, False, False)
    o.credit_card_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddTradovateSubscription, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AddTradovateSubscription, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AddTradovateSubscription, d, _KEYS)
    o._json = d
    o.__class__ = AddTradovateSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AddTradovateSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AddTradovateSubscription = _new(_AddTradovateSubscriptionRaw)
    o.tradovate_subscription_plan_id = w.tradovate_subscription_plan_id
    o.credit_card_id = w.credit_card_id
    o.account_id = w.account_id
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AddTradovateSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "AddTradovateSubscription",
    [
        ("tradovate_subscription_plan_id", "tradovateSubscriptionPlanId", int, _codec.REQUIRED),
        ("credit_card_id", "creditCardId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("user_id", "userId", int, UNSET),
    ],
)


AddTradovateSubscription._info = _codec.model_info(
    (
        _codec.Field("tradovate_subscription_plan_id", "tradovateSubscriptionPlanId", _codec.plain_json),
        _codec.Field("credit_card_id", "creditCardId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
