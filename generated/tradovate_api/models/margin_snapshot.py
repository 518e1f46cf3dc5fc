from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["MarginSnapshot"]

_KEYS: frozenset[str] = frozenset(
    [
        "timestamp",
        "riskTimePeriodId",
        "initialMargin",
        "maintenanceMargin",
        "totalUsedMargin",
        "fullInitialMargin",
        "positionMargin",
        "totalUsedFullMargin",
        "id",
        "autoLiqLevel",
        "liqOnlyLevel",
        "openCollateralReq",
    ]
)
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _MarginSnapshotSlots:
    __slots__ = ("timestamp", "risk_time_period_id", "initial_margin", "maintenance_margin", "total_used_margin", "full_initial_margin", "position_margin", "total_used_full_margin", "id", "auto_liq_level", "liq_only_level", "open_collateral_req", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class MarginSnapshot(_MarginSnapshotSlots, _codec.Model):
    """Margin requirements and liquidation thresholds of an account at one moment, in the account's
    currency.

    Attributes:
        timestamp (``timestamp``): When the snapshot was taken.
        risk_time_period_id (``riskTimePeriodId``): Id of the RiskTimePeriod whose margin rates were used.
        initial_margin (``initialMargin``): Initial margin required for the open positions.
        maintenance_margin (``maintenanceMargin``): Maintenance margin required for the open positions.
        total_used_margin (``totalUsedMargin``): Margin in use, including working orders.
        full_initial_margin (``fullInitialMargin``): Initial margin at full (not reduced intraday) rates.
        position_margin (``positionMargin``): Margin used by open positions alone.
        total_used_full_margin (``totalUsedFullMargin``): Margin in use, computed at full rates.
        id (``id``): Id of the MarginSnapshot. There is no accountId field; /marginSnapshot/deps selects by
            Account id, so this appears to equal the Account's id.
        auto_liq_level (``autoLiqLevel``): Account value at which positions are liquidated automatically.
        liq_only_level (``liqOnlyLevel``): Account value below which only closing orders are accepted.
        open_collateral_req (``openCollateralReq``): Collateral required for open positions.
    """

    timestamp: datetime.datetime
    risk_time_period_id: int
    initial_margin: float
    maintenance_margin: float
    total_used_margin: float
    full_initial_margin: float
    position_margin: float
    total_used_full_margin: float
    id: int | Unset = UNSET
    auto_liq_level: float | Unset = UNSET
    liq_only_level: float | Unset = UNSET
    open_collateral_req: float | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _MarginSnapshotRaw(_MarginSnapshotSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> MarginSnapshot:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: MarginSnapshot = _new(_MarginSnapshotRaw)
    missing = 0
    g = d.get
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(MarginSnapshot, "timestamp", "date-time", v)
        else:
            v = _codec.bad(MarginSnapshot, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["riskTimePeriodId"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "riskTimePeriodId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "riskTimePeriodId", "integer", v, True, False)
    o.risk_time_period_id = v
    try:
        v = d["initialMargin"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "initialMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "initialMargin", "number", v, True, False)
    o.initial_margin = v
    try:
        v = d["maintenanceMargin"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "maintenanceMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "maintenanceMargin", "number", v, True, False)
    o.maintenance_margin = v
    try:
        v = d["totalUsedMargin"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "totalUsedMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "totalUsedMargin", "number", v, True, False)
    o.total_used_margin = v
    try:
        v = d["fullInitialMargin"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "fullInitialMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "fullInitialMargin", "number", v, True, False)
    o.full_initial_margin = v
    try:
        v = d["positionMargin"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "positionMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "positionMargin", "number", v, True, False)
    o.position_margin = v
    try:
        v = d["totalUsedFullMargin"]
    except KeyError:
        v = _codec.bad(MarginSnapshot, "totalUsedFullMargin", "number", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not float and v.__class__ is not int:
            v = _codec.bad(MarginSnapshot, "totalUsedFullMargin", "number", v, True, False)
    o.total_used_full_margin = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarginSnapshot, "id", "integer", v, False, False)
    o.id = v
    v = g("autoLiqLevel", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarginSnapshot, "autoLiqLevel", "number", v, False, False)
    o.auto_liq_level = v
    v = g("liqOnlyLevel", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarginSnapshot, "liqOnlyLevel", "number", v, False, False)
    o.liq_only_level = v
    v = g("openCollateralReq", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(MarginSnapshot, "openCollateralReq", "number", v, False, False)
    o.open_collateral_req = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(MarginSnapshot, d, _KEYS)
    o._json = d
    o.__class__ = MarginSnapshot
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> MarginSnapshot:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: MarginSnapshot = _new(_MarginSnapshotRaw)
    o.timestamp = w.timestamp
    o.risk_time_period_id = w.risk_time_period_id
    o.initial_margin = w.initial_margin
    o.maintenance_margin = w.maintenance_margin
    o.total_used_margin = w.total_used_margin
    o.full_initial_margin = w.full_initial_margin
    o.position_margin = w.position_margin
    o.total_used_full_margin = w.total_used_full_margin
    o.id = w.id
    o.auto_liq_level = w.auto_liq_level
    o.liq_only_level = w.liq_only_level
    o.open_collateral_req = w.open_collateral_req
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = MarginSnapshot
    return o


_Wire: Any = _codec.wire_struct(
    "MarginSnapshot",
    [
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("risk_time_period_id", "riskTimePeriodId", int, _codec.REQUIRED),
        ("initial_margin", "initialMargin", _codec.NUMBER, _codec.REQUIRED),
        ("maintenance_margin", "maintenanceMargin", _codec.NUMBER, _codec.REQUIRED),
        ("total_used_margin", "totalUsedMargin", _codec.NUMBER, _codec.REQUIRED),
        ("full_initial_margin", "fullInitialMargin", _codec.NUMBER, _codec.REQUIRED),
        ("position_margin", "positionMargin", _codec.NUMBER, _codec.REQUIRED),
        ("total_used_full_margin", "totalUsedFullMargin", _codec.NUMBER, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("auto_liq_level", "autoLiqLevel", _codec.NUMBER, UNSET),
        ("liq_only_level", "liqOnlyLevel", _codec.NUMBER, UNSET),
        ("open_collateral_req", "openCollateralReq", _codec.NUMBER, UNSET),
    ],
)


MarginSnapshot._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("risk_time_period_id", "riskTimePeriodId", _codec.plain_json),
        _codec.Field("initial_margin", "initialMargin", _codec.plain_json),
        _codec.Field("maintenance_margin", "maintenanceMargin", _codec.plain_json),
        _codec.Field("total_used_margin", "totalUsedMargin", _codec.plain_json),
        _codec.Field("full_initial_margin", "fullInitialMargin", _codec.plain_json),
        _codec.Field("position_margin", "positionMargin", _codec.plain_json),
        _codec.Field("total_used_full_margin", "totalUsedFullMargin", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("auto_liq_level", "autoLiqLevel", _codec.plain_json),
        _codec.Field("liq_only_level", "liqOnlyLevel", _codec.plain_json),
        _codec.Field("open_collateral_req", "openCollateralReq", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
