from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OAuthToken"]

_KEYS: frozenset[str] = frozenset(
    [
        "grant_type",
        "code",
        "redirect_uri",
        "client_id",
        "client_secret",
        "httpAuth",
        "refresh_token",
        "code_verifier",
        "resource",
        "assertion",
    ]
)
_new = _codec.new_object


class _OAuthTokenSlots:
    __slots__ = ("grant_type", "code", "redirect_uri", "client_id", "client_secret", "http_auth", "refresh_token", "code_verifier", "resource", "assertion", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OAuthToken(_OAuthTokenSlots, _codec.Model):
    """Body of the OAuth token exchange, following OAuth 2.0 naming.

    Attributes:
        grant_type (``grant_type``): OAuth grant, for example `authorization_code` or `refresh_token`.
        code (``code``): Authorization code received at the redirect URI.
        redirect_uri (``redirect_uri``): The same redirect URI used when asking for the code.
        client_id (``client_id``): Id of the registered OAuth application.
        client_secret (``client_secret``): Secret of the registered OAuth application.
        http_auth (``httpAuth``)
        refresh_token (``refresh_token``): Refresh token, for the `refresh_token` grant.
        code_verifier (``code_verifier``): PKCE verifier matching the challenge sent with the authorization request.
        resource (``resource``): Target resource indicator (RFC 8707), if used.
        assertion (``assertion``): Signed assertion, for assertion-based grants.
    """

    grant_type: str
    code: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    http_auth: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    code_verifier: str | Unset = UNSET
    resource: str | Unset = UNSET
    assertion: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OAuthTokenRaw(_OAuthTokenSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OAuthToken:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OAuthToken = _new(_OAuthTokenRaw)
    missing = 0
    g = d.get
    try:
        v = d["grant_type"]
    except KeyError:
        v = _codec.bad(OAuthToken, "grant_type", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(OAuthToken, "grant_type", "string", v, True, False)
    o.grant_type = v
    v = g("code", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "code", "string", v, False, False)
    o.code = v
    v = g("redirect_uri", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "redirect_uri", "string", v, False, False)
    o.redirect_uri = v
    v = g("client_id", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "client_id", "string", v, False, False)
    o.client_id = v
    v = g("client_secret", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "client_secret", "string", v, False, False)
    o.client_secret = v
    v = g("httpAuth", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "httpAuth", "string", v, False, False)
    o.http_auth = v
    v = g("refresh_token", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "refresh_token", "string", v, False, False)
    o.refresh_token = v
    v = g("code_verifier", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "code_verifier", "string", v, False, False)
    o.code_verifier = v
    v = g("resource", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "resource", "string", v, False, False)
    o.resource = v
    v = g("assertion", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthToken, "assertion", "string", v, False, False)
    o.assertion = v
    if len(d) + missing == 10:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OAuthToken, d, _KEYS)
    o._json = d
    o.__class__ = OAuthToken
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OAuthToken:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OAuthToken = _new(_OAuthTokenRaw)
    o.grant_type = w.grant_type
    o.code = w.code
    o.redirect_uri = w.redirect_uri
    o.client_id = w.client_id
    o.client_secret = w.client_secret
    o.http_auth = w.http_auth
    o.refresh_token = w.refresh_token
    o.code_verifier = w.code_verifier
    o.resource = w.resource
    o.assertion = w.assertion
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OAuthToken
    return o


_Wire: Any = _codec.wire_struct(
    "OAuthToken",
    [
        ("grant_type", "grant_type", str, _codec.REQUIRED),
        ("code", "code", str, UNSET),
        ("redirect_uri", "redirect_uri", str, UNSET),
        ("client_id", "client_id", str, UNSET),
        ("client_secret", "client_secret", str, UNSET),
        ("http_auth", "httpAuth", str, UNSET),
        ("refresh_token", "refresh_token", str, UNSET),
        ("code_verifier", "code_verifier", str, UNSET),
        ("resource", "resource", str, UNSET),
        ("assertion", "assertion", str, UNSET),
    ],
)


OAuthToken._info = _codec.model_info(
    (
        _codec.Field("grant_type", "grant_type", _codec.plain_json),
        _codec.Field("code", "code", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("redirect_uri", "redirect_uri", _codec.plain_json),
        _codec.Field("client_id", "client_id", _codec.plain_json),
        _codec.Field("client_secret", "client_secret", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("http_auth", "httpAuth", _codec.plain_json),
        _codec.Field("refresh_token", "refresh_token", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("code_verifier", "code_verifier", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("resource", "resource", _codec.plain_json),
        _codec.Field("assertion", "assertion", _codec.plain_json, _codec.Check.NONE, secret=True),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
