from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .exec_type import ExecType
from .ord_status import OrdStatus
from .reject_reason import RejectReason
from .trade_date import TradeDate
from .trade_date import _decode as _decode_TradeDate
from .trade_date import _from_wire as _from_wire_TradeDate
from .trade_date import _Wire as _TradeDate_wire

__all__ = ["ExecutionReport"]

_KEYS: frozenset[str] = frozenset(
    [
        "commandId",
        "name",
        "accountId",
        "contractId",
        "timestamp",
        "orderId",
        "execType",
        "action",
        "id",
        "tradeDate",
        "execRefId",
        "ordStatus",
        "cumQty",
        "avgPx",
        "lastQty",
        "lastPx",
        "rejectReason",
        "text",
        "exchangeOrderId",
        "externalClOrdId",
    ]
)
_Action_values = Action._value2member_map_
_ExecType_values = ExecType._value2member_map_
_OrdStatus_values = OrdStatus._value2member_map_
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _ExecutionReportSlots:
    __slots__ = ("command_id", "name", "account_id", "contract_id", "timestamp", "order_id", "exec_type", "action", "id", "trade_date", "exec_ref_id", "ord_status", "cum_qty", "avg_px", "last_qty", "last_px", "reject_reason", "text", "exchange_order_id", "external_cl_ord_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class ExecutionReport(_ExecutionReportSlots, _codec.Model):
    """One event in an order's life reported by the execution side (accepted, filled, cancelled, rejected
    and so on), in the style of a FIX execution report.

    Attributes:
        command_id (``commandId``): Id of the Command that led to this report.
        name (``name``): Name of the report; the value /executionReport/find matches on.
        account_id (``accountId``): Id of the Account.
        contract_id (``contractId``): Id of the Contract.
        timestamp (``timestamp``): When the reported event happened.
        order_id (``orderId``): Id of the Order.
        exec_type (``execType``)
        action (``action``)
        id (``id``): Id of the ExecutionReport.
        trade_date (``tradeDate``)
        exec_ref_id (``execRefId``): Reference of the execution; for a trade cancel or correction, the execution it refers
            to.
        ord_status (``ordStatus``)
        cum_qty (``cumQty``): Total quantity of the order filled so far.
        avg_px (``avgPx``): Average price of everything filled so far (over cumQty), in price units.
        last_qty (``lastQty``): Quantity filled by this execution only.
        last_px (``lastPx``): Price of this execution only, in price units.
        reject_reason (``rejectReason``)
        text (``text``): Free-text detail, for example why the order was rejected.
        exchange_order_id (``exchangeOrderId``): Order id assigned by the exchange.
        external_cl_ord_id (``externalClOrdId``): Client order id used toward the execution venue; seen as a random decimal number in text
            form, like `name`.
    """

    command_id: int
    name: str
    account_id: int
    contract_id: int
    timestamp: datetime.datetime
    order_id: int
    exec_type: ExecType
    action: Action
    id: int | Unset = UNSET
    trade_date: TradeDate | Unset = UNSET
    exec_ref_id: str | Unset = UNSET
    ord_status: OrdStatus | Unset = UNSET
    cum_qty: int | Unset = UNSET
    avg_px: float | Unset = UNSET
    last_qty: int | Unset = UNSET
    last_px: float | Unset = UNSET
    reject_reason: RejectReason | Unset = UNSET
    text: str | Unset = UNSET
    exchange_order_id: str | Unset = UNSET
    external_cl_ord_id: str | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _ExecutionReportRaw(_ExecutionReportSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> ExecutionReport:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: ExecutionReport = _new(_ExecutionReportRaw)
    missing = 0
    g = d.get
    try:
        v = d["commandId"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "commandId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ExecutionReport, "commandId", "integer", v, True, False)
    o.command_id = v
    try:
        v = d["name"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "name", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(ExecutionReport, "name", "string", v, True, False)
    o.name = v
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ExecutionReport, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["contractId"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "contractId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ExecutionReport, "contractId", "integer", v, True, False)
    o.contract_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(ExecutionReport, "timestamp", "date-time", v)
        else:
            v = _codec.bad(ExecutionReport, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(ExecutionReport, "orderId", "integer", v, True, False)
    o.order_id = v
    try:
        v = d["execType"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "execType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _ExecType_values[v]
            except KeyError:
                v = _codec.unknown_enum(ExecutionReport, "execType", ExecType, v)
        else:
            v = _codec.bad(ExecutionReport, "execType", "string", v, True, False)
    o.exec_type = v
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(ExecutionReport, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(ExecutionReport, "action", Action, v)
        else:
            v = _codec.bad(ExecutionReport, "action", "string", v, True, False)
    o.action = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "id", "integer", v, False, False)
    o.id = v
    v = g("tradeDate", UNSET)
    if v.__class__ is dict:
        v = _decode_TradeDate(v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "tradeDate", "object", v, False, False)
    o.trade_date = v
    v = g("execRefId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "execRefId", "string", v, False, False)
    o.exec_ref_id = v
    v = g("ordStatus", UNSET)
    if v.__class__ is str:
        try:
            v = _OrdStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(ExecutionReport, "ordStatus", OrdStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "ordStatus", "string", v, False, False)
    o.ord_status = v
    v = g("cumQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "cumQty", "integer", v, False, False)
    o.cum_qty = v
    v = g("avgPx", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "avgPx", "number", v, False, False)
    o.avg_px = v
    v = g("lastQty", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "lastQty", "integer", v, False, False)
    o.last_qty = v
    v = g("lastPx", UNSET)
    if v.__class__ is float or v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "lastPx", "number", v, False, False)
    o.last_px = v
    v = g("rejectReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(ExecutionReport, "rejectReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "rejectReason", "string", v, False, False)
    o.reject_reason = v
    v = g("text", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "text", "string", v, False, False)
    o.text = v
    v = g("exchangeOrderId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "exchangeOrderId", "string", v, False, False)
    o.exchange_order_id = v
    v = g("externalClOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(ExecutionReport, "externalClOrdId", "string", v, False, False)
    o.external_cl_ord_id = v
    if len(d) + missing == 20:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(ExecutionReport, d, _KEYS)
    o._json = d
    o.__class__ = ExecutionReport
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> ExecutionReport:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: ExecutionReport = _new(_ExecutionReportRaw)
    o.command_id = w.command_id
    o.name = w.name
    o.account_id = w.account_id
    o.contract_id = w.contract_id
    o.timestamp = w.timestamp
    o.order_id = w.order_id
    o.exec_type = w.exec_type
    o.action = w.action
    o.id = w.id
    v = w.trade_date
    if v.__class__ is _TradeDate_wire:
        v = _from_wire_TradeDate(v, d["tradeDate"])
    o.trade_date = v
    o.exec_ref_id = w.exec_ref_id
    o.ord_status = w.ord_status
    o.cum_qty = w.cum_qty
    o.avg_px = w.avg_px
    o.last_qty = w.last_qty
    o.last_px = w.last_px
    o.reject_reason = w.reject_reason
    o.text = w.text
    o.exchange_order_id = w.exchange_order_id
    o.external_cl_ord_id = w.external_cl_ord_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = ExecutionReport
    return o


_Wire: Any = _codec.wire_struct(
    "ExecutionReport",
    [
        ("command_id", "commandId", int, _codec.REQUIRED),
        ("name", "name", str, _codec.REQUIRED),
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("contract_id", "contractId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("exec_type", "execType", ExecType, _codec.REQUIRED),
        ("action", "action", Action, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("trade_date", "tradeDate", _TradeDate_wire, UNSET),
        ("exec_ref_id", "execRefId", str, UNSET),
        ("ord_status", "ordStatus", OrdStatus, UNSET),
        ("cum_qty", "cumQty", int, UNSET),
        ("avg_px", "avgPx", _codec.NUMBER, UNSET),
        ("last_qty", "lastQty", int, UNSET),
        ("last_px", "lastPx", _codec.NUMBER, UNSET),
        ("reject_reason", "rejectReason", RejectReason, UNSET),
        ("text", "text", str, UNSET),
        ("exchange_order_id", "exchangeOrderId", str, UNSET),
        ("external_cl_ord_id", "externalClOrdId", str, UNSET),
    ],
)


ExecutionReport._info = _codec.model_info(
    (
        _codec.Field("command_id", "commandId", _codec.plain_json),
        _codec.Field("name", "name", _codec.plain_json),
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("exec_type", "execType", _codec.enum_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("trade_date", "tradeDate", _codec.model_json),
        _codec.Field("exec_ref_id", "execRefId", _codec.plain_json),
        _codec.Field("ord_status", "ordStatus", _codec.enum_json),
        _codec.Field("cum_qty", "cumQty", _codec.plain_json),
        _codec.Field("avg_px", "avgPx", _codec.plain_json),
        _codec.Field("last_qty", "lastQty", _codec.plain_json),
        _codec.Field("last_px", "lastPx", _codec.plain_json),
        _codec.Field("reject_reason", "rejectReason", _codec.enum_json),
        _codec.Field("text", "text", _codec.plain_json),
        _codec.Field("exchange_order_id", "exchangeOrderId", _codec.plain_json),
        _codec.Field("external_cl_ord_id", "externalClOrdId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
