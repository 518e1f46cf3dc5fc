"""A minimal user-socket client for the simulator tests (aiohttp): requests by id, events kept in order."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from typing import Any

import aiohttp

from tradovate.sim import SimulatorThread


class UserSocket:
    def __init__(self) -> None:
        self.frames: list[str] = []  # every frame received, raw
        self.events: list[dict[str, Any]] = []  # every event object (props, shutdown, ...), in order
        self.messages: list[dict[str, Any]] = []  # every object of every a-frame, in order
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self._next_id = 1
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._changed = asyncio.Condition()
        self._session: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._reader: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, url: str, token: str | None = None) -> UserSocket:
        sock = cls()
        sock._session = aiohttp.ClientSession()
        sock._ws = await sock._session.ws_connect(url, autoping=True)
        first = await sock._ws.receive_str()
        assert first == "o", first
        sock.frames.append(first)
        sock._reader = asyncio.create_task(sock._read())
        if token is not None:
            answer = await sock.request("authorize", raw_body=token)
            assert answer["s"] == 200, answer
        return sock

    async def _read(self) -> None:
        assert self._ws is not None
        try:
            async for msg in self._ws:
                if msg.type is not aiohttp.WSMsgType.TEXT:
                    continue
                text = msg.data
                self.frames.append(text)
                if text.startswith("a"):
                    try:
                        items = json.loads(text[1:])
                    except ValueError:
                        items = []
                    for item in items:
                        self.messages.append(item)
                        if "e" in item:
                            self.events.append(item)
                        elif "i" in item and item["i"] in self._waiting:
                            self._waiting.pop(item["i"]).set_result(item)
                async with self._changed:
                    self._changed.notify_all()
        finally:
            self.close_code = self._ws.close_code
            self.closed.set()
            for fut in self._waiting.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("socket closed"))
            async with self._changed:
                self._changed.notify_all()

    def send_text(self, text: str) -> asyncio.Future[None]:
        assert self._ws is not None
        return asyncio.ensure_future(self._ws.send_str(text))

    async def request(
        self, endpoint: str, body: Any = None, query: str = "", raw_body: str | None = None, timeout: float = 5.0
    ) -> dict[str, Any]:
        """Send one request and wait for its response object (``{"s":..,"i":..,"d":..}``)."""
        rid = self._next_id
        self._next_id += 1
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[rid] = fut
        text = raw_body if raw_body is not None else ("" if body is None else json.dumps(body))
        await self.send_text(f"{endpoint}\n{rid}\n{query}\n{text}")
        return await asyncio.wait_for(fut, timeout)

    async def wait_for(self, predicate: Callable[[UserSocket], bool], timeout: float = 5.0) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: predicate(self) or self.closed.is_set())

        await asyncio.wait_for(wait(), timeout)

    def props(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [
            (e["d"]["entityType"], e["d"]["eventType"], e["d"]["entity"]) for e in self.events if e.get("e") == "props"
        ]

    async def close(self) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._reader is not None:
            await self._reader
        if self._session is not None:
            await self._session.close()


async def barrier(sock: UserSocket) -> None:
    """Wait until everything the simulator queued for this socket so far has arrived (the socket
    sends in order, so the answer to a new request comes after it)."""
    answer = await sock.request("account/list")
    assert answer["s"] == 200, answer


def running_simulator() -> Iterator[SimulatorThread]:
    """A module fixture's body: one simulator (seed 1) on its own thread."""
    with SimulatorThread(seed=1) as running:
        yield running
