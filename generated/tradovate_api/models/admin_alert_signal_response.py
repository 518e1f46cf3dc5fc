from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .admin_alert_signal import AdminAlertSignal
from .admin_alert_signal import _decode as _decode_AdminAlertSignal
from .admin_alert_signal import _from_wire as _from_wire_AdminAlertSignal
from .admin_alert_signal import _Wire as _AdminAlertSignal_wire

__all__ = ["AdminAlertSignalResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "adminAlertSignal"])
_new = _codec.new_object


class _AdminAlertSignalResponseSlots:
    __slots__ = ("error_text", "admin_alert_signal", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AdminAlertSignalResponse(_AdminAlertSignalResponseSlots, _codec.Model):
    """Result of an admin alert signal action: the updated signal, or `errorText`.

    Attributes:
        error_text (``errorText``): Set when the action failed.
        admin_alert_signal (``adminAlertSignal``)
    """

    error_text: str | Unset = UNSET
    admin_alert_signal: AdminAlertSignal | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AdminAlertSignalResponseRaw(_AdminAlertSignalResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AdminAlertSignalResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AdminAlertSignalResponse = _new(_AdminAlertSignalResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignalResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("adminAlertSignal", UNSET)
    if v.__class__ is dict:
        v = _decode_AdminAlertSignal(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignalResponse, "adminAlertSignal", "object", v, False, False)
    o.admin_alert_signal = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AdminAlertSignalResponse, d, _KEYS)
    o._json = d
    o.__class__ = AdminAlertSignalResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AdminAlertSignalResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AdminAlertSignalResponse = _new(_AdminAlertSignalResponseRaw)
    o.error_text = w.error_text
    v = w.admin_alert_signal
    if v.__class__ is _AdminAlertSignal_wire:
        v = _from_wire_AdminAlertSignal(v, d["adminAlertSignal"])
    o.admin_alert_signal = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AdminAlertSignalResponse
    return o


_Wire: Any = _codec.wire_struct(
    "AdminAlertSignalResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("admin_alert_signal", "adminAlertSignal", _AdminAlertSignal_wire, UNSET),
    ],
)


AdminAlertSignalResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("admin_alert_signal", "adminAlertSignal", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
