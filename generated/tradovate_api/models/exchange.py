from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["Exchange"]

_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "id",
        "micCode",
        "complex",
        "timeZone",
        "isSecuredDefault",
        "cftcReporting",
        "freeMarketData",
        "marketType",
        "span",
        "foreignExchange",
    ]
)
_new = _codec.new_object


class _ExchangeSlots:
    __slots__ = ("name", "id", "mic_code", "complex_", "time_zone", "is_secured_default", "cftc_reporting", "free_market_data", "market_type", "span", "foreign_exchange", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Exchange(_ExchangeSlots, _codec.Model):
    """A trading venue whose products are listed.

    Attributes:
        name (``name``): Short name, for example `CME`.
        id (``id``)
        mic_code (``micCode``): ISO 10383 market identifier code of the venue.
        complex_ (``complex``): Exchange group the venue belongs to, for example `FREX`.
        time_zone (``timeZone``): Time zone code of the venue, for example `CST`.
        is_secured_default (``isSecuredDefault``): Default of `Product.isSecured` for the venue (inferred).
        cftc_reporting (``cftcReporting``): Whether trades on the venue are reported to the CFTC (inferred).
        free_market_data (``freeMarketData``): Where market data of the venue is free; seen: `AnyClientApp`.
        market_type (``marketType``): Kind of market; seen: `Futures`.
        span (``span``): SPAN margin code of the venue, for example `FRE`.
        foreign_exchange (``foreignExchange``): Whether the venue is outside the US (inferred).
    """

    name: str
    id: int | Unset = UNSET
    mic_code: str | Unset = UNSET
    complex_: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    is_secured_default: bool | Unset = UNSET
    cftc_reporting: bool | Unset = UNSET
    free_market_data: str | Unset = UNSET
    market_type: str | Unset = UNSET
    span: str | Unset = UNSET
    foreign_exchange: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExchangeRaw(_ExchangeSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Exchange:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Exchange = _new(_ExchangeRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Exchange, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Exchange, "name", "string", v, True, False)
    o.name = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "id", "integer", v, False, False)
    o.id = v
    v = g("micCode", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "micCode", "string", v, False, False)
    o.mic_code = v
    v = g("complex", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "complex", "string", v, False, False)
    o.complex_ = v
    v = g("timeZone", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "timeZone", "string", v, False, False)
    o.time_zone = v
    v = g("isSecuredDefault", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "isSecuredDefault", "boolean", v, False, False)
    o.is_secured_default = v
    v = g("cftcReporting", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "cftcReporting", "boolean", v, False, False)
    o.cftc_reporting = v
    v = g("freeMarketData", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "freeMarketData", "string", v, False, False)
    o.free_market_data = v
    v = g("marketType", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "marketType", "string", v, False, False)
    o.market_type = v
    v = g("span", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "span", "string", v, False, False)
    o.span = v
    v = g("foreignExchange", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Exchange, "foreignExchange", "boolean", v, False, False)
    o.foreign_exchange = v
    if len(d) + missing == 11:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Exchange, d, _KEYS)
    o._json = d
    o.__class__ = Exchange
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Exchange:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Exchange = _new(_ExchangeRaw)
    o.name = w.name
    o.id = w.id
    o.mic_code = w.mic_code
    o.complex_ = w.complex_
    o.time_zone = w.time_zone
    o.is_secured_default = w.is_secured_default
    o.cftc_reporting = w.cftc_reporting
    o.free_market_data = w.free_market_data
    o.market_type = w.market_type
    o.span = w.span
    o.foreign_exchange = w.foreign_exchange
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Exchange
    return o


_Wire: Any = _codec.wire_struct(
    "Exchange",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("mic_code", "micCode", str, UNSET),
        ("complex_", "complex", str, UNSET),
        ("time_zone", "timeZone", str, UNSET),
        ("is_secured_default", "isSecuredDefault", bool, UNSET),
        ("cftc_reporting", "cftcReporting", bool, UNSET),
        ("free_market_data", "freeMarketData", str, UNSET),
        ("market_type", "marketType", str, UNSET),
        ("span", "span", str, UNSET),
        ("foreign_exchange", "foreignExchange", bool, UNSET),
    ],
)


Exchange._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("mic_code", "micCode", _codec.plain_json),
        _codec.Field("complex_", "complex", _codec.plain_json),
        _codec.Field("time_zone", "timeZone", _codec.plain_json),
        _codec.Field("is_secured_default", "isSecuredDefault", _codec.plain_json),
        _codec.Field("cftc_reporting", "cftcReporting", _codec.plain_json),
        _codec.Field("free_market_data", "freeMarketData", _codec.plain_json),
        _codec.Field("market_type", "marketType", _codec.plain_json),
        _codec.Field("span", "span", _codec.plain_json),
        _codec.Field("foreign_exchange", "foreignExchange", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
