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

__all__ = ["UserPlugin"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "timestamp",
        "planPrice",
        "pluginName",
        "approval",
        "startDate",
        "paidAmount",
        "id",
        "cashBalanceLogId",
        "accountId",
        "entitlementId",
        "expirationDate",
        "autorenewal",
        "planCategories",
        "rebate",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _UserPluginSlots:
    __slots__ = ("user_id", "timestamp", "plan_price", "plugin_name", "approval", "start_date", "paid_amount", "id", "cash_balance_log_id", "account_id", "entitlement_id", "expiration_date", "autorenewal", "plan_categories", "rebate", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserPlugin(_UserPluginSlots, _codec.Model):
    """A user's subscription to a plug-in or add-on entitlement.

    Attributes:
        user_id (``userId``): Id of the subscribed User.
        timestamp (``timestamp``): When the subscription was created.
        plan_price (``planPrice``): Price of the plan.
        plugin_name (``pluginName``): Name of the plug-in.
        approval (``approval``): Whether the plug-in is allowed for the user.
        start_date (``startDate``): First day of the subscription.
        paid_amount (``paidAmount``): Amount actually paid.
        id (``id``)
        cash_balance_log_id (``cashBalanceLogId``): Id of the cash balance entry that charged the fee, when paid from an account.
        account_id (``accountId``): Id of the Account that paid, if any.
        entitlement_id (``entitlementId``): Id of the Entitlement bought.
        expiration_date (``expirationDate``): Day the subscription expires.
        autorenewal (``autorenewal``): Whether the subscription renews automatically.
        plan_categories (``planCategories``): Not documented upstream.
        rebate (``rebate``): Not documented upstream.
    """

    user_id: int
    timestamp: datetime.datetime
    plan_price: float
    plugin_name: str
    approval: bool
    start_date: TradeDate
    paid_amount: float
    id: int | Unset = UNSET
    cash_balance_log_id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    entitlement_id: int | Unset = UNSET
    expiration_date: TradeDate | Unset = UNSET
    autorenewal: bool | Unset = UNSET
    plan_categories: str | Unset = UNSET
    rebate: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserPluginRaw(_UserPluginSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserPlugin:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserPlugin = _new(_UserPluginRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(UserPlugin, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserPlugin, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(UserPlugin, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(UserPlugin, "timestamp", "date-time", v)
        else:
            v = _codec.bad(UserPlugin, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["planPrice"]
    except KeyError:
        v = _codec.bad(UserPlugin, "planPrice", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(UserPlugin, "planPrice", "number", v, True, False)
    o.plan_price = v
    try:
        v = d["pluginName"]
    except KeyError:
        v = _codec.bad(UserPlugin, "pluginName", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(UserPlugin, "pluginName", "string", v, True, False)
    o.plugin_name = v
    try:
        v = d["approval"]
    except KeyError:
        v = _codec.bad(UserPlugin, "approval", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(UserPlugin, "approval", "boolean", v, True, False)
    o.approval = v
    try:
        v = d["startDate"]
    except KeyError:
        v = _codec.bad(UserPlugin, "startDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(UserPlugin, "startDate", "object", v, True, False)
    o.start_date = v
    try:
        v = d["paidAmount"]
    except KeyError:
        v = _codec.bad(UserPlugin, "paidAmount", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(UserPlugin, "paidAmount", "number", v, True, False)
    o.paid_amount = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "id", "integer", v, False, False)
    o.id = v
    v = g("cashBalanceLogId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "cashBalanceLogId", "integer", v, False, False)
    o.cash_balance_log_id = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "accountId", "integer", v, False, False)
    o.account_id = v
    v = g("entitlementId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "entitlementId", "integer", v, False, False)
    o.entitlement_id = v
    v = g("expirationDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "expirationDate", "object", v, False, False)
    o.expiration_date = v
    v = g("autorenewal", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "autorenewal", "boolean", v, False, False)
    o.autorenewal = v
    v = g("planCategories", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "planCategories", "string", v, False, False)
    o.plan_categories = v
    v = g("rebate", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserPlugin, "rebate", "number", v, False, False)
    o.rebate = v
    if len(d) + missing == 15:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserPlugin, d, _KEYS)
    o._json = d
    o.__class__ = UserPlugin
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserPlugin:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserPlugin = _new(_UserPluginRaw)
    o.user_id = w.user_id
    o.timestamp = w.timestamp
    o.plan_price = w.plan_price
    o.plugin_name = w.plugin_name
    o.approval = w.approval
    v = w.start_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["startDate"])
    o.start_date = v
    o.paid_amount = w.paid_amount
    o.id = w.id
    o.cash_balance_log_id = w.cash_balance_log_id
    o.account_id = w.account_id
    o.entitlement_id = w.entitlement_id
    v = w.expiration_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["expirationDate"])
    o.expiration_date = v
    o.autorenewal = w.autorenewal
    o.plan_categories = w.plan_categories
    o.rebate = w.rebate
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserPlugin
    return o


_Wire: Any = _codec.wire_struct(
    "UserPlugin",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("plan_price", "planPrice", _codec.NUMBER, _codec.REQUIRED),
        ("plugin_name", "pluginName", str, _codec.REQUIRED),
        ("approval", "approval", bool, _codec.REQUIRED),
        ("start_date", "startDate", _TradeDate_wire, _codec.REQUIRED),
        ("paid_amount", "paidAmount", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("cash_balance_log_id", "cashBalanceLogId", int, UNSET),
        ("account_id", "accountId", int, UNSET),
        ("entitlement_id", "entitlementId", int, UNSET),
        ("expiration_date", "expirationDate", _TradeDate_wire, UNSET),
        ("autorenewal", "autorenewal", bool, UNSET),
        ("plan_categories", "planCategories", str, UNSET),
        ("rebate", "rebate", _codec.NUMBER, UNSET),
    ],
)


UserPlugin._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("plan_price", "planPrice", _codec.plain_json),
        _codec.Field("plugin_name", "pluginName", _codec.plain_json),
        _codec.Field("approval", "approval", _codec.plain_json),
        _codec.Field("start_date", "startDate", _codec.model_json),
        _codec.Field("paid_amount", "paidAmount", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("cash_balance_log_id", "cashBalanceLogId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("entitlement_id", "entitlementId", _codec.plain_json),
        _codec.Field("expiration_date", "expirationDate", _codec.model_json),
        _codec.Field("autorenewal", "autorenewal", _codec.plain_json),
        _codec.Field("plan_categories", "planCategories", _codec.plain_json),
        _codec.Field("rebate", "rebate", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
