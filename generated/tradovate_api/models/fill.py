from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["Fill"]

_KEYS: frozenset[str] = frozenset(
    [
        "orderId",
        "contractId",
        "timestamp",
        "tradeDate",
        "action",
        "qty",
        "price",
        "active",
        "finallyPaired",
        "id",
        "external",
        "archived",
    ]
)
_Action_values = Action._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _FillSlots:
    __slots__ = ("order_id", "contract_id", "timestamp", "trade_date", "action", "qty", "price", "active", "finally_paired", "id", "external", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Fill(_FillSlots, _codec.Model):
    """One execution (partial or full) of an order.

    Attributes:
        order_id (``orderId``): Id of the Order that was filled.
        contract_id (``contractId``): Id of the Contract traded.
        timestamp (``timestamp``): When the fill happened.
        trade_date (``tradeDate``)
        action (``action``)
        qty (``qty``): Number of contracts filled.
        price (``price``): Fill price, in the contract's price units.
        active (``active``): False once the fill has been busted (cancelled) and no longer counts.
        finally_paired (``finallyPaired``): Quantity of this fill already matched against opposite fills in FillPairs.
        id (``id``): Id of the Fill.
        external (``external``): Whether the fill originated outside Tradovate (meaning inferred); only `false` has been
            seen.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
    """

    order_id: int
    contract_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    action: Action
    qty: int
    price: float
    active: bool
    finally_paired: int
    id: int | Unset = UNSET
    external: bool | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _FillRaw(_FillSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Fill:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Fill = _new(_FillRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(Fill, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Fill, "orderId", "integer", v, True, False)
    o.order_id = v
    try:
        v = d["contractId"]
    except KeyError:
        v = _codec.bad(Fill, "contractId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Fill, "contractId", "integer", v, True, False)
    o.contract_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(Fill, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(Fill, "timestamp", "date-time", v)
        else:
            v = _codec.bad(Fill, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["tradeDate"]
    except KeyError:
        v = _codec.bad(Fill, "tradeDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(Fill, "tradeDate", "object", v, True, False)
    o.trade_date = v
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(Fill, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(Fill, "action", Action, v)
        else:
            v = _codec.bad(Fill, "action", "string", v, True, False)
    o.action = v
    try:
        v = d["qty"]
    except KeyError:
        v = _codec.bad(Fill, "qty", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Fill, "qty", "integer", v, True, False)
    o.qty = v
    try:
        v = d["price"]
    except KeyError:
        v = _codec.bad(Fill, "price", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(Fill, "price", "number", v, True, False)
    o.price = v
    try:
        v = d["active"]
    except KeyError:
        v = _codec.bad(Fill, "active", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(Fill, "active", "boolean", v, True, False)
    o.active = v
    try:
        v = d["finallyPaired"]
    except KeyError:
        v = _codec.bad(Fill, "finallyPaired", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Fill, "finallyPaired", "integer", v, True, False)
    o.finally_paired = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Fill, "id", "integer", v, False, False)
    o.id = v
    v = g("external", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Fill, "external", "boolean", v, False, False)
    o.external = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Fill, "archived", "boolean", v, False, False)
    o.archived = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Fill, d, _KEYS)
    o._json = d
    o.__class__ = Fill
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Fill:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Fill = _new(_FillRaw)
    o.order_id = w.order_id
    o.contract_id = w.contract_id
    o.timestamp = w.timestamp
    v = w.trade_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["tradeDate"])
    o.trade_date = v
    o.action = w.action
    o.qty = w.qty
    o.price = w.price
    o.active = w.active
    o.finally_paired = w.finally_paired
    o.id = w.id
    o.external = w.external
    o.archived = w.archived
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Fill
    return o


_Wire: Any = _codec.wire_struct(
    "Fill",
    [
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("contract_id", "contractId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("trade_date", "tradeDate", _TradeDate_wire, _codec.REQUIRED),
        ("action", "action", Action, _codec.REQUIRED),
        ("qty", "qty", int, _codec.REQUIRED),
        ("price", "price", _codec.NUMBER, _codec.REQUIRED),
        ("active", "active", bool, _codec.REQUIRED),
        ("finally_paired", "finallyPaired", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("external", "external", bool, UNSET),
        ("archived", "archived", bool, UNSET),
    ],
)


Fill._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("qty", "qty", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("active", "active", _codec.plain_json),
        _codec.Field("finally_paired", "finallyPaired", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("external", "external", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
