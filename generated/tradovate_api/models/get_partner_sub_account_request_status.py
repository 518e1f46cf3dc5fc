from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["GetPartnerSubAccountRequestStatus"]

_KEYS: frozenset[str] = frozenset(["subAccountRequestId"])
_new = _codec.new_object


class _GetPartnerSubAccountRequestStatusSlots:
    __slots__ = ("sub_account_request_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class GetPartnerSubAccountRequestStatus(_GetPartnerSubAccountRequestStatusSlots, _codec.Model):
    """Request body of getPartnerSubaccountRequestStatus.

    Attributes:
        sub_account_request_id (``subAccountRequestId``): The `requestId` returned by createPartnerSubaccountRequest.
    """

    sub_account_request_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _GetPartnerSubAccountRequestStatusRaw(_GetPartnerSubAccountRequestStatusSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> GetPartnerSubAccountRequestStatus:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: GetPartnerSubAccountRequestStatus = _new(_GetPartnerSubAccountRequestStatusRaw)
    missing = 0
    try:
        v = d["subAccountRequestId"]
    except KeyError:
        v = _codec.bad(GetPartnerSubAccountRequestStatus, "subAccountRequestId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(GetPartnerSubAccountRequestStatus, "subAccountRequestId", "integer", v, True, False)
    o.sub_account_request_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(GetPartnerSubAccountRequestStatus, d, _KEYS)
    o._json = d
    o.__class__ = GetPartnerSubAccountRequestStatus
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> GetPartnerSubAccountRequestStatus:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: GetPartnerSubAccountRequestStatus = _new(_GetPartnerSubAccountRequestStatusRaw)
    o.sub_account_request_id = w.sub_account_request_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = GetPartnerSubAccountRequestStatus
    return o


_Wire: Any = _codec.wire_struct(
    "GetPartnerSubAccountRequestStatus",
    [
        ("sub_account_request_id", "subAccountRequestId", int, _codec.REQUIRED),
    ],
)


GetPartnerSubAccountRequestStatus._info = _codec.model_info(
    (_codec.Field("sub_account_request_id", "subAccountRequestId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
