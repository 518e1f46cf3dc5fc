from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .annual_review_status import AnnualReviewStatus
from .identity_check_result import IdentityCheckResult

__all__ = ["AnnualReview"]

_KEYS: frozenset[str] = frozenset(
    [
        "userId",
        "riskDisclosureNeeded",
        "archived",
        "status",
        "id",
        "firstEmail",
        "secondEmail",
        "jointFirstEmail",
        "jointSecondEmail",
        "firstEmailSent",
        "secondEmailSent",
        "finished",
        "jointFinished",
        "identityCheckResult",
        "jointIdentityCheckResult",
        "contactInfoId",
    ]
)
_AnnualReviewStatus_values = AnnualReviewStatus._value2member_map_
_IdentityCheckResult_values = IdentityCheckResult._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _AnnualReviewSlots:
    __slots__ = ("user_id", "risk_disclosure_needed", "archived", "status", "id", "first_email", "second_email", "joint_first_email", "joint_second_email", "first_email_sent", "second_email_sent", "finished", "joint_finished", "identity_check_result", "joint_identity_check_result", "contact_info_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AnnualReview(_AnnualReviewSlots, _codec.Model):
    """Yearly compliance review of a user's account details, with its reminder emails and identity checks.

    Attributes:
        user_id (``userId``): Id of the User under review.
        risk_disclosure_needed (``riskDisclosureNeeded``): Whether the user must accept the risk disclosure again.
        archived (``archived``): Whether the review has been archived.
        status (``status``)
        id (``id``)
        first_email (``firstEmail``): Not documented upstream.
        second_email (``secondEmail``): Not documented upstream.
        joint_first_email (``jointFirstEmail``): Not documented upstream.
        joint_second_email (``jointSecondEmail``): Not documented upstream.
        first_email_sent (``firstEmailSent``): When the first review email went out.
        second_email_sent (``secondEmailSent``): When the second review email went out.
        finished (``finished``): When the account holder completed the review.
        joint_finished (``jointFinished``): When the joint account holder completed the review.
        identity_check_result (``identityCheckResult``): Outcome of the account holder's identity check.
        joint_identity_check_result (``jointIdentityCheckResult``): Outcome of the joint account holder's identity check.
        contact_info_id (``contactInfoId``): Id of the ContactInfo being reviewed.
    """

    user_id: int
    risk_disclosure_needed: bool
    archived: bool
    status: AnnualReviewStatus
    id: int | Unset = UNSET
    first_email: str | Unset = UNSET
    second_email: str | Unset = UNSET
    joint_first_email: str | Unset = UNSET
    joint_second_email: str | Unset = UNSET
    first_email_sent: datetime.datetime | Unset = UNSET
    second_email_sent: datetime.datetime | Unset = UNSET
    finished: datetime.datetime | Unset = UNSET
    joint_finished: datetime.datetime | Unset = UNSET
    identity_check_result: IdentityCheckResult | Unset = UNSET
    joint_identity_check_result: IdentityCheckResult | Unset = UNSET
    contact_info_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AnnualReviewRaw(_AnnualReviewSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AnnualReview:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AnnualReview = _new(_AnnualReviewRaw)
    missing = 0
    g = d.get
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(AnnualReview, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AnnualReview, "userId", "integer", v, True, False)
    o.user_id = v
    try:
        v = d["riskDisclosureNeeded"]
    except KeyError:
        v = _codec.bad(AnnualReview, "riskDisclosureNeeded", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(AnnualReview, "riskDisclosureNeeded", "boolean", v, True, False)
    o.risk_disclosure_needed = v
    try:
        v = d["archived"]
    except KeyError:
        v = _codec.bad(AnnualReview, "archived", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(AnnualReview, "archived", "boolean", v, True, False)
    o.archived = v
    try:
        v = d["status"]
    except KeyError:
        v = _codec.bad(AnnualReview, "status", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _AnnualReviewStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(AnnualReview, "status", AnnualReviewStatus, v)
        else:
            v = _codec.bad(AnnualReview, "status", "string", v, True, False)
    o.status = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "id", "integer", v, False, False)
    o.id = v
    v = g("firstEmail", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "firstEmail", "string", v, False, False)
    o.first_email = v
    v = g("secondEmail", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "secondEmail", "string", v, False, False)
    o.second_email = v
    v = g("jointFirstEmail", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "jointFirstEmail", "string", v, False, False)
    o.joint_first_email = v
    v = g("jointSecondEmail", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "jointSecondEmail", "string", v, False, False)
    o.joint_second_email = v
    v = g("firstEmailSent", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AnnualReview, "firstEmailSent", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "firstEmailSent", "date-time", v, False, False)
    o.first_email_sent = v
    v = g("secondEmailSent", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AnnualReview, "secondEmailSent", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "secondEmailSent", "date-time", v, False, False)
    o.second_email_sent = v
    v = g("finished", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AnnualReview, "finished", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "finished", "date-time", v, False, False)
    o.finished = v
    v = g("jointFinished", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(AnnualReview, "jointFinished", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "jointFinished", "date-time", v, False, False)
    o.joint_finished = v
    v = g("identityCheckResult", UNSET)
    if v.__class__ is str:
        try:
            v = _IdentityCheckResult_values[v]
        except KeyError:
            v = _codec.unknown_enum(AnnualReview, "identityCheckResult", IdentityCheckResult, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "identityCheckResult", "string", v, False, False)
    o.identity_check_result = v
    v = g("jointIdentityCheckResult", UNSET)
    if v.__class__ is str:
        try:
            v = _IdentityCheckResult_values[v]
        except KeyError:
            v = _codec.unknown_enum(AnnualReview, "jointIdentityCheckResult", IdentityCheckResult, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "jointIdentityCheckResult", "string", v, False, False)
    o.joint_identity_check_result = v
    v = g("contactInfoId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(AnnualReview, "contactInfoId", "integer", v, False, False)
    o.contact_info_id = v
    if len(d) + missing == 16:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AnnualReview, d, _KEYS)
    o._json = d
    o.__class__ = AnnualReview
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AnnualReview:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AnnualReview = _new(_AnnualReviewRaw)
    o.user_id = w.user_id
    o.risk_disclosure_needed = w.risk_disclosure_needed
    o.archived = w.archived
    o.status = w.status
    o.id = w.id
    o.first_email = w.first_email
    o.second_email = w.second_email
    o.joint_first_email = w.joint_first_email
    o.joint_second_email = w.joint_second_email
    o.first_email_sent = w.first_email_sent
    o.second_email_sent = w.second_email_sent
    o.finished = w.finished
    o.joint_finished = w.joint_finished
    o.identity_check_result = w.identity_check_result
    o.joint_identity_check_result = w.joint_identity_check_result
    o.contact_info_id = w.contact_info_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AnnualReview
    return o


_Wire: Any = _codec.wire_struct(
    "AnnualReview",
    [
        ("user_id", "userId", int, _codec.REQUIRED),
        ("risk_disclosure_needed", "riskDisclosureNeeded", bool, _codec.REQUIRED),
        ("archived", "archived", bool, _codec.REQUIRED),
        ("status", "status", AnnualReviewStatus, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("first_email", "firstEmail", str, UNSET),
        ("second_email", "secondEmail", str, UNSET),
        ("joint_first_email", "jointFirstEmail", str, UNSET),
        ("joint_second_email", "jointSecondEmail", str, UNSET),
        ("first_email_sent", "firstEmailSent", datetime.datetime, UNSET),
        ("second_email_sent", "secondEmailSent", datetime.datetime, UNSET),
        ("finished", "finished", datetime.datetime, UNSET),
        ("joint_finished", "jointFinished", datetime.datetime, UNSET),
        ("identity_check_result", "identityCheckResult", IdentityCheckResult, UNSET),
        ("joint_identity_check_result", "jointIdentityCheckResult", IdentityCheckResult, UNSET),
        ("contact_info_id", "contactInfoId", int, UNSET),
    ],
)


AnnualReview._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("risk_disclosure_needed", "riskDisclosureNeeded", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("first_email", "firstEmail", _codec.plain_json),
        _codec.Field("second_email", "secondEmail", _codec.plain_json),
        _codec.Field("joint_first_email", "jointFirstEmail", _codec.plain_json),
        _codec.Field("joint_second_email", "jointSecondEmail", _codec.plain_json),
        _codec.Field("first_email_sent", "firstEmailSent", _codec.datetime_json),
        _codec.Field("second_email_sent", "secondEmailSent", _codec.datetime_json),
        _codec.Field("finished", "finished", _codec.datetime_json),
        _codec.Field("joint_finished", "jointFinished", _codec.datetime_json),
        _codec.Field("identity_check_result", "identityCheckResult", _codec.enum_json),
        _codec.Field("joint_identity_check_result", "jointIdentityCheckResult", _codec.enum_json),
        _codec.Field("contact_info_id", "contactInfoId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
