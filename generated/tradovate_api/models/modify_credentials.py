from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["ModifyCredentials"]

_KEYS: frozenset[str] = frozenset(["name", "password", "currentPassword", "userId"])
_new = _codec.new_object


class _ModifyCredentialsSlots:
    __slots__ = ("name", "password", "current_password", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ModifyCredentials(_ModifyCredentialsSlots, _codec.Model):
    """Request body of modifyCredentials.

    Attributes:
        name (``name``): New login name.
        password (``password``): New password.
        current_password (``currentPassword``): Current password, to confirm the change.
        user_id (``userId``): Id of the User to act for; omit to act for the caller.
    """

    name: str
    password: str
    current_password: str
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ModifyCredentialsRaw(_ModifyCredentialsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ModifyCredentials:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ModifyCredentials = _new(_ModifyCredentialsRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(ModifyCredentials, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ModifyCredentials, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["password"]
    except KeyError:
        v = _codec.bad(ModifyCredentials, "password", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ModifyCredentials, "password", "string", v, True, False)
    o.password = v
    try:
        v = d["currentPassword"]
    except KeyError:
        v = _codec.bad(ModifyCredentials, "currentPassword", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ModifyCredentials, "currentPassword", "string", v, True, False)
    o.current_password = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ModifyCredentials, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ModifyCredentials, d, _KEYS)
    o._json = d
    o.__class__ = ModifyCredentials
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ModifyCredentials:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ModifyCredentials = _new(_ModifyCredentialsRaw)
    o.name = w.name
    o.password = w.password
    o.current_password = w.current_password
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ModifyCredentials
    return o


_Wire: Any = _codec.wire_struct(
    "ModifyCredentials",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("password", "password", str, _codec.REQUIRED),
        ("current_password", "currentPassword", str, _codec.REQUIRED),
        ("user_id", "userId", int, UNSET),
    ],
)


ModifyCredentials._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("password", "password", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("current_password", "currentPassword", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
