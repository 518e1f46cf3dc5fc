"""What the conformance tests share: the simulator, a session on it, and a tap on the simulator's
user sockets (what the server received on each connection, and how each one closed).

The tap wraps the simulator's own connection handler (``tradovate.sim.ws.Connection``) for one
test (``monkeypatch``); our client is never patched.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tradovate.realtime.connection import Backoff
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.sim import ws as sim_ws

DEMO = Credentials(name="demo", password="demo")
FAST = Backoff(initial=0.01, cap=0.05)  # reconnect at once in tests


def environment(sim: Simulator) -> Environment:
    return Environment.simulator(sim.rest_url, sim.md_url if sim.md_port is not None else None)


@contextlib.asynccontextmanager
async def session_on(sim: Simulator, credentials: Credentials = DEMO, **options: Any) -> AsyncIterator[Session]:
    options.setdefault("auto_renew", False)
    async with Session(credentials, environment(sim), **options) as session:
        yield session


class Tap:
    """Per server-side user socket: every text frame it received (loop time, text) and its close
    code once it ended."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.received: dict[sim_ws.Connection, list[tuple[float, str]]] = {}
        self.close_codes: dict[sim_ws.Connection, int | None] = {}
        on_text, serve = sim_ws.Connection._on_text, sim_ws.Connection.serve
        tap = self

        async def tapped_on_text(conn: sim_ws.Connection, text: str) -> None:
            tap.received.setdefault(conn, []).append((conn.loop.time(), text))
            await on_text(conn, text)

        async def tapped_serve(conn: sim_ws.Connection) -> Any:
            tap.received.setdefault(conn, [])
            try:
                return await serve(conn)
            finally:
                tap.close_codes[conn] = conn.ws.close_code

        monkeypatch.setattr(sim_ws.Connection, "_on_text", tapped_on_text)
        monkeypatch.setattr(sim_ws.Connection, "serve", tapped_serve)

    def connections(self) -> list[sim_ws.Connection]:
        return list(self.received)

    def heartbeats(self, conn: sim_ws.Connection) -> list[float]:
        return [t for t, text in self.received.get(conn, []) if text == "[]"]

    def requests(self, conn: sim_ws.Connection, endpoint: str) -> int:
        return sum(1 for _, text in self.received.get(conn, []) if text.split("\n", 1)[0].lower() == endpoint)
