from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _UserSlots:
    __slots__ = ("name", "timestamp", "email", "status", "professional", "id", "organization_id", "introducing_partner_id", "user_type", "hibernated", "linked_user_id", "foreign_introducing_broker_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class User(_UserSlots):
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
        o: Self = _codec.new_object(_UserRaw)
        g = d.get
        v = g("name", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "name", "string", v, True, False)
        o.name = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("email", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "email", "string", v, True, False)
        o.email = v
        v = g("status", UNSET)
        if v.__class__ is str:
            e = _UserStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "status", UserStatus, v)
        else:
            v = _codec.bad(cls, "status", "string", v, True, False)
        o.status = v
        v = g("professional", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "professional", "boolean", v, True, False)
        o.professional = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("organizationId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "organizationId", "integer", v, False, False)
        o.organization_id = v
        v = g("introducingPartnerId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "introducingPartnerId", "integer", v, False, False)
        o.introducing_partner_id = v
        v = g("userType", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "userType", "string", v, False, False)
        o.user_type = v
        v = g("hibernated", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "hibernated", "boolean", v, False, False)
        o.hibernated = v
        v = g("linkedUserId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "linkedUserId", "integer", v, False, False)
        o.linked_user_id = v
        v = g("foreignIntroducingBrokerId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "foreignIntroducingBrokerId", "integer", v, False, False)
        o.foreign_introducing_broker_id = v
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


class _UserRaw(_UserSlots):
    __slots__ = ()


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
)
