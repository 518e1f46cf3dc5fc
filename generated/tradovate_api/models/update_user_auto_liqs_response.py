from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .update_user_auto_liq_item_response import UpdateUserAutoLiqItemResponse
from .update_user_auto_liq_item_response import _decode as _decode_UpdateUserAutoLiqItemResponse
from .update_user_auto_liq_item_response import _from_wire as _from_wire_UpdateUserAutoLiqItemResponse
from .update_user_auto_liq_item_response import _Wire as _UpdateUserAutoLiqItemResponse_wire

__all__ = ["UpdateUserAutoLiqsResponse"]

_KEYS: frozenset[str] = frozenset(["userAutoLiqs", "errorText"])
_new = _codec.new_object


class _UpdateUserAutoLiqsResponseSlots:
    __slots__ = ("user_auto_liqs", "error_text", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UpdateUserAutoLiqsResponse(_UpdateUserAutoLiqsResponseSlots, _codec.Model):
    """Result of `updateUserAutoLiqs`.

    Attributes:
        user_auto_liqs (``userAutoLiqs``): Stored settings, one entry per updated account.
        error_text (``errorText``): Set when the request failed.
    """

    user_auto_liqs: list[UpdateUserAutoLiqItemResponse]
    error_text: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UpdateUserAutoLiqsResponseRaw(_UpdateUserAutoLiqsResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UpdateUserAutoLiqsResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UpdateUserAutoLiqsResponse = _new(_UpdateUserAutoLiqsResponseRaw)
    missing = 0
    g = d.get
    try:
        v = d["userAutoLiqs"]
    except KeyError:
        v = _codec.bad(UpdateUserAutoLiqsResponse, "userAutoLiqs", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                UpdateUserAutoLiqsResponse,
                "userAutoLiqs",
                _decode_UpdateUserAutoLiqItemResponse,
                v,
                _UpdateUserAutoLiqItemResponse_wire,
                _from_wire_UpdateUserAutoLiqItemResponse,
            )
        else:
            v = _codec.bad(UpdateUserAutoLiqsResponse, "userAutoLiqs", "array", v, True, False)
    o.user_auto_liqs = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UpdateUserAutoLiqsResponse, "errorText", "string", v, False, False)
    o.error_text = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UpdateUserAutoLiqsResponse, d, _KEYS)
    o._json = d
    o.__class__ = UpdateUserAutoLiqsResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UpdateUserAutoLiqsResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UpdateUserAutoLiqsResponse = _new(_UpdateUserAutoLiqsResponseRaw)
    v = w.user_auto_liqs
    if v.__class__ is list:
        v = _codec.decode_models(
            UpdateUserAutoLiqsResponse,
            "userAutoLiqs",
            _decode_UpdateUserAutoLiqItemResponse,
            v,
            _UpdateUserAutoLiqItemResponse_wire,
            _from_wire_UpdateUserAutoLiqItemResponse,
        )
    o.user_auto_liqs = v
    o.error_text = w.error_text
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UpdateUserAutoLiqsResponse
    return o


_Wire: Any = _codec.wire_struct(
    "UpdateUserAutoLiqsResponse",
    [
        ("user_auto_liqs", "userAutoLiqs", list[Any], _codec.REQUIRED),
        ("error_text", "errorText", str, UNSET),
    ],
)


UpdateUserAutoLiqsResponse._info = _codec.model_info(
    (
        _codec.Field(
            "user_auto_liqs", "userAutoLiqs", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS
        ),
        _codec.Field("error_text", "errorText", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
