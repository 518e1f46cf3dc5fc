"""The events of the realtime socket: those of the protocol core (:mod:`.protocol`: the typed
form of what the server sent or what the core noticed, timeouts, silence), then those of the
connection (:mod:`.connection`: connected, reconnected, disconnected, a gap in a stream).
Immutable, slotted, no I/O.

Each module re-exports its own (``from tradovate.realtime.protocol import Props``,
``from tradovate.realtime.connection import Disconnected`` keep working). Payloads are kept as parsed from the wire (``data``, ``entity``) and
typed on demand (``model()``), so nothing the server sends is lost.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from tradovate_api import errors
from tradovate_api.models import (
    ChartEvent,
    MarketDataEvent,
    PropsEventType,
    ReplayClock,
    ShutdownEvent,
    ShutdownReasonCode,
)
from tradovate_api.runtime import model_class

from ..streams import Gap
from .errors import ProtocolViolation

__all__ = [
    "AUTHORIZE",
    "AuthorizationRefused",
    "Authorized",
    "Chart",
    "Clock",
    "Connected",
    "ConnectionDead",
    "Disconnected",
    "Event",
    "FrameError",
    "Gap",
    "MarketData",
    "Opened",
    "Props",
    "Reconnected",
    "RequestLost",
    "RequestTimedOut",
    "Response",
    "ServerClosing",
    "Shutdown",
    "SocketError",
    "Stale",
    "StreamEvent",
    "UnknownEvent",
    "UnknownMessage",
]

AUTHORIZE: Final = "authorize"


@attrs.frozen(slots=True)
class SocketError:
    """A refusal in a response, normalised.

    ``kind``: ``"status"`` (``s`` is not 2xx), ``"refused"`` (2xx with a non-empty ``errorText``),
    ``"penalty"`` (2xx with a ``p-ticket``). ``text`` is the server's explanation when it gave one,
    whether ``d`` was a plain string, a JSON-encoded string or an object with ``errorText``;
    ``data`` is ``d`` after undoing a double encoding.
    """

    status: int
    kind: str
    text: str | None
    data: Any = attrs.field(repr=False)

    def exception(self, endpoint: str, idempotent: bool) -> errors.TradovateError:
        """The typed error a caller of ``endpoint`` gets (as the REST client would raise it)."""
        if self.kind == "penalty":
            return errors.PenaltyTicket.from_body(endpoint, self.data)
        if self.kind == "refused":
            code = self.data.get("errorCode") if isinstance(self.data, dict) else None
            cls = errors.AuthenticationFailed if endpoint == AUTHORIZE else errors.OperationFailed
            return cls(endpoint, code if isinstance(code, str) else None, self.text, self.data)
        if endpoint == AUTHORIZE and self.status in (401, 403):
            return errors.AuthenticationFailed(endpoint, str(self.status), self.text)
        content = (self.text or "").encode()
        return errors.from_status(endpoint, self.status, content, idempotent)


@attrs.frozen(slots=True)
class Opened:
    """The server sent ``o``: authorize now."""


@attrs.frozen(slots=True)
class Authorized:
    request_id: int


@attrs.frozen(slots=True)
class AuthorizationRefused:
    request_id: int
    error: SocketError

    def exception(self) -> errors.TradovateError:
        return self.error.exception(AUTHORIZE, True)


@attrs.frozen(slots=True)
class Response:
    """The answer to a request. ``data`` is ``d`` as parsed (``None`` when absent); ``error`` is set
    when it is a refusal. ``endpoint`` is ``None`` only for an id this connection never used.
    ``late``: the request had already been answered or had timed out (a split answer's later
    part, or an answer after its deadline)."""

    request_id: int
    status: int
    data: Any = attrs.field(repr=False)
    endpoint: str | None
    idempotent: bool
    error: SocketError | None
    late: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


@attrs.frozen(slots=True)
class Props:
    """One entity change (``e: props``): ``entity`` is the entity's JSON object exactly as parsed
    from the wire (keep it, change it: each event stream gets its own, no other consumer and no
    mirror shares it; :meth:`model` gives the typed form). A ``props`` message whose
    ``entity`` is an array becomes one event per element."""

    entity_type: str
    event_type: PropsEventType  # an open enum: equal to its text, unknown values kept
    entity: dict[str, Any] = attrs.field(repr=False)

    @property
    def entity_id(self) -> Any:
        return self.entity.get("id")

    def model(self) -> Any:
        """The entity as its generated model (``order`` -> ``models.Order``), or ``None`` when the
        entity type has no model. Raises ``DecodeError`` only for absurd input (see ``from_dict``)."""
        name = self.entity_type[:1].upper() + self.entity_type[1:]
        try:
            cls = model_class(name)
        except AttributeError:
            return None
        return cls.from_dict(self.entity)


@attrs.frozen(slots=True)
class MarketData:
    """``e: md``: ``{"quotes": [...]}``, ``{"doms": [...]}`` or ``{"histograms": [...]}``."""

    data: dict[str, Any] = attrs.field(repr=False)

    def model(self) -> MarketDataEvent:
        """``data`` as the generated model (quotes, DOMs, histograms)."""
        return MarketDataEvent.from_dict(self.data)


@attrs.frozen(slots=True)
class Chart:
    """``e: chart``: ``{"charts": [packet, ...]}``."""

    data: dict[str, Any] = attrs.field(repr=False)

    def model(self) -> ChartEvent:
        """``data`` as the generated model (chart packets)."""
        return ChartEvent.from_dict(self.data)


@attrs.frozen(slots=True)
class Clock:
    """``e: clock`` (replay): ``d`` is sent as a JSON string; ``data`` is it parsed
    (``{"t": "<date-time>", "s": <speed>}``), or the string itself when it is not JSON."""

    data: Any

    def model(self) -> ReplayClock:
        """The clock as the generated model (``DecodeError`` when ``d`` was not a JSON object)."""
        return ReplayClock.from_dict(self.data)


@attrs.frozen(slots=True)
class Shutdown:
    """``e: shutdown``: the server will close this connection. ``reason_code``: ``Maintenance``,
    ``ConnectionQuotaReached``, ``IPQuotaReached`` or a code not known yet."""

    reason_code: ShutdownReasonCode | None  # an open enum: equal to its text, unknown values kept
    reason: str | None
    data: Any = attrs.field(repr=False)

    @property
    def quota(self) -> bool:
        return self.reason_code in (ShutdownReasonCode.CONNECTIONQUOTAREACHED, ShutdownReasonCode.IPQUOTAREACHED)

    def model(self) -> ShutdownEvent:
        """``d`` as the generated model (``DecodeError`` when it was not a JSON object)."""
        return ShutdownEvent.from_dict(self.data)


@attrs.frozen(slots=True)
class UnknownEvent:
    """An event whose name or ``d`` this client does not know; kept as sent."""

    name: str
    data: Any = attrs.field(repr=False)


@attrs.frozen(slots=True)
class UnknownMessage:
    """An ``a[...]`` element that is neither a response nor an event; kept as sent."""

    message: Any = attrs.field(repr=False)
    reason: str


@attrs.frozen(slots=True)
class ServerClosing:
    """A ``c[code, "reason"]`` frame: the server considers this connection closed."""

    code: int | None
    reason: str | None


@attrs.frozen(slots=True)
class FrameError:
    """A frame that breaks the protocol (the connection carries on; what to do is the caller's)."""

    error: ProtocolViolation


@attrs.frozen(slots=True)
class RequestTimedOut:
    request_id: int
    endpoint: str
    idempotent: bool
    timeout: float


@attrs.frozen(slots=True)
class RequestLost:
    """A request still waiting for its answer when the connection ended (from :meth:`Protocol.close`)."""

    request_id: int
    endpoint: str
    idempotent: bool


@attrs.frozen(slots=True)
class ConnectionDead:
    """No frame at all for ``silent_for`` seconds: treat the connection as dropped."""

    silent_for: float


@attrs.frozen(slots=True)
class Stale:
    """Frames keep coming but no data (``a``) for ``quiet_for`` seconds."""

    quiet_for: float


Event = (
    Opened
    | Authorized
    | AuthorizationRefused
    | Response
    | Props
    | MarketData
    | Chart
    | Clock
    | Shutdown
    | UnknownEvent
    | UnknownMessage
    | ServerClosing
    | FrameError
    | RequestTimedOut
    | RequestLost
    | ConnectionDead
    | Stale
)


# ---------------------------------------------------------------------------------------------
# Connection-level events (from :mod:`.connection`, delivered through the same streams)


@attrs.frozen(slots=True)
class Connected:
    """The first connection is authorized and ``on_connected`` has run; events follow."""

    generation: int


@attrs.frozen(slots=True)
class Reconnected:
    """A new connection is authorized and ``on_connected`` has run, ``gap`` seconds after the
    previous one was lost. Events of the gap were not seen: take a fresh snapshot."""

    generation: int
    gap: float


@attrs.frozen(slots=True)
class Disconnected:
    """The connection ``generation`` was lost; ``reason`` says how (no secrets); ``error`` is the
    typed cause when there is one (``ServerShutdown``, ``AuthenticationFailed``, ...)."""

    generation: int
    reason: str
    error: BaseException | None = None
    retry_in: float | None = None


# ``Gap`` (from :mod:`tradovate.streams`, the one gap marker): ``Gap("overflow", lost)`` where a
# connection's event stream dropped ``lost`` events because its consumer fell behind.
StreamEvent = Event | Connected | Reconnected | Disconnected | Gap
