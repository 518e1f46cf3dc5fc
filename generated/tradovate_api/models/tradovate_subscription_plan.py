from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .duration_units import DurationUnits
from .trade_date import TradeDate

__all__ = ["TradovateSubscriptionPlan"]

_KEYS: frozenset[str] = frozenset(
    [
        "name",
        "title",
        "price",
        "category",
        "trial",
        "duration",
        "durationUnits",
        "id",
        "startDate",
        "discontinuedDate",
        "riskCategoryId",
        "multipleAccounts",
        "organizationId",
        "replaySessions",
        "footnote",
        "simOnly",
    ]
)
_DurationUnits_values = DurationUnits._value2member_map_


class _TradovateSubscriptionPlanSlots:
    __slots__ = ("name", "title", "price", "category", "trial", "duration", "duration_units", "id", "start_date", "discontinued_date", "risk_category_id", "multiple_accounts", "organization_id", "replay_sessions", "footnote", "sim_only", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradovateSubscriptionPlan(_TradovateSubscriptionPlanSlots):
    """A Tradovate platform subscription plan on offer, with its price, duration and limits.

    Attributes:
        name (``name``): Internal name.
        title (``title``): Display title.
        price (``price``): Price per period.
        category (``category``): Plan family.
        trial (``trial``): Whether this is a trial plan.
        duration (``duration``): Length of one period, in `durationUnits`.
        duration_units (``durationUnits``): Unit of `duration`.
        id (``id``)
        start_date (``startDate``): First day the plan is offered.
        discontinued_date (``discontinuedDate``): Day the plan stops being offered, if set.
        risk_category_id (``riskCategoryId``): Id of the RiskCategory associated with the plan.
        multiple_accounts (``multipleAccounts``): Whether the plan allows more than one account.
        organization_id (``organizationId``): Id of the Organization the plan is limited to, if any.
        replay_sessions (``replaySessions``): Number of market replay sessions included.
        footnote (``footnote``): Small print shown with the plan.
        sim_only (``simOnly``): Whether the plan is for simulated trading only.
    """

    name: str
    title: str
    price: float
    category: str
    trial: bool
    duration: int
    duration_units: DurationUnits
    id: int | Unset = UNSET
    start_date: TradeDate | Unset = UNSET
    discontinued_date: TradeDate | Unset = UNSET
    risk_category_id: int | Unset = UNSET
    multiple_accounts: bool | Unset = UNSET
    organization_id: int | Unset = UNSET
    replay_sessions: int | Unset = UNSET
    footnote: str | Unset = UNSET
    sim_only: bool | Unset = UNSET
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
        o: Self = _codec.new_object(_TradovateSubscriptionPlanRaw)
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
        v = g("category", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "category", "string", v, True, False)
        o.category = v
        v = g("trial", UNSET)
        if v.__class__ is not bool:
            v = _codec.bad(cls, "trial", "boolean", v, True, False)
        o.trial = v
        v = g("duration", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "duration", "integer", v, True, False)
        o.duration = v
        v = g("durationUnits", UNSET)
        if v.__class__ is str:
            e = _DurationUnits_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "durationUnits", DurationUnits, v)
        else:
            v = _codec.bad(cls, "durationUnits", "string", v, True, False)
        o.duration_units = v
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
        v = g("riskCategoryId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "riskCategoryId", "integer", v, False, False)
        o.risk_category_id = v
        v = g("multipleAccounts", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "multipleAccounts", "boolean", v, False, False)
        o.multiple_accounts = v
        v = g("organizationId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "organizationId", "integer", v, False, False)
        o.organization_id = v
        v = g("replaySessions", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "replaySessions", "integer", v, False, False)
        o.replay_sessions = v
        v = g("footnote", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "footnote", "string", v, False, False)
        o.footnote = v
        v = g("simOnly", UNSET)
        if v.__class__ is not bool and v is not UNSET:
            v = _codec.bad(cls, "simOnly", "boolean", v, False, False)
        o.sim_only = v
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


class _TradovateSubscriptionPlanRaw(_TradovateSubscriptionPlanSlots):
    __slots__ = ()


TradovateSubscriptionPlan._info = _codec.model_info(
    (
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("title", "title", _codec.plain_json),
        _codec.Field("price", "price", _codec.plain_json),
        _codec.Field("category", "category", _codec.plain_json),
        _codec.Field("trial", "trial", _codec.plain_json),
        _codec.Field("duration", "duration", _codec.plain_json),
        _codec.Field("duration_units", "durationUnits", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("start_date", "startDate", _codec.model_json),
        _codec.Field("discontinued_date", "discontinuedDate", _codec.model_json),
        _codec.Field("risk_category_id", "riskCategoryId", _codec.plain_json),
        _codec.Field("multiple_accounts", "multipleAccounts", _codec.plain_json),
        _codec.Field("organization_id", "organizationId", _codec.plain_json),
        _codec.Field("replay_sessions", "replaySessions", _codec.plain_json),
        _codec.Field("footnote", "footnote", _codec.plain_json),
        _codec.Field("sim_only", "simOnly", _codec.plain_json),
    ),
)
