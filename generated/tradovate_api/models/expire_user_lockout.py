from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ExpireUserLockout"]

_KEYS: frozenset[str] = frozenset(["userId", "notes"])
_new = _codec.new_object


class _ExpireUserLockoutSlots:
    __slots__ = ("user_id", "notes", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExpireUserLockout(_ExpireUserLockoutSlots, _codec.Model):
    """Request body of expireUserLockout.

    Attributes:
        user_id (``userId``): Id of the locked-out User.
        notes (``notes``): Reason for lifting the lockout, kept in the audit log.
    """

    user_id: int
    notes: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExpireUserLockoutRaw(_ExpireUserLockoutSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExpireUserLockout:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExpireUserLockout = _new(_ExpireUserLockoutRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(ExpireUserLockout, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ExpireUserLockout, "userId", "integer", v, True, False)
    o.user_id = v
    v = g("notes", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExpireUserLockout, "notes", "string", v, False, False)
    o.notes = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExpireUserLockout, d, _KEYS)
    o._json = d
    o.__class__ = ExpireUserLockout
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExpireUserLockout:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExpireUserLockout = _new(_ExpireUserLockoutRaw)
    o.user_id = w.user_id
    o.notes = w.notes
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExpireUserLockout
    return o


_Wire: Any = _codec.wire_struct(
    "ExpireUserLockout",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("notes", "notes", str, UNSET),
    ],
)


ExpireUserLockout._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("notes", "notes", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
