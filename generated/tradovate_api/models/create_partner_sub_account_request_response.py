from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .sub_account_request_status import SubAccountRequestStatus

__all__ = ["CreatePartnerSubAccountRequestResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "requestId", "status"])
_SubAccountRequestStatus_values = SubAccountRequestStatus._value2member_map_
_new = _codec.new_object


class _CreatePartnerSubAccountRequestResponseSlots:
    __slots__ = ("error_text", "request_id", "status", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreatePartnerSubAccountRequestResponse(_CreatePartnerSubAccountRequestResponseSlots, _codec.Model):
    """Result of createPartnerSubaccountRequest.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        request_id (``requestId``): Id of the new subaccount request; pass it as `subAccountRequestId` later.
        status (``status``): Review status of the new request.
    """

    error_text: str | Unset = UNSET
    request_id: int | Unset = UNSET
    status: SubAccountRequestStatus | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreatePartnerSubAccountRequestResponseRaw(_CreatePartnerSubAccountRequestResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreatePartnerSubAccountRequestResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreatePartnerSubAccountRequestResponse = _new(_CreatePartnerSubAccountRequestResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequestResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("requestId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequestResponse, "requestId", "integer", v, False, False)
    o.request_id = v
    v = g("status", UNSET)
    if v.__class__ is str:
        try:
            v = _SubAccountRequestStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(CreatePartnerSubAccountRequestResponse, "status", SubAccountRequestStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreatePartnerSubAccountRequestResponse, "status", "string", v, False, False)
    o.status = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreatePartnerSubAccountRequestResponse, d, _KEYS)
    o._json = d
    o.__class__ = CreatePartnerSubAccountRequestResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreatePartnerSubAccountRequestResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreatePartnerSubAccountRequestResponse = _new(_CreatePartnerSubAccountRequestResponseRaw)
    o.error_text = w.error_text
    o.request_id = w.request_id
    o.status = w.status
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreatePartnerSubAccountRequestResponse
    return o


_Wire: Any = _codec.wire_struct(
    "CreatePartnerSubAccountRequestResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("request_id", "requestId", int, UNSET),
        ("status", "status", SubAccountRequestStatus, UNSET),
    ],
)


CreatePartnerSubAccountRequestResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("request_id", "requestId", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
