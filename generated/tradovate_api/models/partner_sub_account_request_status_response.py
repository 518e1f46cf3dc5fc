from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .sub_account_request_status import SubAccountRequestStatus

__all__ = ["PartnerSubAccountRequestStatusResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "requestId", "status", "message", "accountId"])
_SubAccountRequestStatus_values = SubAccountRequestStatus._value2member_map_
_new = _codec.new_object


class _PartnerSubAccountRequestStatusResponseSlots:
    __slots__ = ("error_text", "request_id", "status", "message", "account_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PartnerSubAccountRequestStatusResponse(_PartnerSubAccountRequestStatusResponseSlots, _codec.Model):
    """Result of getPartnerSubaccountRequestStatus.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        request_id (``requestId``): Id of the subaccount request.
        status (``status``): Where the request stands in review.
        message (``message``): Explanation from the reviewers, e.g. why a request was denied.
        account_id (``accountId``): Id of the new Account, once there is one.
    """

    error_text: str | Unset = UNSET
    request_id: int | Unset = UNSET
    status: SubAccountRequestStatus | Unset = UNSET
    message: str | Unset = UNSET
    account_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PartnerSubAccountRequestStatusResponseRaw(_PartnerSubAccountRequestStatusResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> PartnerSubAccountRequestStatusResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: PartnerSubAccountRequestStatusResponse = _new(_PartnerSubAccountRequestStatusResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PartnerSubAccountRequestStatusResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("requestId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PartnerSubAccountRequestStatusResponse, "requestId", "integer", v, False, False)
    o.request_id = v
    v = g("status", UNSET)
    if v.__class__ is str:
        try:
            v = _SubAccountRequestStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(PartnerSubAccountRequestStatusResponse, "status", SubAccountRequestStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PartnerSubAccountRequestStatusResponse, "status", "string", v, False, False)
    o.status = v
    v = g("message", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PartnerSubAccountRequestStatusResponse, "message", "string", v, False, False)
    o.message = v
    v = g("accountId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(PartnerSubAccountRequestStatusResponse, "accountId", "integer", v, False, False)
    o.account_id = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(PartnerSubAccountRequestStatusResponse, d, _KEYS)
    o._json = d
    o.__class__ = PartnerSubAccountRequestStatusResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> PartnerSubAccountRequestStatusResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: PartnerSubAccountRequestStatusResponse = _new(_PartnerSubAccountRequestStatusResponseRaw)
    o.error_text = w.error_text
    o.request_id = w.request_id
    o.status = w.status
    o.message = w.message
    o.account_id = w.account_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = PartnerSubAccountRequestStatusResponse
    return o


_Wire: Any = _codec.wire_struct(
    "PartnerSubAccountRequestStatusResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("request_id", "requestId", int, UNSET),
        ("status", "status", SubAccountRequestStatus, UNSET),
        ("message", "message", str, UNSET),
        ("account_id", "accountId", int, UNSET),
    ],
)


PartnerSubAccountRequestStatusResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("request_id", "requestId", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("message", "message", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
