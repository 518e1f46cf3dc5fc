"""The md and replay WebSockets of the simulator (aiohttp): framing, authorization, heartbeats.

:class:`MdSocket` is an aiohttp handler (``app.router.add_get("/v1/websocket", MdSocket(...).handle)``)
speaking the Tradovate framing: ``o`` on connect, ``authorize`` (the token checked by
``check_token``), ``[]`` heartbeats from the client, ``h`` from the server after
``heartbeat`` seconds of silence, ``md/*`` answered by :mod:`.md`, ``replay/*`` by
:mod:`.replay` (when ``replay=True``, the replay socket, which then pushes ``clock`` events every
``clock_interval`` seconds and right after each clock request), anything else
``404 Not found: <endpoint>`` (``d`` double-encoded with ``double_encode_404``, as on the user
socket).

Like the user socket (:mod:`.liveness`, one rule for both): a client that sends nothing, not even
its ``[]``, for ``client_timeout`` seconds, or does not authorize within ``authorize_timeout``, is
dropped (TCP closed without a close frame). A request frame missing a field (``md/subscribeQuote\n5\n{...}``:
three fields, the body where the query goes) is answered ``400`` and the socket closed ``1000
"Bye"``; a frame that is no request at all just closes it (``on_violation="ignore"``: both dropped
silently, the old behaviour). :meth:`MdSocket.bye` closes every socket ``1000 "Bye"`` (the ``bye``
fault).

``check_token`` returns whether the token is good, or the user id it belongs to: the service
then answers subscriptions with that user's market-data mode (``RealTime`` or ``Delayed``, see
:mod:`.md`).

:class:`MdServer` runs one on 127.0.0.1 for tests and ``tradovate sim``: :meth:`MdServer.step`
moves the market (pushing to every subscriber), :meth:`MdServer.drop` closes every socket
abruptly (for reconnect tests).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from typing import Any, Final

from aiohttp import WSMsgType, web

from tradovate.realtime.errors import ProtocolViolation
from tradovate.realtime.frames import parse_request

from .liveness import Liveness
from .market import Market
from .md import MdService, Resolver, frame
from .replay import ENDPOINTS as REPLAY_ENDPOINTS
from .replay import ReplaySession
from .socket_options import not_found

__all__ = ["MdServer", "MdSocket"]

_BYE: Final = "\x00bye"  # outbox marker: close 1000 "Bye" after what was queued before


def _missing_field(body_text: str) -> str:
    """The 400 text of a request whose body lacks what the endpoint needs (the real server's
    words for a missing ``symbol``, from a capture; the offset is where its parser stopped)."""
    return f'Invalid JSON: missing required field "symbol", offset: 0x{len(body_text.encode()):08x}'


class MdSocket:
    """The aiohttp handler of an md (or replay) socket; see the module doc."""

    def __init__(
        self,
        service: MdService,
        check_token: Callable[[str], bool | int | None],
        *,
        replay: bool = False,
        replay_session: ReplaySession | None = None,
        heartbeat: float = 2.5,
        clock_interval: float = 0.5,
        client_timeout: float = 15.0,
        authorize_timeout: float = 30.0,
        double_encode_404: bool = False,
        on_violation: str = "bye",
    ) -> None:
        self.service = service
        self.check_token = check_token
        self.replay = replay
        self.replay_session = replay_session or ReplaySession()
        self.heartbeat = heartbeat
        self.clock_interval = clock_interval
        self.client_timeout = client_timeout
        self.authorize_timeout = authorize_timeout
        self.double_encode_404 = double_encode_404
        self.on_violation = on_violation
        self.sockets: set[web.WebSocketResponse] = set()
        self.outboxes: dict[web.WebSocketResponse, asyncio.Queue[str | None]] = {}
        self.requests: list[tuple[str, Any]] = []  # (endpoint, body) of every request seen, for tests

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self.sockets.add(ws)
        outbox: asyncio.Queue[str | None] = asyncio.Queue()
        self.outboxes[ws] = outbox
        conn = self.service.connect(outbox.put_nowait)
        conn.socket = self
        writer = asyncio.create_task(self._write(ws, outbox))
        clock: asyncio.Task[None] | None = None
        outbox.put_nowait("o")
        authorized = False
        closing = False  # said goodbye: what the client still sends is ignored
        liveness = Liveness(self.client_timeout, self.authorize_timeout)
        transport = request.transport
        watchdog = asyncio.create_task(
            liveness.watch(lambda: authorized, lambda: transport.close() if transport is not None else None)
        )
        try:
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    break
                liveness.received()
                text = message.data
                if text == "[]" or closing:
                    continue
                try:
                    endpoint, rid, _query, body_text = parse_request(text)
                except ProtocolViolation:
                    closing = self._violation(text, outbox)
                    continue
                if endpoint.lower() == "authorize":
                    who = self.check_token(body_text.strip().strip('"'))
                    authorized = bool(who)
                    if isinstance(who, int) and not isinstance(who, bool):
                        conn.user_id = who
                    if authorized:
                        outbox.put_nowait(frame({"s": 200, "i": rid}))
                    else:
                        outbox.put_nowait(frame({"s": 401, "i": rid, "d": "Invalid access token"}))
                    continue
                if not authorized:
                    outbox.put_nowait(frame({"s": 401, "i": rid, "d": "Access is denied"}))
                    continue
                try:
                    body = json.loads(body_text) if body_text.strip() else {}
                except ValueError:
                    outbox.put_nowait(frame({"s": 400, "i": rid, "d": "The request body is not JSON"}))
                    continue
                self.requests.append((endpoint, body))
                name = endpoint.lower()
                if conn.handles(name):
                    for out in conn.request(endpoint, rid, body):
                        outbox.put_nowait(out)
                elif self.replay and name in REPLAY_ENDPOINTS:
                    status, d = self.replay_session.request(endpoint, body, time.monotonic())
                    outbox.put_nowait(frame({"s": status, "i": rid, "d": d}))
                    if name != "replay/checkreplaysession" and self.replay_session.initialized:
                        outbox.put_nowait(frame(self.replay_session.clock_event(time.monotonic())))
                        if clock is None:
                            clock = asyncio.create_task(self._clock(outbox))
                else:
                    d = not_found(endpoint, self.double_encode_404)
                    outbox.put_nowait(frame({"s": 404, "i": rid, "d": d}))
        finally:
            conn.close()
            watchdog.cancel()
            self.sockets.discard(ws)
            self.outboxes.pop(ws, None)
            if clock is not None:
                clock.cancel()
            outbox.put_nowait(None)
            with contextlib.suppress(Exception):
                await writer
        return ws

    def _violation(self, text: str, outbox: asyncio.Queue[str | None]) -> bool:
        """A frame that is not a well-formed request: answered 400 when it has an id, then the
        socket closed ``1000 "Bye"``; whether to stop reading (see the module doc)."""
        if self.on_violation != "bye":
            return False
        parts = text.split("\n")
        if len(parts) >= 2 and parts[1].strip().isdigit():  # an id: it gets its answer first
            body = parts[-1] if len(parts) == 4 else ""
            outbox.put_nowait(frame({"s": 400, "i": int(parts[1].strip()), "d": _missing_field(body)}))
        outbox.put_nowait(_BYE)
        return True

    def bye(self) -> int:
        """Close every socket ``1000 "Bye"`` after what is queued for it; how many."""
        for outbox in self.outboxes.values():
            outbox.put_nowait(_BYE)
        return len(self.outboxes)

    async def _write(self, ws: web.WebSocketResponse, outbox: asyncio.Queue[str | None]) -> None:
        while True:
            if outbox.empty():
                try:
                    async with asyncio.timeout(self.heartbeat):
                        first = await outbox.get()
                except TimeoutError:
                    first = "h"
            else:
                first = outbox.get_nowait()
            # what is already queued leaves with it: consecutive a[...] frames become one, as
            # the real server batches messages (clients must route each item on its own)
            batch = [first]
            while batch[-1] is not None and batch[-1][:2] == "a[" and not outbox.empty():
                nxt = outbox.get_nowait()
                if nxt is None or nxt[:2] != "a[":
                    batch.append(nxt)
                    break
                batch.append(nxt)
            texts = _merge(batch)
            for text in texts:
                if text is None or ws.closed:
                    return
                if text == _BYE:
                    with contextlib.suppress(Exception):
                        await ws.close(code=1000, message=b"Bye")
                    return
                try:
                    await ws.send_str(text)
                except (ConnectionError, RuntimeError):
                    return

    async def _clock(self, outbox: asyncio.Queue[str | None]) -> None:
        while True:
            await asyncio.sleep(self.clock_interval)
            outbox.put_nowait(frame(self.replay_session.clock_event(time.monotonic())))

    def push(self, text: str) -> None:
        """Send one frame to every connected socket (tests: traffic without market steps)."""
        for conn in list(self.service.connections):
            if conn.socket is self:
                conn.send(text)

    async def drop(self) -> None:
        """Close every socket at once, as a network failure would."""
        for ws in list(self.sockets):
            with contextlib.suppress(Exception):
                await ws.close(code=1011, message=b"dropped")


def _merge(batch: list[str | None]) -> list[str | None]:
    """Runs of ``a[...]`` frames joined into one ``a[...]`` frame; anything else as it is."""
    out: list[str | None] = []
    run: list[str] = []
    for text in batch:
        if text is not None and text[:2] == "a[" and text.endswith("]"):
            run.append(text[2:-1])
            continue
        if run:
            out.append("a[" + ",".join(part for part in run if part) + "]")
            run = []
        out.append(text)
    if run:
        out.append("a[" + ",".join(part for part in run if part) + "]")
    return out


class MdServer:
    """An md socket (and a replay socket) on 127.0.0.1; ``async with MdServer(market, resolve)``."""

    def __init__(
        self,
        market: Market,
        resolve: Resolver,
        *,
        token: str = "md-token",
        history_limit: int = 500,
        tag_history: str = "realtime",
        clock_interval: float = 0.5,
        modes: dict[int, str] | None = None,
    ) -> None:
        self.market = market
        self.service = MdService(market, resolve, history_limit=history_limit, tag_history=tag_history, modes=modes)
        self.md = MdSocket(self.service, lambda t: t == token)
        self.replay = MdSocket(self.service, lambda t: t == token, replay=True, clock_interval=clock_interval)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/v1/websocket"

    @property
    def replay_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/replay/v1/websocket"

    async def __aenter__(self) -> MdServer:
        app = web.Application()
        app.router.add_get("/v1/websocket", self.md.handle)
        app.router.add_get("/replay/v1/websocket", self.replay.handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.service.close()
        await self.md.drop()
        await self.replay.drop()
        if self._runner is not None:
            await self._runner.cleanup()

    def step(self, steps: int = 1) -> None:
        """Move the market ``steps`` steps; subscribers get the updates."""
        self.market.advance(steps)

    async def drop(self) -> None:
        await self.md.drop()
        await self.replay.drop()
