from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OAuthTokenResponse"]

_KEYS: frozenset[str] = frozenset(
    [
        "access_token",
        "refresh_token",
        "token_type",
        "expires_in",
        "refresh_token_expires_in",
        "error",
        "error_description",
        "id_token",
    ]
)
_new = _codec.new_object


class _OAuthTokenResponseSlots:
    __slots__ = ("access_token", "refresh_token", "token_type", "expires_in", "refresh_token_expires_in", "error", "error_description", "id_token", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OAuthTokenResponse(_OAuthTokenResponseSlots, _codec.Model):
    """Result of the OAuth token exchange: a bearer token, or `error` and `error_description`.

    Attributes:
        access_token (``access_token``): Token to send as `Authorization: Bearer <token>`.
        refresh_token (``refresh_token``): Token for getting a new access token later, when issued.
        token_type (``token_type``): Kind of token, normally `bearer`.
        expires_in (``expires_in``): Lifetime of `access_token`, in seconds.
        refresh_token_expires_in (``refresh_token_expires_in``): Lifetime of `refresh_token`, in seconds.
        error (``error``): OAuth error code when the exchange failed.
        error_description (``error_description``): Readable explanation of `error`.
        id_token (``id_token``): Identity token, when one is issued.
    """

    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    token_type: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    refresh_token_expires_in: int | Unset = UNSET
    error: str | Unset = UNSET
    error_description: str | Unset = UNSET
    id_token: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OAuthTokenResponseRaw(_OAuthTokenResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OAuthTokenResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OAuthTokenResponse = _new(_OAuthTokenResponseRaw)
    missing = 0
    g = d.get
    v = g("access_token", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "access_token", "string", v, False, False)
    o.access_token = v
    v = g("refresh_token", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "refresh_token", "string", v, False, False)
    o.refresh_token = v
    v = g("token_type", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "token_type", "string", v, False, False)
    o.token_type = v
    v = g("expires_in", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "expires_in", "integer", v, False, False)
    o.expires_in = v
    v = g("refresh_token_expires_in", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "refresh_token_expires_in", "integer", v, False, False)
    o.refresh_token_expires_in = v
    v = g("error", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "error", "string", v, False, False)
    o.error = v
    v = g("error_description", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "error_description", "string", v, False, False)
    o.error_description = v
    v = g("id_token", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthTokenResponse, "id_token", "string", v, False, False)
    o.id_token = v
    if len(d) + missing == 8:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OAuthTokenResponse, d, _KEYS)
    o._json = d
    o.__class__ = OAuthTokenResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OAuthTokenResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OAuthTokenResponse = _new(_OAuthTokenResponseRaw)
    o.access_token = w.access_token
    o.refresh_token = w.refresh_token
    o.token_type = w.token_type
    o.expires_in = w.expires_in
    o.refresh_token_expires_in = w.refresh_token_expires_in
    o.error = w.error
    o.error_description = w.error_description
    o.id_token = w.id_token
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OAuthTokenResponse
    return o


_Wire: Any = _codec.wire_struct(
    "OAuthTokenResponse",
    [
        ("access_token", "access_token", str, UNSET),
        ("refresh_token", "refresh_token", str, UNSET),
        ("token_type", "token_type", str, UNSET),
        ("expires_in", "expires_in", int, UNSET),
        ("refresh_token_expires_in", "refresh_token_expires_in", int, UNSET),
        ("error", "error", str, UNSET),
        ("error_description", "error_description", str, UNSET),
        ("id_token", "id_token", str, UNSET),
    ],
)


OAuthTokenResponse._info = _codec.model_info(
    (
        _codec.Field("access_token", "access_token", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("refresh_token", "refresh_token", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("token_type", "token_type", _codec.plain_json),
        _codec.Field("expires_in", "expires_in", _codec.plain_json),
        _codec.Field("refresh_token_expires_in", "refresh_token_expires_in", _codec.plain_json),
        _codec.Field("error", "error", _codec.plain_json),
        _codec.Field("error_description", "error_description", _codec.plain_json),
        _codec.Field("id_token", "id_token", _codec.plain_json, _codec.Check.NONE, secret=True),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
