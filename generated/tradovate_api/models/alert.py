from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .alert_status import AlertStatus

__all__ = ["Alert"]

_KEYS: frozenset[str] = frozenset(
    [
        "timestamp",
        "userId",
        "status",
        "expression",
        "id",
        "validUntil",
        "triggerLimits",
        "triggeredCounter",
        "failure",
        "message",
    ]
)
_AlertStatus_values = AlertStatus._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AlertSlots:
    __slots__ = ("timestamp", "user_id", "status", "expression", "id", "valid_until", "trigger_limits", "triggered_counter", "failure", "message", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Alert(_AlertSlots, _codec.Model):
    """A user-defined alert: an expression that is watched and fires a signal when it becomes true.

    Attributes:
        timestamp (``timestamp``): When the alert was created.
        user_id (``userId``): Id of the User who owns the alert.
        status (``status``): Lifecycle state of the alert.
        expression (``expression``): Condition that triggers the alert.
        id (``id``)
        valid_until (``validUntil``): Moment after which the alert expires.
        trigger_limits (``triggerLimits``): How many times the alert may fire before it stops.
        triggered_counter (``triggeredCounter``): How many times it has fired so far.
        failure (``failure``): Why the alert failed, when `status` is `Failed`.
        message (``message``): Text to show when the alert fires.
    """

    timestamp: datetime.datetime
    user_id: int
    status: AlertStatus
    expression: str
    id: int | Unset = UNSET
    valid_until: datetime.datetime | Unset = UNSET
    trigger_limits: int | Unset = UNSET
    triggered_counter: int | Unset = UNSET
    failure: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AlertRaw(_AlertSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Alert:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Alert = _new(_AlertRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(Alert, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(Alert, "timestamp", "date-time", v)
        else:
            v = _codec.bad(Alert, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(Alert, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Alert, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["status"]
    except KeyError:
        v = _codec.bad(Alert, "status", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _AlertStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(Alert, "status", AlertStatus, v)
        else:
            v = _codec.bad(Alert, "status", "string", v, True, False)
    o.status = v
    try:
        v = d["expression"]
    except KeyError:
        v = _codec.bad(Alert, "expression", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Alert, "expression", "string", v, True, False)
    o.expression = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Alert, "id", "integer", v, False, False)
    o.id = v
    v = g("validUntil", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(Alert, "validUntil", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Alert, "validUntil", "date-time", v, False, False)
    o.valid_until = v
    v = g("triggerLimits", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Alert, "triggerLimits", "integer", v, False, False)
    o.trigger_limits = v
    v = g("triggeredCounter", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Alert, "triggeredCounter", "integer", v, False, False)
    o.triggered_counter = v
    v = g("failure", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Alert, "failure", "string", v, False, False)
    o.failure = v
    v = g("message", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Alert, "message", "string", v, False, False)
    o.message = v
    if len(d) + missing == 10:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Alert, d, _KEYS)
    o._json = d
    o.__class__ = Alert
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Alert:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Alert = _new(_AlertRaw)
    o.timestamp = w.timestamp
    o.user_id = w.user_id
    o.status = w.status
    o.expression = w.expression
    o.id = w.id
    o.valid_until = w.valid_until
    o.trigger_limits = w.trigger_limits
    o.triggered_counter = w.triggered_counter
    o.failure = w.failure
    o.message = w.message
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Alert
    return o


_Wire: Any = _codec.wire_struct(
    "Alert",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("user_id", "userId", int, _codec.REQUIRED),
        ("status", "status", AlertStatus, _codec.REQUIRED),
        ("expression", "expression", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("valid_until", "validUntil", datetime.datetime, UNSET),
        ("trigger_limits", "triggerLimits", int, UNSET),
        ("triggered_counter", "triggeredCounter", int, UNSET),
        ("failure", "failure", str, UNSET),
        ("message", "message", str, UNSET),
    ],
)


Alert._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("expression", "expression", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("valid_until", "validUntil", _codec.datetime_json),
        _codec.Field("trigger_limits", "triggerLimits", _codec.plain_json),
        _codec.Field("triggered_counter", "triggeredCounter", _codec.plain_json),
        _codec.Field("failure", "failure", _codec.plain_json),
        _codec.Field("message", "message", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
