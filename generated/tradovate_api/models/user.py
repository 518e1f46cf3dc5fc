from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .user_status import UserStatus

__all__ = ["User"]

_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "timestamp",
        "email",
        "status",
        "professional",
        "id",
        "organizationId",
        "introducingPartnerId",
        "userType",
        "hibernated",
        "linkedUserId",
        "foreignIntroducingBrokerId",
    ]
)
_UserStatus_values = UserStatus._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _UserSlots:
    __slots__ = ("name", "timestamp", "email", "status", "professional", "id", "organization_id", "introducing_partner_id", "user_type", "hibernated", "linked_user_id", "foreign_introducing_broker_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class User(_UserSlots, _codec.Model):
    """A Tradovate user, i.e. one login.

    Attributes:
        name (``name``): Login name.
        timestamp (``timestamp``): When the user was created.
        email (``email``)
        status (``status``): State of the user's login.
        professional (``professional``): True when the user counts as a professional market data subscriber.
        id (``id``)
        organization_id (``organizationId``): Id of the Organization the user belongs to.
        introducing_partner_id (``introducingPartnerId``): Id of the introducing partner the user came through.
        user_type (``userType``): Kind of user; seen: `Trader`.
        hibernated (``hibernated``): Whether the login is hibernated (dormant); only `false` has been seen.
        linked_user_id (``linkedUserId``): Id of a linked User; the legacy spec labels it the linked live user.
        foreign_introducing_broker_id (``foreignIntroducingBrokerId``): Id of an outside introducing broker; not documented further.
    """

    name: str
    timestamp: datetime.datetime
    email: str
    status: UserStatus
    professional: bool
    id: int | Unset = UNSET
    organization_id: int | Unset = UNSET
    introducing_partner_id: int | Unset = UNSET
    user_type: str | Unset = UNSET
    hibernated: bool | Unset = UNSET
    linked_user_id: int | Unset = UNSET
    foreign_introducing_broker_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserRaw(_UserSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> User:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: User = _new(_UserRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(User, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(User, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(User, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(User, "timestamp", "date-time", v)
        else:
            v = _codec.bad(User, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["email"]
    except KeyError:
        v = _codec.bad(User, "email", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(User, "email", "string", v, True, False)
    o.email = v
    try:
        v = d["status"]
    except KeyError:
        v = _codec.bad(User, "status", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _UserStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(User, "status", UserStatus, v)
        else:
            v = _codec.bad(User, "status", "string", v, True, False)
    o.status = v
    try:
        v = d["professional"]
    except KeyError:
        v = _codec.bad(User, "professional", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(User, "professional", "boolean", v, True, False)
    o.professional = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "id", "integer", v, False, False)
    o.id = v
    v = g("organizationId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "organizationId", "integer", v, False, False)
    o.organization_id = v
    v = g("introducingPartnerId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "introducingPartnerId", "integer", v, False, False)
    o.introducing_partner_id = v
    v = g("userType", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "userType", "string", v, False, False)
    o.user_type = v
    v = g("hibernated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "hibernated", "boolean", v, False, False)
    o.hibernated = v
    v = g("linkedUserId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "linkedUserId", "integer", v, False, False)
    o.linked_user_id = v
    v = g("foreignIntroducingBrokerId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(User, "foreignIntroducingBrokerId", "integer", v, False, False)
    o.foreign_introducing_broker_id = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(User, d, _KEYS)
    o._json = d
    o.__class__ = User
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> User:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: User = _new(_UserRaw)
    o.name = w.name
    o.timestamp = w.timestamp
    o.email = w.email
    o.status = w.status
    o.professional = w.professional
    o.id = w.id
    o.organization_id = w.organization_id
    o.introducing_partner_id = w.introducing_partner_id
    o.user_type = w.user_type
    o.hibernated = w.hibernated
    o.linked_user_id = w.linked_user_id
    o.foreign_introducing_broker_id = w.foreign_introducing_broker_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = User
    return o


_Wire: Any = _codec.wire_struct(
    "User",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("email", "email", str, _codec.REQUIRED),
        ("status", "status", UserStatus, _codec.REQUIRED),
        ("professional", "professional", bool, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("organization_id", "organizationId", int, UNSET),
        ("introducing_partner_id", "introducingPartnerId", int, UNSET),
        ("user_type", "userType", str, UNSET),
        ("hibernated", "hibernated", bool, UNSET),
        ("linked_user_id", "linkedUserId", int, UNSET),
        ("foreign_introducing_broker_id", "foreignIntroducingBrokerId", int, UNSET),
    ],
)


User._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("email", "email", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("professional", "professional", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("organization_id", "organizationId", _codec.plain_json),
        _codec.Field("introducing_partner_id", "introducingPartnerId", _codec.plain_json),
        _codec.Field("user_type", "userType", _codec.plain_json),
        _codec.Field("hibernated", "hibernated", _codec.plain_json),
        _codec.Field("linked_user_id", "linkedUserId", _codec.plain_json),
        _codec.Field("foreign_introducing_broker_id", "foreignIntroducingBrokerId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
