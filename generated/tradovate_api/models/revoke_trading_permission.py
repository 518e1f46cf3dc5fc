from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["RevokeTradingPermission"]

_KEYS: frozenset[str] = frozenset(["tradingPermissionId"])
_new = _codec.new_object


class _RevokeTradingPermissionSlots:
    __slots__ = ("trading_permission_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class RevokeTradingPermission(_RevokeTradingPermissionSlots, _codec.Model):
    """Request body of revokeTradingPermission.

    Attributes:
        trading_permission_id (``tradingPermissionId``): Id of the TradingPermission to revoke.
    """

    trading_permission_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _RevokeTradingPermissionRaw(_RevokeTradingPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> RevokeTradingPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: RevokeTradingPermission = _new(_RevokeTradingPermissionRaw)
    missing = 0
    try:
        v = d["tradingPermissionId"]
    except KeyError:
        v = _codec.bad(RevokeTradingPermission, "tradingPermissionId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(RevokeTradingPermission, "tradingPermissionId", "integer", v, True, False)
    o.trading_permission_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(RevokeTradingPermission, d, _KEYS)
    o._json = d
    o.__class__ = RevokeTradingPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> RevokeTradingPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: RevokeTradingPermission = _new(_RevokeTradingPermissionRaw)
    o.trading_permission_id = w.trading_permission_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = RevokeTradingPermission
    return o


_Wire: Any = _codec.wire_struct(
    "RevokeTradingPermission",
    [
        ("trading_permission_id", "tradingPermissionId", int, _codec.REQUIRED),
    ],
)


RevokeTradingPermission._info = _codec.model_info(
    (_codec.Field("trading_permission_id", "tradingPermissionId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
