from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .expire_market_data_subscription_error_code import ExpireMarketDataSubscriptionErrorCode

__all__ = ["ExpireMarketDataSubscriptionResponse"]

_KEYS: frozenset[str] = frozenset(
    ["ok", "failedSubscriptionIdExpiries", "successfulSubscriptionIdExpiries", "errorText", "errorCode"]
)
_ExpireMarketDataSubscriptionErrorCode_values = ExpireMarketDataSubscriptionErrorCode._value2member_map_


class _ExpireMarketDataSubscriptionResponseSlots:
    __slots__ = ("ok", "failed_subscription_id_expiries", "successful_subscription_id_expiries", "error_text", "error_code", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExpireMarketDataSubscriptionResponse(_ExpireMarketDataSubscriptionResponseSlots):
    """Result of expireMarketDataSubscription. On partial success both id lists are filled; check
    `errorCode` and `errorText` when `ok` is false.

    Attributes:
        ok (``ok``): True when every given subscription was expired.
        failed_subscription_id_expiries (``failedSubscriptionIdExpiries``): Ids that could not be expired.
        successful_subscription_id_expiries (``successfulSubscriptionIdExpiries``): Ids that were expired.
        error_text (``errorText``): Error message; empty or absent on success.
        error_code (``errorCode``): Why the call failed.
    """

    ok: bool | Unset = UNSET
    failed_subscription_id_expiries: list[int] | Unset = UNSET
    successful_subscription_id_expiries: list[int] | Unset = UNSET
    error_text: str | Unset = UNSET
    error_code: ExpireMarketDataSubscriptionErrorCode | Unset = UNSET
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
        o: Self = _codec.new_object(_ExpireMarketDataSubscriptionResponseRaw)
        g = d.get
        v = g("ok", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "ok", "boolean", v, False, False)
        o.ok = v
        v = g("failedSubscriptionIdExpiries", UNSET)
        if v.__class__ is list:
            v = _codec.decode_items(cls, "failedSubscriptionIdExpiries", _codec.decode_int, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "failedSubscriptionIdExpiries", "array", v, False, False)
        o.failed_subscription_id_expiries = v
        v = g("successfulSubscriptionIdExpiries", UNSET)
        if v.__class__ is list:
            v = _codec.decode_items(cls, "successfulSubscriptionIdExpiries", _codec.decode_int, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "successfulSubscriptionIdExpiries", "array", v, False, False)
        o.successful_subscription_id_expiries = v
        v = g("errorText", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "errorText", "string", v, False, False)
        o.error_text = v
        v = g("errorCode", UNSET)
        if v.__class__ is str:
            e = _ExpireMarketDataSubscriptionErrorCode_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "errorCode", ExpireMarketDataSubscriptionErrorCode, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "errorCode", "string", v, False, False)
        o.error_code = v
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


class _ExpireMarketDataSubscriptionResponseRaw(_ExpireMarketDataSubscriptionResponseSlots):
    __slots__ = ()


ExpireMarketDataSubscriptionResponse._info = _codec.model_info(
    (
        _codec.Field("ok", "ok", _codec.plain_json),
        _codec.Field(
            "failed_subscription_id_expiries",
            "failedSubscriptionIdExpiries",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
        _codec.Field(
            "successful_subscription_id_expiries",
            "successfulSubscriptionIdExpiries",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("error_code", "errorCode", _codec.enum_json),
    ),
)
