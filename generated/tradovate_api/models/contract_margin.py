from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ContractMargin"]

_KEYS: frozenset[str] = frozenset(["initialMargin", "maintenanceMargin", "timestamp", "id"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _ContractMarginSlots:
    __slots__ = ("initial_margin", "maintenance_margin", "timestamp", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ContractMargin(_ContractMarginSlots, _codec.Model):
    """Margin requirement per contract of one specific contract, as of a given time.

    Attributes:
        initial_margin (``initialMargin``): Initial margin per contract.
        maintenance_margin (``maintenanceMargin``): Maintenance margin per contract.
        timestamp (``timestamp``): When these values took effect.
        id (``id``): Same as the id of the Contract it applies to.
    """

    initial_margin: float
    maintenance_margin: float
    timestamp: datetime.datetime
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ContractMarginRaw(_ContractMarginSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ContractMargin:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ContractMargin = _new(_ContractMarginRaw)
    missing = 0
    g = d.get
    try:
        v = d["initialMargin"]
    except KeyError:
        v = _codec.bad(ContractMargin, "initialMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(ContractMargin, "initialMargin", "number", v, True, False)
    o.initial_margin = v
    try:
        v = d["maintenanceMargin"]
    except KeyError:
        v = _codec.bad(ContractMargin, "maintenanceMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(ContractMargin, "maintenanceMargin", "number", v, True, False)
    o.maintenance_margin = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(ContractMargin, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(ContractMargin, "timestamp", "date-time", v)
        else:
            v = _codec.bad(ContractMargin, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ContractMargin, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ContractMargin, d, _KEYS)
    o._json = d
    o.__class__ = ContractMargin
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ContractMargin:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ContractMargin = _new(_ContractMarginRaw)
    o.initial_margin = w.initial_margin
    o.maintenance_margin = w.maintenance_margin
    o.timestamp = w.timestamp
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ContractMargin
    return o


_Wire: Any = _codec.wire_struct(
    "ContractMargin",
    [
        ("initial_margin", "initialMargin", _codec.NUMBER, _codec.REQUIRED),
        ("maintenance_margin", "maintenanceMargin", _codec.NUMBER, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


ContractMargin._info = _codec.model_info(
    (
        _codec.Field("initial_margin", "initialMargin", _codec.plain_json),
        _codec.Field("maintenance_margin", "maintenanceMargin", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
