from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .api_hosts import ApiHosts
from .api_hosts import _decode as _decode_ApiHosts
from .api_hosts import _from_wire as _from_wire_ApiHosts
from .api_hosts import _Wire as _ApiHosts_wire
from .hibp_hint import HibpHint
from .user_status import UserStatus

__all__ = ["AccessTokenResponse"]

_KEYS: frozenset[str] = frozenset(
    [
        "errorText",
        "hibpHint",
        "accessToken",
        "mdAccessToken",
        "expirationTime",
        "passwordExpirationTime",
        "userStatus",
        "userId",
        "name",
        "hasLive",
        "hasSimPlus",
        "showKIDs",
        "hasMarketData",
        "hasFunded",
        "outdatedTaC",
        "outdatedLiquidationPolicy",
        "outdatedSentimentPolicy",
        "requiredNonProCertification",
        "orgName",
        "apiHosts",
        "p-ticket",
        "p-time",
        "p-captcha",
    ]
)
_HibpHint_values = HibpHint._value2member_map_
_UserStatus_values = UserStatus._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AccessTokenResponseSlots:
    __slots__ = ("error_text", "hibp_hint", "access_token", "md_access_token", "expiration_time", "password_expiration_time", "user_status", "user_id", "name", "has_live", "has_sim_plus", "show_ki_ds", "has_market_data", "has_funded", "outdated_ta_c", "outdated_liquidation_policy", "outdated_sentiment_policy", "required_non_pro_certification", "org_name", "api_hosts", "p_ticket", "p_time", "p_captcha", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AccessTokenResponse(_AccessTokenResponseSlots, _codec.Model):
    """Result of a token request or renewal: the bearer token, its expiry and a short profile of the user,
    or `errorText` when the login was refused.

    Attributes:
        error_text (``errorText``): Set when the request failed; no token is returned then.
        hibp_hint (``hibpHint``): Present when the password (or the e-mail and password pair) appears in a known data
            breach.
        access_token (``accessToken``): Token to send as `Authorization: Bearer <token>`.
        md_access_token (``mdAccessToken``): Token for authorizing the market data WebSocket. Not always present; fall back to
            `accessToken`, which the market data socket also accepts.
        expiration_time (``expirationTime``): Moment the access token stops working; renew before it.
        password_expiration_time (``passwordExpirationTime``): Moment the user's password expires.
        user_status (``userStatus``): State of the user's login.
        user_id (``userId``): Id of the User the token belongs to.
        name (``name``): Username of that user; also accepted as `accountSpec` when placing orders.
        has_live (``hasLive``): Whether the user has live (real-money) trading.
        has_sim_plus (``hasSimPlus``): Whether the user has the Sim+ simulation product.
        show_ki_ds (``showKIDs``): Whether Key Information Documents must be shown to this user.
        has_market_data (``hasMarketData``): Whether the user has a market data subscription.
        has_funded (``hasFunded``): Whether the user has a funded account.
        outdated_ta_c (``outdatedTaC``): Whether the user still has to accept the current terms and conditions.
        outdated_liquidation_policy (``outdatedLiquidationPolicy``): Whether the user still has to accept the current liquidation policy.
        outdated_sentiment_policy (``outdatedSentimentPolicy``): Whether the user still has to accept the current sentiment policy.
        required_non_pro_certification (``requiredNonProCertification``): Whether the user still has to certify non-professional market data status.
        org_name (``orgName``): Name of the organization (partner) the user belongs to.
        api_hosts (``apiHosts``)
        p_ticket (``p-ticket``): Penalty ticket, returned instead of a token when the call was rate limited (see
            PenaltyTicket); the request was not carried out. Wait `p-time` seconds, then repeat it
            with this value added as `p-ticket`.
        p_time (``p-time``): Seconds to wait before repeating the request with `p-ticket`.
        p_captcha (``p-captcha``): When true, a third-party application cannot continue: the user has to wait about an hour
            before trying again.
    """

    error_text: str | Unset = UNSET
    hibp_hint: HibpHint | Unset = UNSET
    access_token: str | Unset = UNSET
    md_access_token: str | Unset = UNSET
    expiration_time: datetime.datetime | Unset = UNSET
    password_expiration_time: datetime.datetime | Unset = UNSET
    user_status: UserStatus | Unset = UNSET
    user_id: int | Unset = UNSET
    name: str | Unset = UNSET
    has_live: bool | Unset = UNSET
    has_sim_plus: bool | Unset = UNSET
    show_ki_ds: bool | Unset = UNSET
    has_market_data: bool | Unset = UNSET
    has_funded: bool | Unset = UNSET
    outdated_ta_c: bool | Unset = UNSET
    outdated_liquidation_policy: bool | Unset = UNSET
    outdated_sentiment_policy: bool | Unset = UNSET
    required_non_pro_certification: bool | Unset = UNSET
    org_name: str | Unset = UNSET
    api_hosts: ApiHosts | Unset = UNSET
    p_ticket: str | Unset = UNSET
    p_time: int | Unset = UNSET
    p_captcha: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AccessTokenResponseRaw(_AccessTokenResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AccessTokenResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AccessTokenResponse = _new(_AccessTokenResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("hibpHint", UNSET)
    if v.__class__ is str:
        try:
            v = _HibpHint_values[v]
        except KeyError:
            v = _codec.unknown_enum(AccessTokenResponse, "hibpHint", HibpHint, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "hibpHint", "string", v, False, False)
    o.hibp_hint = v
    v = g("accessToken", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "accessToken", "string", v, False, False)
    o.access_token = v
    v = g("mdAccessToken", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "mdAccessToken", "string", v, False, False)
    o.md_access_token = v
    v = g("expirationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccessTokenResponse, "expirationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "expirationTime", "date-time", v, False, False)
    o.expiration_time = v
    v = g("passwordExpirationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AccessTokenResponse, "passwordExpirationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "passwordExpirationTime", "date-time", v, False, False)
    o.password_expiration_time = v
    v = g("userStatus", UNSET)
    if v.__class__ is str:
        try:
            v = _UserStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(AccessTokenResponse, "userStatus", UserStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "userStatus", "string", v, False, False)
    o.user_status = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "userId", "integer", v, False, False)
    o.user_id = v
    v = g("name", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "name", "string", v, False, False)
    o.name = v
    v = g("hasLive", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "hasLive", "boolean", v, False, False)
    o.has_live = v
    v = g("hasSimPlus", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "hasSimPlus", "boolean", v, False, False)
    o.has_sim_plus = v
    v = g("showKIDs", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "showKIDs", "boolean", v, False, False)
    o.show_ki_ds = v
    v = g("hasMarketData", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "hasMarketData", "boolean", v, False, False)
    o.has_market_data = v
    v = g("hasFunded", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "hasFunded", "boolean", v, False, False)
    o.has_funded = v
    v = g("outdatedTaC", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "outdatedTaC", "boolean", v, False, False)
    o.outdated_ta_c = v
    v = g("outdatedLiquidationPolicy", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "outdatedLiquidationPolicy", "boolean", v, False, False)
    o.outdated_liquidation_policy = v
    v = g("outdatedSentimentPolicy", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "outdatedSentimentPolicy", "boolean", v, False, False)
    o.outdated_sentiment_policy = v
    v = g("requiredNonProCertification", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "requiredNonProCertification", "boolean", v, False, False)
    o.required_non_pro_certification = v
    v = g("orgName", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "orgName", "string", v, False, False)
    o.org_name = v
    v = g("apiHosts", UNSET)
    if v.__class__ is dict:
        v = _decode_ApiHosts(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "apiHosts", "object", v, False, False)
    o.api_hosts = v
    v = g("p-ticket", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "p-ticket", "string", v, False, False)
    o.p_ticket = v
    v = g("p-time", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "p-time", "integer", v, False, False)
    o.p_time = v
    v = g("p-captcha", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AccessTokenResponse, "p-captcha", "boolean", v, False, False)
    o.p_captcha = v
    if len(d) + missing == 23:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AccessTokenResponse, d, _KEYS)
    o._json = d
    o.__class__ = AccessTokenResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AccessTokenResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AccessTokenResponse = _new(_AccessTokenResponseRaw)
    o.error_text = w.error_text
    o.hibp_hint = w.hibp_hint
    o.access_token = w.access_token
    o.md_access_token = w.md_access_token
    o.expiration_time = w.expiration_time
    o.password_expiration_time = w.password_expiration_time
    o.user_status = w.user_status
    o.user_id = w.user_id
    o.name = w.name
    o.has_live = w.has_live
    o.has_sim_plus = w.has_sim_plus
    o.show_ki_ds = w.show_ki_ds
    o.has_market_data = w.has_market_data
    o.has_funded = w.has_funded
    o.outdated_ta_c = w.outdated_ta_c
    o.outdated_liquidation_policy = w.outdated_liquidation_policy
    o.outdated_sentiment_policy = w.outdated_sentiment_policy
    o.required_non_pro_certification = w.required_non_pro_certification
    o.org_name = w.org_name
    v = w.api_hosts
    if v.__class__ is _ApiHosts_wire:
        v = _from_wire_ApiHosts(v, d["apiHosts"])
    o.api_hosts = v
    o.p_ticket = w.p_ticket
    o.p_time = w.p_time
    o.p_captcha = w.p_captcha
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AccessTokenResponse
    return o


_Wire: Any = _codec.wire_struct(
    "AccessTokenResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("hibp_hint", "hibpHint", HibpHint, UNSET),
        ("access_token", "accessToken", str, UNSET),
        ("md_access_token", "mdAccessToken", str, UNSET),
        ("expiration_time", "expirationTime", datetime.datetime, UNSET),
        ("password_expiration_time", "passwordExpirationTime", datetime.datetime, UNSET),
        ("user_status", "userStatus", UserStatus, UNSET),
        ("user_id", "userId", int, UNSET),
        ("name", "name", str, UNSET),
        ("has_live", "hasLive", bool, UNSET),
        ("has_sim_plus", "hasSimPlus", bool, UNSET),
        ("show_ki_ds", "showKIDs", bool, UNSET),
        ("has_market_data", "hasMarketData", bool, UNSET),
        ("has_funded", "hasFunded", bool, UNSET),
        ("outdated_ta_c", "outdatedTaC", bool, UNSET),
        ("outdated_liquidation_policy", "outdatedLiquidationPolicy", bool, UNSET),
        ("outdated_sentiment_policy", "outdatedSentimentPolicy", bool, UNSET),
        ("required_non_pro_certification", "requiredNonProCertification", bool, UNSET),
        ("org_name", "orgName", str, UNSET),
        ("api_hosts", "apiHosts", _ApiHosts_wire, UNSET),
        ("p_ticket", "p-ticket", str, UNSET),
        ("p_time", "p-time", int, UNSET),
        ("p_captcha", "p-captcha", bool, UNSET),
    ],
)


AccessTokenResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("hibp_hint", "hibpHint", _codec.enum_json),
        _codec.Field("access_token", "accessToken", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("md_access_token", "mdAccessToken", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("expiration_time", "expirationTime", _codec.datetime_json),
        _codec.Field("password_expiration_time", "passwordExpirationTime", _codec.datetime_json),
        _codec.Field("user_status", "userStatus", _codec.enum_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("has_live", "hasLive", _codec.plain_json),
        _codec.Field("has_sim_plus", "hasSimPlus", _codec.plain_json),
        _codec.Field("show_ki_ds", "showKIDs", _codec.plain_json),
        _codec.Field("has_market_data", "hasMarketData", _codec.plain_json),
        _codec.Field("has_funded", "hasFunded", _codec.plain_json),
        _codec.Field("outdated_ta_c", "outdatedTaC", _codec.plain_json),
        _codec.Field("outdated_liquidation_policy", "outdatedLiquidationPolicy", _codec.plain_json),
        _codec.Field("outdated_sentiment_policy", "outdatedSentimentPolicy", _codec.plain_json),
        _codec.Field("required_non_pro_certification", "requiredNonProCertification", _codec.plain_json),
        _codec.Field("org_name", "orgName", _codec.plain_json),
        _codec.Field("api_hosts", "apiHosts", _codec.model_json),
        _codec.Field("p_ticket", "p-ticket", _codec.plain_json, _codec.Check.NONE, secret=True),
        _codec.Field("p_time", "p-time", _codec.plain_json),
        _codec.Field("p_captcha", "p-captcha", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
