from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .estimated_fill_fee import EstimatedFillFee
from .estimated_fill_fee import _decode as _decode_EstimatedFillFee
from .estimated_fill_fee import _from_wire as _from_wire_EstimatedFillFee
from .estimated_fill_fee import _Wire as _EstimatedFillFee_wire
from .reject_reason import RejectReason
from .risk_evaluation_details import RiskEvaluationDetails
from .risk_evaluation_details import _decode as _decode_RiskEvaluationDetails
from .risk_evaluation_details import _from_wire as _from_wire_RiskEvaluationDetails
from .risk_evaluation_details import _Wire as _RiskEvaluationDetails_wire

__all__ = ["DryRunResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "rejectReason", "comment", "details", "fees"])
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object


class _DryRunResponseSlots:
    __slots__ = ("error_text", "reject_reason", "comment", "details", "fees", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DryRunResponse(_DryRunResponseSlots, _codec.Model):
    """Outcome of a dry run. A filled errorText or rejectReason means the orders would be refused.

    Attributes:
        error_text (``errorText``): Set when the request itself failed or the orders would be rejected.
        reject_reason (``rejectReason``)
        comment (``comment``): Extra note from the risk check.
        details (``details``)
        fees (``fees``)
    """

    error_text: str | Unset = UNSET
    reject_reason: RejectReason | Unset = UNSET
    comment: str | Unset = UNSET
    details: RiskEvaluationDetails | Unset = UNSET
    fees: EstimatedFillFee | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DryRunResponseRaw(_DryRunResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DryRunResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DryRunResponse = _new(_DryRunResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("rejectReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(DryRunResponse, "rejectReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunResponse, "rejectReason", "string", v, False, False)
    o.reject_reason = v
    v = g("comment", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunResponse, "comment", "string", v, False, False)
    o.comment = v
    v = g("details", UNSET)
    if v.__class__ is dict:
        v = _decode_RiskEvaluationDetails(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunResponse, "details", "object", v, False, False)
    o.details = v
    v = g("fees", UNSET)
    if v.__class__ is dict:
        v = _decode_EstimatedFillFee(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunResponse, "fees", "object", v, False, False)
    o.fees = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DryRunResponse, d, _KEYS)
    o._json = d
    o.__class__ = DryRunResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DryRunResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DryRunResponse = _new(_DryRunResponseRaw)
    o.error_text = w.error_text
    o.reject_reason = w.reject_reason
    o.comment = w.comment
    v = w.details
    if v.__class__ is _RiskEvaluationDetails_wire:
        v = _from_wire_RiskEvaluationDetails(v, d["details"])
    o.details = v
    v = w.fees
    if v.__class__ is _EstimatedFillFee_wire:
        v = _from_wire_EstimatedFillFee(v, d["fees"])
    o.fees = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DryRunResponse
    return o


_Wire: Any = _codec.wire_struct(
    "DryRunResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("reject_reason", "rejectReason", RejectReason, UNSET),
        ("comment", "comment", str, UNSET),
        ("details", "details", _RiskEvaluationDetails_wire, UNSET),
        ("fees", "fees", _EstimatedFillFee_wire, UNSET),
    ],
)


DryRunResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("reject_reason", "rejectReason", _codec.enum_json),
        _codec.Field("comment", "comment", _codec.plain_json),
        _codec.Field("details", "details", _codec.model_json),
        _codec.Field("fees", "fees", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
