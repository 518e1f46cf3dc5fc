from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .permissioned_account_auto_liq import PermissionedAccountAutoLiq
from .user_account_auto_liq import UserAccountAutoLiq

__all__ = ["UpdateUserAutoLiqResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "userAccountAutoLiq", "permissionedAccountAutoLiq"])


class _UpdateUserAutoLiqResponseSlots:
    __slots__ = ("error_text", "user_account_auto_liq", "permissioned_account_auto_liq", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateUserAutoLiqResponse(_UpdateUserAutoLiqResponseSlots):
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
        o: Self = _codec.new_object(_UpdateUserAutoLiqResponseRaw)
        g = d.get
        v = g("errorText", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "errorText", "string", v, False, False)
        o.error_text = v
        v = g("userAccountAutoLiq", UNSET)
        if v.__class__ is dict:
            v = UserAccountAutoLiq._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "userAccountAutoLiq", "object", v, False, False)
        o.user_account_auto_liq = v
        v = g("permissionedAccountAutoLiq", UNSET)
        if v.__class__ is dict:
            v = PermissionedAccountAutoLiq._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "permissionedAccountAutoLiq", "object", v, False, False)
        o.permissioned_account_auto_liq = v
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


class _UpdateUserAutoLiqResponseRaw(_UpdateUserAutoLiqResponseSlots):
    __slots__ = ()


UpdateUserAutoLiqResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("user_account_auto_liq", "userAccountAutoLiq", _codec.model_json),
        _codec.Field("permissioned_account_auto_liq", "permissionedAccountAutoLiq", _codec.model_json),
    ),
)
