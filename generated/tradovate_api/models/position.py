from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["Position"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "contractId",
        "timestamp",
        "tradeDate",
        "netPos",
        "bought",
        "boughtValue",
        "sold",
        "soldValue",
        "prevPos",
        "id",
        "netPrice",
        "prevPrice",
        "archived",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _PositionSlots:
    __slots__ = ("account_id", "contract_id", "timestamp", "trade_date", "net_pos", "bought", "bought_value", "sold", "sold_value", "prev_pos", "id", "net_price", "prev_price", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Position(_PositionSlots, _codec.Model):
    """An account's holding in one contract for one trade date, with that day's buying and selling. Prices
    and values are in the contract's price units, not money.

    Attributes:
        account_id (``accountId``): Id of the Account.
        contract_id (``contractId``): Id of the Contract.
        timestamp (``timestamp``): When the position last changed.
        trade_date (``tradeDate``)
        net_pos (``netPos``): Contracts held now: positive when long, negative when short, 0 when flat.
        bought (``bought``): Contracts bought on this trade date.
        bought_value (``boughtValue``): Sum of quantity times price over today's buys; divide by bought for the average buy
            price.
        sold (``sold``): Contracts sold on this trade date.
        sold_value (``soldValue``): Sum of quantity times price over today's sells; divide by sold for the average sell
            price.
        prev_pos (``prevPos``): Net position carried in from the previous trade date (netPos = prevPos + bought - sold).
        id (``id``): Id of the Position.
        net_price (``netPrice``): Average price of the open net position; not set when flat.
        prev_price (``prevPrice``): Price at which prevPos was carried in.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
    """

    account_id: int
    contract_id: int
    timestamp: datetime.datetime
    trade_date: TradeDate
    net_pos: int
    bought: int
    bought_value: float
    sold: int
    sold_value: float
    prev_pos: int
    id: int | Unset = UNSET
    net_price: float | Unset = UNSET
    prev_price: float | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _PositionRaw(_PositionSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Position:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Position = _new(_PositionRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(Position, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Position, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["contractId"]
    except KeyError:
        v = _codec.bad(Position, "contractId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Position, "contractId", "integer", v, True, False)
    o.contract_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(Position, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(Position, "timestamp", "date-time", v)
        else:
            v = _codec.bad(Position, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["tradeDate"]
    except KeyError:
        v = _codec.bad(Position, "tradeDate", "object", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is dict:
            v = _decode_TradeDate(v)
        else:
            v = _codec.bad(Position, "tradeDate", "object", v, True, False)
    o.trade_date = v
    try:
        v = d["netPos"]
    except KeyError:
        v = _codec.bad(Position, "netPos", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Position, "netPos", "integer", v, True, False)
    o.net_pos = v
    try:
        v = d["bought"]
    except KeyError:
        v = _codec.bad(Position, "bought", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Position, "bought", "integer", v, True, False)
    o.bought = v
    try:
        v = d["boughtValue"]
    except KeyError:
        v = _codec.bad(Position, "boughtValue", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(Position, "boughtValue", "number", v, True, False)
    o.bought_value = v
    try:
        v = d["sold"]
    except KeyError:
        v = _codec.bad(Position, "sold", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Position, "sold", "integer", v, True, False)
    o.sold = v
    try:
        v = d["soldValue"]
    except KeyError:
        v = _codec.bad(Position, "soldValue", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(Position, "soldValue", "number", v, True, False)
    o.sold_value = v
    try:
        v = d["prevPos"]
    except KeyError:
        v = _codec.bad(Position, "prevPos", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Position, "prevPos", "integer", v, True, False)
    o.prev_pos = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Position, "id", "integer", v, False, False)
    o.id = v
    v = g("netPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Position, "netPrice", "number", v, False, False)
    o.net_price = v
    v = g("prevPrice", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Position, "prevPrice", "number", v, False, False)
    o.prev_price = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Position, "archived", "boolean", v, False, False)
    o.archived = v
    if len(d) + missing == 14:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Position, d, _KEYS)
    o._json = d
    o.__class__ = Position
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Position:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Position = _new(_PositionRaw)
    o.account_id = w.account_id
    o.contract_id = w.contract_id
    o.timestamp = w.timestamp
    v = w.trade_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["tradeDate"])
    o.trade_date = v
    o.net_pos = w.net_pos
    o.bought = w.bought
    o.bought_value = w.bought_value
    o.sold = w.sold
    o.sold_value = w.sold_value
    o.prev_pos = w.prev_pos
    o.id = w.id
    o.net_price = w.net_price
    o.prev_price = w.prev_price
    o.archived = w.archived
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Position
    return o


_Wire: Any = _codec.wire_struct(
    "Position",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("contract_id", "contractId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("trade_date", "tradeDate", _TradeDate_wire, _codec.REQUIRED),
        ("net_pos", "netPos", int, _codec.REQUIRED),
        ("bought", "bought", int, _codec.REQUIRED),
        ("bought_value", "boughtValue", _codec.NUMBER, _codec.REQUIRED),
        ("sold", "sold", int, _codec.REQUIRED),
        ("sold_value", "soldValue", _codec.NUMBER, _codec.REQUIRED),
        ("prev_pos", "prevPos", int, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("net_price", "netPrice", _codec.NUMBER, UNSET),
        ("prev_price", "prevPrice", _codec.NUMBER, UNSET),
        ("archived", "archived", bool, UNSET),
    ],
)


Position._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("net_pos", "netPos", _codec.plain_json),
        _codec.Field("bought", "bought", _codec.plain_json),
        _codec.Field("bought_value", "boughtValue", _codec.plain_json),
        _codec.Field("sold", "sold", _codec.plain_json),
        _codec.Field("sold_value", "soldValue", _codec.plain_json),
        _codec.Field("prev_pos", "prevPos", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("net_price", "netPrice", _codec.plain_json),
        _codec.Field("prev_price", "prevPrice", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
