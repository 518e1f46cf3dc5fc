from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["DeleteUserAccountRiskParameter"]

_KEYS: frozenset[str] = frozenset(["userAccountRiskParameterId"])
_new = _codec.new_object


class _DeleteUserAccountRiskParameterSlots:
    __slots__ = ("user_account_risk_parameter_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DeleteUserAccountRiskParameter(_DeleteUserAccountRiskParameterSlots, _codec.Model):
    """Body of `deleteUserAccountRiskParameter`.

    Attributes:
        user_account_risk_parameter_id (``userAccountRiskParameterId``): Id of the UserAccountRiskParameter to delete.
    """

    user_account_risk_parameter_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DeleteUserAccountRiskParameterRaw(_DeleteUserAccountRiskParameterSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DeleteUserAccountRiskParameter:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DeleteUserAccountRiskParameter = _new(_DeleteUserAccountRiskParameterRaw)
    missing = 0
    try:
        v = d["userAccountRiskParameterId"]
    except KeyError:
        v = _codec.bad(DeleteUserAccountRiskParameter, "userAccountRiskParameterId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(DeleteUserAccountRiskParameter, "userAccountRiskParameterId", "integer", v, True, False)
    o.user_account_risk_parameter_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DeleteUserAccountRiskParameter, d, _KEYS)
    o._json = d
    o.__class__ = DeleteUserAccountRiskParameter
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DeleteUserAccountRiskParameter:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DeleteUserAccountRiskParameter = _new(_DeleteUserAccountRiskParameterRaw)
    o.user_account_risk_parameter_id = w.user_account_risk_parameter_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DeleteUserAccountRiskParameter
    return o


_Wire: Any = _codec.wire_struct(
    "DeleteUserAccountRiskParameter",
    [
        ("user_account_risk_parameter_id", "userAccountRiskParameterId", int, _codec.REQUIRED),
    ],
)


DeleteUserAccountRiskParameter._info = _codec.model_info(
    (_codec.Field("user_account_risk_parameter_id", "userAccountRiskParameterId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
