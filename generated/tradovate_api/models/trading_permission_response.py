from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trading_permission import TradingPermission
from .trading_permission import _decode as _decode_TradingPermission
from .trading_permission import _from_wire as _from_wire_TradingPermission
from .trading_permission import _Wire as _TradingPermission_wire

__all__ = ["TradingPermissionResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "tradingPermission"])
_new = _codec.new_object


class _TradingPermissionResponseSlots:
    __slots__ = ("error_text", "trading_permission", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradingPermissionResponse(_TradingPermissionResponseSlots, _codec.Model):
    """Result of an operation on one trading permission.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        trading_permission (``tradingPermission``): The permission as stored after the call.
    """

    error_text: str | Unset = UNSET
    trading_permission: TradingPermission | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _TradingPermissionResponseRaw(_TradingPermissionResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradingPermissionResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradingPermissionResponse = _new(_TradingPermissionResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradingPermissionResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("tradingPermission", UNSET)
    if v.__class__ is dict:
        v = _decode_TradingPermission(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradingPermissionResponse, "tradingPermission", "object", v, False, False)
    o.trading_permission = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradingPermissionResponse, d, _KEYS)
    o._json = d
    o.__class__ = TradingPermissionResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradingPermissionResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradingPermissionResponse = _new(_TradingPermissionResponseRaw)
    o.error_text = w.error_text
    v = w.trading_permission
    if v.__class__ is _TradingPermission_wire:
        v = _from_wire_TradingPermission(v, d["tradingPermission"])
    o.trading_permission = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradingPermissionResponse
    return o


_Wire: Any = _codec.wire_struct(
    "TradingPermissionResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("trading_permission", "tradingPermission", _TradingPermission_wire, UNSET),
    ],
)


TradingPermissionResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("trading_permission", "tradingPermission", _codec.model_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
