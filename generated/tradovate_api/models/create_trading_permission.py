from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["CreateTradingPermission"]

_KEYS: frozenset[str] = frozenset(["accountId", "userId"])
_new = _codec.new_object


class _CreateTradingPermissionSlots:
    __slots__ = ("account_id", "user_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CreateTradingPermission(_CreateTradingPermissionSlots, _codec.Model):
    """Request body of createTradingPermission.

    Attributes:
        account_id (``accountId``): Id of the Account to share.
        user_id (``userId``): Id of the User who gets trading access.
    """

    account_id: int
    user_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CreateTradingPermissionRaw(_CreateTradingPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CreateTradingPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CreateTradingPermission = _new(_CreateTradingPermissionRaw)
    missing = 0
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(CreateTradingPermission, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CreateTradingPermission, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["userId"]
    except KeyError:
        v = _codec.bad(CreateTradingPermission, "userId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CreateTradingPermission, "userId", "integer", v, True, False)
    o.user_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CreateTradingPermission, d, _KEYS)
    o._json = d
    o.__class__ = CreateTradingPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CreateTradingPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CreateTradingPermission = _new(_CreateTradingPermissionRaw)
    o.account_id = w.account_id
    o.user_id = w.user_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CreateTradingPermission
    return o


_Wire: Any = _codec.wire_struct(
    "CreateTradingPermission",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("user_id", "userId", int, _codec.REQUIRED),
    ],
)


CreateTradingPermission._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
