from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .order_type import OrderType

__all__ = ["DryRunOrder"]

_KEYS: frozenset[str] = frozenset(["contractId", "action", "orderQty", "orderType", "price", "stopPrice"])
_Action_values = Action._value2member_map_
_OrderType_values = OrderType._value2member_map_
_new = _codec.new_object


class _DryRunOrderSlots:
    __slots__ = ("contract_id", "action", "order_qty", "order_type", "price", "stop_price", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class DryRunOrder(_DryRunOrderSlots, _codec.Model):
    """One hypothetical order in a dry run.

    Attributes:
        contract_id (``contractId``): Id of the Contract to trade.
        action (``action``)
        order_qty (``orderQty``): Number of contracts.
        order_type (``orderType``)
        price (``price``): Limit price in the contract's price units, for order types that need one.
        stop_price (``stopPrice``): Stop trigger price in price units, for stop order types.
    """

    contract_id: int
    action: Action
    order_qty: int
    order_type: OrderType
    price: float | Unset = UNSET
    stop_price: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _DryRunOrderRaw(_DryRunOrderSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> DryRunOrder:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: DryRunOrder = _new(_DryRunOrderRaw)
    missing = 0
    g = d.get
    try:
        v = d["contractId"]
    except KeyError:
        v = _codec.bad(DryRunOrder, "contractId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(DryRunOrder, "contractId", "integer", v, True, False)
    o.contract_id = v
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(DryRunOrder, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(DryRunOrder, "action", Action, v)
        else:
            v = _codec.bad(DryRunOrder, "action", "string", v, True, False)
    o.action = v
    try:
        v = d["orderQty"]
    except KeyError:
        v = _codec.bad(DryRunOrder, "orderQty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(DryRunOrder, "orderQty", "integer", v, True, False)
    o.order_qty = v
    try:
        v = d["orderType"]
    except KeyError:
        v = _codec.bad(DryRunOrder, "orderType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderType_values[v]
            except KeyError:
                v = _codec.unknown_enum(DryRunOrder, "orderType", OrderType, v)
        else:
            v = _codec.bad(DryRunOrder, "orderType", "string", v, True, False)
    o.order_type = v
    v = g("price", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunOrder, "price", "number", v, False, False)
    o.price = v
    v = g("stopPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(DryRunOrder, "stopPrice", "number", v, False, False)
    o.stop_price = v
    if len(d) + missing == 6:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(DryRunOrder, d, _KEYS)
    o._json = d
    o.__class__ = DryRunOrder
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> DryRunOrder:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: DryRunOrder = _new(_DryRunOrderRaw)
    o.contract_id = w.contract_id
    o.action = w.action
    o.order_qty = w.order_qty
    o.order_type = w.order_type
    o.price = w.price
    o.stop_price = w.stop_price
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = DryRunOrder
    return o


_Wire: Any = _codec.wire_struct(
    "DryRunOrder",
    [
        ("contract_id", "contractId", int, _codec.REQUIRED),
        ("action", "action", Action, _codec.REQUIRED),
        ("order_qty", "orderQty", int, _codec.REQUIRED),
        ("order_type", "orderType", OrderType, _codec.REQUIRED),
        ("price", "price", _codec.NUMBER, UNSET),
        ("stop_price", "stopPrice", _codec.NUMBER, UNSET),
    ],
)


DryRunOrder._info = _codec.model_info(
    (
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("order_qty", "orderQty", _codec.plain_json),
        _codec.Field("order_type", "orderType", _codec.enum_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("stop_price", "stopPrice", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
