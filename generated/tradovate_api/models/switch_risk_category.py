from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["SwitchRiskCategory"]

_KEYS: frozenset[str] = frozenset(["accountIds", "riskCategoryId"])
_new = _codec.new_object


class _SwitchRiskCategorySlots:
    __slots__ = ("account_ids", "risk_category_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SwitchRiskCategory(_SwitchRiskCategorySlots, _codec.Model):
    """Body of `switchRiskCategory`.

    Attributes:
        account_ids (``accountIds``): Ids of the Accounts to move; at most 10,000 and not empty.
        risk_category_id (``riskCategoryId``): Id of the RiskCategory to assign.
    """

    account_ids: list[int]
    risk_category_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SwitchRiskCategoryRaw(_SwitchRiskCategorySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SwitchRiskCategory:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SwitchRiskCategory = _new(_SwitchRiskCategoryRaw)
    missing = 0
    try:
        v = d["accountIds"]
    except KeyError:
        v = _codec.bad(SwitchRiskCategory, "accountIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(SwitchRiskCategory, "accountIds", _codec.decode_int, v)
        else:
            v = _codec.bad(SwitchRiskCategory, "accountIds", "array", v, True, False)
    o.account_ids = v
    try:
        v = d["riskCategoryId"]
    except KeyError:
        v = _codec.bad(SwitchRiskCategory, "riskCategoryId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(SwitchRiskCategory, "riskCategoryId", "integer", v, True, False)
    o.risk_category_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SwitchRiskCategory, d, _KEYS)
    o._json = d
    o.__class__ = SwitchRiskCategory
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SwitchRiskCategory:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SwitchRiskCategory = _new(_SwitchRiskCategoryRaw)
    o.account_ids = w.account_ids
    o.risk_category_id = w.risk_category_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SwitchRiskCategory
    return o


_Wire: Any = _codec.wire_struct(
    "SwitchRiskCategory",
    [
        ("account_ids", "accountIds", list[int], _codec.REQUIRED),
        ("risk_category_id", "riskCategoryId", int, _codec.REQUIRED),
    ],
)


SwitchRiskCategory._info = _codec.model_info(
    (
        _codec.Field("account_ids", "accountIds", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("risk_category_id", "riskCategoryId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
