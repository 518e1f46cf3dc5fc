from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["UserSession"]

_KEYS: frozenset[str] = frozenset(
    ["userId", "startTime", "clientAppId", "id", "endTime", "ipAddress", "appId", "appVersion"]
)


class _UserSessionSlots:
    __slots__ = ("user_id", "start_time", "client_app_id", "id", "end_time", "ip_address", "app_id", "app_version", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserSession(_UserSessionSlots):
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
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        o: Self = _codec.new_object(_UserSessionRaw)
        g = d.get
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("startTime", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "startTime", "date-time", v)
        else:
            v = _codec.bad(cls, "startTime", "date-time", v, True, False)
        o.start_time = v
        v = g("clientAppId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "clientAppId", "integer", v, True, False)
        o.client_app_id = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("endTime", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "endTime", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "endTime", "date-time", v, False, False)
        o.end_time = v
        v = g("ipAddress", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "ipAddress", "string", v, False, False)
        o.ip_address = v
        v = g("appId", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "appId", "string", v, False, False)
        o.app_id = v
        v = g("appVersion", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "appVersion", "string", v, False, False)
        o.app_version = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _UserSessionRaw(_UserSessionSlots):
    __slots__ = ()


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
)
