from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .admin_action import AdminAction

__all__ = ["AccountRiskStatus"]

_KEYS: frozenset[str] = frozenset(
    [
        "id",
        "adminAction",
        "adminTimestamp",
        "liquidateOnly",
        "userTriggeredLiqOnly",
        "maxNetLiq",
        "minNetLiq",
        "autoLiqStarted",
        "autoLiqStopped",
        "autoLiqCounter",
        "maxNetLiqTimestamp",
    ]
)
_AdminAction_values = AdminAction._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AccountRiskStatusSlots:
    __slots__ = ("id", "admin_action", "admin_timestamp", "liquidate_only", "user_triggered_liq_only", "max_net_liq", "min_net_liq", "auto_liq_started", "auto_liq_stopped", "auto_liq_counter", "max_net_liq_timestamp", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AccountRiskStatus(_AccountRiskStatusSlots, _codec.Model):
    """Current risk state of one account: the administrative action in force and its net liquidation
    watermarks.

    Attributes:
        id (``id``): Same as the id of the Account it describes.
        admin_action (``adminAction``): Risk action currently applied to the account.
        admin_timestamp (``adminTimestamp``): When `adminAction` was last set.
        liquidate_only (``liquidateOnly``): Set while the account is restricted to closing orders (liquidate-only mode).
        user_triggered_liq_only (``userTriggeredLiqOnly``): Whether liquidate-only mode was switched on by the user rather than by the risk system.
        max_net_liq (``maxNetLiq``): Highest net liquidation value recorded (account currency); the base of trailing
            drawdown.
        min_net_liq (``minNetLiq``): Lowest net liquidation value recorded (account currency).
        auto_liq_started (``autoLiqStarted``): When the latest auto-liquidation started.
        auto_liq_stopped (``autoLiqStopped``): When the latest auto-liquidation ended.
        auto_liq_counter (``autoLiqCounter``): Number of auto-liquidations recorded for the account (period not documented).
        max_net_liq_timestamp (``maxNetLiqTimestamp``): When `maxNetLiq` was reached.
    """

    id: int | Unset = UNSET
    admin_action: AdminAction | Unset = UNSET
    admin_timestamp: datetime.datetime | Unset = UNSET
    liquidate_only: datetime.datetime | Unset = UNSET
    user_triggered_liq_only: bool | Unset = UNSET
    max_net_liq: float | Unset = UNSET
    min_net_liq: float | Unset = UNSET
    auto_liq_started: datetime.datetime | Unset = UNSET
    auto_liq_stopped: datetime.datetime | Unset = UNSET
    auto_liq_counter: int | Unset = UNSET
    max_net_liq_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AccountRiskStatusRaw(_AccountRiskStatusSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AccountRiskStatus:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AccountRiskStatus = _new(_AccountRiskStatusRaw)
    missing = 0
    g = d.get
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "id", "integer", v, False, False)
    o.id = v
    v = g("adminAction", UNSET)
    if v.__class__ is str:
        try:
            v = _AdminAction_values[v]
        except KeyError:
            v = _codec.unknown_enum(AccountRiskStatus, "adminAction", AdminAction, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "adminAction", "string", v, False, False)
    o.admin_action = v
    v = g("adminTimestamp", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccountRiskStatus, "adminTimestamp", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "adminTimestamp", "date-time", v, False, False)
    o.admin_timestamp = v
    v = g("liquidateOnly", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccountRiskStatus, "liquidateOnly", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "liquidateOnly", "date-time", v, False, False)
    o.liquidate_only = v
    v = g("userTriggeredLiqOnly", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "userTriggeredLiqOnly", "boolean", v, False, False)
    o.user_triggered_liq_only = v
    v = g("maxNetLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "maxNetLiq", "number", v, False, False)
    o.max_net_liq = v
    v = g("minNetLiq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "minNetLiq", "number", v, False, False)
    o.min_net_liq = v
    v = g("autoLiqStarted", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccountRiskStatus, "autoLiqStarted", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "autoLiqStarted", "date-time", v, False, False)
    o.auto_liq_started = v
    v = g("autoLiqStopped", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccountRiskStatus, "autoLiqStopped", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "autoLiqStopped", "date-time", v, False, False)
    o.auto_liq_stopped = v
    v = g("autoLiqCounter", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "autoLiqCounter", "integer", v, False, False)
    o.auto_liq_counter = v
    v = g("maxNetLiqTimestamp", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccountRiskStatus, "maxNetLiqTimestamp", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccountRiskStatus, "maxNetLiqTimestamp", "date-time", v, False, False)
    o.max_net_liq_timestamp = v
    if len(d) + missing == 11:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AccountRiskStatus, d, _KEYS)
    o._json = d
    o.__class__ = AccountRiskStatus
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AccountRiskStatus:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AccountRiskStatus = _new(_AccountRiskStatusRaw)
    o.id = w.id
    o.admin_action = w.admin_action
    o.admin_timestamp = w.admin_timestamp
    o.liquidate_only = w.liquidate_only
    o.user_triggered_liq_only = w.user_triggered_liq_only
    o.max_net_liq = w.max_net_liq
    o.min_net_liq = w.min_net_liq
    o.auto_liq_started = w.auto_liq_started
    o.auto_liq_stopped = w.auto_liq_stopped
    o.auto_liq_counter = w.auto_liq_counter
    o.max_net_liq_timestamp = w.max_net_liq_timestamp
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AccountRiskStatus
    return o


_Wire: Any = _codec.wire_struct(
    "AccountRiskStatus",
    [
        ("id", "id", int, UNSET),
        ("admin_action", "adminAction", AdminAction, UNSET),
        ("admin_timestamp", "adminTimestamp", datetime.datetime, UNSET),
        ("liquidate_only", "liquidateOnly", datetime.datetime, UNSET),
        ("user_triggered_liq_only", "userTriggeredLiqOnly", bool, UNSET),
        ("max_net_liq", "maxNetLiq", _codec.NUMBER, UNSET),
        ("min_net_liq", "minNetLiq", _codec.NUMBER, UNSET),
        ("auto_liq_started", "autoLiqStarted", datetime.datetime, UNSET),
        ("auto_liq_stopped", "autoLiqStopped", datetime.datetime, UNSET),
        ("auto_liq_counter", "autoLiqCounter", int, UNSET),
        ("max_net_liq_timestamp", "maxNetLiqTimestamp", datetime.datetime, UNSET),
    ],
)


AccountRiskStatus._info = _codec.model_info(
    (
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("admin_action", "adminAction", _codec.enum_json),
        _codec.Field("admin_timestamp", "adminTimestamp", _codec.datetime_json),
        _codec.Field("liquidate_only", "liquidateOnly", _codec.datetime_json),
        _codec.Field("user_triggered_liq_only", "userTriggeredLiqOnly", _codec.plain_json),
        _codec.Field("max_net_liq", "maxNetLiq", _codec.plain_json),
        _codec.Field("min_net_liq", "minNetLiq", _codec.plain_json),
        _codec.Field("auto_liq_started", "autoLiqStarted", _codec.datetime_json),
        _codec.Field("auto_liq_stopped", "autoLiqStopped", _codec.datetime_json),
        _codec.Field("auto_liq_counter", "autoLiqCounter", _codec.plain_json),
        _codec.Field("max_net_liq_timestamp", "maxNetLiqTimestamp", _codec.datetime_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
