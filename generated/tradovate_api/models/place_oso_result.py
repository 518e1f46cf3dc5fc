from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .reject_reason import RejectReason

__all__ = ["PlaceOsoResult"]

_KEYS: frozenset[str] = frozenset(["failureReason", "failureText", "orderId", "oso1Id", "oso2Id"])
_RejectReason_values = RejectReason._value2member_map_


class _PlaceOsoResultSlots:
    __slots__ = ("failure_reason", "failure_text", "order_id", "oso_1_id", "oso_2_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class PlaceOsoResult(_PlaceOsoResultSlots):
    """Answer to an OSO request. Comes with HTTP 200 even when refused; check failureReason and
    failureText.

    Attributes:
        failure_reason (``failureReason``)
        failure_text (``failureText``): Human-readable reason for a refusal; absent on success.
        order_id (``orderId``): Id of the entry Order.
        oso_1_id (``oso1Id``): Id of the Order created for bracket1.
        oso_2_id (``oso2Id``): Id of the Order created for bracket2, if one was given.
    """

    failure_reason: RejectReason | Unset = UNSET
    failure_text: str | Unset = UNSET
    order_id: int | Unset = UNSET
    oso_1_id: int | Unset = UNSET
    oso_2_id: int | Unset = UNSET
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
        o: Self = _codec.new_object(_PlaceOsoResultRaw)
        g = d.get
        v = g("failureReason", UNSET)
        if v.__class__ is str:
            e = _RejectReason_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "failureReason", RejectReason, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "failureReason", "string", v, False, False)
        o.failure_reason = v
        v = g("failureText", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "failureText", "string", v, False, False)
        o.failure_text = v
        v = g("orderId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "orderId", "integer", v, False, False)
        o.order_id = v
        v = g("oso1Id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "oso1Id", "integer", v, False, False)
        o.oso_1_id = v
        v = g("oso2Id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "oso2Id", "integer", v, False, False)
        o.oso_2_id = v
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


class _PlaceOsoResultRaw(_PlaceOsoResultSlots):
    __slots__ = ()


PlaceOsoResult._info = _codec.model_info(
    (
        _codec.Field("failure_reason", "failureReason", _codec.enum_json),
        _codec.Field("failure_text", "failureText", _codec.plain_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("oso_1_id", "oso1Id", _codec.plain_json),
        _codec.Field("oso_2_id", "oso2Id", _codec.plain_json),
    ),
)
