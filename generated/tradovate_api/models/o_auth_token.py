from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _OAuthTokenSlots:
    __slots__ = ("grant_type", "code", "redirect_uri", "client_id", "client_secret", "http_auth", "refresh_token", "code_verifier", "resource", "assertion", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OAuthToken(_OAuthTokenSlots):
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
        o: Self = _codec.new_object(_OAuthTokenRaw)
        g = d.get
        v = g("grant_type", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "grant_type", "string", v, True, False)
        o.grant_type = v
        v = g("code", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "code", "string", v, False, False)
        o.code = v
        v = g("redirect_uri", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "redirect_uri", "string", v, False, False)
        o.redirect_uri = v
        v = g("client_id", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "client_id", "string", v, False, False)
        o.client_id = v
        v = g("client_secret", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "client_secret", "string", v, False, False)
        o.client_secret = v
        v = g("httpAuth", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "httpAuth", "string", v, False, False)
        o.http_auth = v
        v = g("refresh_token", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "refresh_token", "string", v, False, False)
        o.refresh_token = v
        v = g("code_verifier", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "code_verifier", "string", v, False, False)
        o.code_verifier = v
        v = g("resource", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "resource", "string", v, False, False)
        o.resource = v
        v = g("assertion", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "assertion", "string", v, False, False)
        o.assertion = v
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


class _OAuthTokenRaw(_OAuthTokenSlots):
    __slots__ = ()


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
)
