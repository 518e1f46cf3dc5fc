from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .alert import Alert
from .alert import _decode as _decode_Alert
from .alert import _from_wire as _from_wire_Alert
from .alert import _Wire as _Alert_wire

__all__ = ["AlertResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "alert"])
_new = _codec.new_object


class _AlertResponseSlots:
    __slots__ = ("error_text", "alert", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AlertResponse(_AlertResponseSlots, _codec.Model):
    """Result of an alert action: the alert as stored, or `errorText`.

    Attributes:
        error_text (``errorText``): Set when the action failed.
        alert (``alert``)
    """

    error_text: str | Unset = UNSET
    alert: Alert | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AlertResponseRaw(_AlertResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AlertResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AlertResponse = _new(_AlertResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AlertResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("alert", UNSET)
    if v.__class__ is dict:
        v = _decode_Alert(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AlertResponse, "alert", "object", v, False, False)
    o.alert = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AlertResponse, d, _KEYS)
    o._json = d
    o.__class__ = AlertResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AlertResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AlertResponse = _new(_AlertResponseRaw)
    o.error_text = w.error_text
    v = w.alert
    if v.__class__ is _Alert_wire:
        v = _from_wire_Alert(v, d["alert"])
    o.alert = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AlertResponse
    return o


_Wire: Any = _codec.wire_struct(
    "AlertResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("alert", "alert", _Alert_wire, UNSET),
    ],
)


AlertResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("alert", "alert", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
