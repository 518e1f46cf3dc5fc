from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["DeleteUserAccountPositionLimit"]

_KEYS: frozenset[str] = frozenset(["userAccountPositionLimitId"])
_new = _codec.new_object


class _DeleteUserAccountPositionLimitSlots:
    __slots__ = ("user_account_position_limit_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DeleteUserAccountPositionLimit(_DeleteUserAccountPositionLimitSlots, _codec.Model):
    """Body of `deleteUserAccountPositionLimit`.

    Attributes:
        user_account_position_limit_id (``userAccountPositionLimitId``): Id of the UserAccountPositionLimit to delete.
    """

    user_account_position_limit_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DeleteUserAccountPositionLimitRaw(_DeleteUserAccountPositionLimitSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DeleteUserAccountPositionLimit:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DeleteUserAccountPositionLimit = _new(_DeleteUserAccountPositionLimitRaw)
    missing = 0
    try:
        v = d["userAccountPositionLimitId"]
    except KeyError:
        v = _codec.bad(DeleteUserAccountPositionLimit, "userAccountPositionLimitId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(DeleteUserAccountPositionLimit, "userAccountPositionLimitId", "integer", v, True, False)
    o.user_account_position_limit_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DeleteUserAccountPositionLimit, d, _KEYS)
    o._json = d
    o.__class__ = DeleteUserAccountPositionLimit
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DeleteUserAccountPositionLimit:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DeleteUserAccountPositionLimit = _new(_DeleteUserAccountPositionLimitRaw)
    o.user_account_position_limit_id = w.user_account_position_limit_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DeleteUserAccountPositionLimit
    return o


_Wire: Any = _codec.wire_struct(
    "DeleteUserAccountPositionLimit",
    [
        ("user_account_position_limit_id", "userAccountPositionLimitId", int, _codec.REQUIRED),
    ],
)


DeleteUserAccountPositionLimit._info = _codec.model_info(
    (_codec.Field("user_account_position_limit_id", "userAccountPositionLimitId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
