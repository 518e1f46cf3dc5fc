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

__all__ = ["UpdateUserAutoLiqResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "userAccountAutoLiq", "permissionedAccountAutoLiq"])
_new = _codec.new_object


class _UpdateUserAutoLiqResponseSlots:
    __slots__ = ("error_text", "user_account_auto_liq", "permissioned_account_auto_liq", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateUserAutoLiqResponse(_UpdateUserAutoLiqResponseSlots, _codec.Model):
    """Result of `updateUserAutoLiq`: the stored settings, or `errorText`.

    Attributes:
        error_text (``errorText``): Set when the update failed.
        user_account_auto_liq (``userAccountAutoLiq``): The account's settings as now stored.
        permissioned_account_auto_liq (``permissionedAccountAutoLiq``): The same limits as seen through trading permissions.
    """

    error_text: str | Unset = UNSET
    user_account_auto_liq: UserAccountAutoLiq | Unset = UNSET
    permissioned_account_auto_liq: PermissionedAccountAutoLiq | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateUserAutoLiqResponseRaw(_UpdateUserAutoLiqResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateUserAutoLiqResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateUserAutoLiqResponse = _new(_UpdateUserAutoLiqResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("userAccountAutoLiq", UNSET)
    if v.__class__ is dict:
        v = _decode_UserAccountAutoLiq(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqResponse, "userAccountAutoLiq", "object", v, False, False)
    o.user_account_auto_liq = v
    v = g("permissionedAccountAutoLiq", UNSET)
    if v.__class__ is dict:
        v = _decode_PermissionedAccountAutoLiq(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqResponse, "permissionedAccountAutoLiq", "object", v, False, False)
    o.permissioned_account_auto_liq = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateUserAutoLiqResponse, d, _KEYS)
    o._json = d
    o.__class__ = UpdateUserAutoLiqResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateUserAutoLiqResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateUserAutoLiqResponse = _new(_UpdateUserAutoLiqResponseRaw)
    o.error_text = w.error_text
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
    o.__class__ = UpdateUserAutoLiqResponse
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateUserAutoLiqResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("user_account_auto_liq", "userAccountAutoLiq", _UserAccountAutoLiq_wire, UNSET),
        ("permissioned_account_auto_liq", "permissionedAccountAutoLiq", _PermissionedAccountAutoLiq_wire, UNSET),
    ],
)


UpdateUserAutoLiqResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("user_account_auto_liq", "userAccountAutoLiq", _codec.model_json),
        _codec.Field("permissioned_account_auto_liq", "permissionedAccountAutoLiq", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
