from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["CompleteAlertSignal"]

_KEYS: frozenset[str] = frozenset(["adminAlertSignalId"])
_new = _codec.new_object


class _CompleteAlertSignalSlots:
    __slots__ = ("admin_alert_signal_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CompleteAlertSignal(_CompleteAlertSignalSlots, _codec.Model):
    """Body of `completeAlertSignal`.

    Attributes:
        admin_alert_signal_id (``adminAlertSignalId``): Id of the AdminAlertSignal to complete.
    """

    admin_alert_signal_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CompleteAlertSignalRaw(_CompleteAlertSignalSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CompleteAlertSignal:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CompleteAlertSignal = _new(_CompleteAlertSignalRaw)
    missing = 0
    try:
        v = d["adminAlertSignalId"]
    except KeyError:
        v = _codec.bad(CompleteAlertSignal, "adminAlertSignalId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CompleteAlertSignal, "adminAlertSignalId", "integer", v, True, False)
    o.admin_alert_signal_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CompleteAlertSignal, d, _KEYS)
    o._json = d
    o.__class__ = CompleteAlertSignal
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CompleteAlertSignal:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CompleteAlertSignal = _new(_CompleteAlertSignalRaw)
    o.admin_alert_signal_id = w.admin_alert_signal_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CompleteAlertSignal
    return o


_Wire: Any = _codec.wire_struct(
    "CompleteAlertSignal",
    [
        ("admin_alert_signal_id", "adminAlertSignalId", int, _codec.REQUIRED),
    ],
)


CompleteAlertSignal._info = _codec.model_info(
    (_codec.Field("admin_alert_signal_id", "adminAlertSignalId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
