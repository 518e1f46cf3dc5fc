"""The Tradovate WebSocket protocol as a pure object: text and the time in, events and frames out.

No sockets, no clock, no tasks (the model is the ``websockets`` library's sans-I/O ``protocol``).
The asyncio layer (:mod:`.connection`) feeds it:

- every received message: :meth:`Protocol.receive` (``text`` or ``bytes``, and ``now``);
- the time, whenever :meth:`Protocol.next_deadline` says the core needs it: :meth:`Protocol.on_time`;

and drains :meth:`Protocol.events_received` (typed events, :mod:`.events`) and :meth:`Protocol.data_to_send`
(heartbeats). Requests are made with :meth:`Protocol.request` / :meth:`Protocol.authorize`, which
return the frame to send; the caller sends it (or calls :meth:`Protocol.forget` if it could not).
This module is the state machine; reading an event message and an answer's error is
:mod:`.messages`'; requests as data (validation, the call policy's view of a
request, an answer's outcome, redaction for logs) are :mod:`.calls`' job, re-exported here.
``now`` is any monotonic clock in seconds; tests pass made-up numbers.

Server frames (SockJS heritage): ``o`` open, ``h`` heartbeat, ``a[...]`` messages, ``c[code,"reason"]``
close. A message with ``i``/``s`` is a response (correlated by id only, never by order); one with
``e`` an event (``props``, ``md``, ``chart``, ``clock``, ``shutdown``, or one not known yet, kept).
Client frames: ``endpoint\\nid\\nquery\\nbody`` requests and the ``[]`` heartbeat.

Nothing the server sends is dropped or raises: a frame that breaks the protocol becomes a
:class:`FrameError` event carrying a :class:`~.errors.ProtocolViolation`; a message of a shape
not understood becomes :class:`UnknownMessage` / :class:`UnknownEvent` with its JSON as sent.

Timers (all in seconds, all configurable):

- heartbeat: ``[]`` every ``heartbeat_interval`` (2.5) after ``o``, whatever the traffic in either
  direction (the server's idle limit counts the client's heartbeats, and it suppresses its own ``h``
  while streaming, so inbound traffic proves nothing about what it has seen from us);
- dead connection: no frame at all for ``dead_after`` -> :class:`ConnectionDead` (once);
- staleness (off by default): frames keep coming (``h``) but no ``a`` data for ``stale_after`` ->
  :class:`Stale` (once per quiet spell). A user socket can be legitimately quiet for hours, so this
  is a signal, not a drop;
- request timeouts: per request -> :class:`RequestTimedOut`.

(Over ~400 lines for a reason: about 85 of them import and re-export the event and request types
that old import paths reach through this module; the state machine itself is ~310.)
"""

from __future__ import annotations

import enum
import heapq
import logging
from collections.abc import Mapping
from typing import Any, Final, NamedTuple

from tradovate_api import errors
from tradovate_api import runtime as rt
from tradovate_api.models import PropsEventType as PropsEventType  # the old import paths keep working
from tradovate_api.models import ShutdownReasonCode as ShutdownReasonCode

from . import frames
from .calls import (
    HEARTBEAT,
    SocketCall,
    SocketRequest,
    encode_body,
    encode_query,
    operation_for,
    outcome,
    prepare_request,
    redact_frame,
)
from .errors import ProtocolViolation
from .events import (
    AUTHORIZE,
    AuthorizationRefused,
    Authorized,
    Chart,
    Clock,
    ConnectionDead,
    Event,
    FrameError,
    MarketData,
    Opened,
    Props,
    RequestLost,
    RequestTimedOut,
    Response,
    ServerClosing,
    Shutdown,
    SocketError,
    Stale,
    UnknownEvent,
    UnknownMessage,
)
from .frames import build_request, parse_request
from .messages import E as E  # the old import paths keep working
from .messages import error_of, read_event

__all__ = [
    "AUTHORIZE",
    "HEARTBEAT",
    "AuthorizationRefused",
    "Authorized",
    "Chart",
    "Clock",
    "ConnectionDead",
    "Event",
    "FrameError",
    "MarketData",
    "Opened",
    "Props",
    "Protocol",
    "RequestLost",
    "RequestTimedOut",
    "Response",
    "ServerClosing",
    "Shutdown",
    "SocketError",
    "Stale",
    "State",
    "UnknownEvent",
    "UnknownMessage",
    "SocketCall",
    "SocketRequest",
    "build_request",
    "encode_body",
    "encode_query",
    "operation_for",
    "outcome",
    "parse_request",
    "prepare_request",
    "redact_frame",
]

_EXCERPT: Final = 80
_RECENT: Final = 256  # answered request ids remembered, so later parts of a split answer keep their endpoint


class State(enum.Enum):
    CONNECTING = "connecting"  # waiting for ``o``
    OPEN = "open"  # ``o`` received, not authorized
    AUTHORIZING = "authorizing"
    READY = "ready"  # authorized
    CLOSED = "closed"


# ---------------------------------------------------------------------------------------------
# The core


class _Pending(NamedTuple):
    endpoint: str
    idempotent: bool
    deadline: float | None
    timeout: float | None


class Protocol:
    """One connection's protocol state (a new one per connection).

    Args:
        now: the time the connection started (the dead-connection clock starts here).
        heartbeat_interval: seconds between ``[]`` heartbeats.
        dead_after: no frame for this long means the connection is dead (``None``: never).
        stale_after: no data (``a``) frames for this long -> :class:`Stale` (``None``: off).
        request_timeout: default per-request timeout (``None``: wait for ever).
    """

    def __init__(
        self,
        now: float,
        *,
        heartbeat_interval: float = 2.5,
        dead_after: float | None = 10.0,
        stale_after: float | None = None,
        request_timeout: float | None = 10.0,
        logger: logging.Logger | None = None,
    ) -> None:
        if not heartbeat_interval > 0:
            raise errors.InvalidRequest("must be positive", "heartbeat_interval")
        self.state = State.CONNECTING
        self.heartbeat_interval = heartbeat_interval
        self.dead_after = dead_after
        self.stale_after = stale_after
        self.request_timeout = request_timeout
        self.logger = logger
        self._next_id = 0
        self._pending: dict[int, _Pending] = {}
        self._recent: dict[int, _Pending] = {}  # insertion-ordered: the oldest first
        self._deadlines: list[tuple[float, int]] = []  # heap of request deadlines (lazy deletion)
        self._events: list[Event] = []
        self._out: list[str] = []
        self._last_frame = now
        self._last_data = now
        self._heartbeat_due: float | None = None
        self._dead_reported = False
        self._stale_reported = False
        self.frames_received = 0
        self.heartbeats_sent = 0

    def __repr__(self) -> str:
        return f"<Protocol {self.state.value} pending={len(self._pending)} next_id={self._next_id}>"

    # -- output ------------------------------------------------------------------------------

    def events_received(self) -> list[Event]:
        """The events produced since the last call, in order."""
        events, self._events = self._events, []
        return events

    def data_to_send(self) -> list[str]:
        """The frames to send now (heartbeats), in order."""
        out, self._out = self._out, []
        return out

    # -- requests ----------------------------------------------------------------------------

    def authorize(self, token: str, now: float, timeout: float | None = None) -> str:
        """The ``authorize`` frame (send it after :class:`Opened`). The token is not kept."""
        if self.state is not State.OPEN:
            raise errors.InvalidRequest(f"authorize needs an open, unauthorized connection (state {self.state.value})")
        if not isinstance(token, str) or not token or "\n" in token or "\r" in token:
            raise errors.InvalidRequest("must be a non-empty single-line string", "token")
        rid = self._register(AUTHORIZE, True, now, timeout)
        self.state = State.AUTHORIZING
        return build_request(AUTHORIZE, rid, "", token)

    def request(
        self,
        endpoint: str,
        now: float,
        *,
        query: Mapping[str, Any] | str | None = None,
        body: Any = None,
        timeout: float | None = None,
        idempotent: bool | None = None,
        ticket: str | None = None,
    ) -> tuple[int, str]:
        """Register a request and return ``(id, frame)``; validated before anything else
        (``InvalidRequest``). ``idempotent`` defaults to the REST operation's (unknown endpoints
        count as state-changing: their answer lost is ``OutcomeUnknown``). ``ticket``: a penalty
        ticket the request carries (see :meth:`SocketRequest.with_ticket`)."""
        if self.state is not State.READY:
            raise errors.RequestNotSent(endpoint, f"connection not ready ({self.state.value})")
        request = prepare_request(endpoint, query, body, idempotent)
        if ticket is not None:
            ticketed = request.with_ticket(ticket)
            if ticketed is None:
                raise errors.InvalidRequest("a penalty ticket needs a JSON object body", "body")
            request = ticketed
        return self.send(request, now, timeout)

    def send(self, request: SocketRequest, now: float, timeout: float | None = None) -> tuple[int, str]:
        """Register a prepared request (:func:`prepare_request`) and return ``(id, frame)``."""
        if self.state is not State.READY:
            raise errors.RequestNotSent(request.endpoint, f"connection not ready ({self.state.value})")
        rid = self._register(request.endpoint, request.idempotent, now, timeout)
        return rid, f"{request.endpoint}\n{rid}\n{request.query}\n{request.body}"

    def forget(self, request_id: int) -> None:
        """Drop a registered request whose frame could not be sent."""
        self._pending.pop(request_id, None)

    def pending(self) -> dict[int, str]:
        """Requests waiting for an answer: id -> endpoint."""
        return {rid: p.endpoint for rid, p in self._pending.items()}

    def _register(self, endpoint: str, idempotent: bool, now: float, timeout: float | None) -> int:
        rid = self._next_id
        self._next_id += 1
        timeout = self.request_timeout if timeout is None else timeout
        deadline = None if timeout is None else now + timeout
        self._pending[rid] = _Pending(endpoint, idempotent, deadline, timeout)
        if deadline is not None:
            heapq.heappush(self._deadlines, (deadline, rid))
        return rid

    # -- input -------------------------------------------------------------------------------

    def receive(self, message: str | bytes, now: float) -> None:
        """Feed one WebSocket message from the server."""
        if self.state is State.CLOSED:
            return
        self._last_frame = now
        self._dead_reported = False
        self.frames_received += 1
        if self.logger is not None and self.logger.isEnabledFor(logging.DEBUG):
            shown = message if isinstance(message, str) else repr(message[:_EXCERPT])
            self.logger.debug("< %s", redact_frame(shown))
        if not isinstance(message, str):
            try:
                message = bytes(message).decode()
            except UnicodeDecodeError:
                self._violation("binary frame is not UTF-8", repr(message[:_EXCERPT]))
                return
        kind = frames.frame_kind(message)
        if kind == "a":
            self._last_data = now
            self._stale_reported = False
            self._receive_array(message)
        elif kind == "h":
            pass
        elif kind == "o":
            if self.state is State.CONNECTING:
                self.state = State.OPEN
                self._heartbeat_due = now + self.heartbeat_interval
                self._events.append(Opened())
            else:
                self._violation("a second open frame", message)
        elif kind == "c":
            self._receive_close(message)
        elif message[:1] in ("o", "h"):
            self._violation(("open" if message[:1] == "o" else "heartbeat") + " frame with a payload", message)
        else:
            self._violation("unknown frame type", message)

    def _violation(self, what: str, text: str) -> None:
        self._events.append(FrameError(ProtocolViolation(what, text[:_EXCERPT])))

    def _receive_close(self, message: str) -> None:
        code, reason, well_formed = frames.parse_close(message, rt.parse_json)
        if not well_formed:
            self._violation("close frame payload is not a JSON array", message)
        self._events.append(ServerClosing(code, reason))

    def _receive_array(self, message: str) -> None:
        try:
            items = frames.parse_array(message, rt.parse_json)
        except ProtocolViolation as exc:
            self._events.append(FrameError(exc))
            return
        for item in items:
            if item.__class__ is not dict:
                self._events.append(UnknownMessage(item, "not a JSON object"))
            elif "e" in item:
                read_event(item, self._events)
            elif "i" in item or "s" in item:
                self._receive_response(item)
            else:
                self._events.append(UnknownMessage(item, "neither a response nor an event"))

    def _receive_response(self, item: dict[str, Any]) -> None:
        rid, status = item.get("i"), item.get("s")
        if rid.__class__ is not int or rid < 0:
            self._events.append(UnknownMessage(item, "response without a usable id"))
            return
        if status.__class__ is not int:
            self._events.append(UnknownMessage(item, "response without a status"))
            return
        d = item.get("d")
        if status == 200 and (d.__class__ is not dict or ("p-ticket" not in d and not d.get("errorText"))):
            error = None  # the common answer, without the checks below
        else:
            error = error_of(status, d)
            if error is not None and error.kind == "status" and error.data is not d:
                d = error.data
        pending = self._pending.pop(rid, None)
        late = pending is None
        if pending is None:
            pending = self._recent.get(rid)
        else:
            self._remember(rid, pending)
        if pending is not None and pending.endpoint == AUTHORIZE and not late:
            if error is None:
                self.state = State.READY
                self._events.append(Authorized(rid))
            else:
                self.state = State.OPEN
                self._events.append(AuthorizationRefused(rid, error))
            return
        endpoint = pending.endpoint if pending is not None else None
        idempotent = pending.idempotent if pending is not None else False
        self._events.append(Response(rid, status, d, endpoint, idempotent, error, late))

    def _remember(self, rid: int, pending: _Pending) -> None:
        recent = self._recent
        recent[rid] = pending
        if len(recent) > _RECENT:
            del recent[next(iter(recent))]

    # -- time --------------------------------------------------------------------------------

    def next_deadline(self) -> float | None:
        """When :meth:`on_time` must next be called (``None``: not until new input)."""
        if self.state is State.CLOSED:
            return None
        best = self._heartbeat_due
        if self.dead_after is not None and not self._dead_reported:
            due = self._last_frame + self.dead_after
            best = due if best is None or due < best else best
        if self.stale_after is not None and not self._stale_reported and self.state is State.READY:
            due = self._last_data + self.stale_after
            best = due if best is None or due < best else best
        heap = self._deadlines
        while heap and heap[0][1] not in self._pending:
            heapq.heappop(heap)
        if heap:
            due = heap[0][0]
            best = due if best is None or due < best else best
        return best

    def on_time(self, now: float) -> None:
        """Do what is due at ``now``: heartbeats to :meth:`data_to_send`, timeouts as events."""
        if self.state is State.CLOSED:
            return
        due = self._heartbeat_due
        if due is not None and now >= due:
            self._out.append(HEARTBEAT)
            self.heartbeats_sent += 1
            # The next one is an interval after this one was due (no drift), but never in the
            # past: a stalled loop sends one heartbeat, not a burst.
            nxt = due + self.heartbeat_interval
            self._heartbeat_due = nxt if nxt > now else now + self.heartbeat_interval
        heap = self._deadlines
        while heap and heap[0][0] <= now:
            _, rid = heapq.heappop(heap)
            pending = self._pending.pop(rid, None)
            if pending is None:
                continue
            self._remember(rid, pending)
            if pending.endpoint == AUTHORIZE:
                self.state = State.OPEN
            self._events.append(RequestTimedOut(rid, pending.endpoint, pending.idempotent, pending.timeout or 0.0))
        if self.dead_after is not None and not self._dead_reported and now - self._last_frame >= self.dead_after:
            self._dead_reported = True
            self._events.append(ConnectionDead(now - self._last_frame))
        if (
            self.stale_after is not None
            and not self._stale_reported
            and self.state is State.READY
            and now - self._last_data >= self.stale_after
        ):
            self._stale_reported = True
            self._events.append(Stale(now - self._last_data))

    def close(self) -> None:
        """The connection ended: every waiting request becomes :class:`RequestLost`; timers stop."""
        if self.state is State.CLOSED:
            return
        self.state = State.CLOSED
        self._heartbeat_due = None
        for rid, pending in self._pending.items():
            self._events.append(RequestLost(rid, pending.endpoint, pending.idempotent))
        self._pending.clear()
        self._deadlines.clear()
        self._out.clear()
