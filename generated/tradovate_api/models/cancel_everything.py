from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CancelEverything"]

_KEYS: frozenset[str] = frozenset(
    ["userIds", "tradovateSubscriptions", "userPlugins", "marketDataSubscriptions", "tradingPermissions"]
)
_new = _codec.new_object


class _CancelEverythingSlots:
    __slots__ = ("user_ids", "tradovate_subscriptions", "user_plugins", "market_data_subscriptions", "trading_permissions", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CancelEverything(_CancelEverythingSlots, _codec.Model):
    """Request body of cancelEverything: the users, and which kinds of service to end for them.

    Attributes:
        user_ids (``userIds``): Ids of the Users whose services are ended.
        tradovate_subscriptions (``tradovateSubscriptions``): End the users' Tradovate subscriptions.
        user_plugins (``userPlugins``): End the users' plug-in and add-on subscriptions.
        market_data_subscriptions (``marketDataSubscriptions``): End the users' market data subscriptions.
        trading_permissions (``tradingPermissions``): Revoke the users' trading permissions.
    """

    user_ids: list[int]
    tradovate_subscriptions: bool | Unset = UNSET
    user_plugins: bool | Unset = UNSET
    market_data_subscriptions: bool | Unset = UNSET
    trading_permissions: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CancelEverythingRaw(_CancelEverythingSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CancelEverything:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CancelEverything = _new(_CancelEverythingRaw)
    missing = 0
    g = d.get
    try:
        v = d["userIds"]
    except KeyError:
        v = _codec.bad(CancelEverything, "userIds", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_items(CancelEverything, "userIds", _codec.decode_int, v)
        else:
            v = _codec.bad(CancelEverything, "userIds", "array", v, True, False)
    o.user_ids = v
    v = g("tradovateSubscriptions", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelEverything, "tradovateSubscriptions", "boolean", v, False, False)
    o.tradovate_subscriptions = v
    v = g("userPlugins", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelEverything, "userPlugins", "boolean", v, False, False)
    o.user_plugins = v
    v = g("marketDataSubscriptions", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelEverything, "marketDataSubscriptions", "boolean", v, False, False)
    o.market_data_subscriptions = v
    v = g("tradingPermissions", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CancelEverything, "tradingPermissions", "boolean", v, False, False)
    o.trading_permissions = v
    if len(d) + missing == 5:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CancelEverything, d, _KEYS)
    o._json = d
    o.__class__ = CancelEverything
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CancelEverything:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CancelEverything = _new(_CancelEverythingRaw)
    o.user_ids = w.user_ids
    o.tradovate_subscriptions = w.tradovate_subscriptions
    o.user_plugins = w.user_plugins
    o.market_data_subscriptions = w.market_data_subscriptions
    o.trading_permissions = w.trading_permissions
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CancelEverything
    return o


_Wire: Any = _codec.wire_struct(
    "CancelEverything",
    [
        ("user_ids", "userIds", list[int], _codec.REQUIRED),
        ("tradovate_subscriptions", "tradovateSubscriptions", bool, UNSET),
        ("user_plugins", "userPlugins", bool, UNSET),
        ("market_data_subscriptions", "marketDataSubscriptions", bool, UNSET),
        ("trading_permissions", "tradingPermissions", bool, UNSET),
    ],
)


CancelEverything._info = _codec.model_info(
    (
        _codec.Field("user_ids", "userIds", _codec.list_json(_codec.plain_json), _codec.Check.LIST_OF_VALUES),
        _codec.Field("tradovate_subscriptions", "tradovateSubscriptions", _codec.plain_json),
        _codec.Field("user_plugins", "userPlugins", _codec.plain_json),
        _codec.Field("market_data_subscriptions", "marketDataSubscriptions", _codec.plain_json),
        _codec.Field("trading_permissions", "tradingPermissions", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
