from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .update_user_auto_liq_item import UpdateUserAutoLiqItem
from .update_user_auto_liq_item import _decode as _decode_UpdateUserAutoLiqItem
from .update_user_auto_liq_item import _from_wire as _from_wire_UpdateUserAutoLiqItem
from .update_user_auto_liq_item import _Wire as _UpdateUserAutoLiqItem_wire

__all__ = ["UpdateUserAutoLiqs"]

_KEYS: frozenset[str] = frozenset(["items"])
_new = _codec.new_object


class _UpdateUserAutoLiqsSlots:
    __slots__ = ("items", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateUserAutoLiqs(_UpdateUserAutoLiqsSlots, _codec.Model):
    """Body of `updateUserAutoLiqs`.

    Attributes:
        items (``items``): One entry per account to update.
    """

    items: list[UpdateUserAutoLiqItem]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateUserAutoLiqsRaw(_UpdateUserAutoLiqsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateUserAutoLiqs:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateUserAutoLiqs = _new(_UpdateUserAutoLiqsRaw)
    missing = 0
    try:
        v = d["items"]
    except KeyError:
        v = _codec.bad(UpdateUserAutoLiqs, "items", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                UpdateUserAutoLiqs,
                "items",
                _decode_UpdateUserAutoLiqItem,
                v,
                _UpdateUserAutoLiqItem_wire,
                _from_wire_UpdateUserAutoLiqItem,
            )
        else:
            v = _codec.bad(UpdateUserAutoLiqs, "items", "array", v, True, False)
    o.items = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateUserAutoLiqs, d, _KEYS)
    o._json = d
    o.__class__ = UpdateUserAutoLiqs
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateUserAutoLiqs:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateUserAutoLiqs = _new(_UpdateUserAutoLiqsRaw)
    v = w.items
    if v.__class__ is list:
        v = _codec.decode_models(
            UpdateUserAutoLiqs,
            "items",
            _decode_UpdateUserAutoLiqItem,
            v,
            _UpdateUserAutoLiqItem_wire,
            _from_wire_UpdateUserAutoLiqItem,
        )
    o.items = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateUserAutoLiqs
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateUserAutoLiqs",
    [
        ("items", "items", list[Any], _codec.REQUIRED),
    ],
)


UpdateUserAutoLiqs._info = _codec.model_info(
    (_codec.Field("items", "items", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
