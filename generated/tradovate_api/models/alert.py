from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .alert_status import AlertStatus

__all__ = ["Alert"]

_KEYS: frozenset[str] = frozenset(
    [
        "timestamp",
        "userId",
        "status",
        "expression",
        "id",
        "validUntil",
        "triggerLimits",
        "triggeredCounter",
        "failure",
        "message",
    ]
)
_AlertStatus_values = AlertStatus._value2member_map_


class _AlertSlots:
    __slots__ = ("timestamp", "user_id", "status", "expression", "id", "valid_until", "trigger_limits", "triggered_counter", "failure", "message", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class Alert(_AlertSlots):
    """A user-defined alert: an expression that is watched and fires a signal when it becomes true.

    Attributes:
        timestamp (``timestamp``): When the alert was created.
        user_id (``userId``): Id of the User who owns the alert.
        status (``status``): Lifecycle state of the alert.
        expression (``expression``): Condition that triggers the alert.
        id (``id``)
        valid_until (``validUntil``): Moment after which the alert expires.
        trigger_limits (``triggerLimits``): How many times the alert may fire before it stops.
        triggered_counter (``triggeredCounter``): How many times it has fired so far.
        failure (``failure``): Why the alert failed, when `status` is `Failed`.
        message (``message``): Text to show when the alert fires.
    """

    timestamp: datetime.datetime
    user_id: int
    status: AlertStatus
    expression: str
    id: int | Unset = UNSET
    valid_until: datetime.datetime | Unset = UNSET
    trigger_limits: int | Unset = UNSET
    triggered_counter: int | Unset = UNSET
    failure: str | Unset = UNSET
    message: str | Unset = UNSET
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
        o: Self = _codec.new_object(_AlertRaw)
        g = d.get
        v = g("timestamp", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "timestamp", "date-time", v)
        else:
            v = _codec.bad(cls, "timestamp", "date-time", v, True, False)
        o.timestamp = v
        v = g("userId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "userId", "integer", v, True, False)
        o.user_id = v
        v = g("status", UNSET)
        if v.__class__ is str:
            e = _AlertStatus_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "status", AlertStatus, v)
        else:
            v = _codec.bad(cls, "status", "string", v, True, False)
        o.status = v
        v = g("expression", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "expression", "string", v, True, False)
        o.expression = v
        v = g("id", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "id", "integer", v, False, False)
        o.id = v
        v = g("validUntil", UNSET)
        if v.__class__ is str:
            try:
                v = _codec.fromisoformat(v)
            except ValueError:
                v = _codec.bad_format(cls, "validUntil", "date-time", v)
        elif v is not UNSET:
            v = _codec.bad(cls, "validUntil", "date-time", v, False, False)
        o.valid_until = v
        v = g("triggerLimits", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "triggerLimits", "integer", v, False, False)
        o.trigger_limits = v
        v = g("triggeredCounter", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "triggeredCounter", "integer", v, False, False)
        o.triggered_counter = v
        v = g("failure", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "failure", "string", v, False, False)
        o.failure = v
        v = g("message", UNSET)
        if v.__class__ is not str and v is not UNSET:
            v = _codec.bad(cls, "message", "string", v, False, False)
        o.message = v
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


class _AlertRaw(_AlertSlots):
    __slots__ = ()


Alert._info = _codec.model_info(
    (
        _codec.Field("timestamp", "timestamp", _codec.datetime_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("status", "status", _codec.enum_json),
        _codec.Field("expression", "expression", _codec.plain_json),
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("valid_until", "validUntil", _codec.datetime_json),
        _codec.Field("trigger_limits", "triggerLimits", _codec.plain_json),
        _codec.Field("triggered_counter", "triggeredCounter", _codec.plain_json),
        _codec.Field("failure", "failure", _codec.plain_json),
        _codec.Field("message", "message", _codec.plain_json),
    ),
)
