from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["Currency"]

_KEYS: frozenset[str] = frozenset(["name", "id", "symbol"])
_new = _codec.new_object


class _CurrencySlots:
    __slots__ = ("name", "id", "symbol", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Currency(_CurrencySlots, _codec.Model):
    """A currency that prices and balances are expressed in.

    Attributes:
        name (``name``): ISO-style currency code, for example `USD`.
        id (``id``)
        symbol (``symbol``): Display symbol, for example `$`.
    """

    name: str
    id: int | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CurrencyRaw(_CurrencySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Currency:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Currency = _new(_CurrencyRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(Currency, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(Currency, "name", "string", v, True, False)
    o.name = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Currency, "id", "integer", v, False, False)
    o.id = v
    v = g("symbol", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Currency, "symbol", "string", v, False, False)
    o.symbol = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Currency, d, _KEYS)
    o._json = d
    o.__class__ = Currency
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Currency:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Currency = _new(_CurrencyRaw)
    o.name = w.name
    o.id = w.id
    o.symbol = w.symbol
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Currency
    return o


_Wire: Any = _codec.wire_struct(
    "Currency",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("symbol", "symbol", str, UNSET),
    ],
)


Currency._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("symbol", "symbol", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
