from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .market_data_type import MarketDataType
from .professional_status import ProfessionalStatus
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["MarketDataSubscriptionPlan"]

_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "title",
        "price",
        "exchangeScopeId",
        "dataType",
        "professional",
        "id",
        "startDate",
        "discontinuedDate",
        "tooltip",
    ]
)
_MarketDataType_values = MarketDataType._value2member_map_
_ProfessionalStatus_values = ProfessionalStatus._value2member_map_
_new = _codec.new_object


class _MarketDataSubscriptionPlanSlots:
    __slots__ = ("name", "title", "price", "exchange_scope_id", "data_type", "professional", "id", "start_date", "discontinued_date", "tooltip", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarketDataSubscriptionPlan(_MarketDataSubscriptionPlanSlots, _codec.Model):
    """A market data subscription on offer: its exchanges, depth of data and price.

    Attributes:
        name (``name``): Internal name.
        title (``title``): Display title.
        price (``price``): Price of the plan.
        exchange_scope_id (``exchangeScopeId``): Id of the MarketDataSubscriptionExchangeScope covered.
        data_type (``dataType``): Depth of data: top of book or full depth of market.
        professional (``professional``): Which subscriber status the plan is for.
        id (``id``)
        start_date (``startDate``): First day the plan is offered.
        discontinued_date (``discontinuedDate``): Day the plan stops being offered, if set.
        tooltip (``tooltip``): Help text shown with the plan.
    """

    name: str
    title: str
    price: float
    exchange_scope_id: int
    data_type: MarketDataType
    professional: ProfessionalStatus
    id: int | Unset = UNSET
    start_date: TradeDate | Unset = UNSET
    discontinued_date: TradeDate | Unset = UNSET
    tooltip: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _MarketDataSubscriptionPlanRaw(_MarketDataSubscriptionPlanSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> MarketDataSubscriptionPlan:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: MarketDataSubscriptionPlan = _new(_MarketDataSubscriptionPlanRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionPlan, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(MarketDataSubscriptionPlan, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["title"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionPlan, "title", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(MarketDataSubscriptionPlan, "title", "string", v, True, False)
    o.title = v
    try:
        v = d["price"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionPlan, "price", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarketDataSubscriptionPlan, "price", "number", v, True, False)
    o.price = v
    try:
        v = d["exchangeScopeId"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionPlan, "exchangeScopeId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarketDataSubscriptionPlan, "exchangeScopeId", "integer", v, True, False)
    o.exchange_scope_id = v
    try:
        v = d["dataType"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionPlan, "dataType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _MarketDataType_values[v]
            except KeyError:
                v = _codec.unknown_enum(MarketDataSubscriptionPlan, "dataType", MarketDataType, v)
        else:
            v = _codec.bad(MarketDataSubscriptionPlan, "dataType", "string", v, True, False)
    o.data_type = v
    try:
        v = d["professional"]
    except KeyError:
        v = _codec.bad(MarketDataSubscriptionPlan, "professional", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _ProfessionalStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(MarketDataSubscriptionPlan, "professional", ProfessionalStatus, v)
        else:
            v = _codec.bad(MarketDataSubscriptionPlan, "professional", "string", v, True, False)
    o.professional = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionPlan, "id", "integer", v, False, False)
    o.id = v
    v = g("startDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionPlan, "startDate", "object", v, False, False)
    o.start_date = v
    v = g("discontinuedDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionPlan, "discontinuedDate", "object", v, False, False)
    o.discontinued_date = v
    v = g("tooltip", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarketDataSubscriptionPlan, "tooltip", "string", v, False, False)
    o.tooltip = v
    if len(d) + missing == 10:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(MarketDataSubscriptionPlan, d, _KEYS)
    o._json = d
    o.__class__ = MarketDataSubscriptionPlan
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> MarketDataSubscriptionPlan:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: MarketDataSubscriptionPlan = _new(_MarketDataSubscriptionPlanRaw)
    o.name = w.name
    o.title = w.title
    o.price = w.price
    o.exchange_scope_id = w.exchange_scope_id
    o.data_type = w.data_type
    o.professional = w.professional
    o.id = w.id
    v = w.start_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["startDate"])
    o.start_date = v
    v = w.discontinued_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["discontinuedDate"])
    o.discontinued_date = v
    o.tooltip = w.tooltip
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = MarketDataSubscriptionPlan
    return o


_Wire: Any = _codec.wire_struct(
    "MarketDataSubscriptionPlan",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("title", "title", str, _codec.REQUIRED),
        ("price", "price", _codec.NUMBER, _codec.REQUIRED),
        ("exchange_scope_id", "exchangeScopeId", int, _codec.REQUIRED),
        ("data_type", "dataType", MarketDataType, _codec.REQUIRED),
        ("professional", "professional", ProfessionalStatus, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("start_date", "startDate", _TradeDate_wire, UNSET),
        ("discontinued_date", "discontinuedDate", _TradeDate_wire, UNSET),
        ("tooltip", "tooltip", str, UNSET),
    ],
)


MarketDataSubscriptionPlan._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("title", "title", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("exchange_scope_id", "exchangeScopeId", _codec.plain_json),
        _codec.Field("data_type", "dataType", _codec.enum_json),
        _codec.Field("professional", "professional", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("start_date", "startDate", _codec.model_json),
        _codec.Field("discontinued_date", "discontinuedDate", _codec.model_json),
        _codec.Field("tooltip", "tooltip", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
