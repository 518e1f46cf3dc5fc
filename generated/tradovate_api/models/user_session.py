from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["UserSession"]

_KEYS: frozenset[str] = frozenset(
    ["userId", "startTime", "clientAppId", "id", "endTime", "ipAddress", "appId", "appVersion"]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _UserSessionSlots:
    __slots__ = ("user_id", "start_time", "client_app_id", "id", "end_time", "ip_address", "app_id", "app_version", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserSession(_UserSessionSlots, _codec.Model):
    """One login session of a user.

    Attributes:
        user_id (``userId``): Id of the User.
        start_time (``startTime``): When the session started.
        client_app_id (``clientAppId``): Id of the client application used to log in.
        id (``id``)
        end_time (``endTime``): When the session ended.
        ip_address (``ipAddress``): IP address the client connected from.
        app_id (``appId``): Application name given at login.
        app_version (``appVersion``): Application version given at login.
    """

    user_id: int
    start_time: datetime.datetime
    client_app_id: int
    id: int | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    ip_address: str | Unset = UNSET
    app_id: str | Unset = UNSET
    app_version: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserSessionRaw(_UserSessionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserSession:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserSession = _new(_UserSessionRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(UserSession, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserSession, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["startTime"]
    except KeyError:
        v = _codec.bad(UserSession, "startTime", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(UserSession, "startTime", "date-time", v)
        else:
            v = _codec.bad(UserSession, "startTime", "date-time", v, True, False)
    o.start_time = v
    try:
        v = d["clientAppId"]
    except KeyError:
        v = _codec.bad(UserSession, "clientAppId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(UserSession, "clientAppId", "integer", v, True, False)
    o.client_app_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserSession, "id", "integer", v, False, False)
    o.id = v
    v = g("endTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(UserSession, "endTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserSession, "endTime", "date-time", v, False, False)
    o.end_time = v
    v = g("ipAddress", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserSession, "ipAddress", "string", v, False, False)
    o.ip_address = v
    v = g("appId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserSession, "appId", "string", v, False, False)
    o.app_id = v
    v = g("appVersion", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserSession, "appVersion", "string", v, False, False)
    o.app_version = v
    if len(d) + missing == 8:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserSession, d, _KEYS)
    o._json = d
    o.__class__ = UserSession
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserSession:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserSession = _new(_UserSessionRaw)
    o.user_id = w.user_id
    o.start_time = w.start_time
    o.client_app_id = w.client_app_id
    o.id = w.id
    o.end_time = w.end_time
    o.ip_address = w.ip_address
    o.app_id = w.app_id
    o.app_version = w.app_version
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserSession
    return o


_Wire: Any = _codec.wire_struct(
    "UserSession",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("start_time", "startTime", datetime.datetime, _codec.REQUIRED),
        ("client_app_id", "clientAppId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("end_time", "endTime", datetime.datetime, UNSET),
        ("ip_address", "ipAddress", str, UNSET),
        ("app_id", "appId", str, UNSET),
        ("app_version", "appVersion", str, UNSET),
    ],
)


UserSession._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("start_time", "startTime", _codec.datetime_json),
        _codec.Field("client_app_id", "clientAppId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("end_time", "endTime", _codec.datetime_json),
        _codec.Field("ip_address", "ipAddress", _codec.plain_json),
        _codec.Field("app_id", "appId", _codec.plain_json),
        _codec.Field("app_version", "appVersion", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
