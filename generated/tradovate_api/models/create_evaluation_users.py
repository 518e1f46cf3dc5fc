from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .evaluation_user import EvaluationUser
from .evaluation_user import _decode as _decode_EvaluationUser
from .evaluation_user import _from_wire as _from_wire_EvaluationUser
from .evaluation_user import _Wire as _EvaluationUser_wire

__all__ = ["CreateEvaluationUsers"]

_KEYS: frozenset[str] = frozenset(["users"])
_new = _codec.new_object


class _CreateEvaluationUsersSlots:
    __slots__ = ("users", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreateEvaluationUsers(_CreateEvaluationUsersSlots, _codec.Model):
    """Request body of createEvaluationUsers.

    Attributes:
        users (``users``): The users to create, at most 100.
    """

    users: list[EvaluationUser]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreateEvaluationUsersRaw(_CreateEvaluationUsersSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreateEvaluationUsers:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreateEvaluationUsers = _new(_CreateEvaluationUsersRaw)
    missing = 0
    try:
        v = d["users"]
    except KeyError:
        v = _codec.bad(CreateEvaluationUsers, "users", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                CreateEvaluationUsers,
                "users",
                _decode_EvaluationUser,
                v,
                _EvaluationUser_wire,
                _from_wire_EvaluationUser,
            )
        else:
            v = _codec.bad(CreateEvaluationUsers, "users", "array", v, True, False)
    o.users = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreateEvaluationUsers, d, _KEYS)
    o._json = d
    o.__class__ = CreateEvaluationUsers
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreateEvaluationUsers:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreateEvaluationUsers = _new(_CreateEvaluationUsersRaw)
    v = w.users
    if v.__class__ is list:
        v = _codec.decode_models(
            CreateEvaluationUsers, "users", _decode_EvaluationUser, v, _EvaluationUser_wire, _from_wire_EvaluationUser
        )
    o.users = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreateEvaluationUsers
    return o


_Wire: Any = _codec.wire_struct(
    "CreateEvaluationUsers",
    [
        ("users", "users", list[Any], _codec.REQUIRED),
    ],
)


CreateEvaluationUsers._info = _codec.model_info(
    (_codec.Field("users", "users", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_DEEP_MODELS),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
