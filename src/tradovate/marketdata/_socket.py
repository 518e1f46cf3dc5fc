"""The md / replay socket: the protocol core of :mod:`tradovate.realtime.protocol` under a thin
asyncio layer, with the market-data fast path and automatic reconnection.

Every ``a[...]`` frame is first decoded by :func:`.decode.decode_frame` (typed market data in
one pass). A frame made only of market data is then reported to the protocol core as an empty
data frame (``a[]``: the liveness clocks move, nothing is parsed twice); a frame holding
anything else (responses, ``props``, ``shutdown``) is fed whole to the core, which correlates
responses, and only its non-market-data events are used.

Reconnection: when the socket drops (closed, dead: no frame for ``dead_after``, or refused to
connect) it is re-opened with exponential back-off (``0.1 s x 2^n``, at most ``max_backoff``,
10 % jitter), authorized with a fresh token from the provider, and ``on_connected`` runs before
any waiting request is sent: that is where the client re-establishes its subscriptions.
Requests made while disconnected wait for the next connection (up to their timeout).

This layer exists because the market-data hot path needs the raw frame before it is parsed;
it is deliberately small and may be folded into :mod:`tradovate.realtime.connection` once that
offers a raw-frame hook.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from tradovate.realtime import protocol as P
from tradovate.realtime.errors import ConnectionClosed, ConnectionLost
from tradovate_api import errors

from .decode import Message, decode_frame

__all__ = ["MdSocket", "TokenSource"]

TokenSource = str | Callable[[], str | Awaitable[str]]
_log = logging.getLogger("tradovate.marketdata")


async def _token(source: TokenSource) -> str:
    if isinstance(source, str):
        return source
    value = source()
    if not isinstance(value, str):
        value = await value
    return value


class MdSocket:
    """One logical md (or replay) connection that survives drops (see the module doc)."""

    def __init__(
        self,
        url: str,
        token: TokenSource,
        on_messages: Callable[[list[Message]], None],
        *,
        on_connected: Callable[[], Awaitable[None]] | None = None,
        on_disconnected: Callable[[], None] | None = None,
        request_timeout: float = 10.0,
        dead_after: float | None = 10.0,
        heartbeat_interval: float = 2.5,
        max_backoff: float = 30.0,
        reconnect: bool = True,
    ) -> None:
        self.url = url
        self._token = token
        self._on_messages = on_messages
        self._on_connected = on_connected
        self._on_disconnected = on_disconnected
        self.request_timeout = request_timeout
        self._opts = {"heartbeat_interval": heartbeat_interval, "dead_after": dead_after, "request_timeout": None}
        self.max_backoff = max_backoff
        self.reconnect = reconnect
        self._ws: ClientConnection | None = None
        self._proto: P.Protocol | None = None
        self._waiting: dict[int, tuple[asyncio.Future[Any], str]] = {}
        self._ready = asyncio.Event()
        self._connected_once: asyncio.Future[None] | None = None
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.connections = 0
        self.last_error: BaseException | None = None

    @property
    def closed(self) -> bool:
        """Closed for good (``close()``, or a refusal that reconnecting cannot fix)."""
        return self._closed

    def __repr__(self) -> str:
        return f"<MdSocket {self.url} connections={self.connections} ready={self._ready.is_set()}>"

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect and authorize; returns once the first connection is ready (raises
        ``AuthenticationFailed`` if the token is refused, ``RequestNotSent`` if the server
        cannot be reached and reconnection is off)."""
        loop = asyncio.get_running_loop()
        self._connected_once = loop.create_future()
        self._task = asyncio.create_task(self._run(), name=f"md socket {self.url}")
        await asyncio.shield(self._connected_once)

    async def close(self) -> None:
        self._closed = True
        self._ready.clear()
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close(1000, "Client initiated disconnect")
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        self._fail_waiting(ConnectionClosed("the market-data connection is closed"))

    async def drop(self) -> None:
        """Close the current socket as if the network failed (tests; a reconnect follows)."""
        if self._ws is not None:
            await self._ws.close(1011, "dropped")

    # -- requests --------------------------------------------------------------------------

    async def request(self, endpoint: str, body: Any, *, timeout: float | None = None) -> Any:
        """Send a request when connected and return its ``d`` (refusals raise their typed
        error: ``OperationFailed`` for ``errorText`` in a 200, ``ApiError`` by status, ...)."""
        if self._closed:
            raise ConnectionClosed("the market-data connection is closed")
        timeout = self.request_timeout if timeout is None else timeout
        try:
            return await asyncio.wait_for(self._request(endpoint, body), timeout)
        except TimeoutError:
            raise errors.DeadlineExceeded(endpoint, f"no answer within {timeout} s") from None

    async def _request(self, endpoint: str, body: Any) -> Any:
        while True:
            await self._ready.wait()
            proto, ws = self._proto, self._ws
            if proto is None or ws is None or proto.state is not P.State.READY:
                self._ready.clear()
                continue
            now = asyncio.get_running_loop().time()
            rid, frame = proto.request(endpoint, now, body=body, idempotent=True)
            fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            self._waiting[rid] = (fut, endpoint)
            try:
                await ws.send(frame)
            except websockets.ConnectionClosed:
                proto.forget(rid)
                self._waiting.pop(rid, None)
                continue  # never left: send again on the next connection
            try:
                return await fut
            except ConnectionLost:
                continue  # md requests are reads: safe to send again after the reconnect
            finally:
                self._waiting.pop(rid, None)

    def _fail_waiting(self, exc: BaseException) -> None:
        waiting, self._waiting = self._waiting, {}
        for fut, _ in waiting.values():
            if not fut.done():
                fut.set_exception(exc)

    # -- the connection loop ---------------------------------------------------------------

    async def _run(self) -> None:
        attempt = 0
        while not self._closed:
            try:
                await self._connect_once()
                attempt = 0
            except errors.AuthenticationFailed as exc:
                self._give_up(exc)
                return
            except (OSError, websockets.WebSocketException, TimeoutError) as exc:
                self.last_error = exc
                if not self.reconnect:
                    self._give_up(errors.RequestNotSent("connect", exc))
                    return
            finally:
                was_ready = self._ready.is_set()
                self._ready.clear()
                self._ws = None
                if self._proto is not None:
                    self._proto.close()
                    self._handle_events(self._proto.events_received())
                    self._proto = None
                if was_ready and self._on_disconnected is not None and not self._closed:
                    self._on_disconnected()
            if self.closed:
                return
            if not self.reconnect:
                self._give_up(ConnectionClosed("the market-data connection dropped"))
                return
            delay = min(self.max_backoff, 0.1 * 2**attempt) * (1 + random.random() * 0.1)
            attempt = min(attempt + 1, 20)
            await asyncio.sleep(delay)

    def _give_up(self, exc: BaseException) -> None:
        self._closed = True
        self.last_error = exc
        if self._connected_once is not None and not self._connected_once.done():
            self._connected_once.set_exception(exc)
        self._fail_waiting(exc)

    async def _connect_once(self) -> None:
        loop = asyncio.get_running_loop()
        async with websockets.connect(self.url, compression=None, max_size=None, open_timeout=10) as ws:
            self._ws = ws
            proto = self._proto = P.Protocol(loop.time(), **self._opts)  # type: ignore[arg-type]
            timer = asyncio.create_task(self._timer(ws, proto))
            try:
                async for message in ws:
                    now = loop.time()
                    if isinstance(message, str) and message[:1] == "a":
                        messages = decode_frame(message)
                        if any(type(m) is dict for m in messages):
                            proto.receive(message, now)
                            typed = [m for m in messages if type(m) is not dict]
                        else:
                            proto.receive("a[]", now)
                            typed = messages
                        if typed:
                            self._on_messages(typed)
                    else:
                        proto.receive(message, now)
                    events = proto.events_received()
                    if events:
                        await self._react(ws, proto, events)
                    for out in proto.data_to_send():
                        await ws.send(out)
            finally:
                timer.cancel()

    async def _timer(self, ws: ClientConnection, proto: P.Protocol) -> None:
        loop = asyncio.get_running_loop()
        while True:
            deadline = proto.next_deadline()
            wait = 0.5 if deadline is None else min(0.5, max(0.0, deadline - loop.time()))
            await asyncio.sleep(wait)
            proto.on_time(loop.time())
            events = proto.events_received()
            if events:
                await self._react(ws, proto, events)
            for out in proto.data_to_send():
                with contextlib.suppress(websockets.ConnectionClosed):
                    await ws.send(out)

    async def _react(self, ws: ClientConnection, proto: P.Protocol, events: list[P.Event]) -> None:
        for event in events:
            if isinstance(event, P.Opened):
                token = await _token(self._token)
                await ws.send(proto.authorize(token, asyncio.get_running_loop().time(), self.request_timeout))
            elif isinstance(event, P.Authorized):
                self.connections += 1
                asyncio.create_task(self._became_ready(proto))  # noqa: RUF006 - ends with the connection
            elif isinstance(event, P.AuthorizationRefused):
                raise event.exception()
            elif isinstance(event, P.RequestTimedOut) and event.endpoint == P.AUTHORIZE:
                raise TimeoutError("authorize timed out")
            elif isinstance(event, (P.ConnectionDead, P.ServerClosing)):
                await ws.close(1000, "Client initiated disconnect")
            else:
                self._handle_events([event])

    async def _became_ready(self, proto: P.Protocol) -> None:
        # Re-establish what the client wants (on_connected) before other waiting requests go
        # out: those requests wait on _ready, while on_connected sends through _send_now.
        self._ready.set()
        if self._on_connected is not None:
            try:
                await self._on_connected()
            except Exception as exc:
                self.last_error = exc
                _log.warning("re-establishing market-data subscriptions failed: %s", type(exc).__name__)
        if self._connected_once is not None and not self._connected_once.done():
            self._connected_once.set_result(None)

    def _handle_events(self, events: list[P.Event]) -> None:
        for event in events:
            if isinstance(event, P.Response):
                entry = self._waiting.get(event.request_id)
                if entry is None:
                    continue
                fut, endpoint = entry
                if fut.done():
                    continue
                try:
                    fut.set_result(P.outcome(event, endpoint))
                except errors.TradovateError as exc:
                    fut.set_exception(exc)
            elif isinstance(event, P.RequestLost):
                entry = self._waiting.get(event.request_id)
                if entry is not None and not entry[0].done():
                    entry[0].set_exception(ConnectionLost(entry[1], "the connection dropped"))
            elif isinstance(event, P.Shutdown):
                _log.info("market-data server shutdown notice: %s", event.reason_code)
