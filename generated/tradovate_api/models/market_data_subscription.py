from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["MarketDataSubscription"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "timestamp",
        "planPrice",
        "marketDataSubscriptionPlanId",
        "year",
        "month",
        "expired",
        "id",
        "cashBalanceLogId",
        "accountId",
        "renewalCreditCardId",
        "renewalAccountId",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _MarketDataSubscriptionSlots:
    __slots__ = ("user_id", "timestamp", "plan_price", "market_data_subscription_plan_id", "year", "month", "expired", "id", "cash_balance_log_id", "account_id", "renewal_credit_card_id", "renewal_account_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarketDataSubscription(_MarketDataSubscriptionSlots, _codec.Model):
    """A user's paid market data subscription for one month.

    Attributes:
        user_id (``userId``): Id of the subscribed User.
        timestamp (``timestamp``): When the subscription was created.
        plan_price (``planPrice``): Price of the plan.
        market_data_subscription_plan_id (``marketDataSubscriptionPlanId``): Id of the MarketDataSubscriptionPlan.
        year (``year``): Year of the subscribed month.
        month (``month``): Subscribed month, 1-12.
        expired (``expired``): True once the subscription has ended.
        id (``id``)
        cash_balance_log_id (``cashBalanceLogId``): Id of the cash balance entry that charged the fee, when paid from an account.
        account_id (``accountId``): Id of the Account that paid, if any.
        renewal_credit_card_id (``renewalCreditCardId``): Id of the credit card charged on renewal.
        renewal_account_id (``renewalAccountId``): Id of the Account charged on renewal.
    """

    user_id: int
    timestamp: datetime.datetime
    plan_price: float
    market_data_subscription_plan_id: int
    year: int
    month: int
    expired: bool
    id: int | Unset = UNSET
    cash_balance_log_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    renewal_credit_card_id: int | Unset = UNSET
    renewal_account_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _MarketDataSubscriptionRaw(_MarketDataSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> MarketDataSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: MarketDataSubscription = _new(_MarketDataSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarketDataSubscription, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(MarketDataSubscription, "timestamp", "date-time", v)
        else:
            v = _codec.bad(MarketDataSubscription, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["planPrice"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "planPrice", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarketDataSubscription, "planPrice", "number", v, True, False)
    o.plan_price = v
    try:
        v = d["marketDataSubscriptionPlanId"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "marketDataSubscriptionPlanId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarketDataSubscription, "marketDataSubscriptionPlanId", "integer", v, True, False)
    o.market_data_subscription_plan_id = v
    try:
        v = d["year"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "year", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarketDataSubscription, "year", "integer", v, True, False)
    o.year = v
    try:
        v = d["month"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "month", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarketDataSubscription, "month", "integer", v, True, False)
    o.month = v
    try:
        v = d["expired"]
    except KeyError:
        v = _codec.bad(MarketDataSubscription, "expired", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(MarketDataSubscription, "expired", "boolean", v, True, False)
    o.expired = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscription, "id", "integer", v, False, False)
    o.id = v
    v = g("cashBalanceLogId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscription, "cashBalanceLogId", "integer", v, False, False)
    o.cash_balance_log_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscription, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("renewalCreditCardId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscription, "renewalCreditCardId", "integer", v, False, False)
    o.renewal_credit_card_id = v
    v = g("renewalAccountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscription, "renewalAccountId", "integer", v, False, False)
    o.renewal_account_id = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(MarketDataSubscription, d, _KEYS)
    o._json = d
    o.__class__ = MarketDataSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> MarketDataSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: MarketDataSubscription = _new(_MarketDataSubscriptionRaw)
    o.user_id = w.user_id
    o.timestamp = w.timestamp
    o.plan_price = w.plan_price
    o.market_data_subscription_plan_id = w.market_data_subscription_plan_id
    o.year = w.year
    o.month = w.month
    o.expired = w.expired
    o.id = w.id
    o.cash_balance_log_id = w.cash_balance_log_id
    o.account_id = w.account_id
    o.renewal_credit_card_id = w.renewal_credit_card_id
    o.renewal_account_id = w.renewal_account_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = MarketDataSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "MarketDataSubscription",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("plan_price", "planPrice", _codec.NUMBER, _codec.REQUIRED),
        ("market_data_subscription_plan_id", "marketDataSubscriptionPlanId", int, _codec.REQUIRED),
        ("year", "year", int, _codec.REQUIRED),
        ("month", "month", int, _codec.REQUIRED),
        ("expired", "expired", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("cash_balance_log_id", "cashBalanceLogId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("renewal_credit_card_id", "renewalCreditCardId", int, UNSET),
        ("renewal_account_id", "renewalAccountId", int, UNSET),
    ],
)


MarketDataSubscription._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("plan_price", "planPrice", _codec.plain_json),
        _codec.Field("market_data_subscription_plan_id", "marketDataSubscriptionPlanId", _codec.plain_json),
        _codec.Field("year", "year", _codec.plain_json),
        _codec.Field("month", "month", _codec.plain_json),
        _codec.Field("expired", "expired", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("cash_balance_log_id", "cashBalanceLogId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("renewal_credit_card_id", "renewalCreditCardId", _codec.plain_json),
        _codec.Field("renewal_account_id", "renewalAccountId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
