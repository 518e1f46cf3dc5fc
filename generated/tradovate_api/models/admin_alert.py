from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AdminAlert"]

_KEYS: frozenset[str] = frozenset(["name", "timestamp", "id"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AdminAlertSlots:
    __slots__ = ("name", "timestamp", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AdminAlert(_AdminAlertSlots, _codec.Model):
    """Kind of organisation alert that can raise AdminAlertSignals.

    Attributes:
        name (``name``): Name of the alert kind.
        timestamp (``timestamp``): When it was defined.
        id (``id``)
    """

    name: str
    timestamp: datetime.datetime
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AdminAlertRaw(_AdminAlertSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AdminAlert:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AdminAlert = _new(_AdminAlertRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(AdminAlert, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(AdminAlert, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(AdminAlert, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(AdminAlert, "timestamp", "date-time", v)
        else:
            v = _codec.bad(AdminAlert, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlert, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AdminAlert, d, _KEYS)
    o._json = d
    o.__class__ = AdminAlert
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AdminAlert:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AdminAlert = _new(_AdminAlertRaw)
    o.name = w.name
    o.timestamp = w.timestamp
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AdminAlert
    return o


_Wire: Any = _codec.wire_struct(
    "AdminAlert",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


AdminAlert._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
