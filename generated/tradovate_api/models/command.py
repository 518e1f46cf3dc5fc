from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .command_status import CommandStatus
from .command_type import CommandType

__all__ = ["Command"]

_KEYS: frozenset[str] = frozenset(
    [
        "orderId",
        "timestamp",
        "commandType",
        "commandStatus",
        "id",
        "clOrdId",
        "senderId",
        "userSessionId",
        "activationTime",
        "customTag50",
        "isAutomated",
        "autoLiqTransactionId",
    ]
)
_CommandStatus_values = CommandStatus._value2member_map_
_CommandType_values = CommandType._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CommandSlots:
    __slots__ = ("order_id", "timestamp", "command_type", "command_status", "id", "cl_ord_id", "sender_id", "user_session_id", "activation_time", "custom_tag_50", "is_automated", "auto_liq_transaction_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Command(_CommandSlots, _codec.Model):
    """One instruction (new, modify or cancel) sent for an order, as the server recorded it.

    Attributes:
        order_id (``orderId``): Id of the Order the command acts on.
        timestamp (``timestamp``): When the server received the command.
        command_type (``commandType``)
        command_status (``commandStatus``)
        id (``id``): Id of the Command.
        cl_ord_id (``clOrdId``): Client-chosen id sent with the request.
        sender_id (``senderId``): Id of the User who sent the command.
        user_session_id (``userSessionId``): Id of the UserSession the command came from.
        activation_time (``activationTime``): Moment the command was set to take effect, if delayed.
        custom_tag_50 (``customTag50``): FIX tag 50 (operator id) value sent with the command.
        is_automated (``isAutomated``): True if the command was sent by software rather than a person.
        auto_liq_transaction_id (``autoLiqTransactionId``): Set on commands sent by the auto-liquidation system (whose senderId is -1); shared by
            the commands of one liquidation (inferred).
    """

    order_id: int
    timestamp: datetime.datetime
    command_type: CommandType
    command_status: CommandStatus
    id: int | Unset = UNSET
    cl_ord_id: str | Unset = UNSET
    sender_id: int | Unset = UNSET
    user_session_id: int | Unset = UNSET
    activation_time: datetime.datetime | Unset = UNSET
    custom_tag_50: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    auto_liq_transaction_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CommandRaw(_CommandSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> Command:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: Command = _new(_CommandRaw)
    missing = 0
    g = d.get
    try:
        v = d["orderId"]
    except KeyError:
        v = _codec.bad(Command, "orderId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(Command, "orderId", "integer", v, True, False)
    o.order_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(Command, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(Command, "timestamp", "date-time", v)
        else:
            v = _codec.bad(Command, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["commandType"]
    except KeyError:
        v = _codec.bad(Command, "commandType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _CommandType_values[v]
            except KeyError:
                v = _codec.unknown_enum(Command, "commandType", CommandType, v)
        else:
            v = _codec.bad(Command, "commandType", "string", v, True, False)
    o.command_type = v
    try:
        v = d["commandStatus"]
    except KeyError:
        v = _codec.bad(Command, "commandStatus", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _CommandStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(Command, "commandStatus", CommandStatus, v)
        else:
            v = _codec.bad(Command, "commandStatus", "string", v, True, False)
    o.command_status = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "id", "integer", v, False, False)
    o.id = v
    v = g("clOrdId", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "clOrdId", "string", v, False, False)
    o.cl_ord_id = v
    v = g("senderId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "senderId", "integer", v, False, False)
    o.sender_id = v
    v = g("userSessionId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "userSessionId", "integer", v, False, False)
    o.user_session_id = v
    v = g("activationTime", UNSET)
    if v.__class__ is str:
        try:
            v = _fromiso(v)
        except ValueError:
            v = _codec.bad_format(Command, "activationTime", "date-time", v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "activationTime", "date-time", v, False, False)
    o.activation_time = v
    v = g("customTag50", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "customTag50", "string", v, False, False)
    o.custom_tag_50 = v
    v = g("isAutomated", UNSET)
    if v.__class__ is bool:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "isAutomated", "boolean", v, False, False)
    o.is_automated = v
    v = g("autoLiqTransactionId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(Command, "autoLiqTransactionId", "integer", v, False, False)
    o.auto_liq_transaction_id = v
    if len(d) + missing == 12:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(Command, d, _KEYS)
    o._json = d
    o.__class__ = Command
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> Command:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: Command = _new(_CommandRaw)
    o.order_id = w.order_id
    o.timestamp = w.timestamp
    o.command_type = w.command_type
    o.command_status = w.command_status
    o.id = w.id
    o.cl_ord_id = w.cl_ord_id
    o.sender_id = w.sender_id
    o.user_session_id = w.user_session_id
    o.activation_time = w.activation_time
    o.custom_tag_50 = w.custom_tag_50
    o.is_automated = w.is_automated
    o.auto_liq_transaction_id = w.auto_liq_transaction_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = Command
    return o


_Wire: Any = _codec.wire_struct(
    "Command",
    [
        ("order_id", "orderId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("command_type", "commandType", CommandType, _codec.REQUIRED),
        ("command_status", "commandStatus", CommandStatus, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("cl_ord_id", "clOrdId", str, UNSET),
        ("sender_id", "senderId", int, UNSET),
        ("user_session_id", "userSessionId", int, UNSET),
        ("activation_time", "activationTime", datetime.datetime, UNSET),
        ("custom_tag_50", "customTag50", str, UNSET),
        ("is_automated", "isAutomated", bool, UNSET),
        ("auto_liq_transaction_id", "autoLiqTransactionId", int, UNSET),
    ],
)


Command._info = _codec.model_info(
    (
        _codec.Field("order_id", "orderId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("command_type", "commandType", _codec.enum_json),
        _codec.Field("command_status", "commandStatus", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("cl_ord_id", "clOrdId", _codec.plain_json),
        _codec.Field("sender_id", "senderId", _codec.plain_json),
        _codec.Field("user_session_id", "userSessionId", _codec.plain_json),
        _codec.Field("activation_time", "activationTime", _codec.datetime_json),
        _codec.Field("custom_tag_50", "customTag50", _codec.plain_json),
        _codec.Field("is_automated", "isAutomated", _codec.plain_json),
        _codec.Field("auto_liq_transaction_id", "autoLiqTransactionId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
