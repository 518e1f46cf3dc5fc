from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .estimated_fill_fee import EstimatedFillFee
from .reject_reason import RejectReason
from .risk_evaluation_details import RiskEvaluationDetails

__all__ = ["DryRunResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "rejectReason", "comment", "details", "fees"])
_RejectReason_values = RejectReason._value2member_map_


class _DryRunResponseSlots:
    __slots__ = ("error_text", "reject_reason", "comment", "details", "fees", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DryRunResponse(_DryRunResponseSlots):
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
        o: Self = _codec.new_object(_DryRunResponseRaw)
        g = d.get
        v = g("errorText", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "errorText", "string", v, False, False)
        o.error_text = v
        v = g("rejectReason", UNSET)
        if v.__class__ is str:
            e = _RejectReason_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "rejectReason", RejectReason, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "rejectReason", "string", v, False, False)
        o.reject_reason = v
        v = g("comment", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "comment", "string", v, False, False)
        o.comment = v
        v = g("details", UNSET)
        if v.__class__ is dict:
            v = RiskEvaluationDetails._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "details", "object", v, False, False)
        o.details = v
        v = g("fees", UNSET)
        if v.__class__ is dict:
            v = EstimatedFillFee._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "fees", "object", v, False, False)
        o.fees = v
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


class _DryRunResponseRaw(_DryRunResponseSlots):
    __slots__ = ()


DryRunResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("reject_reason", "rejectReason", _codec.enum_json),
        _codec.Field("comment", "comment", _codec.plain_json),
        _codec.Field("details", "details", _codec.model_json),
        _codec.Field("fees", "fees", _codec.model_json),
    ),
)
