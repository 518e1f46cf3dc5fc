from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .user_status import UserStatus

__all__ = ["UserStatusMessage"]

_KEYS: frozenset[str] = frozenset(["errorText", "status"])
_UserStatus_values = UserStatus._value2member_map_
_new = _codec.new_object


class _UserStatusMessageSlots:
    __slots__ = ("error_text", "status", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserStatusMessage(_UserStatusMessageSlots, _codec.Model):
    """Result of modifyEmailAddress.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        status (``status``): State of the user's login after the change.
    """

    error_text: str | Unset = UNSET
    status: UserStatus | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserStatusMessageRaw(_UserStatusMessageSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserStatusMessage:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserStatusMessage = _new(_UserStatusMessageRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserStatusMessage, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("status", UNSET)
    if v.__class__ is str:
        try:
            v = _UserStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(UserStatusMessage, "status", UserStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserStatusMessage, "status", "string", v, False, False)
    o.status = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserStatusMessage, d, _KEYS)
    o._json = d
    o.__class__ = UserStatusMessage
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserStatusMessage:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserStatusMessage = _new(_UserStatusMessageRaw)
    o.error_text = w.error_text
    o.status = w.status
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserStatusMessage
    return o


_Wire: Any = _codec.wire_struct(
    "UserStatusMessage",
    [
        ("error_text", "errorText", str, UNSET),
        ("status", "status", UserStatus, UNSET),
    ],
)


UserStatusMessage._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
