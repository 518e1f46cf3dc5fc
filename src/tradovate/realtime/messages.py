"""Reading the server's messages for :class:`.protocol.Protocol`: an event message (``e``) as typed
events (:func:`read_event`), and the error an answer carries (:func:`error_of`). Pure functions:
no state, nothing dropped (a shape not understood is an :class:`.events.UnknownEvent` /
:class:`.events.UnknownMessage` with its JSON as sent), nothing raised.
"""

from __future__ import annotations

from typing import Any, Final, TypeVar

from tradovate_api import errors
from tradovate_api import runtime as rt
from tradovate_api.models import PropsEventType, ShutdownReasonCode

from .events import Chart, Clock, Event, MarketData, Props, Shutdown, SocketError, UnknownEvent, UnknownMessage

__all__ = ["error_of", "read_event", "unknown_value"]

E = TypeVar("E", bound=rt.OpenStrEnum)

_EVENT_TYPES: Final[dict[str, PropsEventType]] = {m.value: m for m in PropsEventType}
_REASON_CODES: Final[dict[str, ShutdownReasonCode]] = {m.value: m for m in ShutdownReasonCode}


def read_event(item: dict[str, Any], events: list[Event]) -> None:
    """The event message ``item`` (it has ``e``) as typed events, appended to ``events``."""
    name = item["e"]
    d = item.get("d")
    if name == "props":
        if d.__class__ is dict:
            et, ev, entity = d.get("entityType"), d.get("eventType"), d.get("entity")
            if et.__class__ is str and ev.__class__ is str:
                ev = _EVENT_TYPES.get(ev) or unknown_value(PropsEventType, "PropsEvent", "eventType", ev)
                if entity.__class__ is dict:
                    events.append(Props(et, ev, entity))
                    return
                if entity.__class__ is list and entity and all(e.__class__ is dict for e in entity):
                    events.extend(Props(et, ev, e) for e in entity)
                    return
        events.append(UnknownEvent("props", d))
    elif name == "md" or name == "chart":
        if d.__class__ is dict:
            events.append(MarketData(d) if name == "md" else Chart(d))
        else:
            events.append(UnknownEvent(name, d))
    elif name == "shutdown":
        code = reason = None
        if d.__class__ is dict:
            code = d.get("reasonCode")
            reason = d.get("reason")
        if code.__class__ is str:
            code = _REASON_CODES.get(code) or unknown_value(ShutdownReasonCode, "ShutdownEvent", "reasonCode", code)
        else:
            code = None
        events.append(Shutdown(code, reason if reason.__class__ is str else None, d))
    elif name == "clock":
        value = d
        if d.__class__ is str:
            try:
                value = rt.loads(d, "clock")
            except errors.DecodeError:
                value = d
        events.append(Clock(value))
    elif name.__class__ is str:
        events.append(UnknownEvent(name, d))
    else:
        events.append(UnknownMessage(item, "event name is not a string"))


def unknown_value(enum_cls: type[E], model: str, key: str, value: str) -> E:
    """An enum value the spec does not list: reported as drift and kept. Strict drift mode
    cannot stop a frame from being read; it applies when the data is decoded (``model()``)."""
    try:
        return rt.unknown_enum(model, key, enum_cls, value)
    except errors.SpecDriftError:
        return enum_cls._open_value(value)


def error_of(status: int, d: Any) -> SocketError | None:
    """The error an answer carries (``None``: none): a non-2xx status, a penalty ticket, or a
    2xx with ``errorText``."""
    if 200 <= status < 300:
        if d.__class__ is dict:
            if "p-ticket" in d:
                return SocketError(status, "penalty", None, d)
            text = d.get("errorText")
            if text.__class__ is str and text:
                return SocketError(status, "refused", text, d)
        return None
    data = d
    if d.__class__ is str and d[:1] in ('"', "{", "["):
        try:
            data = rt.loads(d, "error")  # a JSON document sent as a string
        except errors.DecodeError:
            data = d
    found: Any = None
    if data.__class__ is str:
        found = data
    elif data.__class__ is dict:
        found = data.get("errorText") or data.get("error") or data.get("message")
    elif data is not None:
        found = d if d.__class__ is str else None
    return SocketError(status, "status", found if found.__class__ is str else None, data)
