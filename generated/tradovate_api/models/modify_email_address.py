from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ModifyEmailAddress"]

_KEYS: frozenset[str] = frozenset(["email", "userId"])
_new = _codec.new_object


class _ModifyEmailAddressSlots:
    __slots__ = ("email", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ModifyEmailAddress(_ModifyEmailAddressSlots, _codec.Model):
    """Request body of modifyEmailAddress.

    Attributes:
        email (``email``): New email address.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    email: str
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ModifyEmailAddressRaw(_ModifyEmailAddressSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ModifyEmailAddress:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ModifyEmailAddress = _new(_ModifyEmailAddressRaw)
    missing = 0
    g = d.get
    try:
        v = d["email"]
    except KeyError:
        v = _codec.bad(ModifyEmailAddress, "email", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ModifyEmailAddress, "email", "string", v, True, False)
    o.email = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyEmailAddress, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ModifyEmailAddress, d, _KEYS)
    o._json = d
    o.__class__ = ModifyEmailAddress
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ModifyEmailAddress:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ModifyEmailAddress = _new(_ModifyEmailAddressRaw)
    o.email = w.email
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ModifyEmailAddress
    return o


_Wire: Any = _codec.wire_struct(
    "ModifyEmailAddress",
    [
        ("email", "email", str, _codec.REQUIRED),
        ("user_id", "userId", int, UNSET),
    ],
)


ModifyEmailAddress._info = _codec.model_info(
    (
        _codec.Field("email", "email", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
