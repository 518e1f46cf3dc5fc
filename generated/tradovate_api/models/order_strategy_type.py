from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OrderStrategyType"]

_KEYS: frozenset[str] = frozenset(["name", "enabled", "id"])
_new = _codec.new_object


class _OrderStrategyTypeSlots:
    __slots__ = ("name", "enabled", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyType(_OrderStrategyTypeSlots, _codec.Model):
    """A kind of server-side order strategy (for example brackets) that can be started.

    Attributes:
        name (``name``): Name used to start the strategy.
        enabled (``enabled``): Whether the strategy type may be used.
        id (``id``)
    """

    name: str
    enabled: bool
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderStrategyTypeRaw(_OrderStrategyTypeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategyType:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategyType = _new(_OrderStrategyTypeRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(OrderStrategyType, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(OrderStrategyType, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["enabled"]
    except KeyError:
        v = _codec.bad(OrderStrategyType, "enabled", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(OrderStrategyType, "enabled", "boolean", v, True, False)
    o.enabled = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategyType, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategyType, d, _KEYS)
    o._json = d
    o.__class__ = OrderStrategyType
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategyType:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategyType = _new(_OrderStrategyTypeRaw)
    o.name = w.name
    o.enabled = w.enabled
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategyType
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategyType",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("enabled", "enabled", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


OrderStrategyType._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("enabled", "enabled", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
