from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .trading_permission import TradingPermission
from .trading_permission import _decode as _decode_TradingPermission
from .trading_permission import _from_wire as _from_wire_TradingPermission
from .trading_permission import _Wire as _TradingPermission_wire

__all__ = ["TradingPermissionsResponse"]

_KEYS: frozenset[str] = frozenset(["tradingPermissions"])
_new = _codec.new_object


class _TradingPermissionsResponseSlots:
    __slots__ = ("trading_permissions", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradingPermissionsResponse(_TradingPermissionsResponseSlots, _codec.Model):
    """Result of getAccountTradingPermissions.

    Attributes:
        trading_permissions (``tradingPermissions``): Permissions granted on the account.
    """

    trading_permissions: list[TradingPermission]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradingPermissionsResponseRaw(_TradingPermissionsResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradingPermissionsResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradingPermissionsResponse = _new(_TradingPermissionsResponseRaw)
    missing = 0
    try:
        v = d["tradingPermissions"]
    except KeyError:
        v = _codec.bad(TradingPermissionsResponse, "tradingPermissions", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                TradingPermissionsResponse,
                "tradingPermissions",
                _decode_TradingPermission,
                v,
                _TradingPermission_wire,
                _from_wire_TradingPermission,
            )
        else:
            v = _codec.bad(TradingPermissionsResponse, "tradingPermissions", "array", v, True, False)
    o.trading_permissions = v
    if len(d) + missing == 1:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradingPermissionsResponse, d, _KEYS)
    o._json = d
    o.__class__ = TradingPermissionsResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradingPermissionsResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradingPermissionsResponse = _new(_TradingPermissionsResponseRaw)
    v = w.trading_permissions
    if v.__class__ is list:
        v = _codec.decode_models(
            TradingPermissionsResponse,
            "tradingPermissions",
            _decode_TradingPermission,
            v,
            _TradingPermission_wire,
            _from_wire_TradingPermission,
        )
    o.trading_permissions = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradingPermissionsResponse
    return o


_Wire: Any = _codec.wire_struct(
    "TradingPermissionsResponse",
    [
        ("trading_permissions", "tradingPermissions", list[Any], _codec.REQUIRED),
    ],
)


TradingPermissionsResponse._info = _codec.model_info(
    (
        _codec.Field(
            "trading_permissions",
            "tradingPermissions",
            _codec.list_json(_codec.model_json),
            _codec.Check.LIST_OF_MODELS,
        ),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
