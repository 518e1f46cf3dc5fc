from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _CommandReportSlots:
    __slots__ = ("command_id", "timestamp", "command_status", "id", "reject_reason", "text", "ord_status", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class CommandReport(_CommandReportSlots):
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
        o: Self = _codec.new_object(_CommandReportRaw)
        g = d.get
        v = g("commandId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "commandId", "integer", v, True, False)
        o.command_id = v
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("commandStatus", UNSET)
        if v.__class__ is str:
            e = _CommandStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "commandStatus", CommandStatus, v)
        else:
            v = _codec.bad(cls, "commandStatus", "string", v, True, False)
        o.command_status = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("rejectReason", UNSET)
        if v.__class__ is str:
            e = _RejectReason_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "rejectReason", RejectReason, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "rejectReason", "string", v, False, False)
        o.reject_reason = v
        v = g("text", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "text", "string", v, False, False)
        o.text = v
        v = g("ordStatus", UNSET)
        if v.__class__ is str:
            e = _OrdStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "ordStatus", OrdStatus, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "ordStatus", "string", v, False, False)
        o.ord_status = v
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


class _CommandReportRaw(_CommandReportSlots):
    __slots__ = ()


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
)
