from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["OAuthMeResponse"]

_KEYS: frozenset[str] = frozenset(
    [
        "errorText",
        "userId",
        "name",
        "fullName",
        "email",
        "emailVerified",
        "isTrial",
        "organizationName",
        "currentAccountPlan",
        "currentMDSubs",
        "currentBalance",
        "activePlugins",
    ]
)
_new = _codec.new_object


class _OAuthMeResponseSlots:
    __slots__ = ("error_text", "user_id", "name", "full_name", "email", "email_verified", "is_trial", "organization_name", "current_account_plan", "current_md_subs", "current_balance", "active_plugins", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OAuthMeResponse(_OAuthMeResponseSlots, _codec.Model):
    """Profile of the user who owns the bearer token, as returned by `/auth/me`.

    Attributes:
        error_text (``errorText``): Set when the request failed.
        user_id (``userId``): Id of the User.
        name (``name``): Username.
        full_name (``fullName``): Person's full name.
        email (``email``)
        email_verified (``emailVerified``): Whether the e-mail address has been confirmed.
        is_trial (``isTrial``): Whether the user is on a trial.
        organization_name (``organizationName``): Organization (partner) the user belongs to, if any.
        current_account_plan (``currentAccountPlan``): Name of the user's current Tradovate subscription plan.
        current_md_subs (``currentMDSubs``): Names of the user's active market data subscriptions.
        current_balance (``currentBalance``): Current cash balance of the user (account currency).
        active_plugins (``activePlugins``): Names of the add-ons (plugins) the user has enabled.
    """

    error_text: str | Unset = UNSET
    user_id: int | Unset = UNSET
    name: str | Unset = UNSET
    full_name: str | Unset = UNSET
    email: str | Unset = UNSET
    email_verified: bool | Unset = UNSET
    is_trial: bool | Unset = UNSET
    organization_name: str | Unset = UNSET
    current_account_plan: str | Unset = UNSET
    current_md_subs: list[str] | Unset = UNSET
    current_balance: float | Unset = UNSET
    active_plugins: list[str] | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OAuthMeResponseRaw(_OAuthMeResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OAuthMeResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OAuthMeResponse = _new(_OAuthMeResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "userId", "integer", v, False, False)
    o.user_id = v
    v = g("name", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "name", "string", v, False, False)
    o.name = v
    v = g("fullName", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "fullName", "string", v, False, False)
    o.full_name = v
    v = g("email", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "email", "string", v, False, False)
    o.email = v
    v = g("emailVerified", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "emailVerified", "boolean", v, False, False)
    o.email_verified = v
    v = g("isTrial", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "isTrial", "boolean", v, False, False)
    o.is_trial = v
    v = g("organizationName", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "organizationName", "string", v, False, False)
    o.organization_name = v
    v = g("currentAccountPlan", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "currentAccountPlan", "string", v, False, False)
    o.current_account_plan = v
    v = g("currentMDSubs", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(OAuthMeResponse, "currentMDSubs", _codec.decode_str, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "currentMDSubs", "array", v, False, False)
    o.current_md_subs = v
    v = g("currentBalance", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "currentBalance", "number", v, False, False)
    o.current_balance = v
    v = g("activePlugins", UNSET)
    if v.__class__ is list:
        v = _codec.decode_items(OAuthMeResponse, "activePlugins", _codec.decode_str, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OAuthMeResponse, "activePlugins", "array", v, False, False)
    o.active_plugins = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OAuthMeResponse, d, _KEYS)
    o._json = d
    o.__class__ = OAuthMeResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OAuthMeResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OAuthMeResponse = _new(_OAuthMeResponseRaw)
    o.error_text = w.error_text
    o.user_id = w.user_id
    o.name = w.name
    o.full_name = w.full_name
    o.email = w.email
    o.email_verified = w.email_verified
    o.is_trial = w.is_trial
    o.organization_name = w.organization_name
    o.current_account_plan = w.current_account_plan
    o.current_md_subs = w.current_md_subs
    o.current_balance = w.current_balance
    o.active_plugins = w.active_plugins
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OAuthMeResponse
    return o


_Wire: Any = _codec.wire_struct(
    "OAuthMeResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("user_id", "userId", int, UNSET),
        ("name", "name", str, UNSET),
        ("full_name", "fullName", str, UNSET),
        ("email", "email", str, UNSET),
        ("email_verified", "emailVerified", bool, UNSET),
        ("is_trial", "isTrial", bool, UNSET),
        ("organization_name", "organizationName", str, UNSET),
        ("current_account_plan", "currentAccountPlan", str, UNSET),
        ("current_md_subs", "currentMDSubs", list[str], UNSET),
        ("current_balance", "currentBalance", _codec.NUMBER, UNSET),
        ("active_plugins", "activePlugins", list[str], UNSET),
    ],
)


OAuthMeResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("full_name", "fullName", _codec.plain_json),
        _codec.Field("email", "email", _codec.plain_json),
        _codec.Field("email_verified", "emailVerified", _codec.plain_json),
        _codec.Field("is_trial", "isTrial", _codec.plain_json),
        _codec.Field("organization_name", "organizationName", _codec.plain_json),
        _codec.Field("current_account_plan", "currentAccountPlan", _codec.plain_json),
        _codec.Field(
            "current_md_subs", "currentMDSubs", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES
        ),
        _codec.Field("current_balance", "currentBalance", _codec.plain_json),
        _codec.Field(
            "active_plugins", "activePlugins", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES
        ),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
