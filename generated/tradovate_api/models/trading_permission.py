from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trading_permission_status import TradingPermissionStatus

__all__ = ["TradingPermission"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "accountId",
        "accountHolderContact",
        "accountHolderEmail",
        "ctaContact",
        "ctaEmail",
        "status",
        "id",
        "updated",
        "approvedById",
    ]
)
_TradingPermissionStatus_values = TradingPermissionStatus._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _TradingPermissionSlots:
    __slots__ = ("user_id", "account_id", "account_holder_contact", "account_holder_email", "cta_contact", "cta_email", "status", "id", "updated", "approved_by_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradingPermission(_TradingPermissionSlots, _codec.Model):
    """Access for one user (typically a trading advisor, CTA) to trade an account owned by someone else,
    and where that request stands.

    Attributes:
        user_id (``userId``): Id of the User who is given access.
        account_id (``accountId``): Id of the Account that may be traded.
        account_holder_contact (``accountHolderContact``): Name of the account holder.
        account_holder_email (``accountHolderEmail``): Email address of the account holder.
        cta_contact (``ctaContact``): Name of the trader or advisor who gets access.
        cta_email (``ctaEmail``): Email address of the trader or advisor.
        status (``status``)
        id (``id``): Id of the TradingPermission.
        updated (``updated``): When the status last changed.
        approved_by_id (``approvedById``): Id of the User who approved the permission.
    """

    user_id: int
    account_id: int
    account_holder_contact: str
    account_holder_email: str
    cta_contact: str
    cta_email: str
    status: TradingPermissionStatus
    id: int | Unset = UNSET
    updated: datetime.datetime | Unset = UNSET
    approved_by_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradingPermissionRaw(_TradingPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradingPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradingPermission = _new(_TradingPermissionRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(TradingPermission, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradingPermission, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(TradingPermission, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradingPermission, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["accountHolderContact"]
    except KeyError:
        v = _codec.bad(TradingPermission, "accountHolderContact", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradingPermission, "accountHolderContact", "string", v, True, False)
    o.account_holder_contact = v
    try:
        v = d["accountHolderEmail"]
    except KeyError:
        v = _codec.bad(TradingPermission, "accountHolderEmail", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradingPermission, "accountHolderEmail", "string", v, True, False)
    o.account_holder_email = v
    try:
        v = d["ctaContact"]
    except KeyError:
        v = _codec.bad(TradingPermission, "ctaContact", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradingPermission, "ctaContact", "string", v, True, False)
    o.cta_contact = v
    try:
        v = d["ctaEmail"]
    except KeyError:
        v = _codec.bad(TradingPermission, "ctaEmail", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradingPermission, "ctaEmail", "string", v, True, False)
    o.cta_email = v
    try:
        v = d["status"]
    except KeyError:
        v = _codec.bad(TradingPermission, "status", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _TradingPermissionStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(TradingPermission, "status", TradingPermissionStatus, v)
        else:
            v = _codec.bad(TradingPermission, "status", "string", v, True, False)
    o.status = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradingPermission, "id", "integer", v, False, False)
    o.id = v
    v = g("updated", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(TradingPermission, "updated", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradingPermission, "updated", "date-time", v, False, False)
    o.updated = v
    v = g("approvedById", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradingPermission, "approvedById", "integer", v, False, False)
    o.approved_by_id = v
    if len(d) + missing == 10:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradingPermission, d, _KEYS)
    o._json = d
    o.__class__ = TradingPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradingPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradingPermission = _new(_TradingPermissionRaw)
    o.user_id = w.user_id
    o.account_id = w.account_id
    o.account_holder_contact = w.account_holder_contact
    o.account_holder_email = w.account_holder_email
    o.cta_contact = w.cta_contact
    o.cta_email = w.cta_email
    o.status = w.status
    o.id = w.id
    o.updated = w.updated
    o.approved_by_id = w.approved_by_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradingPermission
    return o


_Wire: Any = _codec.wire_struct(
    "TradingPermission",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("account_holder_contact", "accountHolderContact", str, _codec.REQUIRED),
        ("account_holder_email", "accountHolderEmail", str, _codec.REQUIRED),
        ("cta_contact", "ctaContact", str, _codec.REQUIRED),
        ("cta_email", "ctaEmail", str, _codec.REQUIRED),
        ("status", "status", TradingPermissionStatus, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("updated", "updated", datetime.datetime, UNSET),
        ("approved_by_id", "approvedById", int, UNSET),
    ],
)


TradingPermission._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("account_holder_contact", "accountHolderContact", _codec.plain_json),
        _codec.Field("account_holder_email", "accountHolderEmail", _codec.plain_json),
        _codec.Field("cta_contact", "ctaContact", _codec.plain_json),
        _codec.Field("cta_email", "ctaEmail", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("updated", "updated", _codec.datetime_json),
        _codec.Field("approved_by_id", "approvedById", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
