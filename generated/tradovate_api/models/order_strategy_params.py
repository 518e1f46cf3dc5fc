from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .order_strategy_bracket import OrderStrategyBracket
from .order_strategy_bracket import _decode as _decode_OrderStrategyBracket
from .order_strategy_bracket import _from_wire as _from_wire_OrderStrategyBracket
from .order_strategy_bracket import _Wire as _OrderStrategyBracket_wire
from .order_strategy_entry_version import OrderStrategyEntryVersion
from .order_strategy_entry_version import _decode as _decode_OrderStrategyEntryVersion
from .order_strategy_entry_version import _from_wire as _from_wire_OrderStrategyEntryVersion
from .order_strategy_entry_version import _Wire as _OrderStrategyEntryVersion_wire

__all__ = ["OrderStrategyParams"]

_KEYS: frozenset[str] = frozenset(["entryVersion", "brackets"])
_new = _codec.new_object


class _OrderStrategyParamsSlots:
    __slots__ = ("entry_version", "brackets", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategyParams(_OrderStrategyParamsSlots, _codec.Model):
    """Decoded content of StartOrderStrategy.params (and OrderStrategy.params) for a multi-bracket
    strategy: the entry order and its exit brackets. Encode it with a JSON encoder and send the
    resulting string; unknown keys are tolerated.

    Attributes:
        entry_version (``entryVersion``)
        brackets (``brackets``): One element per exit leg.
    """

    entry_version: OrderStrategyEntryVersion
    brackets: list[OrderStrategyBracket]
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderStrategyParamsRaw(_OrderStrategyParamsSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategyParams:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategyParams = _new(_OrderStrategyParamsRaw)
    missing = 0
    try:
        v = d["entryVersion"]
    except KeyError:
        v = _codec.bad(OrderStrategyParams, "entryVersion", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_OrderStrategyEntryVersion(v)
        else:
            v = _codec.bad(OrderStrategyParams, "entryVersion", "object", v, True, False)
    o.entry_version = v
    try:
        v = d["brackets"]
    except KeyError:
        v = _codec.bad(OrderStrategyParams, "brackets", "array", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is list:
            v = _codec.decode_models(
                OrderStrategyParams,
                "brackets",
                _decode_OrderStrategyBracket,
                v,
                _OrderStrategyBracket_wire,
                _from_wire_OrderStrategyBracket,
            )
        else:
            v = _codec.bad(OrderStrategyParams, "brackets", "array", v, True, False)
    o.brackets = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategyParams, d, _KEYS, report=False)
    o._json = d
    o.__class__ = OrderStrategyParams
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategyParams:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategyParams = _new(_OrderStrategyParamsRaw)
    v = w.entry_version
    if v.__class__ is _OrderStrategyEntryVersion_wire:
        v = _from_wire_OrderStrategyEntryVersion(v, d["entryVersion"])
    o.entry_version = v
    v = w.brackets
    if v.__class__ is list:
        v = _codec.decode_models(
            OrderStrategyParams,
            "brackets",
            _decode_OrderStrategyBracket,
            v,
            _OrderStrategyBracket_wire,
            _from_wire_OrderStrategyBracket,
        )
    o.brackets = v
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategyParams
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategyParams",
    [
        ("entry_version", "entryVersion", _OrderStrategyEntryVersion_wire, _codec.REQUIRED),
        ("brackets", "brackets", list[Any], _codec.REQUIRED),
    ],
)


OrderStrategyParams._info = _codec.model_info(
    (
        _codec.Field("entry_version", "entryVersion", _codec.model_json),
        _codec.Field("brackets", "brackets", _codec.list_json(_codec.model_json), _codec.Check.LIST_OF_MODELS),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
