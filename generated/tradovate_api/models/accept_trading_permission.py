from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["AcceptTradingPermission"]

_KEYS: frozenset[str] = frozenset(["tradingPermissionId"])
_new = _codec.new_object


class _AcceptTradingPermissionSlots:
    __slots__ = ("trading_permission_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class AcceptTradingPermission(_AcceptTradingPermissionSlots, _codec.Model):
    """Request body of acceptTradingPermission.

    Attributes:
        trading_permission_id (``tradingPermissionId``): Id of the TradingPermission to accept.
    """

    trading_permission_id: int
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _AcceptTradingPermissionRaw(_AcceptTradingPermissionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> AcceptTradingPermission:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: AcceptTradingPermission = _new(_AcceptTradingPermissionRaw)
    missing = 0
    try:
        v = d["tradingPermissionId"]
    except KeyError:
        v = _codec.bad(AcceptTradingPermission, "tradingPermissionId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(AcceptTradingPermission, "tradingPermissionId", "integer", v, True, False)
    o.trading_permission_id = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(AcceptTradingPermission, d, _KEYS)
    o._json = d
    o.__class__ = AcceptTradingPermission
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> AcceptTradingPermission:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: AcceptTradingPermission = _new(_AcceptTradingPermissionRaw)
    o.trading_permission_id = w.trading_permission_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = AcceptTradingPermission
    return o


_Wire: Any = _codec.wire_struct(
    "AcceptTradingPermission",
    [
        ("trading_permission_id", "tradingPermissionId", int, _codec.REQUIRED),
    ],
)


AcceptTradingPermission._info = _codec.model_info(
    (_codec.Field("trading_permission_id", "tradingPermissionId", _codec.plain_json),),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
