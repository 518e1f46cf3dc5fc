from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AlertSignal"]

_KEYS: frozenset[str] = frozenset(["timestamp", "alertId", "isRead", "text", "id"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AlertSignalSlots:
    __slots__ = ("timestamp", "alert_id", "is_read", "text", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AlertSignal(_AlertSignalSlots, _codec.Model):
    """One firing of a user alert.

    Attributes:
        timestamp (``timestamp``): When the alert fired.
        alert_id (``alertId``): Id of the Alert that fired.
        is_read (``isRead``): Whether the user has marked it read.
        text (``text``): Message produced by the firing.
        id (``id``)
    """

    timestamp: datetime.datetime
    alert_id: int
    is_read: bool
    text: str
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AlertSignalRaw(_AlertSignalSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AlertSignal:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AlertSignal = _new(_AlertSignalRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(AlertSignal, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(AlertSignal, "timestamp", "date-time", v)
        else:
            v = _codec.bad(AlertSignal, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["alertId"]
    except KeyError:
        v = _codec.bad(AlertSignal, "alertId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AlertSignal, "alertId", "integer", v, True, False)
    o.alert_id = v
    try:
        v = d["isRead"]
    except KeyError:
        v = _codec.bad(AlertSignal, "isRead", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(AlertSignal, "isRead", "boolean", v, True, False)
    o.is_read = v
    try:
        v = d["text"]
    except KeyError:
        v = _codec.bad(AlertSignal, "text", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(AlertSignal, "text", "string", v, True, False)
    o.text = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AlertSignal, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AlertSignal, d, _KEYS)
    o._json = d
    o.__class__ = AlertSignal
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AlertSignal:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AlertSignal = _new(_AlertSignalRaw)
    o.timestamp = w.timestamp
    o.alert_id = w.alert_id
    o.is_read = w.is_read
    o.text = w.text
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AlertSignal
    return o


_Wire: Any = _codec.wire_struct(
    "AlertSignal",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("alert_id", "alertId", int, _codec.REQUIRED),
        ("is_read", "isRead", bool, _codec.REQUIRED),
        ("text", "text", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


AlertSignal._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("alert_id", "alertId", _codec.plain_json),
        _codec.Field("is_read", "isRead", _codec.plain_json),
        _codec.Field("text", "text", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
