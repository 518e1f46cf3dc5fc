from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["MarkReadAlertSignal"]

_KEYS: frozenset[str] = frozenset(["alertId", "alertSignalId"])
_new = _codec.new_object


class _MarkReadAlertSignalSlots:
    __slots__ = ("alert_id", "alert_signal_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarkReadAlertSignal(_MarkReadAlertSignalSlots, _codec.Model):
    """Body of `markReadAlertSignal`.

    Attributes:
        alert_id (``alertId``): Id of the Alert the signal belongs to.
        alert_signal_id (``alertSignalId``): Id of the AlertSignal to mark read.
    """

    alert_id: int
    alert_signal_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _MarkReadAlertSignalRaw(_MarkReadAlertSignalSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> MarkReadAlertSignal:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: MarkReadAlertSignal = _new(_MarkReadAlertSignalRaw)
    missing = 0
    try:
        v = d["alertId"]
    except KeyError:
        v = _codec.bad(MarkReadAlertSignal, "alertId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarkReadAlertSignal, "alertId", "integer", v, True, False)
    o.alert_id = v
    try:
        v = d["alertSignalId"]
    except KeyError:
        v = _codec.bad(MarkReadAlertSignal, "alertSignalId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarkReadAlertSignal, "alertSignalId", "integer", v, True, False)
    o.alert_signal_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(MarkReadAlertSignal, d, _KEYS)
    o._json = d
    o.__class__ = MarkReadAlertSignal
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> MarkReadAlertSignal:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: MarkReadAlertSignal = _new(_MarkReadAlertSignalRaw)
    o.alert_id = w.alert_id
    o.alert_signal_id = w.alert_signal_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = MarkReadAlertSignal
    return o


_Wire: Any = _codec.wire_struct(
    "MarkReadAlertSignal",
    [
        ("alert_id", "alertId", int, _codec.REQUIRED),
        ("alert_signal_id", "alertSignalId", int, _codec.REQUIRED),
    ],
)


MarkReadAlertSignal._info = _codec.model_info(
    (
        _codec.Field("alert_id", "alertId", _codec.plain_json),
        _codec.Field("alert_signal_id", "alertSignalId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
