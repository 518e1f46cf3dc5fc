from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CancelOrder"]

_KEYS: frozenset[str] = frozenset(["orderId", "clOrdId", "activationTime", "customTag50", "isAutomated"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CancelOrderSlots:
    __slots__ = ("order_id", "cl_ord_id", "activation_time", "custom_tag_50", "is_automated", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CancelOrder(_CancelOrderSlots):
    """Request to cancel one working order.

    Attributes:
        order_id (``orderId``): Id of the Order to cancel.
        cl_ord_id (``clOrdId``): Client-chosen id for this cancel request.
        activation_time (``activationTime``): Moment the cancel should take effect; omit to cancel at once.
        custom_tag_50 (``customTag50``): Free text forwarded to the exchange as FIX tag 50 (operator id).
        is_automated (``isAutomated``): True when software, not a person, decided to send this request.
    """

    order_id: int
    cl_ord_id: str | Unset = UNSET
    activation_time: datetime.datetime | Unset = UNSET
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
        """Decode ``d`` in place: it becomes the value's JSON form (the caller must own it)."""
        return cast(Self, _codec.decode_object(d, _Wire, _from_wire, _decode))

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


class _CancelOrderRaw(_CancelOrderSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CancelOrder:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CancelOrder = _new(_CancelOrderRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(CancelOrder, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CancelOrder, "orderId", "integer", v, True, False)
    o.order_id = v
    v = g("clOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "clOrdId", "string", v, False, False)
    o.cl_ord_id = v
    v = g("activationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(CancelOrder, "activationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "activationTime", "date-time", v, False, False)
    o.activation_time = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelOrder, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CancelOrder, d, _KEYS)
    o._json = d
    o.__class__ = CancelOrder
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CancelOrder:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CancelOrder = _new(_CancelOrderRaw)
    o.order_id = w.order_id
    o.cl_ord_id = w.cl_ord_id
    o.activation_time = w.activation_time
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CancelOrder
    return o


_Wire: Any = _codec.wire_struct(
    "CancelOrder",
    [
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("cl_ord_id", "clOrdId", str, UNSET),
        ("activation_time", "activationTime", datetime.datetime, UNSET),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
    ],
)


CancelOrder._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("cl_ord_id", "clOrdId", _codec.plain_json),
        _codec.Field("activation_time", "activationTime", _codec.datetime_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
