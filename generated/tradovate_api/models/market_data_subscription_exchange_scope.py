from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["MarketDataSubscriptionExchangeScope"]

_KEYS: frozenset[str] = frozenset(["name", "id", "bundleOf"])
_new = _codec.new_object


class _MarketDataSubscriptionExchangeScopeSlots:
    __slots__ = ("name", "id", "bundle_of", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarketDataSubscriptionExchangeScope(_MarketDataSubscriptionExchangeScopeSlots, _codec.Model):
    """Set of exchanges a market data subscription covers.

    Attributes:
        name (``name``): Name of the scope.
        id (``id``)
        bundle_of (``bundleOf``): Names of the scopes this one bundles together, if it is a bundle.
    """

    name: str
    id: int | Unset = UNSET
    bundle_of: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _MarketDataSubscriptionExchangeScopeRaw(_MarketDataSubscriptionExchangeScopeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> MarketDataSubscriptionExchangeScope:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: MarketDataSubscriptionExchangeScope = _new(_MarketDataSubscriptionExchangeScopeRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionExchangeScope, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(MarketDataSubscriptionExchangeScope, "name", "string", v, True, False)
    o.name = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionExchangeScope, "id", "integer", v, False, False)
    o.id = v
    v = g("bundleOf", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionExchangeScope, "bundleOf", "string", v, False, False)
    o.bundle_of = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(MarketDataSubscriptionExchangeScope, d, _KEYS)
    o._json = d
    o.__class__ = MarketDataSubscriptionExchangeScope
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> MarketDataSubscriptionExchangeScope:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: MarketDataSubscriptionExchangeScope = _new(_MarketDataSubscriptionExchangeScopeRaw)
    o.name = w.name
    o.id = w.id
    o.bundle_of = w.bundle_of
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = MarketDataSubscriptionExchangeScope
    return o


_Wire: Any = _codec.wire_struct(
    "MarketDataSubscriptionExchangeScope",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("bundle_of", "bundleOf", str, UNSET),
    ],
)


MarketDataSubscriptionExchangeScope._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("bundle_of", "bundleOf", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
