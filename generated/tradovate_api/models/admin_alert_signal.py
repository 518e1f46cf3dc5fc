from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["AdminAlertSignal"]

_KEYS: frozenset[str] = frozenset(
    [
        "timestamp",
        "adminAlertId",
        "text",
        "emailSent",
        "subjectId",
        "id",
        "relatedToAccountId",
        "relatedToUserId",
        "ownedByAdminId",
        "completed",
        "claimedAt",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AdminAlertSignalSlots:
    __slots__ = ("timestamp", "admin_alert_id", "text", "email_sent", "subject_id", "id", "related_to_account_id", "related_to_user_id", "owned_by_admin_id", "completed", "claimed_at", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AdminAlertSignal(_AdminAlertSignalSlots, _codec.Model):
    """One occurrence of an organisation (admin) alert, for administrators to claim and work off.

    Attributes:
        timestamp (``timestamp``): When the signal was raised.
        admin_alert_id (``adminAlertId``): Id of the AdminAlert that fired.
        text (``text``): Message of the signal.
        email_sent (``emailSent``): Whether an e-mail notification went out.
        subject_id (``subjectId``)
        id (``id``)
        related_to_account_id (``relatedToAccountId``): Id of the Account the signal concerns, if any.
        related_to_user_id (``relatedToUserId``): Id of the User the signal concerns, if any.
        owned_by_admin_id (``ownedByAdminId``): Id of the administrator (User) who took ownership.
        completed (``completed``): When the signal was marked completed; empty while open.
        claimed_at (``claimedAt``): When ownership was taken.
    """

    timestamp: datetime.datetime
    admin_alert_id: int
    text: str
    email_sent: bool
    subject_id: int
    id: int | Unset = UNSET
    related_to_account_id: int | Unset = UNSET
    related_to_user_id: int | Unset = UNSET
    owned_by_admin_id: int | Unset = UNSET
    completed: datetime.datetime | Unset = UNSET
    claimed_at: datetime.datetime | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AdminAlertSignalRaw(_AdminAlertSignalSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AdminAlertSignal:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AdminAlertSignal = _new(_AdminAlertSignalRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(AdminAlertSignal, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(AdminAlertSignal, "timestamp", "date-time", v)
        else:
            v = _codec.bad(AdminAlertSignal, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["adminAlertId"]
    except KeyError:
        v = _codec.bad(AdminAlertSignal, "adminAlertId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AdminAlertSignal, "adminAlertId", "integer", v, True, False)
    o.admin_alert_id = v
    try:
        v = d["text"]
    except KeyError:
        v = _codec.bad(AdminAlertSignal, "text", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(AdminAlertSignal, "text", "string", v, True, False)
    o.text = v
    try:
        v = d["emailSent"]
    except KeyError:
        v = _codec.bad(AdminAlertSignal, "emailSent", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(AdminAlertSignal, "emailSent", "boolean", v, True, False)
    o.email_sent = v
    try:
        v = d["subjectId"]
    except KeyError:
        v = _codec.bad(AdminAlertSignal, "subjectId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AdminAlertSignal, "subjectId", "integer", v, True, False)
    o.subject_id = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignal, "id", "integer", v, False, False)
    o.id = v
    v = g("relatedToAccountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignal, "relatedToAccountId", "integer", v, False, False)
    o.related_to_account_id = v
    v = g("relatedToUserId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignal, "relatedToUserId", "integer", v, False, False)
    o.related_to_user_id = v
    v = g("ownedByAdminId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignal, "ownedByAdminId", "integer", v, False, False)
    o.owned_by_admin_id = v
    v = g("completed", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AdminAlertSignal, "completed", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignal, "completed", "date-time", v, False, False)
    o.completed = v
    v = g("claimedAt", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AdminAlertSignal, "claimedAt", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AdminAlertSignal, "claimedAt", "date-time", v, False, False)
    o.claimed_at = v
    if len(d) + missing == 11:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AdminAlertSignal, d, _KEYS)
    o._json = d
    o.__class__ = AdminAlertSignal
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AdminAlertSignal:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AdminAlertSignal = _new(_AdminAlertSignalRaw)
    o.timestamp = w.timestamp
    o.admin_alert_id = w.admin_alert_id
    o.text = w.text
    o.email_sent = w.email_sent
    o.subject_id = w.subject_id
    o.id = w.id
    o.related_to_account_id = w.related_to_account_id
    o.related_to_user_id = w.related_to_user_id
    o.owned_by_admin_id = w.owned_by_admin_id
    o.completed = w.completed
    o.claimed_at = w.claimed_at
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AdminAlertSignal
    return o


_Wire: Any = _codec.wire_struct(
    "AdminAlertSignal",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("admin_alert_id", "adminAlertId", int, _codec.REQUIRED),
        ("text", "text", str, _codec.REQUIRED),
        ("email_sent", "emailSent", bool, _codec.REQUIRED),
        ("subject_id", "subjectId", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("related_to_account_id", "relatedToAccountId", int, UNSET),
        ("related_to_user_id", "relatedToUserId", int, UNSET),
        ("owned_by_admin_id", "ownedByAdminId", int, UNSET),
        ("completed", "completed", datetime.datetime, UNSET),
        ("claimed_at", "claimedAt", datetime.datetime, UNSET),
    ],
)


AdminAlertSignal._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("admin_alert_id", "adminAlertId", _codec.plain_json),
        _codec.Field("text", "text", _codec.plain_json),
        _codec.Field("email_sent", "emailSent", _codec.plain_json),
        _codec.Field("subject_id", "subjectId", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("related_to_account_id", "relatedToAccountId", _codec.plain_json),
        _codec.Field("related_to_user_id", "relatedToUserId", _codec.plain_json),
        _codec.Field("owned_by_admin_id", "ownedByAdminId", _codec.plain_json),
        _codec.Field("completed", "completed", _codec.datetime_json),
        _codec.Field("claimed_at", "claimedAt", _codec.datetime_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
