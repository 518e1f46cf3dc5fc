"""One link's traffic, for :class:`.runloop.RunLoop`: a request's frame out and its answer awaited
(``_send_once``, the call policy's send step, driven by :meth:`.connection.Connection.send`),
frames in (fed from the socket's ``data_received``, no task hop between the socket and a waiting
request), heartbeats and timeouts on their own timer, and the protocol core's events dispatched —
answers to the requests waiting for them, the rest to the event streams (held back while
``on_connected`` runs). No connection policy here: when to connect, reconnect or end is
:mod:`.runloop`'s.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable

from websockets.exceptions import ConnectionClosed as WsConnectionClosed

from tradovate_api import errors

from ..streams import Stream
from . import protocol as p
from .dump import copy_entity
from .errors import ConnectionClosed, ConnectionLost, ServerShutdown
from .events import Connected, Disconnected, Reconnected, StreamEvent
from .link import Link, authorize_refused, close_reason, close_reason_of

__all__ = ["Dispatch"]


class Dispatch:
    """Frames in and out of a link, and its events delivered (see the module doc)."""

    # Set by Connection.__init__ (with the rest of the state the run loop shares).
    log: logging.Logger
    _on_frame: Callable[[str | bytes], str | bytes] | None
    _spent: str | None  # the last token sent: scrubbed from what is reported
    _streams: list[Stream[StreamEvent]]
    _holding: list[StreamEvent] | None  # events held while on_connected runs
    _link: Link | None  # the current link
    _ready: asyncio.Event  # authorized on the current link (requests may go)
    _run_task: asyncio.Task[None] | None
    _closed: bool

    # -- frames in and out ---------------------------------------------------------------------

    async def _send_once(self, request: p.SocketRequest, seconds: float) -> p.Response:
        """One frame and its answer (the policy's send step); ``seconds``: what is left of the
        call's timeout (``inf``: none)."""
        timeout = None if seconds == math.inf else (seconds if seconds > 0.0 else 0.0)
        endpoint = request.endpoint
        if self._closed:
            raise ConnectionClosed("connection closed")
        loop = asyncio.get_running_loop()
        if not self._ready.is_set():
            start = loop.time()
            if self._run_task is None:
                raise errors.RequestNotSent(endpoint, "not connected (call connect() first)")
            try:
                async with asyncio.timeout(timeout):
                    await self._ready.wait()
            except TimeoutError:
                raise errors.RequestNotSent(endpoint, f"no connection within {timeout:g}s") from None
            if self._closed:
                raise ConnectionClosed("connection closed")
            if timeout is not None:
                timeout = max(0.0, timeout - (loop.time() - start))
        link = self._link
        assert link is not None
        now = loop.time()
        rid, frame = link.proto.send(request, now, timeout)
        future: asyncio.Future[p.Response] = loop.create_future()
        link.waiters[rid] = future
        try:
            await link.ws.send(frame)
        except WsConnectionClosed:
            link.proto.forget(rid)
            link.waiters.pop(rid, None)
            raise errors.RequestNotSent(endpoint, "connection closed") from None
        if self.log.isEnabledFor(logging.DEBUG):
            self.log.debug("> %s", p.redact_frame(frame))
        if timeout is not None and timeout + now < link.tick_at:
            link.wake.set()
        try:
            return await future
        finally:
            link.waiters.pop(rid, None)

    def _receive(self, link: Link, message: str | bytes) -> None:
        """One message, fed from the socket's ``data_received`` (no task hop between the
        socket and a waiting request). Never raises into ``websockets``."""
        try:
            proto = link.proto
            now = asyncio.get_running_loop().time()
            if self._on_frame is not None:
                message = self._on_frame(message)
            proto.receive(message, now)
            deadline = proto.next_deadline()
            if deadline is not None and deadline <= now:
                proto.on_time(now)  # a flood must not starve heartbeats or timeouts
                deadline = proto.next_deadline()
            if deadline is not None and deadline < link.tick_at:
                link.wake.set()  # due before the timer's wake-up (the open frame starts the heartbeats)
            self._dispatch(link, proto.events_received())
            out = proto.data_to_send()
            if out:
                task = asyncio.ensure_future(self._send_all(link, out))
                link.tasks.add(task)
                task.add_done_callback(link.tasks.discard)
        except Exception as exc:  # a bug here must not take the socket's reader down silently
            self.log.exception("failed to handle a received frame")
            link.end(f"internal error ({type(exc).__name__})")

    async def _watch(self, link: Link) -> None:
        await link.ws.wait_closed()
        link.end(close_reason_of(link.ws))

    async def _tick(self, link: Link) -> None:
        proto = link.proto
        loop = asyncio.get_running_loop()
        while True:
            deadline = proto.next_deadline()
            now = loop.time()
            if deadline is None or deadline > now:
                link.tick_at = float("inf") if deadline is None else deadline
                link.wake.clear()
                try:
                    async with asyncio.timeout(None if deadline is None else deadline - now):
                        await link.wake.wait()
                except TimeoutError:
                    pass
                continue
            proto.on_time(now)
            self._dispatch(link, proto.events_received())
            out = proto.data_to_send()
            if out:
                await self._send_all(link, out)

    async def _send_all(self, link: Link, frames: list[str]) -> None:
        try:
            for frame in frames:
                await link.ws.send(frame)
        except WsConnectionClosed as exc:
            link.end(close_reason(exc))

    # -- events ------------------------------------------------------------------------------

    def _dispatch(self, link: Link, events: list[p.Event]) -> None:
        for event in events:
            cls = event.__class__
            if cls is p.Response:
                assert isinstance(event, p.Response)
                future = link.waiters.get(event.request_id)
                if future is not None and not event.late and not future.done():
                    future.set_result(event)
                    continue
            elif cls is p.Opened:
                if not link.opened.done():
                    link.opened.set_result(None)
                continue
            elif cls is p.Authorized:
                if not link.authorized.done():
                    link.authorized.set_result(None)
                continue
            elif cls is p.AuthorizationRefused:
                assert isinstance(event, p.AuthorizationRefused)
                if not link.authorized.done():
                    link.authorized.set_exception(authorize_refused(event, self._spent))
                continue
            elif cls is p.RequestTimedOut or cls is p.RequestLost:
                assert isinstance(event, p.RequestTimedOut | p.RequestLost)
                self._fail(link, event)
                continue
            elif cls is p.ConnectionDead:
                assert isinstance(event, p.ConnectionDead)
                link.end(f"silent for {event.silent_for:.1f}s")
                continue
            elif cls is p.ServerClosing:
                assert isinstance(event, p.ServerClosing)
                link.end(f"close frame c[{event.code}, {event.reason!r}]")
            elif cls is p.Shutdown:
                assert isinstance(event, p.Shutdown)
                # Delivered first, then acted on: the server closes after it anyway.
                self._publish(event)
                link.end(f"shutdown {event.reason_code}", ServerShutdown(event.reason_code, event.reason))
                continue
            elif cls is p.FrameError:
                assert isinstance(event, p.FrameError)
                self.log.warning("protocol violation: %s", event.error)
                awaited = sum(1 for future in link.waiters.values() if not future.done())
                if awaited and event.error.excerpt[:1] == "a":
                    # a message frame that cannot be read may have carried an awaited answer:
                    # the connection is not trusted to deliver it (the requests would wait out
                    # their timeouts, a sync 60 s); it ends, its requests fail as lost (state
                    # changes: OutcomeUnknown), and the reconnect resyncs
                    self._publish(event)
                    link.end(f"unreadable message frame while {awaited} answer(s) awaited", event.error)
                    continue
            self._publish(event)

    def _fail(self, link: Link, event: p.RequestTimedOut | p.RequestLost) -> None:
        if event.endpoint == p.AUTHORIZE:
            if not link.authorized.done():
                link.authorized.set_exception(TimeoutError())
            return
        future = link.waiters.get(event.request_id)
        if future is None or future.done():
            return
        if isinstance(event, p.RequestTimedOut):
            why = f"no answer within {event.timeout:g}s"
            exc: errors.TradovateError = (
                errors.DeadlineExceeded(event.endpoint, why)
                if event.idempotent
                else errors.OutcomeUnknown(event.endpoint, why)
            )
        else:
            why = "connection lost after sending"
            exc = (
                ConnectionLost(event.endpoint, why) if event.idempotent else errors.OutcomeUnknown(event.endpoint, why)
            )
        future.set_exception(exc)

    def _detach(self, stream: Stream[StreamEvent]) -> None:
        if stream in self._streams:
            self._streams.remove(stream)

    def _publish(self, event: StreamEvent) -> None:
        if self._holding is not None and event.__class__ not in (Connected, Reconnected, Disconnected):
            self._holding.append(event)
            return
        streams = self._streams
        if event.__class__ is p.Props and len(streams) > 1:
            # Each stream owns the entity it gets (Props' doc: "keep it"): the first stream the
            # parsed one, every other a copy, so no consumer reaches another's (the account
            # session hands its own to its mirror uncopied). A sole stream costs nothing.
            streams[0].put(event)
            for stream in streams[1:]:
                stream.put(p.Props(event.entity_type, event.event_type, copy_entity(event.entity)))
            return
        for stream in streams:
            stream.put(event)
