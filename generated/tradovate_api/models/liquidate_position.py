from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["LiquidatePosition"]

_KEYS: frozenset[str] = frozenset(["accountId", "contractId", "admin", "customTag50", "isAutomated"])
_new = _codec.new_object


class _LiquidatePositionSlots:
    __slots__ = ("account_id", "contract_id", "admin", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class LiquidatePosition(_LiquidatePositionSlots, _codec.Model):
    """Request to cancel the working orders in one contract and close the position.

    Attributes:
        account_id (``accountId``): Id of the Account holding the position.
        contract_id (``contractId``): Id of the Contract to flatten.
        admin (``admin``): True when an administrator liquidates on the owner's behalf; false for the owner's own
            request.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): True when software, not a person, decided to liquidate.
    """

    account_id: int
    contract_id: int
    admin: bool
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _LiquidatePositionRaw(_LiquidatePositionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> LiquidatePosition:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: LiquidatePosition = _new(_LiquidatePositionRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(LiquidatePosition, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(LiquidatePosition, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["contractId"]
    except KeyError:
        v = _codec.bad(LiquidatePosition, "contractId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(LiquidatePosition, "contractId", "integer", v, True, False)
    o.contract_id = v
    try:
        v = d["admin"]
    except KeyError:
        v = _codec.bad(LiquidatePosition, "admin", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(LiquidatePosition, "admin", "boolean", v, True, False)
    o.admin = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(LiquidatePosition, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(LiquidatePosition, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(LiquidatePosition, d, _KEYS)
    o._json = d
    o.__class__ = LiquidatePosition
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> LiquidatePosition:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: LiquidatePosition = _new(_LiquidatePositionRaw)
    o.account_id = w.account_id
    o.contract_id = w.contract_id
    o.admin = w.admin
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = LiquidatePosition
    return o


_Wire: Any = _codec.wire_struct(
    "LiquidatePosition",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("contract_id", "contractId", int, _codec.REQUIRED),
        ("admin", "admin", bool, _codec.REQUIRED),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
    ],
)


LiquidatePosition._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("admin", "admin", _codec.plain_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
