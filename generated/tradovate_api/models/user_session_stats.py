from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["UserSessionStats"]

_KEYS: frozenset[str] = frozenset(["lastSessionTime", "failedPasswords", "id"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _UserSessionStatsSlots:
    __slots__ = ("last_session_time", "failed_passwords", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserSessionStats(_UserSessionStatsSlots, _codec.Model):
    """Login statistics of a user.

    Attributes:
        last_session_time (``lastSessionTime``): When the user's last session started.
        failed_passwords (``failedPasswords``): Count of failed password attempts.
        id (``id``)
    """

    last_session_time: datetime.datetime
    failed_passwords: int
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserSessionStatsRaw(_UserSessionStatsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserSessionStats:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserSessionStats = _new(_UserSessionStatsRaw)
    missing = 0
    g = d.get
    try:
        v = d["lastSessionTime"]
    except KeyError:
        v = _codec.bad(UserSessionStats, "lastSessionTime", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(UserSessionStats, "lastSessionTime", "date-time", v)
        else:
            v = _codec.bad(UserSessionStats, "lastSessionTime", "date-time", v, True, False)
    o.last_session_time = v
    try:
        v = d["failedPasswords"]
    except KeyError:
        v = _codec.bad(UserSessionStats, "failedPasswords", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserSessionStats, "failedPasswords", "integer", v, True, False)
    o.failed_passwords = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserSessionStats, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserSessionStats, d, _KEYS)
    o._json = d
    o.__class__ = UserSessionStats
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserSessionStats:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserSessionStats = _new(_UserSessionStatsRaw)
    o.last_session_time = w.last_session_time
    o.failed_passwords = w.failed_passwords
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserSessionStats
    return o


_Wire: Any = _codec.wire_struct(
    "UserSessionStats",
    [
        ("last_session_time", "lastSessionTime", datetime.datetime, _codec.REQUIRED),
        ("failed_passwords", "failedPasswords", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


UserSessionStats._info = _codec.model_info(
    (
        _codec.Field("last_session_time", "lastSessionTime", _codec.datetime_json),
        _codec.Field("failed_passwords", "failedPasswords", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
