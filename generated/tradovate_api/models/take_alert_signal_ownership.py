from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["TakeAlertSignalOwnership"]

_KEYS: frozenset[str] = frozenset(["adminAlertSignalId"])
_new = _codec.new_object


class _TakeAlertSignalOwnershipSlots:
    __slots__ = ("admin_alert_signal_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TakeAlertSignalOwnership(_TakeAlertSignalOwnershipSlots, _codec.Model):
    """Body of `takeAlertSignalOwnership`.

    Attributes:
        admin_alert_signal_id (``adminAlertSignalId``): Id of the AdminAlertSignal to claim.
    """

    admin_alert_signal_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TakeAlertSignalOwnershipRaw(_TakeAlertSignalOwnershipSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TakeAlertSignalOwnership:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TakeAlertSignalOwnership = _new(_TakeAlertSignalOwnershipRaw)
    missing = 0
    try:
        v = d["adminAlertSignalId"]
    except KeyError:
        v = _codec.bad(TakeAlertSignalOwnership, "adminAlertSignalId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TakeAlertSignalOwnership, "adminAlertSignalId", "integer", v, True, False)
    o.admin_alert_signal_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TakeAlertSignalOwnership, d, _KEYS)
    o._json = d
    o.__class__ = TakeAlertSignalOwnership
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TakeAlertSignalOwnership:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TakeAlertSignalOwnership = _new(_TakeAlertSignalOwnershipRaw)
    o.admin_alert_signal_id = w.admin_alert_signal_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TakeAlertSignalOwnership
    return o


_Wire: Any = _codec.wire_struct(
    "TakeAlertSignalOwnership",
    [
        ("admin_alert_signal_id", "adminAlertSignalId", int, _codec.REQUIRED),
    ],
)


TakeAlertSignalOwnership._info = _codec.model_info(
    (_codec.Field("admin_alert_signal_id", "adminAlertSignalId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
