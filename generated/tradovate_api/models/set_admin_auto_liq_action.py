from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .admin_action import AdminAction
from .admin_action_reason_code import AdminActionReasonCode

__all__ = ["SetAdminAutoLiqAction"]

_KEYS: frozenset[str] = frozenset(["accountId", "adminAction", "adminActionReasonCode", "adminActionReason"])
_AdminAction_values = AdminAction._value2member_map_
_AdminActionReasonCode_values = AdminActionReasonCode._value2member_map_
_new = _codec.new_object


class _SetAdminAutoLiqActionSlots:
    __slots__ = ("account_id", "admin_action", "admin_action_reason_code", "admin_action_reason", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SetAdminAutoLiqAction(_SetAdminAutoLiqActionSlots, _codec.Model):
    """Body of `setAdminAutoLiqAction`.

    Attributes:
        account_id (``accountId``): Id of the Account to act on.
        admin_action (``adminAction``): Action to apply; `Normal` lifts a previous restriction.
        admin_action_reason_code (``adminActionReasonCode``): Why the action is taken; partners normally use `Other`.
        admin_action_reason (``adminActionReason``): Free-text reason, up to 8192 characters; required when the code is `Other`.
    """

    account_id: int
    admin_action: AdminAction
    admin_action_reason_code: AdminActionReasonCode
    admin_action_reason: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SetAdminAutoLiqActionRaw(_SetAdminAutoLiqActionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SetAdminAutoLiqAction:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SetAdminAutoLiqAction = _new(_SetAdminAutoLiqActionRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(SetAdminAutoLiqAction, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(SetAdminAutoLiqAction, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["adminAction"]
    except KeyError:
        v = _codec.bad(SetAdminAutoLiqAction, "adminAction", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _AdminAction_values[v]
            except KeyError:
                v = _codec.unknown_enum(SetAdminAutoLiqAction, "adminAction", AdminAction, v)
        else:
            v = _codec.bad(SetAdminAutoLiqAction, "adminAction", "string", v, True, False)
    o.admin_action = v
    try:
        v = d["adminActionReasonCode"]
    except KeyError:
        v = _codec.bad(SetAdminAutoLiqAction, "adminActionReasonCode", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _AdminActionReasonCode_values[v]
            except KeyError:
                v = _codec.unknown_enum(SetAdminAutoLiqAction, "adminActionReasonCode", AdminActionReasonCode, v)
        else:
            v = _codec.bad(SetAdminAutoLiqAction, "adminActionReasonCode", "string", v, True, False)
    o.admin_action_reason_code = v
    v = g("adminActionReason", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SetAdminAutoLiqAction, "adminActionReason", "string", v, False, False)
    o.admin_action_reason = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SetAdminAutoLiqAction, d, _KEYS)
    o._json = d
    o.__class__ = SetAdminAutoLiqAction
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SetAdminAutoLiqAction:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SetAdminAutoLiqAction = _new(_SetAdminAutoLiqActionRaw)
    o.account_id = w.account_id
    o.admin_action = w.admin_action
    o.admin_action_reason_code = w.admin_action_reason_code
    o.admin_action_reason = w.admin_action_reason
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SetAdminAutoLiqAction
    return o


_Wire: Any = _codec.wire_struct(
    "SetAdminAutoLiqAction",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("admin_action", "adminAction", AdminAction, _codec.REQUIRED),
        ("admin_action_reason_code", "adminActionReasonCode", AdminActionReasonCode, _codec.REQUIRED),
        ("admin_action_reason", "adminActionReason", str, UNSET),
    ],
)


SetAdminAutoLiqAction._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("admin_action", "adminAction", _codec.enum_json),
        _codec.Field("admin_action_reason_code", "adminActionReasonCode", _codec.enum_json),
        _codec.Field("admin_action_reason", "adminActionReason", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
