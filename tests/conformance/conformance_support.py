"""What the conformance tests share: the simulator, a session on it, and a tap on the simulator's
user sockets (what the server received on each connection, and how each one closed).

The tap wraps the simulator's own connection handler (``tradovate.sim.ws.Connection``) for one
test (``monkeypatch``); our client is never patched.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from tradovate.realtime.account import AccountEvent, AccountSession
from tradovate.realtime.connection import Backoff
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.sim import ws as sim_ws
from tradovate.sim.api import sync_filter

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


class Told:
    """Every account event, in order, and a way to wait for one (no sleeps)."""

    def __init__(self, account: AccountSession) -> None:
        self.events: list[AccountEvent] = []
        self._changed = asyncio.Event()
        account.on_event(self._put)

    def _put(self, event: AccountEvent) -> None:
        self.events.append(event)
        self._changed.set()

    async def wait(
        self, predicate: Callable[[AccountEvent], bool], timeout: float = 10.0, after: int = 0
    ) -> AccountEvent:
        """The first event from index ``after`` on that satisfies ``predicate``."""
        async with asyncio.timeout(timeout):
            while True:
                for event in self.events[after:]:
                    if predicate(event):
                        return event
                self._changed.clear()
                await self._changed.wait()


async def settled(account: AccountSession) -> None:
    """Everything the server sent before now is applied: a round trip on the same socket (the
    server sends in order), then the account's consumer gets its turn."""
    await account.connection.request("account/list")
    for _ in range(3):
        await asyncio.sleep(0)


def server_state(sim: Simulator, account: AccountSession) -> dict[str, list[dict[str, Any]]]:
    """What the simulator holds for this account session's sync, keyed like ``SyncMessage``,
    each collection sorted by id (empty ones left out)."""
    user = next(u for u in sim.auth.users if u.name == "demo")
    flt = sync_filter(user.id, account.sync_request)
    assert not isinstance(flt, str)
    return _normal(sim.api.snapshot(flt))


def mirror_state(account: AccountSession) -> dict[str, list[dict[str, Any]]]:
    return _normal(account.mirror.to_json())


def _normal(state: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    return {k: sorted(v, key=lambda e: e["id"]) for k, v in state.items() if isinstance(v, list) and v}
