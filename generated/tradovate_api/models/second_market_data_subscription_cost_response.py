from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["SecondMarketDataSubscriptionCostResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "monthlyCost"])
_new = _codec.new_object


class _SecondMarketDataSubscriptionCostResponseSlots:
    __slots__ = ("error_text", "monthly_cost", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SecondMarketDataSubscriptionCostResponse(_SecondMarketDataSubscriptionCostResponseSlots, _codec.Model):
    """Result of getSecondMarketDataSubscriptionCost.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        monthly_cost (``monthlyCost``): Price for one month; the currency is not documented (presumably USD).
    """

    error_text: str | Unset = UNSET
    monthly_cost: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SecondMarketDataSubscriptionCostResponseRaw(_SecondMarketDataSubscriptionCostResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SecondMarketDataSubscriptionCostResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SecondMarketDataSubscriptionCostResponse = _new(_SecondMarketDataSubscriptionCostResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscriptionCostResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("monthlyCost", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SecondMarketDataSubscriptionCostResponse, "monthlyCost", "number", v, False, False)
    o.monthly_cost = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SecondMarketDataSubscriptionCostResponse, d, _KEYS)
    o._json = d
    o.__class__ = SecondMarketDataSubscriptionCostResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SecondMarketDataSubscriptionCostResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SecondMarketDataSubscriptionCostResponse = _new(_SecondMarketDataSubscriptionCostResponseRaw)
    o.error_text = w.error_text
    o.monthly_cost = w.monthly_cost
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SecondMarketDataSubscriptionCostResponse
    return o


_Wire: Any = _codec.wire_struct(
    "SecondMarketDataSubscriptionCostResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("monthly_cost", "monthlyCost", _codec.NUMBER, UNSET),
    ],
)


SecondMarketDataSubscriptionCostResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("monthly_cost", "monthlyCost", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
