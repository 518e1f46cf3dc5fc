from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["RollContract"]

_KEYS: frozenset[str] = frozenset(["name", "forward", "ifExpired"])
_new = _codec.new_object


class _RollContractSlots:
    __slots__ = ("name", "forward", "if_expired", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RollContract(_RollContractSlots, _codec.Model):
    """Body of `rollContract`.

    Attributes:
        name (``name``): Symbol of the contract to roll from, for example `ESZ6`.
        forward (``forward``): Roll direction flag; `true` looks toward later maturities.
        if_expired (``ifExpired``): Flag that ties the roll to the named contract being expired; exact effect undocumented.
    """

    name: str
    forward: bool
    if_expired: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RollContractRaw(_RollContractSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RollContract:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RollContract = _new(_RollContractRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(RollContract, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(RollContract, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["forward"]
    except KeyError:
        v = _codec.bad(RollContract, "forward", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(RollContract, "forward", "boolean", v, True, False)
    o.forward = v
    v = g("ifExpired", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(RollContract, "ifExpired", "boolean", v, False, False)
    o.if_expired = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RollContract, d, _KEYS)
    o._json = d
    o.__class__ = RollContract
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RollContract:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RollContract = _new(_RollContractRaw)
    o.name = w.name
    o.forward = w.forward
    o.if_expired = w.if_expired
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RollContract
    return o


_Wire: Any = _codec.wire_struct(
    "RollContract",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("forward", "forward", bool, _codec.REQUIRED),
        ("if_expired", "ifExpired", bool, UNSET),
    ],
)


RollContract._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("forward", "forward", _codec.plain_json),
        _codec.Field("if_expired", "ifExpired", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
