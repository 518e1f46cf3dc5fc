from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .sign_up_error_code import SignUpErrorCode

__all__ = ["SignUpResponse"]

_KEYS: frozenset[str] = frozenset(["errorCode", "emailVerified", "errorText", "userId"])
_SignUpErrorCode_values = SignUpErrorCode._value2member_map_
_new = _codec.new_object


class _SignUpResponseSlots:
    __slots__ = ("error_code", "email_verified", "error_text", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SignUpResponse(_SignUpResponseSlots, _codec.Model):
    """Result of signUpOrganizationMember.

    Attributes:
        error_code (``errorCode``): Outcome code; `Success` when the user was created.
        email_verified (``emailVerified``): Whether the email address counts as verified.
        error_text (``errorText``): Error message; empty or absent on success.
        user_id (``userId``): Id of the new User.
    """

    error_code: SignUpErrorCode
    email_verified: bool
    error_text: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SignUpResponseRaw(_SignUpResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SignUpResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SignUpResponse = _new(_SignUpResponseRaw)
    missing = 0
    g = d.get
    try:
        v = d["errorCode"]
    except KeyError:
        v = _codec.bad(SignUpResponse, "errorCode", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _SignUpErrorCode_values[v]
            except KeyError:
                v = _codec.unknown_enum(SignUpResponse, "errorCode", SignUpErrorCode, v)
        else:
            v = _codec.bad(SignUpResponse, "errorCode", "string", v, True, False)
    o.error_code = v
    try:
        v = d["emailVerified"]
    except KeyError:
        v = _codec.bad(SignUpResponse, "emailVerified", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(SignUpResponse, "emailVerified", "boolean", v, True, False)
    o.email_verified = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SignUpResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SignUpResponse, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SignUpResponse, d, _KEYS)
    o._json = d
    o.__class__ = SignUpResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SignUpResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SignUpResponse = _new(_SignUpResponseRaw)
    o.error_code = w.error_code
    o.email_verified = w.email_verified
    o.error_text = w.error_text
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SignUpResponse
    return o


_Wire: Any = _codec.wire_struct(
    "SignUpResponse",
    [
        ("error_code", "errorCode", SignUpErrorCode, _codec.REQUIRED),
        ("email_verified", "emailVerified", bool, _codec.REQUIRED),
        ("error_text", "errorText", str, UNSET),
        ("user_id", "userId", int, UNSET),
    ],
)


SignUpResponse._info = _codec.model_info(
    (
        _codec.Field("error_code", "errorCode", _codec.enum_json),
        _codec.Field("email_verified", "emailVerified", _codec.plain_json),
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
