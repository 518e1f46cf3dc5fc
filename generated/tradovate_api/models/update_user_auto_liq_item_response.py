from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .permissioned_account_auto_liq import PermissionedAccountAutoLiq
from .permissioned_account_auto_liq import _decode as _decode_PermissionedAccountAutoLiq
from .permissioned_account_auto_liq import _from_wire as _from_wire_PermissionedAccountAutoLiq
from .permissioned_account_auto_liq import _Wire as _PermissionedAccountAutoLiq_wire
from .user_account_auto_liq import UserAccountAutoLiq
from .user_account_auto_liq import _decode as _decode_UserAccountAutoLiq
from .user_account_auto_liq import _from_wire as _from_wire_UserAccountAutoLiq
from .user_account_auto_liq import _Wire as _UserAccountAutoLiq_wire

__all__ = ["UpdateUserAutoLiqItemResponse"]

_KEYS: frozenset[str] = frozenset(["userAccountAutoLiq", "permissionedAccountAutoLiq"])
_new = _codec.new_object


class _UpdateUserAutoLiqItemResponseSlots:
    __slots__ = ("user_account_auto_liq", "permissioned_account_auto_liq", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateUserAutoLiqItemResponse(_UpdateUserAutoLiqItemResponseSlots, _codec.Model):
    """Stored settings for one account of a bulk auto-liquidation update.

    Attributes:
        user_account_auto_liq (``userAccountAutoLiq``): The account's settings as now stored.
        permissioned_account_auto_liq (``permissionedAccountAutoLiq``): The same limits as seen through trading permissions.
    """

    user_account_auto_liq: UserAccountAutoLiq | Unset = UNSET
    permissioned_account_auto_liq: PermissionedAccountAutoLiq | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateUserAutoLiqItemResponseRaw(_UpdateUserAutoLiqItemResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateUserAutoLiqItemResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateUserAutoLiqItemResponse = _new(_UpdateUserAutoLiqItemResponseRaw)
    missing = 0
    g = d.get
    v = g("userAccountAutoLiq", UNSET)
    if v.__class__ is dict:
        v = _decode_UserAccountAutoLiq(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItemResponse, "userAccountAutoLiq", "object", v, False, False)
    o.user_account_auto_liq = v
    v = g("permissionedAccountAutoLiq", UNSET)
    if v.__class__ is dict:
        v = _decode_PermissionedAccountAutoLiq(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqItemResponse, "permissionedAccountAutoLiq", "object", v, False, False)
    o.permissioned_account_auto_liq = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateUserAutoLiqItemResponse, d, _KEYS)
    o._json = d
    o.__class__ = UpdateUserAutoLiqItemResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateUserAutoLiqItemResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateUserAutoLiqItemResponse = _new(_UpdateUserAutoLiqItemResponseRaw)
    v = w.user_account_auto_liq
    if v.__class__ is _UserAccountAutoLiq_wire:
        v = _from_wire_UserAccountAutoLiq(v, d["userAccountAutoLiq"])
    o.user_account_auto_liq = v
    v = w.permissioned_account_auto_liq
    if v.__class__ is _PermissionedAccountAutoLiq_wire:
        v = _from_wire_PermissionedAccountAutoLiq(v, d["permissionedAccountAutoLiq"])
    o.permissioned_account_auto_liq = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateUserAutoLiqItemResponse
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateUserAutoLiqItemResponse",
    [
        ("user_account_auto_liq", "userAccountAutoLiq", _UserAccountAutoLiq_wire, UNSET),
        ("permissioned_account_auto_liq", "permissionedAccountAutoLiq", _PermissionedAccountAutoLiq_wire, UNSET),
    ],
)


UpdateUserAutoLiqItemResponse._info = _codec.model_info(
    (
        _codec.Field("user_account_auto_liq", "userAccountAutoLiq", _codec.model_json),
        _codec.Field("permissioned_account_auto_liq", "permissionedAccountAutoLiq", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
