from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .duration_units import DurationUnits
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

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
_new = _codec.new_object


class _TradovateSubscriptionPlanSlots:
    __slots__ = ("name", "title", "price", "category", "trial", "duration", "duration_units", "id", "start_date", "discontinued_date", "risk_category_id", "multiple_accounts", "organization_id", "replay_sessions", "footnote", "sim_only", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class TradovateSubscriptionPlan(_TradovateSubscriptionPlanSlots, _codec.Model):
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


class _TradovateSubscriptionPlanRaw(_TradovateSubscriptionPlanSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> TradovateSubscriptionPlan:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: TradovateSubscriptionPlan = _new(_TradovateSubscriptionPlanRaw)
    missing = 0
    g = d.get
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradovateSubscriptionPlan, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["title"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "title", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradovateSubscriptionPlan, "title", "string", v, True, False)
    o.title = v
    try:
        v = d["price"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "price", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(TradovateSubscriptionPlan, "price", "number", v, True, False)
    o.price = v
    try:
        v = d["category"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "category", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(TradovateSubscriptionPlan, "category", "string", v, True, False)
    o.category = v
    try:
        v = d["trial"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "trial", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(TradovateSubscriptionPlan, "trial", "boolean", v, True, False)
    o.trial = v
    try:
        v = d["duration"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "duration", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(TradovateSubscriptionPlan, "duration", "integer", v, True, False)
    o.duration = v
    try:
        v = d["durationUnits"]
    except KeyError:
        v = _codec.bad(TradovateSubscriptionPlan, "durationUnits", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _DurationUnits_values[v]
            except KeyError:
                v = _codec.unknown_enum(TradovateSubscriptionPlan, "durationUnits", DurationUnits, v)
        else:
            v = _codec.bad(TradovateSubscriptionPlan, "durationUnits", "string", v, True, False)
    o.duration_units = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "id", "integer", v, False, False)
    o.id = v
    v = g("startDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "startDate", "object", v, False, False)
    o.start_date = v
    v = g("discontinuedDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "discontinuedDate", "object", v, False, False)
    o.discontinued_date = v
    v = g("riskCategoryId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "riskCategoryId", "integer", v, False, False)
    o.risk_category_id = v
    v = g("multipleAccounts", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "multipleAccounts", "boolean", v, False, False)
    o.multiple_accounts = v
    v = g("organizationId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "organizationId", "integer", v, False, False)
    o.organization_id = v
    v = g("replaySessions", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "replaySessions", "integer", v, False, False)
    o.replay_sessions = v
    v = g("footnote", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "footnote", "string", v, False, False)
    o.footnote = v
    v = g("simOnly", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(TradovateSubscriptionPlan, "simOnly", "boolean", v, False, False)
    o.sim_only = v
    if len(d) + missing == 16:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(TradovateSubscriptionPlan, d, _KEYS)
    o._json = d
    o.__class__ = TradovateSubscriptionPlan
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> TradovateSubscriptionPlan:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: TradovateSubscriptionPlan = _new(_TradovateSubscriptionPlanRaw)
    o.name = w.name
    o.title = w.title
    o.price = w.price
    o.category = w.category
    o.trial = w.trial
    o.duration = w.duration
    o.duration_units = w.duration_units
    o.id = w.id
    v = w.start_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["startDate"])
    o.start_date = v
    v = w.discontinued_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["discontinuedDate"])
    o.discontinued_date = v
    o.risk_category_id = w.risk_category_id
    o.multiple_accounts = w.multiple_accounts
    o.organization_id = w.organization_id
    o.replay_sessions = w.replay_sessions
    o.footnote = w.footnote
    o.sim_only = w.sim_only
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = TradovateSubscriptionPlan
    return o


_Wire: Any = _codec.wire_struct(
    "TradovateSubscriptionPlan",
    [
        ("name", "name", str, _codec.REQUIRED),
        ("title", "title", str, _codec.REQUIRED),
        ("price", "price", _codec.NUMBER, _codec.REQUIRED),
        ("category", "category", str, _codec.REQUIRED),
        ("trial", "trial", bool, _codec.REQUIRED),
        ("duration", "duration", int, _codec.REQUIRED),
        ("duration_units", "durationUnits", DurationUnits, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("start_date", "startDate", _TradeDate_wire, UNSET),
        ("discontinued_date", "discontinuedDate", _TradeDate_wire, UNSET),
        ("risk_category_id", "riskCategoryId", int, UNSET),
        ("multiple_accounts", "multipleAccounts", bool, UNSET),
        ("organization_id", "organizationId", int, UNSET),
        ("replay_sessions", "replaySessions", int, UNSET),
        ("footnote", "footnote", str, UNSET),
        ("sim_only", "simOnly", bool, UNSET),
    ],
)


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
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
