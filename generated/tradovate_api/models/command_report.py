from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .command_status import CommandStatus
from .ord_status import OrdStatus
from .reject_reason import RejectReason

__all__ = ["CommandReport"]

_KEYS: frozenset[str] = frozenset(
    ["commandId", "timestamp", "commandStatus", "id", "rejectReason", "text", "ordStatus"]
)
_CommandStatus_values = CommandStatus._value2member_map_
_OrdStatus_values = OrdStatus._value2member_map_
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object
_fromiso = _codec.fromisoformat


class _CommandReportSlots:
    __slots__ = ("command_id", "timestamp", "command_status", "id", "reject_reason", "text", "ord_status", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CommandReport(_CommandReportSlots, _codec.Model):
    """A status update on the processing of a Command.

    Attributes:
        command_id (``commandId``): Id of the Command this report is about.
        timestamp (``timestamp``): When the status change happened.
        command_status (``commandStatus``)
        id (``id``): Id of the CommandReport.
        reject_reason (``rejectReason``)
        text (``text``): Explanation from the server or exchange, mostly for rejections.
        ord_status (``ordStatus``)
    """

    command_id: int
    timestamp: datetime.datetime
    command_status: CommandStatus
    id: int | Unset = UNSET
    reject_reason: RejectReason | Unset = UNSET
    text: str | Unset = UNSET
    ord_status: OrdStatus | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CommandReportRaw(_CommandReportSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CommandReport:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CommandReport = _new(_CommandReportRaw)
    missing = 0
    g = d.get
    try:
        v = d["commandId"]
    except KeyError:
        v = _codec.bad(CommandReport, "commandId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(CommandReport, "commandId", "integer", v, True, False)
    o.command_id = v
    try:
        v = d["timestamp"]
    except KeyError:
        v = _codec.bad(CommandReport, "timestamp", "date-time", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _fromiso(v)
            except ValueError:
                v = _codec.bad_format(CommandReport, "timestamp", "date-time", v)
        else:
            v = _codec.bad(CommandReport, "timestamp", "date-time", v, True, False)
    o.timestamp = v
    try:
        v = d["commandStatus"]
    except KeyError:
        v = _codec.bad(CommandReport, "commandStatus", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _CommandStatus_values[v]
            except KeyError:
                v = _codec.unknown_enum(CommandReport, "commandStatus", CommandStatus, v)
        else:
            v = _codec.bad(CommandReport, "commandStatus", "string", v, True, False)
    o.command_status = v
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandReport, "id", "integer", v, False, False)
    o.id = v
    v = g("rejectReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(CommandReport, "rejectReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandReport, "rejectReason", "string", v, False, False)
    o.reject_reason = v
    v = g("text", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandReport, "text", "string", v, False, False)
    o.text = v
    v = g("ordStatus", UNSET)
    if v.__class__ is str:
        try:
            v = _OrdStatus_values[v]
        except KeyError:
            v = _codec.unknown_enum(CommandReport, "ordStatus", OrdStatus, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandReport, "ordStatus", "string", v, False, False)
    o.ord_status = v
    if len(d) + missing == 7:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CommandReport, d, _KEYS)
    o._json = d
    o.__class__ = CommandReport
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CommandReport:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CommandReport = _new(_CommandReportRaw)
    o.command_id = w.command_id
    o.timestamp = w.timestamp
    o.command_status = w.command_status
    o.id = w.id
    o.reject_reason = w.reject_reason
    o.text = w.text
    o.ord_status = w.ord_status
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CommandReport
    return o


_Wire: Any = _codec.wire_struct(
    "CommandReport",
    [
        ("command_id", "commandId", int, _codec.REQUIRED),
        ("timestamp", "timestamp", datetime.datetime, _codec.REQUIRED),
        ("command_status", "commandStatus", CommandStatus, _codec.REQUIRED),
        ("id", "id", int, UNSET),
        ("reject_reason", "rejectReason", RejectReason, UNSET),
        ("text", "text", str, UNSET),
        ("ord_status", "ordStatus", OrdStatus, UNSET),
    ],
)


CommandReport._info = _codec.model_info(
    (
        _codec.Field("command_id", "commandId", _codec.plain_json),
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("command_status", "commandStatus", _codec.enum_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("reject_reason", "rejectReason", _codec.enum_json),
        _codec.Field("text", "text", _codec.plain_json),
        _codec.Field("ord_status", "ordStatus", _codec.enum_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
