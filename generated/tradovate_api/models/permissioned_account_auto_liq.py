from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["PermissionedAccountAutoLiq"]

_KEYS: frozenset[str] = frozenset(
    [
        "id",
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
        "dailyProfitAutoLiq",
        "weeklyProfitAutoLiq",
        "changesLocked",
    ]
)
_new = _codec.new_object


class _PermissionedAccountAutoLiqSlots:
    __slots__ = ("id", "margin_percentage_alert", "daily_loss_percentage_alert", "daily_loss_alert", "margin_percentage_liq_only", "daily_loss_percentage_liq_only", "daily_loss_liq_only", "margin_percentage_auto_liq", "daily_loss_percentage_auto_liq", "daily_loss_auto_liq", "weekly_loss_auto_liq", "daily_profit_auto_liq", "weekly_profit_auto_liq", "changes_locked", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PermissionedAccountAutoLiq(_PermissionedAccountAutoLiqSlots, _codec.Model):
    """Auto-liquidation thresholds of an account as seen by a user who trades it through a trading
    permission.

    Attributes:
        id (``id``): Same as the id of the Account it belongs to.
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
        daily_profit_auto_liq (``dailyProfitAutoLiq``): Daily profit (account currency) that triggers auto-liquidation.
        weekly_profit_auto_liq (``weeklyProfitAutoLiq``): Weekly profit (account currency) that triggers auto-liquidation.
        changes_locked (``changesLocked``): When true, the trader cannot change these settings.
    """

    id: int | Unset = UNSET
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
    daily_profit_auto_liq: float | Unset = UNSET
    weekly_profit_auto_liq: float | Unset = UNSET
    changes_locked: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PermissionedAccountAutoLiqRaw(_PermissionedAccountAutoLiqSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PermissionedAccountAutoLiq:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PermissionedAccountAutoLiq = _new(_PermissionedAccountAutoLiqRaw)
    missing = 0
    g = d.get
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "id", "integer", v, False, False)
    o.id = v
    v = g("marginPercentageAlert", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "marginPercentageAlert", "number", v, False, False)
    o.margin_percentage_alert = v
    v = g("dailyLossPercentageAlert", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyLossPercentageAlert", "number", v, False, False)
    o.daily_loss_percentage_alert = v
    v = g("dailyLossAlert", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyLossAlert", "number", v, False, False)
    o.daily_loss_alert = v
    v = g("marginPercentageLiqOnly", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "marginPercentageLiqOnly", "number", v, False, False)
    o.margin_percentage_liq_only = v
    v = g("dailyLossPercentageLiqOnly", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyLossPercentageLiqOnly", "number", v, False, False)
    o.daily_loss_percentage_liq_only = v
    v = g("dailyLossLiqOnly", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyLossLiqOnly", "number", v, False, False)
    o.daily_loss_liq_only = v
    v = g("marginPercentageAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "marginPercentageAutoLiq", "number", v, False, False)
    o.margin_percentage_auto_liq = v
    v = g("dailyLossPercentageAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyLossPercentageAutoLiq", "number", v, False, False)
    o.daily_loss_percentage_auto_liq = v
    v = g("dailyLossAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyLossAutoLiq", "number", v, False, False)
    o.daily_loss_auto_liq = v
    v = g("weeklyLossAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "weeklyLossAutoLiq", "number", v, False, False)
    o.weekly_loss_auto_liq = v
    v = g("dailyProfitAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "dailyProfitAutoLiq", "number", v, False, False)
    o.daily_profit_auto_liq = v
    v = g("weeklyProfitAutoLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "weeklyProfitAutoLiq", "number", v, False, False)
    o.weekly_profit_auto_liq = v
    v = g("changesLocked", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PermissionedAccountAutoLiq, "changesLocked", "boolean", v, False, False)
    o.changes_locked = v
    if len(d) + missing == 14:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PermissionedAccountAutoLiq, d, _KEYS)
    o._json = d
    o.__class__ = PermissionedAccountAutoLiq
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PermissionedAccountAutoLiq:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PermissionedAccountAutoLiq = _new(_PermissionedAccountAutoLiqRaw)
    o.id = w.id
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
    o.daily_profit_auto_liq = w.daily_profit_auto_liq
    o.weekly_profit_auto_liq = w.weekly_profit_auto_liq
    o.changes_locked = w.changes_locked
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PermissionedAccountAutoLiq
    return o


_Wire: Any = _codec.wire_struct(
    "PermissionedAccountAutoLiq",
    [
        ("id", "id", int, UNSET),
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
        ("daily_profit_auto_liq", "dailyProfitAutoLiq", _codec.NUMBER, UNSET),
        ("weekly_profit_auto_liq", "weeklyProfitAutoLiq", _codec.NUMBER, UNSET),
        ("changes_locked", "changesLocked", bool, UNSET),
    ],
)


PermissionedAccountAutoLiq._info = _codec.model_info(
    (
        _codec.Field("id", "id", _codec.plain_json),
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
        _codec.Field("daily_profit_auto_liq", "dailyProfitAutoLiq", _codec.plain_json),
        _codec.Field("weekly_profit_auto_liq", "weeklyProfitAutoLiq", _codec.plain_json),
        _codec.Field("changes_locked", "changesLocked", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
