from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .reject_reason import RejectReason

__all__ = ["CommandResult"]

_KEYS: frozenset[str] = frozenset(["failureReason", "failureText", "commandId"])
_RejectReason_values = RejectReason._value2member_map_
_new = _codec.new_object


class _CommandResultSlots:
    __slots__ = ("failure_reason", "failure_text", "command_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CommandResult(_CommandResultSlots, _codec.Model):
    """Answer to a cancel or modify request. It arrives with HTTP 200 even on failure; a set failureReason
    (other than Success) or failureText means the command was refused.

    Attributes:
        failure_reason (``failureReason``)
        failure_text (``failureText``): Human-readable reason the command was refused; absent on success.
        command_id (``commandId``): Id of the Command created for the request.
    """

    failure_reason: RejectReason | Unset = UNSET
    failure_text: str | Unset = UNSET
    command_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _CommandResultRaw(_CommandResultSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> CommandResult:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: CommandResult = _new(_CommandResultRaw)
    missing = 0
    g = d.get
    v = g("failureReason", UNSET)
    if v.__class__ is str:
        try:
            v = _RejectReason_values[v]
        except KeyError:
            v = _codec.unknown_enum(CommandResult, "failureReason", RejectReason, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandResult, "failureReason", "string", v, False, False)
    o.failure_reason = v
    v = g("failureText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandResult, "failureText", "string", v, False, False)
    o.failure_text = v
    v = g("commandId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(CommandResult, "commandId", "integer", v, False, False)
    o.command_id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(CommandResult, d, _KEYS)
    o._json = d
    o.__class__ = CommandResult
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> CommandResult:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: CommandResult = _new(_CommandResultRaw)
    o.failure_reason = w.failure_reason
    o.failure_text = w.failure_text
    o.command_id = w.command_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = CommandResult
    return o


_Wire: Any = _codec.wire_struct(
    "CommandResult",
    [
        ("failure_reason", "failureReason", RejectReason, UNSET),
        ("failure_text", "failureText", str, UNSET),
        ("command_id", "commandId", int, UNSET),
    ],
)


CommandResult._info = _codec.model_info(
    (
        _codec.Field("failure_reason", "failureReason", _codec.enum_json),
        _codec.Field("failure_text", "failureText", _codec.plain_json),
        _codec.Field("command_id", "commandId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
