"""A small scriptable Tradovate-like WebSocket server on loopback, for the connection tests.

    async with WsServer(tokens={"good"}) as server:
        conn = Connection(server.url, token)
        ...
        await server.wait_for(lambda: server.authorized_count >= 2)
        await server.current.abort()

Speaks the frame protocol (``o``, ``h``, ``a[...]``, ``c[...]``; ``endpoint\\nid\\nquery\\nbody``
requests and ``[]`` heartbeats) and records what each connection received. Behaviours a test
can switch: which tokens authorize, server ``h`` interval, answers per endpoint, dropping the
connection on receiving an endpoint (after the request arrived, without answering), going
silent, ``c`` frames, a close 1000 without ``c``, an abort (1006), ``shutdown`` events, floods.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import logging
from collections.abc import Callable
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from tradovate.realtime.frames import parse_request

_WS_LOG = logging.getLogger("websockets.server")


class _QuietFrames(logging.LoggerAdapter):  # type: ignore[type-arg]
    """websockets logs frame contents (tokens too) at DEBUG; this server's frames are not logged."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        return


Handler = Callable[["ServerConn", int, str, str], Any]  # returns the response item (dict) or None


class ServerConn:
    """The server side of one client connection."""

    def __init__(self, server: WsServer, ws: ServerConnection, number: int) -> None:
        self.server = server
        self.ws = ws
        self.number = number
        self.authorized = False
        self.silent = False
        self.heartbeats: list[float] = []  # loop times of received ``[]``
        self.requests: list[tuple[str, int, str, str]] = []
        self.last_sent = 0.0
        self.closed = False
        self.others_open = sum(not c.closed for c in server.conns)  # when this one arrived

    async def send(self, text: str) -> None:
        if self.silent:
            return
        self.last_sent = asyncio.get_running_loop().time()
        with contextlib.suppress(ConnectionClosed):
            await self.ws.send(text)

    async def send_items(self, *items: Any) -> None:
        await self.send("a" + json.dumps(list(items), separators=(",", ":")))

    async def push(self, name: str, data: Any) -> None:
        await self.send_items({"e": name, "d": data})

    async def props(self, entity_type: str, event_type: str, entity: Any) -> None:
        await self.push("props", {"entityType": entity_type, "eventType": event_type, "entity": entity})

    async def flood(self, count: int, batch: int = 1) -> None:
        """``count`` md events, ``batch`` per frame, as fast as the socket takes them."""
        sent = 0
        while sent < count:
            n = min(batch, count - sent)
            await self.send_items(*({"e": "md", "d": {"quotes": [{"n": sent + k}]}} for k in range(n)))
            sent += n
            await asyncio.sleep(0)  # client and server share one loop in tests: let the client run

    async def close_frame(self, code: int = 3000, reason: str = "Go away!") -> None:
        await self.send(f"c{json.dumps([code, reason])}")

    async def shutdown(self, reason_code: str, reason: str | None = None) -> None:
        data = {"reasonCode": reason_code}
        if reason:
            data["reason"] = reason
        await self.push("shutdown", data)

    async def close(self, code: int = 1000, reason: str = "Bye") -> None:
        """A WebSocket close without any Tradovate frame first."""
        await self.ws.close(code, reason)

    def abort(self) -> None:
        """Drop the TCP connection (the client sees 1006)."""
        self.ws.transport.abort()


class WsServer:
    def __init__(
        self,
        tokens: set[str] | None = None,
        *,
        heartbeat_interval: float | None = 0.05,
        send_open: bool = True,
    ) -> None:
        self.tokens = tokens if tokens is not None else {"good-token"}
        self.heartbeat_interval = heartbeat_interval
        self.send_open = send_open
        self.handlers: dict[str, Handler] = {
            "account/list": lambda c, rid, q, b: {"s": 200, "i": rid, "d": [{"id": 1, "name": "DEMO1"}]},
            "order/placeorder": lambda c, rid, q, b: {"s": 200, "i": rid, "d": {"orderId": 100 + rid}},
            "echo": lambda c, rid, q, b: {"s": 200, "i": rid, "d": json.loads(b) if b else None},
        }
        self.drop_on: set[str] = set()  # endpoints whose arrival aborts the connection, unanswered
        self.conns: list[ServerConn] = []
        self.tokens_seen: list[str] = []
        self.refuse_upgrade: tuple[int, bytes] | None = None  # (status, body) answered to handshakes
        self.changed = asyncio.Condition()
        self._server: Server | None = None
        self.url = ""

    async def __aenter__(self) -> WsServer:
        self._server = await serve(
            self._handle,
            "127.0.0.1",
            0,
            ping_interval=None,
            max_size=None,
            logger=_QuietFrames(_WS_LOG, {}),
            process_request=self._refuse,
        )
        port = next(iter(self._server.sockets)).getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}/v1/websocket"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def _refuse(self, _: ServerConnection, __: Request) -> Response | None:
        if self.refuse_upgrade is None:
            return None
        status, body = self.refuse_upgrade
        headers = Headers([("Content-Length", str(len(body)))])
        return Response(status, http.HTTPStatus(status).phrase, headers, body)

    @property
    def current(self) -> ServerConn:
        return self.conns[-1]

    @property
    def authorized_count(self) -> int:
        return sum(c.authorized for c in self.conns)

    def received(self, endpoint: str) -> list[tuple[int, int]]:
        """(connection number, request id) of every request for ``endpoint``."""
        return [(c.number, r[1]) for c in self.conns for r in c.requests if r[0] == endpoint]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        async with asyncio.timeout(timeout), self.changed:
            await self.changed.wait_for(predicate)

    async def _notify(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    async def _handle(self, ws: ServerConnection) -> None:
        conn = ServerConn(self, ws, len(self.conns) + 1)
        self.conns.append(conn)
        await self._notify()
        beats = asyncio.create_task(self._heartbeats(conn))
        try:
            if self.send_open:
                await conn.send("o")
            async for message in ws:
                assert isinstance(message, str)
                await self._receive(conn, message)
        except ConnectionClosed:
            pass
        finally:
            conn.closed = True
            beats.cancel()
            await self._notify()

    async def _heartbeats(self, conn: ServerConn) -> None:
        if self.heartbeat_interval is None:
            return
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.heartbeat_interval)
            if loop.time() - conn.last_sent >= self.heartbeat_interval:
                await conn.send("h")

    async def _receive(self, conn: ServerConn, message: str) -> None:
        if message == "[]":
            conn.heartbeats.append(asyncio.get_running_loop().time())
            await self._notify()
            return
        endpoint, rid, query, body = parse_request(message)
        conn.requests.append((endpoint, rid, query, body))
        await self._notify()
        if conn.silent:
            return
        if endpoint == "authorize":
            token = json.loads(body) if body.startswith('"') else body
            self.tokens_seen.append(token)
            if token in self.tokens:
                conn.authorized = True
                await conn.send_items({"s": 200, "i": rid})
            else:
                await conn.send_items({"s": 401, "i": rid, "d": "Invalid access token"})
            await self._notify()
            return
        if not conn.authorized:
            await conn.send_items({"s": 401, "i": rid, "d": "Not authorized"})
            return
        if endpoint.lower() in self.drop_on:
            conn.abort()
            return
        handler = self.handlers.get(endpoint.lower())
        if handler is None:
            await conn.send_items({"s": 404, "i": rid, "d": f"Not found: {endpoint}"})
            return
        item = handler(conn, rid, query, body)
        if asyncio.iscoroutine(item):
            item = await item
        if item is not None:
            await conn.send_items(item)
