from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["TradovateSubscription"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "timestamp",
        "planPrice",
        "tradovateSubscriptionPlanId",
        "startDate",
        "expirationDate",
        "paidAmount",
        "id",
        "cashBalanceLogId",
        "accountId",
        "cancelledRenewal",
        "cancelReason",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _TradovateSubscriptionSlots:
    __slots__ = ("user_id", "timestamp", "plan_price", "tradovate_subscription_plan_id", "start_date", "expiration_date", "paid_amount", "id", "cash_balance_log_id", "account_id", "cancelled_renewal", "cancel_reason", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradovateSubscription(_TradovateSubscriptionSlots, _codec.Model):
    """A user's Tradovate membership plan for one period.

    Attributes:
        user_id (``userId``): Id of the subscribed User.
        timestamp (``timestamp``): When the subscription was created.
        plan_price (``planPrice``): Price of the plan.
        tradovate_subscription_plan_id (``tradovateSubscriptionPlanId``): Id of the TradovateSubscriptionPlan.
        start_date (``startDate``): First day of the subscription.
        expiration_date (``expirationDate``): Day the subscription expires.
        paid_amount (``paidAmount``): Amount actually paid.
        id (``id``)
        cash_balance_log_id (``cashBalanceLogId``): Id of the cash balance entry that charged the fee, when paid from an account.
        account_id (``accountId``): Id of the Account that paid, if any.
        cancelled_renewal (``cancelledRenewal``): True when the plan will not renew.
        cancel_reason (``cancelReason``): Reason given when the plan was cancelled.
    """

    user_id: int
    timestamp: datetime.datetime
    plan_price: float
    tradovate_subscription_plan_id: int
    start_date: TradeDate
    expiration_date: TradeDate
    paid_amount: float
    id: int | Unset = UNSET
    cash_balance_log_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    cancelled_renewal: bool | Unset = UNSET
    cancel_reason: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradovateSubscriptionRaw(_TradovateSubscriptionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradovateSubscription:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradovateSubscription = _new(_TradovateSubscriptionRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradovateSubscription, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(TradovateSubscription, "timestamp", "date-time", v)
        else:
            v = _codec.bad(TradovateSubscription, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["planPrice"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "planPrice", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(TradovateSubscription, "planPrice", "number", v, True, False)
    o.plan_price = v
    try:
        v = d["tradovateSubscriptionPlanId"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "tradovateSubscriptionPlanId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradovateSubscription, "tradovateSubscriptionPlanId", "integer", v, True, False)
    o.tradovate_subscription_plan_id = v
    try:
        v = d["startDate"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "startDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(TradovateSubscription, "startDate", "object", v, True, False)
    o.start_date = v
    try:
        v = d["expirationDate"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "expirationDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(TradovateSubscription, "expirationDate", "object", v, True, False)
    o.expiration_date = v
    try:
        v = d["paidAmount"]
    except KeyError:
        v = _codec.bad(TradovateSubscription, "paidAmount", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(TradovateSubscription, "paidAmount", "number", v, True, False)
    o.paid_amount = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscription, "id", "integer", v, False, False)
    o.id = v
    v = g("cashBalanceLogId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscription, "cashBalanceLogId", "integer", v, False, False)
    o.cash_balance_log_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscription, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("cancelledRenewal", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscription, "cancelledRenewal", "boolean", v, False, False)
    o.cancelled_renewal = v
    v = g("cancelReason", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscription, "cancelReason", "string", v, False, False)
    o.cancel_reason = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradovateSubscription, d, _KEYS)
    o._json = d
    o.__class__ = TradovateSubscription
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradovateSubscription:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradovateSubscription = _new(_TradovateSubscriptionRaw)
    o.user_id = w.user_id
    o.timestamp = w.timestamp
    o.plan_price = w.plan_price
    o.tradovate_subscription_plan_id = w.tradovate_subscription_plan_id
    v = w.start_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["startDate"])
    o.start_date = v
    v = w.expiration_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["expirationDate"])
    o.expiration_date = v
    o.paid_amount = w.paid_amount
    o.id = w.id
    o.cash_balance_log_id = w.cash_balance_log_id
    o.account_id = w.account_id
    o.cancelled_renewal = w.cancelled_renewal
    o.cancel_reason = w.cancel_reason
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradovateSubscription
    return o


_Wire: Any = _codec.wire_struct(
    "TradovateSubscription",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("plan_price", "planPrice", _codec.NUMBER, _codec.REQUIRED),
        ("tradovate_subscription_plan_id", "tradovateSubscriptionPlanId", int, _codec.REQUIRED),
        ("start_date", "startDate", _TradeDate_wire, _codec.REQUIRED),
        ("expiration_date", "expirationDate", _TradeDate_wire, _codec.REQUIRED),
        ("paid_amount", "paidAmount", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("cash_balance_log_id", "cashBalanceLogId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("cancelled_renewal", "cancelledRenewal", bool, UNSET),
        ("cancel_reason", "cancelReason", str, UNSET),
    ],
)


TradovateSubscription._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("plan_price", "planPrice", _codec.plain_json),
        _codec.Field("tradovate_subscription_plan_id", "tradovateSubscriptionPlanId", _codec.plain_json),
        _codec.Field("start_date", "startDate", _codec.model_json),
        _codec.Field("expiration_date", "expirationDate", _codec.model_json),
        _codec.Field("paid_amount", "paidAmount", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("cash_balance_log_id", "cashBalanceLogId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("cancelled_renewal", "cancelledRenewal", _codec.plain_json),
        _codec.Field("cancel_reason", "cancelReason", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
