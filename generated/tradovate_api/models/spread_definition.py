from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .spread_type import SpreadType

__all__ = ["SpreadDefinition"]

_KEYS: frozenset[str] = frozenset(["timestamp", "spreadType", "uds", "id"])
_SpreadType_values = SpreadType._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _SpreadDefinitionSlots:
    __slots__ = ("timestamp", "spread_type", "uds", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SpreadDefinition(_SpreadDefinitionSlots, _codec.Model):
    """Definition of a spread contract: its strategy type and whether it is user-defined.

    Attributes:
        timestamp (``timestamp``): When the spread was defined.
        spread_type (``spreadType``): Spread strategy.
        uds (``uds``): Whether this is a user-defined spread (UDS).
        id (``id``)
    """

    timestamp: datetime.datetime
    spread_type: SpreadType
    uds: bool
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SpreadDefinitionRaw(_SpreadDefinitionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SpreadDefinition:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SpreadDefinition = _new(_SpreadDefinitionRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(SpreadDefinition, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(SpreadDefinition, "timestamp", "date-time", v)
        else:
            v = _codec.bad(SpreadDefinition, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["spreadType"]
    except KeyError:
        v = _codec.bad(SpreadDefinition, "spreadType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _SpreadType_values[v]
            except KeyError:
                v = _codec.unknown_enum(SpreadDefinition, "spreadType", SpreadType, v)
        else:
            v = _codec.bad(SpreadDefinition, "spreadType", "string", v, True, False)
    o.spread_type = v
    try:
        v = d["uds"]
    except KeyError:
        v = _codec.bad(SpreadDefinition, "uds", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(SpreadDefinition, "uds", "boolean", v, True, False)
    o.uds = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SpreadDefinition, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SpreadDefinition, d, _KEYS)
    o._json = d
    o.__class__ = SpreadDefinition
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SpreadDefinition:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SpreadDefinition = _new(_SpreadDefinitionRaw)
    o.timestamp = w.timestamp
    o.spread_type = w.spread_type
    o.uds = w.uds
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SpreadDefinition
    return o


_Wire: Any = _codec.wire_struct(
    "SpreadDefinition",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("spread_type", "spreadType", SpreadType, _codec.REQUIRED),
        ("uds", "uds", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


SpreadDefinition._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("spread_type", "spreadType", _codec.enum_json),
        _codec.Field("uds", "uds", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
