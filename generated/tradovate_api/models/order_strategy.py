from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .action import Action
from .order_strategy_status import OrderStrategyStatus

__all__ = ["OrderStrategy"]

_KEYS: frozenset[str] = frozenset(
    [
        "accountId",
        "timestamp",
        "contractId",
        "orderStrategyTypeId",
        "action",
        "status",
        "id",
        "initiatorId",
        "params",
        "uuid",
        "failureMessage",
        "senderId",
        "customTag50",
        "userSessionId",
        "archived",
    ]
)
_Action_values = Action._value2member_map_
_OrderStrategyStatus_values = OrderStrategyStatus._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _OrderStrategySlots:
    __slots__ = ("account_id", "timestamp", "contract_id", "order_strategy_type_id", "action", "status", "id", "initiator_id", "params", "uuid", "failure_message", "sender_id", "custom_tag_50", "user_session_id", "archived", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class OrderStrategy(_OrderStrategySlots, _codec.Model):
    """A server-side strategy (such as a multi-bracket) that places and manages orders.

    Attributes:
        account_id (``accountId``): Id of the Account the strategy trades.
        timestamp (``timestamp``): When the strategy was started.
        contract_id (``contractId``): Id of the Contract traded.
        order_strategy_type_id (``orderStrategyTypeId``): Id of the OrderStrategyType (2 is multi-bracket).
        action (``action``)
        status (``status``)
        id (``id``): Id of the OrderStrategy.
        initiator_id (``initiatorId``): Id of what started the strategy; the reference does not say which entity.
        params (``params``): Strategy parameters as the JSON-encoded string sent at start; for multi-bracket its
            content is OrderStrategyParams.
        uuid (``uuid``): Client-chosen unique id sent when the strategy was started.
        failure_message (``failureMessage``): Why the strategy failed, if it did.
        sender_id (``senderId``): Id of the User who started the strategy.
        custom_tag_50 (``customTag50``): FIX tag 50 (operator id) value used for the strategy's orders.
        user_session_id (``userSessionId``): Id of the UserSession the strategy was started from.
        archived (``archived``): Archive flag of the record; only `false` has been seen.
    """

    account_id: int
    timestamp: datetime.datetime
    contract_id: int
    order_strategy_type_id: int
    action: Action
    status: OrderStrategyStatus
    id: int | Unset = UNSET
    initiator_id: int | Unset = UNSET
    params: str | Unset = UNSET
    uuid: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    user_session_id: int | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _OrderStrategyRaw(_OrderStrategySlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> OrderStrategy:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: OrderStrategy = _new(_OrderStrategyRaw)
    missing = 0
    g = d.get
    try:
        v = d["accountId"]
    except KeyError:
        v = _codec.bad(OrderStrategy, "accountId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategy, "accountId", "integer", v, True, False)
    o.account_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(OrderStrategy, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(OrderStrategy, "timestamp", "date-time", v)
        else:
            v = _codec.bad(OrderStrategy, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["contractId"]
    except KeyError:
        v = _codec.bad(OrderStrategy, "contractId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategy, "contractId", "integer", v, True, False)
    o.contract_id = v
    try:
        v = d["orderStrategyTypeId"]
    except KeyError:
        v = _codec.bad(OrderStrategy, "orderStrategyTypeId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(OrderStrategy, "orderStrategyTypeId", "integer", v, True, False)
    o.order_strategy_type_id = v
    try:
        v = d["action"]
    except KeyError:
        v = _codec.bad(OrderStrategy, "action", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _Action_values[v]
            except KeyError:
                v = _codec.unknown_enum(OrderStrategy, "action", Action, v)
        else:
            v = _codec.bad(OrderStrategy, "action", "string", v, True, False)
    o.action = v
    try:
        v = d["status"]
    except KeyError:
        v = _codec.bad(OrderStrategy, "status", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _OrderStrategyStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(OrderStrategy, "status", OrderStrategyStatus, v)
        else:
            v = _codec.bad(OrderStrategy, "status", "string", v, True, False)
    o.status = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "id", "integer", v, False, False)
    o.id = v
    v = g("initiatorId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "initiatorId", "integer", v, False, False)
    o.initiator_id = v
    v = g("params", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "params", "string", v, False, False)
    o.params = v
    v = g("uuid", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "uuid", "string", v, False, False)
    o.uuid = v
    v = g("failureMessage", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "failureMessage", "string", v, False, False)
    o.failure_message = v
    v = g("senderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "senderId", "integer", v, False, False)
    o.sender_id = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("userSessionId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "userSessionId", "integer", v, False, False)
    o.user_session_id = v
    v = g("archived", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(OrderStrategy, "archived", "boolean", v, False, False)
    o.archived = v
    if len(d) + missing == 15:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(OrderStrategy, d, _KEYS)
    o._json = d
    o.__class__ = OrderStrategy
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> OrderStrategy:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: OrderStrategy = _new(_OrderStrategyRaw)
    o.account_id = w.account_id
    o.timestamp = w.timestamp
    o.contract_id = w.contract_id
    o.order_strategy_type_id = w.order_strategy_type_id
    o.action = w.action
    o.status = w.status
    o.id = w.id
    o.initiator_id = w.initiator_id
    o.params = w.params
    o.uuid = w.uuid
    o.failure_message = w.failure_message
    o.sender_id = w.sender_id
    o.custom_tag_50 = w.custom_tag_50
    o.user_session_id = w.user_session_id
    o.archived = w.archived
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = OrderStrategy
    return o


_Wire: Any = _codec.wire_struct(
    "OrderStrategy",
    [
        ("account_id", "accountId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("contract_id", "contractId", int, _codec.REQUIRED),
        ("order_strategy_type_id", "orderStrategyTypeId", int, _codec.REQUIRED),
        ("action", "action", Action, _codec.REQUIRED),
        ("status", "status", OrderStrategyStatus, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("initiator_id", "initiatorId", int, UNSET),
        ("params", "params", str, UNSET),
        ("uuid", "uuid", str, UNSET),
        ("failure_message", "failureMessage", str, UNSET),
        ("sender_id", "senderId", int, UNSET),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("user_session_id", "userSessionId", int, UNSET),
        ("archived", "archived", bool, UNSET),
    ],
)


OrderStrategy._info = _codec.model_info(
    (
        _codec.Field("account_id", "accountId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("contract_id", "contractId", _codec.plain_json),
        _codec.Field("order_strategy_type_id", "orderStrategyTypeId", _codec.plain_json),
        _codec.Field("action", "action", _codec.enum_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("initiator_id", "initiatorId", _codec.plain_json),
        _codec.Field("params", "params", _codec.plain_json),
        _codec.Field("uuid", "uuid", _codec.plain_json),
        _codec.Field("failure_message", "failureMessage", _codec.plain_json),
        _codec.Field("sender_id", "senderId", _codec.plain_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("user_session_id", "userSessionId", _codec.plain_json),
        _codec.Field("archived", "archived", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
