from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CreateEvaluationUserResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "userId"])
_new = _codec.new_object


class _CreateEvaluationUserResponseSlots:
    __slots__ = ("error_text", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreateEvaluationUserResponse(_CreateEvaluationUserResponseSlots, _codec.Model):
    """Outcome for one user of a createEvaluationUsers call.

    Attributes:
        error_text (``errorText``): Why this user was not created; empty on success.
        user_id (``userId``): Id of the created User.
    """

    error_text: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreateEvaluationUserResponseRaw(_CreateEvaluationUserResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreateEvaluationUserResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreateEvaluationUserResponse = _new(_CreateEvaluationUserResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreateEvaluationUserResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreateEvaluationUserResponse, "userId", "integer", v, False, False)
    o.user_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreateEvaluationUserResponse, d, _KEYS)
    o._json = d
    o.__class__ = CreateEvaluationUserResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreateEvaluationUserResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreateEvaluationUserResponse = _new(_CreateEvaluationUserResponseRaw)
    o.error_text = w.error_text
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreateEvaluationUserResponse
    return o


_Wire: Any = _codec.wire_struct(
    "CreateEvaluationUserResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("user_id", "userId", int, UNSET),
    ],
)


CreateEvaluationUserResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
