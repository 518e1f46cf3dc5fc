from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AccessTokenRequest"]

_KEYS: frozenset[str] = frozenset(
    ["name", "password", "hibpCheck", "appId", "appVersion", "deviceId", "cid", "sec", "p-ticket"]
)
_new = _codec.new_object


class _AccessTokenRequestSlots:
    __slots__ = ("name", "password", "hibp_check", "app_id", "app_version", "device_id", "cid", "sec", "p_ticket", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AccessTokenRequest(_AccessTokenRequestSlots, _codec.Model):
    """Credentials for `/auth/accesstokenrequest`: the user's login plus the API key's id and secret.

    Attributes:
        name (``name``): Username.
        password (``password``): Password of that user (or a password dedicated to API use).
        hibp_check (``hibpCheck``): Ask the server to check the password against known data breaches; the outcome comes back
            in `hibpHint`.
        app_id (``appId``): Free-form name of the calling application, shown to the user among connected apps.
        app_version (``appVersion``): Free-form version of the calling application.
        device_id (``deviceId``): Stable id of the physical device, up to 64 characters; live trading expects an approved
            device.
        cid (``cid``): Client id of the API key, issued by Tradovate.
        sec (``sec``): Secret of the API key; keep it private.
        p_ticket (``p-ticket``): Only when retrying after a penalty: the `p-ticket` from the earlier rate-limited answer,
            sent back with the otherwise unchanged request once `p-time` seconds have passed.
    """

    name: str
    password: str
    hibp_check: bool | Unset = UNSET
    app_id: str | Unset = UNSET
    app_version: str | Unset = UNSET
    device_id: str | Unset = UNSET
    cid: str | Unset = UNSET
    sec: str | Unset = UNSET
    p_ticket: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AccessTokenRequestRaw(_AccessTokenRequestSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AccessTokenRequest:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AccessTokenRequest = _new(_AccessTokenRequestRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(AccessTokenRequest, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(AccessTokenRequest, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["password"]
    except KeyError:
        v = _codec.bad(AccessTokenRequest, "password", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(AccessTokenRequest, "password", "string", v, True, False)
    o.password = v
    v = g("hibpCheck", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "hibpCheck", "boolean", v, False, False)
    o.hibp_check = v
    v = g("appId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "appId", "string", v, False, False)
    o.app_id = v
    v = g("appVersion", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "appVersion", "string", v, False, False)
    o.app_version = v
    v = g("deviceId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "deviceId", "string", v, False, False)
    o.device_id = v
    v = g("cid", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "cid", "string", v, False, False)
    o.cid = v
    v = g("sec", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "sec", "string", v, False, False)
    o.sec = v
    v = g("p-ticket", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenRequest, "p-ticket", "string", v, False, False)
    o.p_ticket = v
    if len(d) + missing == 9:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AccessTokenRequest, d, _KEYS)
    o._json = d
    o.__class__ = AccessTokenRequest
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AccessTokenRequest:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AccessTokenRequest = _new(_AccessTokenRequestRaw)
    o.name = w.name
    o.password = w.password
    o.hibp_check = w.hibp_check
    o.app_id = w.app_id
    o.app_version = w.app_version
    o.device_id = w.device_id
    o.cid = w.cid
    o.sec = w.sec
    o.p_ticket = w.p_ticket
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AccessTokenRequest
    return o


_Wire: Any = _codec.wire_struct(
    "AccessTokenRequest",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("password", "password", str, _codec.REQUIRED),
        ("hibp_check", "hibpCheck", bool, UNSET),
        ("app_id", "appId", str, UNSET),
        ("app_version", "appVersion", str, UNSET),
        ("device_id", "deviceId", str, UNSET),
        ("cid", "cid", str, UNSET),
        ("sec", "sec", str, UNSET),
        ("p_ticket", "p-ticket", str, UNSET),
    ],
)


AccessTokenRequest._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("password", "password", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("hibp_check", "hibpCheck", _codec.plain_json),
        _codec.Field("app_id", "appId", _codec.plain_json),
        _codec.Field("app_version", "appVersion", _codec.plain_json),
        _codec.Field("device_id", "deviceId", _codec.plain_json),
        _codec.Field("cid", "cid", _codec.plain_json),
        _codec.Field("sec", "sec", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("p_ticket", "p-ticket", _codec.plain_json, _codec.Check.NONE, secret=True),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
