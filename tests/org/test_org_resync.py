"""A consumer that restarts without its memory (a fresh state, same group) asks the workers for the
snapshots it lacks and ends equal to the simulator, per backend; a key asked for twice is answered
once; a request nobody answers (its worker died) is answered by the takeover."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from orgkit import BACKENDS, Org, mirror_state, until
from orgkit import engine_server as start_server

from tradovate.org.consumer import OrgMirror
from tradovate.org.engine import Engine
from tradovate.org.servers import LocalServer
from tradovate.sim.org import Traffic


@pytest.fixture(params=BACKENDS)
def engine_server(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    yield from start_server(request.param)


async def _consumer(org: Org, engine: Engine, name: str) -> OrgMirror:
    consumer = OrgMirror(engine, group="desk", consumer=name, redeliver_after=0.5)
    await consumer.start()
    org.stack.push_async_callback(consumer.close)
    return consumer


async def _first_member_gone(org: Org, engine: Engine) -> None:
    """Member ``a`` of the group applies (and acknowledges) every snapshot and a burst, then
    stops: whatever it knew is gone with it."""
    a = await _consumer(org, engine, "a")
    accounts = set(org.sim.store.tables["account"])
    await until(lambda: accounts <= set(a.state.applied), 30, "a: every account's snapshot")
    Traffic(org.sim, seed=1).burst(300)
    await until(lambda: mirror_state(a.mirror) == org.state(), 30, "a: equal to the simulator")
    await a.close()


def test_a_restarted_consumer_without_its_state_rebuilds_every_account(engine_server: LocalServer) -> None:
    asyncio.run(_restarted(engine_server))


async def _restarted(engine_server: LocalServer) -> None:
    async with Org(accounts=100, users=20) as org:
        engine = org.engine(engine_server, partitions=4)
        worker = await org.worker(engine, shards=2, lease_ttl=3.0)
        await _first_member_gone(org, engine)
        Traffic(org.sim, seed=2).burst(300)
        b = await _consumer(org, engine, "b")  # the restarted process: a fresh state
        await until(lambda: not b.incomplete and mirror_state(b.mirror) == org.state(), 30, "b: equal to the simulator")
        assert b.requested >= 1 and worker.answered >= 1
        assert b.stats()["incomplete"] == 0
        Traffic(org.sim, seed=3).burst(200)  # and it carries on from there
        await until(lambda: mirror_state(b.mirror) == org.state(), 30, "b: equal after more traffic")
        assert not b.incomplete


def test_a_restarted_consumer_gets_every_account_even_with_no_traffic_since(engine_server: LocalServer) -> None:
    asyncio.run(_quiet(engine_server))


async def _quiet(engine_server: LocalServer) -> None:
    async with Org(accounts=60, users=15) as org:
        engine = org.engine(engine_server, partitions=4)
        worker = await org.worker(engine, shards=2, lease_ttl=3.0)
        await _first_member_gone(org, engine)
        b = await _consumer(org, engine, "b")  # nothing happened since: no gap to notice
        accounts = set(org.sim.store.tables["account"])
        await until(
            lambda: accounts <= set(b.state.applied) and mirror_state(b.mirror) == org.state(), 30, "b: every account"
        )
        assert b.requested == 1 and worker.answered >= len(accounts)


def test_a_key_asked_for_twice_gets_one_snapshot(engine_server: LocalServer) -> None:
    asyncio.run(_twice(engine_server))


async def _twice(engine_server: LocalServer) -> None:
    async with Org(accounts=40, users=10) as org:
        engine = org.engine(engine_server, partitions=4)
        # Slow lease rounds: the test reads the requests itself (the worker's own round may too).
        worker = await org.worker(engine, shards=2, lease_ttl=60.0, answer_interval=60.0)
        watcher = OrgMirror(engine, group="watch", redeliver_after=0.5)
        await watcher.start()
        org.stack.push_async_callback(watcher.close)
        accounts = sorted(org.sim.store.tables["account"])
        await until(lambda: set(accounts) <= set(watcher.state.applied), 30, "every account's snapshot")
        key, shared = accounts[0], -1
        assert watcher.snapshots_by_key[key] == 1
        await engine.request_snapshots([key, shared])
        await engine.request_snapshots([key])  # a second consumer, or the same one asking again
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 10
        while worker.answered < 2 and loop.time() < deadline:
            await worker.answer_requests()
            await asyncio.sleep(0.02)
        await until(lambda: watcher.snapshots_by_key[key] == 2, 10, "the requested snapshot")
        await until(lambda: watcher.snapshots_by_key[shared] == 2, 10, "the organisation-wide key's snapshot")
        await engine.request_snapshots([key])  # within answer_interval: not answered again
        for _ in range(10):
            await worker.answer_requests()
            await asyncio.sleep(0.02)
        assert worker.answered == 2
        assert sum(s.snapshots.get("request", 0) for s in worker.held.values()) == 2
        assert watcher.snapshots_by_key[key] == 2
        assert mirror_state(watcher.mirror) == org.state()


def test_a_request_pending_when_its_worker_dies_is_answered_by_the_takeover(engine_server: LocalServer) -> None:
    asyncio.run(_worker_dies(engine_server))


async def _worker_dies(engine_server: LocalServer) -> None:
    async with Org(accounts=60, users=15) as org:
        engine = org.engine(engine_server, partitions=4)
        first = await org.worker(engine, shards=2, lease_ttl=2.0, prefer=[0, 1])
        await until(lambda: len(first.held) == 2, 10, "the first worker's shards")
        spare = await org.worker(engine, shards=2, lease_ttl=2.0)  # waits for a free shard
        await _first_member_gone(org, engine)
        before = first.stats()["events"]
        Traffic(org.sim, seed=2).burst(200)
        await until(lambda: first.stats()["events"] >= before + 100 and not first.publisher.buffered, 10, "published")
        await first.kill()  # nothing answered, renewed or released any more
        b = await _consumer(org, engine, "b")
        await until(lambda: b.requested >= 1, 10, "b to ask")
        await until(lambda: len(spare.held) == 2, 15, "the takeover")
        await until(lambda: not b.incomplete and mirror_state(b.mirror) == org.state(), 30, "b: equal to the simulator")
