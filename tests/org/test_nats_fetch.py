"""A NATS fetch is made of pull requests of at most ``fetch_wait`` seconds each (issue 16: lag).

nats-py's fetch of a batch can hold messages it already received until its request ends (up to
the consumer's whole poll timeout, 0.5 s: the lag p99 at 5,000 events/s); the backend so never
asks the server for longer than ``fetch_wait``, and asks again while the caller's timeout lasts.
Against a real ``nats-server`` on loopback; the pull subscription is only watched (each request's
timeout recorded), never replaced.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("nats", reason="the org extra (nats-py) is not installed")

from orgkit import engine_server, make_engine

from tradovate.org.engine import Outgoing
from tradovate.org.nats_engine import NatsEngine, NatsSubscription
from tradovate.org.servers import LocalServer


@pytest.fixture
def nats_server() -> Iterator[LocalServer]:
    yield from engine_server("nats")


class _Watched:
    """nats-py's pull subscription, each fetch's timeout written down."""

    def __init__(self, psub: Any) -> None:
        self.psub = psub
        self.timeouts: list[float] = []

    async def fetch(self, batch: int, timeout: float) -> Any:
        self.timeouts.append(timeout)
        return await self.psub.fetch(batch=batch, timeout=timeout)

    async def unsubscribe(self) -> None:
        await self.psub.unsubscribe()


async def _watched(engine: NatsEngine) -> tuple[NatsSubscription, _Watched]:
    sub = await engine.subscribe("g", "c")
    assert isinstance(sub, NatsSubscription)
    watched = _Watched(sub._psub)
    sub._psub = watched
    return sub, watched


def test_no_pull_request_outlasts_fetch_wait(nats_server: LocalServer) -> None:
    async def main() -> None:
        engine = make_engine(nats_server, partitions=2)
        assert isinstance(engine, NatsEngine)
        assert engine.fetch_wait == 0.02  # the default
        engine.fetch_wait = 0.05
        await engine.connect()
        try:
            sub, watched = await _watched(engine)
            assert await sub.fetch(100, 0.3) == []  # nothing there: several short requests
            assert len(watched.timeouts) >= 2
            assert max(watched.timeouts) <= 0.05
            watched.timeouts.clear()
            await engine.publish([Outgoing(1, 1, "1:0:1", b"one")])
            got = await sub.fetch(100, 5.0)
            assert [d.data for d in got] == [b"one"]
            assert max(watched.timeouts) <= 0.05
            await sub.ack(got)
            await sub.close()
        finally:
            await engine.close()

    asyncio.run(main())


def test_messages_arriving_while_requests_come_and_go_are_all_fetched_once(nats_server: LocalServer) -> None:
    """Short requests expire often: what one brings after its caller stopped waiting is handed out
    by the next fetch, nothing lost, nothing twice (acked, not redelivered)."""

    async def main() -> None:
        engine = make_engine(nats_server, partitions=2)
        assert isinstance(engine, NatsEngine)
        engine.fetch_wait = 0.01
        await engine.connect()
        try:
            sub = await engine.subscribe("g", "c")

            async def publish() -> None:
                for n in range(200):
                    await engine.publish([Outgoing(n % 2, n, f"{n}:0:1", str(n).encode())])
                    if n % 7 == 0:
                        await asyncio.sleep(0.012)  # about when a request expires

            task = asyncio.create_task(publish())
            seen: list[bytes] = []
            while len(seen) < 200:
                got = await sub.fetch(50, 2.0)
                assert got or not task.done(), "a message is missing"
                seen.extend(d.data for d in got)
                await sub.ack(got)
            await task
            assert sorted(int(x) for x in seen) == list(range(200))
            assert await sub.fetch(50, 0.1) == []
            await sub.close()
        finally:
            await engine.close()

    asyncio.run(main())


def test_fetch_wait_has_a_floor() -> None:
    with pytest.raises(ValueError, match="fetch_wait"):
        NatsEngine("nats://127.0.0.1:4222", fetch_wait=0.001)
