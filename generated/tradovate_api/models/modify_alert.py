from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ModifyAlert"]

_KEYS: frozenset[str] = frozenset(["alertId", "expression", "validUntil", "triggerLimits", "message"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _ModifyAlertSlots:
    __slots__ = ("alert_id", "expression", "valid_until", "trigger_limits", "message", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ModifyAlert(_ModifyAlertSlots, _codec.Model):
    """Body of `modifyAlert`; the fields replace those of the existing alert.

    Attributes:
        alert_id (``alertId``): Id of the Alert to change.
        expression (``expression``): New trigger condition.
        valid_until (``validUntil``): New expiry moment.
        trigger_limits (``triggerLimits``): New maximum number of firings.
        message (``message``): New text to show when it fires.
    """

    alert_id: int
    expression: str
    valid_until: datetime.datetime | Unset = UNSET
    trigger_limits: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ModifyAlertRaw(_ModifyAlertSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ModifyAlert:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ModifyAlert = _new(_ModifyAlertRaw)
    missing = 0
    g = d.get
    try:
        v = d["alertId"]
    except KeyError:
        v = _codec.bad(ModifyAlert, "alertId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ModifyAlert, "alertId", "integer", v, True, False)
    o.alert_id = v
    try:
        v = d["expression"]
    except KeyError:
        v = _codec.bad(ModifyAlert, "expression", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ModifyAlert, "expression", "string", v, True, False)
    o.expression = v
    v = g("validUntil", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(ModifyAlert, "validUntil", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyAlert, "validUntil", "date-time", v, False, False)
    o.valid_until = v
    v = g("triggerLimits", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyAlert, "triggerLimits", "integer", v, False, False)
    o.trigger_limits = v
    v = g("message", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyAlert, "message", "string", v, False, False)
    o.message = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ModifyAlert, d, _KEYS)
    o._json = d
    o.__class__ = ModifyAlert
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ModifyAlert:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ModifyAlert = _new(_ModifyAlertRaw)
    o.alert_id = w.alert_id
    o.expression = w.expression
    o.valid_until = w.valid_until
    o.trigger_limits = w.trigger_limits
    o.message = w.message
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ModifyAlert
    return o


_Wire: Any = _codec.wire_struct(
    "ModifyAlert",
    [
        ("alert_id", "alertId", int, _codec.REQUIRED),
        ("expression", "expression", str, _codec.REQUIRED),
        ("valid_until", "validUntil", datetime.datetime, UNSET),
        ("trigger_limits", "triggerLimits", int, UNSET),
        ("message", "message", str, UNSET),
    ],
)


ModifyAlert._info = _codec.model_info(
    (
        _codec.Field("alert_id", "alertId", _codec.plain_json),
        _codec.Field("expression", "expression", _codec.plain_json),
        _codec.Field("valid_until", "validUntil", _codec.datetime_json),
        _codec.Field("trigger_limits", "triggerLimits", _codec.plain_json),
        _codec.Field("message", "message", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
