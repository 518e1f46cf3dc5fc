from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET

__all__ = ["CancelEverythingResponse"]

_KEYS: frozenset[str] = frozenset(
    ["tradovateSubscriptionIds", "userPluginIds", "marketDataSubscriptionIds", "tradingPermissionIds"]
)
_new = _codec.new_object


class _CancelEverythingResponseSlots:
    __slots__ = ("tradovate_subscription_ids", "user_plugin_ids", "market_data_subscription_ids", "trading_permission_ids", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CancelEverythingResponse(_CancelEverythingResponseSlots, _codec.Model):
    """What cancelEverything ended, as ids per kind of service.

    Attributes:
        tradovate_subscription_ids (``tradovateSubscriptionIds``): Ids of the TradovateSubscriptions ended.
        user_plugin_ids (``userPluginIds``): Ids of the UserPlugins ended.
        market_data_subscription_ids (``marketDataSubscriptionIds``): Ids of the MarketDataSubscriptions ended.
        trading_permission_ids (``tradingPermissionIds``): Ids of the TradingPermissions revoked.
    """

    tradovate_subscription_ids: list[int]
    user_plugin_ids: list[int]
    market_data_subscription_ids: list[int]
    trading_permission_ids: list[int]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CancelEverythingResponseRaw(_CancelEverythingResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CancelEverythingResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CancelEverythingResponse = _new(_CancelEverythingResponseRaw)
    missing = 0
    try:
        v = d["tradovateSubscriptionIds"]
    except KeyError:
        v = _codec.bad(CancelEverythingResponse, "tradovateSubscriptionIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(CancelEverythingResponse, "tradovateSubscriptionIds", _codec.decode_int, v)
        else:
            v = _codec.bad(CancelEverythingResponse, "tradovateSubscriptionIds", "array", v, True, False)
    o.tradovate_subscription_ids = v
    try:
        v = d["userPluginIds"]
    except KeyError:
        v = _codec.bad(CancelEverythingResponse, "userPluginIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(CancelEverythingResponse, "userPluginIds", _codec.decode_int, v)
        else:
            v = _codec.bad(CancelEverythingResponse, "userPluginIds", "array", v, True, False)
    o.user_plugin_ids = v
    try:
        v = d["marketDataSubscriptionIds"]
    except KeyError:
        v = _codec.bad(CancelEverythingResponse, "marketDataSubscriptionIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(CancelEverythingResponse, "marketDataSubscriptionIds", _codec.decode_int, v)
        else:
            v = _codec.bad(CancelEverythingResponse, "marketDataSubscriptionIds", "array", v, True, False)
    o.market_data_subscription_ids = v
    try:
        v = d["tradingPermissionIds"]
    except KeyError:
        v = _codec.bad(CancelEverythingResponse, "tradingPermissionIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(CancelEverythingResponse, "tradingPermissionIds", _codec.decode_int, v)
        else:
            v = _codec.bad(CancelEverythingResponse, "tradingPermissionIds", "array", v, True, False)
    o.trading_permission_ids = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CancelEverythingResponse, d, _KEYS)
    o._json = d
    o.__class__ = CancelEverythingResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CancelEverythingResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CancelEverythingResponse = _new(_CancelEverythingResponseRaw)
    o.tradovate_subscription_ids = w.tradovate_subscription_ids
    o.user_plugin_ids = w.user_plugin_ids
    o.market_data_subscription_ids = w.market_data_subscription_ids
    o.trading_permission_ids = w.trading_permission_ids
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CancelEverythingResponse
    return o


_Wire: Any = _codec.wire_struct(
    "CancelEverythingResponse",
    [
        ("tradovate_subscription_ids", "tradovateSubscriptionIds", list[int], _codec.REQUIRED),
        ("user_plugin_ids", "userPluginIds", list[int], _codec.REQUIRED),
        ("market_data_subscription_ids", "marketDataSubscriptionIds", list[int], _codec.REQUIRED),
        ("trading_permission_ids", "tradingPermissionIds", list[int], _codec.REQUIRED),
    ],
)


CancelEverythingResponse._info = _codec.model_info(
    (
        _codec.Field(
            "tradovate_subscription_ids",
            "tradovateSubscriptionIds",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
        _codec.Field(
            "user_plugin_ids", "userPluginIds", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES
        ),
        _codec.Field(
            "market_data_subscription_ids",
            "marketDataSubscriptionIds",
            _codec.list_json(_codec.plain_json),
            _codec.Check.LIST_OF_VALUES,
        ),
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
