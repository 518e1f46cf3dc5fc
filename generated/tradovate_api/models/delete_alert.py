from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["DeleteAlert"]

_KEYS: frozenset[str] = frozenset(["alertId"])
_new = _codec.new_object


class _DeleteAlertSlots:
    __slots__ = ("alert_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DeleteAlert(_DeleteAlertSlots, _codec.Model):
    """Body of `deleteAlert`.

    Attributes:
        alert_id (``alertId``): Id of the Alert to delete.
    """

    alert_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DeleteAlertRaw(_DeleteAlertSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DeleteAlert:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DeleteAlert = _new(_DeleteAlertRaw)
    missing = 0
    try:
        v = d["alertId"]
    except KeyError:
        v = _codec.bad(DeleteAlert, "alertId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(DeleteAlert, "alertId", "integer", v, True, False)
    o.alert_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DeleteAlert, d, _KEYS)
    o._json = d
    o.__class__ = DeleteAlert
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DeleteAlert:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DeleteAlert = _new(_DeleteAlertRaw)
    o.alert_id = w.alert_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DeleteAlert
    return o


_Wire: Any = _codec.wire_struct(
    "DeleteAlert",
    [
        ("alert_id", "alertId", int, _codec.REQUIRED),
    ],
)


DeleteAlert._info = _codec.model_info(
    (_codec.Field("alert_id", "alertId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
