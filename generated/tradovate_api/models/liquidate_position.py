from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["LiquidatePosition"]

_KEYS: frozenset[str] = frozenset(["accountId", "contractId", "admin", "customTag50", "isAutomated"])


class _LiquidatePositionSlots:
    __slots__ = ("account_id", "contract_id", "admin", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class LiquidatePosition(_LiquidatePositionSlots):
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
        o: Self = _codec.new_object(_LiquidatePositionRaw)
        g = d.get
        v = g("accountId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "accountId", "integer", v, True, False)
        o.account_id = v
        v = g("contractId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "contractId", "integer", v, True, False)
        o.contract_id = v
        v = g("admin", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "admin", "boolean", v, True, False)
        o.admin = v
        v = g("customTag50", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "customTag50", "string", v, False, False)
        o.custom_tag_50 = v
        v = g("isAutomated", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "isAutomated", "boolean", v, False, False)
        o.is_automated = v
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


class _LiquidatePositionRaw(_LiquidatePositionSlots):
    __slots__ = ()


LiquidatePosition._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("admin", "admin", _codec.plain_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
)
