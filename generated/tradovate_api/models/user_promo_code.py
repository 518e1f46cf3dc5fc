from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .promo_code_source import PromoCodeSource

__all__ = ["UserPromoCode"]

_KEYS: frozenset[str] = frozenset(["userId", "promoCodeId", "source", "id", "accountId", "comments"])
_PromoCodeSource_values = PromoCodeSource._value2member_map_


class _UserPromoCodeSlots:
    __slots__ = ("user_id", "promo_code_id", "source", "id", "account_id", "comments", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserPromoCode(_UserPromoCodeSlots):
    """A promo code applied to a user.

    Attributes:
        user_id (``userId``): Id of the User.
        promo_code_id (``promoCodeId``): Id of the PromoCode.
        source (``source``): How the code was entered.
        id (``id``)
        account_id (``accountId``): Id of the Account the code was applied to, if any.
        comments (``comments``): Free-text note.
    """

    user_id: int
    promo_code_id: int
    source: PromoCodeSource
    id: int | Unset = UNSET
    account_id: int | Unset = UNSET
    comments: str | Unset = UNSET
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
        o: Self = _codec.new_object(_UserPromoCodeRaw)
        g = d.get
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("promoCodeId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "promoCodeId", "integer", v, True, False)
        o.promo_code_id = v
        v = g("source", UNSET)
        if v.__class__ is str:
            e = _PromoCodeSource_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "source", PromoCodeSource, v)
        else:
            v = _codec.bad(cls, "source", "string", v, True, False)
        o.source = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("accountId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "accountId", "integer", v, False, False)
        o.account_id = v
        v = g("comments", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "comments", "string", v, False, False)
        o.comments = v
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


class _UserPromoCodeRaw(_UserPromoCodeSlots):
    __slots__ = ()


UserPromoCode._info = _codec.model_info(
    (
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("promo_code_id", "promoCodeId", _codec.plain_json),
        _codec.Field("source", "source", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("comments", "comments", _codec.plain_json),
    ),
)
