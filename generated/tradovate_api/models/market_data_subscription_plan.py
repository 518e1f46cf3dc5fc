from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .market_data_type import MarketDataType
from .professional_status import ProfessionalStatus
from .trade_date import TradeDate

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


class _MarketDataSubscriptionPlanSlots:
    __slots__ = ("name", "title", "price", "exchange_scope_id", "data_type", "professional", "id", "start_date", "discontinued_date", "tooltip", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarketDataSubscriptionPlan(_MarketDataSubscriptionPlanSlots):
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
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        o: Self = _codec.new_object(_MarketDataSubscriptionPlanRaw)
        g = d.get
        v = g("name", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "name", "string", v, True, False)
        o.name = v
        v = g("title", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "title", "string", v, True, False)
        o.title = v
        v = g("price", UNSET)
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(cls, "price", "number", v, True, False)
        o.price = v
        v = g("exchangeScopeId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "exchangeScopeId", "integer", v, True, False)
        o.exchange_scope_id = v
        v = g("dataType", UNSET)
        if v.__class__ is str:
            e = _MarketDataType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "dataType", MarketDataType, v)
        else:
            v = _codec.bad(cls, "dataType", "string", v, True, False)
        o.data_type = v
        v = g("professional", UNSET)
        if v.__class__ is str:
            e = _ProfessionalStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "professional", ProfessionalStatus, v)
        else:
            v = _codec.bad(cls, "professional", "string", v, True, False)
        o.professional = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("startDate", UNSET)
        if v.__class__ is dict:
            v = TradeDate._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "startDate", "object", v, False, False)
        o.start_date = v
        v = g("discontinuedDate", UNSET)
        if v.__class__ is dict:
            v = TradeDate._from_json(v)
        elif v is not UNSET:
            v = _codec.bad(cls, "discontinuedDate", "object", v, False, False)
        o.discontinued_date = v
        v = g("tooltip", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "tooltip", "string", v, False, False)
        o.tooltip = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _MarketDataSubscriptionPlanRaw(_MarketDataSubscriptionPlanSlots):
    __slots__ = ()


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
)
