from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .create_evaluation_user_response import CreateEvaluationUserResponse
from .create_evaluation_user_response import _decode as _decode_CreateEvaluationUserResponse
from .create_evaluation_user_response import _from_wire as _from_wire_CreateEvaluationUserResponse
from .create_evaluation_user_response import _Wire as _CreateEvaluationUserResponse_wire

__all__ = ["CreateEvaluationUsersResponse"]

_KEYS: frozenset[str] = frozenset(["results", "errorText"])
_new = _codec.new_object


class _CreateEvaluationUsersResponseSlots:
    __slots__ = ("results", "error_text", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreateEvaluationUsersResponse(_CreateEvaluationUsersResponseSlots, _codec.Model):
    """Result of createEvaluationUsers, with one outcome per requested user.

    Attributes:
        results (``results``): Outcome for each requested user.
        error_text (``errorText``): Why the whole call failed; empty otherwise.
    """

    results: list[CreateEvaluationUserResponse]
    error_text: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreateEvaluationUsersResponseRaw(_CreateEvaluationUsersResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreateEvaluationUsersResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreateEvaluationUsersResponse = _new(_CreateEvaluationUsersResponseRaw)
    missing = 0
    g = d.get
    try:
        v = d["results"]
    except KeyError:
        v = _codec.bad(CreateEvaluationUsersResponse, "results", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                CreateEvaluationUsersResponse,
                "results",
                _decode_CreateEvaluationUserResponse,
                v,
                _CreateEvaluationUserResponse_wire,
                _from_wire_CreateEvaluationUserResponse,
            )
        else:
            v = _codec.bad(CreateEvaluationUsersResponse, "results", "array", v, True, False)
    o.results = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CreateEvaluationUsersResponse, "errorText", "string", v, False, False)
    o.error_text = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreateEvaluationUsersResponse, d, _KEYS)
    o._json = d
    o.__class__ = CreateEvaluationUsersResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreateEvaluationUsersResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreateEvaluationUsersResponse = _new(_CreateEvaluationUsersResponseRaw)
    v = w.results
    if v.__class__ is list:
        v = _codec.decode_models(
            CreateEvaluationUsersResponse,
            "results",
            _decode_CreateEvaluationUserResponse,
            v,
            _CreateEvaluationUserResponse_wire,
            _from_wire_CreateEvaluationUserResponse,
        )
    o.results = v
    o.error_text = w.error_text
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreateEvaluationUsersResponse
    return o


_Wire: Any = _codec.wire_struct(
    "CreateEvaluationUsersResponse",
    [
        ("results", "results", list[Any], _codec.REQUIRED),
        ("error_text", "errorText", str, UNSET),
    ],
)


CreateEvaluationUsersResponse._info = _codec.model_info(
    (
        _codec.Field("results", "results", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
        _codec.Field("error_text", "errorText", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
