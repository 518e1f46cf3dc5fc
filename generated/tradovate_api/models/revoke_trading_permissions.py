from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["RevokeTradingPermissions"]

_KEYS: frozenset[str] = frozenset(["tradingPermissionIds"])
_new = _codec.new_object


class _RevokeTradingPermissionsSlots:
    __slots__ = ("trading_permission_ids", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RevokeTradingPermissions(_RevokeTradingPermissionsSlots, _codec.Model):
    """Request body of revokeTradingPermissions.

    Attributes:
        trading_permission_ids (``tradingPermissionIds``): Ids of the TradingPermissions to revoke.
    """

    trading_permission_ids: list[int]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RevokeTradingPermissionsRaw(_RevokeTradingPermissionsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RevokeTradingPermissions:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RevokeTradingPermissions = _new(_RevokeTradingPermissionsRaw)
    missing = 0
    try:
        v = d["tradingPermissionIds"]
    except KeyError:
        v = _codec.bad(RevokeTradingPermissions, "tradingPermissionIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(RevokeTradingPermissions, "tradingPermissionIds", _codec.decode_int, v)
        else:
            v = _codec.bad(RevokeTradingPermissions, "tradingPermissionIds", "array", v, True, False)
    o.trading_permission_ids = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RevokeTradingPermissions, d, _KEYS)
    o._json = d
    o.__class__ = RevokeTradingPermissions
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RevokeTradingPermissions:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RevokeTradingPermissions = _new(_RevokeTradingPermissionsRaw)
    o.trading_permission_ids = w.trading_permission_ids
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RevokeTradingPermissions
    return o


_Wire: Any = _codec.wire_struct(
    "RevokeTradingPermissions",
    [
        ("trading_permission_ids", "tradingPermissionIds", list[int], _codec.REQUIRED),
    ],
)


RevokeTradingPermissions._info = _codec.model_info(
    (
        _codec.Field(
            "trading_permission_ids",
            "tradingPermissionIds",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
