from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["DeleteResultResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "success"])
_new = _codec.new_object


class _DeleteResultResponseSlots:
    __slots__ = ("error_text", "success", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DeleteResultResponse(_DeleteResultResponseSlots, _codec.Model):
    """Outcome of a delete action.

    Attributes:
        error_text (``errorText``): Set when the delete failed.
        success (``success``): True when the entity was deleted.
    """

    error_text: str | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DeleteResultResponseRaw(_DeleteResultResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DeleteResultResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DeleteResultResponse = _new(_DeleteResultResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DeleteResultResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("success", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DeleteResultResponse, "success", "boolean", v, False, False)
    o.success = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DeleteResultResponse, d, _KEYS)
    o._json = d
    o.__class__ = DeleteResultResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DeleteResultResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DeleteResultResponse = _new(_DeleteResultResponseRaw)
    o.error_text = w.error_text
    o.success = w.success
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DeleteResultResponse
    return o


_Wire: Any = _codec.wire_struct(
    "DeleteResultResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("success", "success", bool, UNSET),
    ],
)


DeleteResultResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("success", "success", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
