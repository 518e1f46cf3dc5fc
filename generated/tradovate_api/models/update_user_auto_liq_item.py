from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trailing_max_drawdown_mode import TrailingMaxDrawdownMode

__all__ = ["UpdateUserAutoLiqItem"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "asOwner",
        "changesLocked",
        "marginPercentageAlert",
        "dailyLossPercentageAlert",
        "dailyLossAlert",
        "marginPercentageLiqOnly",
        "dailyLossPercentageLiqOnly",
        "dailyLossLiqOnly",
        "marginPercentageAutoLiq",
        "dailyLossPercentageAutoLiq",
        "dailyLossAutoLiq",
        "weeklyLossAutoLiq",
        "flattenTimestamp",
        "trailingMaxDrawdown",
        "trailingMaxDrawdownLimit",
        "trailingMaxDrawdownMode",
        "dailyProfitAutoLiq",
        "weeklyProfitAutoLiq",
        "doNotUnlock",
    ]
)
_TrailingMaxDrawdownMode_values = TrailingMaxDrawdownMode._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _UpdateUserAutoLiqItemSlots:
    __slots__ = ("account_id", "as_owner", "changes_locked", "margin_percentage_alert", "daily_loss_percentage_alert", "daily_loss_alert", "margin_percentage_liq_only", "daily_loss_percentage_liq_only", "daily_loss_liq_only", "margin_percentage_auto_liq", "daily_loss_percentage_auto_liq", "daily_loss_auto_liq", "weekly_loss_auto_liq", "flatten_timestamp", "trailing_max_drawdown", "trailing_max_drawdown_limit", "trailing_max_drawdown_mode", "daily_profit_auto_liq", "weekly_profit_auto_liq", "do_not_unlock", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateUserAutoLiqItem(_UpdateUserAutoLiqItemSlots, _codec.Model):
    """One account's auto-liquidation settings inside an `updateUserAutoLiqs` request.

    Attributes:
        account_id (``accountId``): Id of the Account to configure.
        as_owner (``asOwner``): Apply the change in the capacity of the account owner.
        changes_locked (``changesLocked``): When true, the trader cannot change these settings.
        margin_percentage_alert (``marginPercentageAlert``): Margin usage (%) that raises an alert.
        daily_loss_percentage_alert (``dailyLossPercentageAlert``): Daily loss (%) that raises an alert.
        daily_loss_alert (``dailyLossAlert``): Daily loss (account currency) that raises an alert.
        margin_percentage_liq_only (``marginPercentageLiqOnly``): Margin usage (%) that switches on liquidate-only mode.
        daily_loss_percentage_liq_only (``dailyLossPercentageLiqOnly``): Daily loss (%) that switches on liquidate-only mode.
        daily_loss_liq_only (``dailyLossLiqOnly``): Daily loss (account currency) that switches on liquidate-only mode.
        margin_percentage_auto_liq (``marginPercentageAutoLiq``): Margin usage (%) that triggers auto-liquidation.
        daily_loss_percentage_auto_liq (``dailyLossPercentageAutoLiq``): Daily loss (%) that triggers auto-liquidation.
        daily_loss_auto_liq (``dailyLossAutoLiq``): Daily loss (account currency) that triggers auto-liquidation.
        weekly_loss_auto_liq (``weeklyLossAutoLiq``): Weekly loss (account currency) that triggers auto-liquidation.
        flatten_timestamp (``flattenTimestamp``): Moment at which positions are flattened and working orders cancelled.
        trailing_max_drawdown (``trailingMaxDrawdown``): Allowed drawdown (account currency) below the highest net liquidation value reached.
        trailing_max_drawdown_limit (``trailingMaxDrawdownLimit``): Cap (account currency) on how high the trailing drawdown threshold may rise.
        trailing_max_drawdown_mode (``trailingMaxDrawdownMode``): Whether the trailing drawdown follows end-of-day or real-time values.
        daily_profit_auto_liq (``dailyProfitAutoLiq``): Daily profit (account currency) that triggers auto-liquidation.
        weekly_profit_auto_liq (``weeklyProfitAutoLiq``): Weekly profit (account currency) that triggers auto-liquidation.
        do_not_unlock (``doNotUnlock``): When true, an account locked by a loss limit stays locked past the next session.
    """

    account_id: int
    as_owner: bool | Unset = UNSET
    changes_locked: bool | Unset = UNSET
    margin_percentage_alert: float | Unset = UNSET
    daily_loss_percentage_alert: float | Unset = UNSET
    daily_loss_alert: float | Unset = UNSET
    margin_percentage_liq_only: float | Unset = UNSET
    daily_loss_percentage_liq_only: float | Unset = UNSET
    daily_loss_liq_only: float | Unset = UNSET
    margin_percentage_auto_liq: float | Unset = UNSET
    daily_loss_percentage_auto_liq: float | Unset = UNSET
    daily_loss_auto_liq: float | Unset = UNSET
    weekly_loss_auto_liq: float | Unset = UNSET
    flatten_timestamp: datetime.datetime | Unset = UNSET
    trailing_max_drawdown: float | Unset = UNSET
    trailing_max_drawdown_limit: float | Unset = UNSET
    trailing_max_drawdown_mode: TrailingMaxDrawdownMode | Unset = UNSET
    daily_profit_auto_liq: float | Unset = UNSET
    weekly_profit_auto_liq: float | Unset = UNSET
    do_not_unlock: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateUserAutoLiqItemRaw(_UpdateUserAutoLiqItemSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateUserAutoLiqItem:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateUserAutoLiqItem = _new(_UpdateUserAutoLiqItemRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(UpdateUserAutoLiqItem, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UpdateUserAutoLiqItem, "accountId", "integer", v, True, False)
    o.account_id = v
    v = g("asOwner", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "asOwner", "boolean", v, False, False)
    o.as_owner = v
    v = g("changesLocked", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "changesLocked", "boolean", v, False, False)
    o.changes_locked = v
    v = g("marginPercentageAlert", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "marginPercentageAlert", "number", v, False, False)
    o.margin_percentage_alert = v
    v = g("dailyLossPercentageAlert", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyLossPercentageAlert", "number", v, False, False)
    o.daily_loss_percentage_alert = v
    v = g("dailyLossAlert", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyLossAlert", "number", v, False, False)
    o.daily_loss_alert = v
    v = g("marginPercentageLiqOnly", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "marginPercentageLiqOnly", "number", v, False, False)
    o.margin_percentage_liq_only = v
    v = g("dailyLossPercentageLiqOnly", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyLossPercentageLiqOnly", "number", v, False, False)
    o.daily_loss_percentage_liq_only = v
    v = g("dailyLossLiqOnly", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyLossLiqOnly", "number", v, False, False)
    o.daily_loss_liq_only = v
    v = g("marginPercentageAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "marginPercentageAutoLiq", "number", v, False, False)
    o.margin_percentage_auto_liq = v
    v = g("dailyLossPercentageAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyLossPercentageAutoLiq", "number", v, False, False)
    o.daily_loss_percentage_auto_liq = v
    v = g("dailyLossAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyLossAutoLiq", "number", v, False, False)
    o.daily_loss_auto_liq = v
    v = g("weeklyLossAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "weeklyLossAutoLiq", "number", v, False, False)
    o.weekly_loss_auto_liq = v
    v = g("flattenTimestamp", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(UpdateUserAutoLiqItem, "flattenTimestamp", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "flattenTimestamp", "date-time", v, False, False)
    o.flatten_timestamp = v
    v = g("trailingMaxDrawdown", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "trailingMaxDrawdown", "number", v, False, False)
    o.trailing_max_drawdown = v
    v = g("trailingMaxDrawdownLimit", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "trailingMaxDrawdownLimit", "number", v, False, False)
    o.trailing_max_drawdown_limit = v
    v = g("trailingMaxDrawdownMode", UNSET)
    if v.__class__ is str:
        try:
            v = _TrailingMaxDrawdownMode_values[v]
        except KeyError:
            v = _codec.unknown_enum(UpdateUserAutoLiqItem, "trailingMaxDrawdownMode", TrailingMaxDrawdownMode, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "trailingMaxDrawdownMode", "string", v, False, False)
    o.trailing_max_drawdown_mode = v
    v = g("dailyProfitAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "dailyProfitAutoLiq", "number", v, False, False)
    o.daily_profit_auto_liq = v
    v = g("weeklyProfitAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "weeklyProfitAutoLiq", "number", v, False, False)
    o.weekly_profit_auto_liq = v
    v = g("doNotUnlock", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItem, "doNotUnlock", "boolean", v, False, False)
    o.do_not_unlock = v
    if len(d) + missing == 20:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateUserAutoLiqItem, d, _KEYS)
    o._json = d
    o.__class__ = UpdateUserAutoLiqItem
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateUserAutoLiqItem:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateUserAutoLiqItem = _new(_UpdateUserAutoLiqItemRaw)
    o.account_id = w.account_id
    o.as_owner = w.as_owner
    o.changes_locked = w.changes_locked
    o.margin_percentage_alert = w.margin_percentage_alert
    o.daily_loss_percentage_alert = w.daily_loss_percentage_alert
    o.daily_loss_alert = w.daily_loss_alert
    o.margin_percentage_liq_only = w.margin_percentage_liq_only
    o.daily_loss_percentage_liq_only = w.daily_loss_percentage_liq_only
    o.daily_loss_liq_only = w.daily_loss_liq_only
    o.margin_percentage_auto_liq = w.margin_percentage_auto_liq
    o.daily_loss_percentage_auto_liq = w.daily_loss_percentage_auto_liq
    o.daily_loss_auto_liq = w.daily_loss_auto_liq
    o.weekly_loss_auto_liq = w.weekly_loss_auto_liq
    o.flatten_timestamp = w.flatten_timestamp
    o.trailing_max_drawdown = w.trailing_max_drawdown
    o.trailing_max_drawdown_limit = w.trailing_max_drawdown_limit
    o.trailing_max_drawdown_mode = w.trailing_max_drawdown_mode
    o.daily_profit_auto_liq = w.daily_profit_auto_liq
    o.weekly_profit_auto_liq = w.weekly_profit_auto_liq
    o.do_not_unlock = w.do_not_unlock
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateUserAutoLiqItem
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateUserAutoLiqItem",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("as_owner", "asOwner", bool, UNSET),
        ("changes_locked", "changesLocked", bool, UNSET),
        ("margin_percentage_alert", "marginPercentageAlert", _codec.NUMBER, UNSET),
        ("daily_loss_percentage_alert", "dailyLossPercentageAlert", _codec.NUMBER, UNSET),
        ("daily_loss_alert", "dailyLossAlert", _codec.NUMBER, UNSET),
        ("margin_percentage_liq_only", "marginPercentageLiqOnly", _codec.NUMBER, UNSET),
        ("daily_loss_percentage_liq_only", "dailyLossPercentageLiqOnly", _codec.NUMBER, UNSET),
        ("daily_loss_liq_only", "dailyLossLiqOnly", _codec.NUMBER, UNSET),
        ("margin_percentage_auto_liq", "marginPercentageAutoLiq", _codec.NUMBER, UNSET),
        ("daily_loss_percentage_auto_liq", "dailyLossPercentageAutoLiq", _codec.NUMBER, UNSET),
        ("daily_loss_auto_liq", "dailyLossAutoLiq", _codec.NUMBER, UNSET),
        ("weekly_loss_auto_liq", "weeklyLossAutoLiq", _codec.NUMBER, UNSET),
        ("flatten_timestamp", "flattenTimestamp", datetime.datetime, UNSET),
        ("trailing_max_drawdown", "trailingMaxDrawdown", _codec.NUMBER, UNSET),
        ("trailing_max_drawdown_limit", "trailingMaxDrawdownLimit", _codec.NUMBER, UNSET),
        ("trailing_max_drawdown_mode", "trailingMaxDrawdownMode", TrailingMaxDrawdownMode, UNSET),
        ("daily_profit_auto_liq", "dailyProfitAutoLiq", _codec.NUMBER, UNSET),
        ("weekly_profit_auto_liq", "weeklyProfitAutoLiq", _codec.NUMBER, UNSET),
        ("do_not_unlock", "doNotUnlock", bool, UNSET),
    ],
)


UpdateUserAutoLiqItem._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("as_owner", "asOwner", _codec.plain_json),
        _codec.Field("changes_locked", "changesLocked", _codec.plain_json),
        _codec.Field("margin_percentage_alert", "marginPercentageAlert", _codec.plain_json),
        _codec.Field("daily_loss_percentage_alert", "dailyLossPercentageAlert", _codec.plain_json),
        _codec.Field("daily_loss_alert", "dailyLossAlert", _codec.plain_json),
        _codec.Field("margin_percentage_liq_only", "marginPercentageLiqOnly", _codec.plain_json),
        _codec.Field("daily_loss_percentage_liq_only", "dailyLossPercentageLiqOnly", _codec.plain_json),
        _codec.Field("daily_loss_liq_only", "dailyLossLiqOnly", _codec.plain_json),
        _codec.Field("margin_percentage_auto_liq", "marginPercentageAutoLiq", _codec.plain_json),
        _codec.Field("daily_loss_percentage_auto_liq", "dailyLossPercentageAutoLiq", _codec.plain_json),
        _codec.Field("daily_loss_auto_liq", "dailyLossAutoLiq", _codec.plain_json),
        _codec.Field("weekly_loss_auto_liq", "weeklyLossAutoLiq", _codec.plain_json),
        _codec.Field("flatten_timestamp", "flattenTimestamp", _codec.datetime_json),
        _codec.Field("trailing_max_drawdown", "trailingMaxDrawdown", _codec.plain_json),
        _codec.Field("trailing_max_drawdown_limit", "trailingMaxDrawdownLimit", _codec.plain_json),
        _codec.Field("trailing_max_drawdown_mode", "trailingMaxDrawdownMode", _codec.enum_json),
        _codec.Field("daily_profit_auto_liq", "dailyProfitAutoLiq", _codec.plain_json),
        _codec.Field("weekly_profit_auto_liq", "weeklyProfitAutoLiq", _codec.plain_json),
        _codec.Field("do_not_unlock", "doNotUnlock", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
