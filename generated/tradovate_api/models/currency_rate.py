from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["CurrencyRate"]

_KEYS: frozenset[str] = frozenset(["timestamp", "rate", "id"])
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CurrencyRateSlots:
    __slots__ = ("timestamp", "rate", "id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CurrencyRate(_CurrencyRateSlots, _codec.Model):
    """Latest conversion rate of a currency.

    Attributes:
        timestamp (``timestamp``): When the rate was set.
        rate (``rate``): Conversion rate; upstream does not name the base currency (presumably USD).
        id (``id``): Same as the id of the Currency it rates.
    """

    timestamp: datetime.datetime
    rate: float
    id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CurrencyRateRaw(_CurrencyRateSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CurrencyRate:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CurrencyRate = _new(_CurrencyRateRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(CurrencyRate, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(CurrencyRate, "timestamp", "date-time", v)
        else:
            v = _codec.bad(CurrencyRate, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["rate"]
    except KeyError:
        v = _codec.bad(CurrencyRate, "rate", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(CurrencyRate, "rate", "number", v, True, False)
    o.rate = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CurrencyRate, "id", "integer", v, False, False)
    o.id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CurrencyRate, d, _KEYS)
    o._json = d
    o.__class__ = CurrencyRate
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CurrencyRate:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CurrencyRate = _new(_CurrencyRateRaw)
    o.timestamp = w.timestamp
    o.rate = w.rate
    o.id = w.id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CurrencyRate
    return o


_Wire: Any = _codec.wire_struct(
    "CurrencyRate",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("rate", "rate", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
    ],
)


CurrencyRate._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("rate", "rate", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
