from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["ResetAlert"]

_KEYS: frozenset[str] = frozenset(["alertId"])
_new = _codec.new_object


class _ResetAlertSlots:
    __slots__ = ("alert_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ResetAlert(_ResetAlertSlots, _codec.Model):
    """Body of `resetAlert`.

    Attributes:
        alert_id (``alertId``): Id of the Alert to re-arm.
    """

    alert_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ResetAlertRaw(_ResetAlertSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ResetAlert:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ResetAlert = _new(_ResetAlertRaw)
    missing = 0
    try:
        v = d["alertId"]
    except KeyError:
        v = _codec.bad(ResetAlert, "alertId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ResetAlert, "alertId", "integer", v, True, False)
    o.alert_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ResetAlert, d, _KEYS)
    o._json = d
    o.__class__ = ResetAlert
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ResetAlert:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ResetAlert = _new(_ResetAlertRaw)
    o.alert_id = w.alert_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ResetAlert
    return o


_Wire: Any = _codec.wire_struct(
    "ResetAlert",
    [
        ("alert_id", "alertId", int, _codec.REQUIRED),
    ],
)


ResetAlert._info = _codec.model_info(
    (_codec.Field("alert_id", "alertId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
