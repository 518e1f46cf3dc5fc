"""Market replay: a past session at 400x speed on the replay socket."""

from __future__ import annotations

import asyncio
import datetime

from tradovate.marketdata import ReplayClient, ReplayClock
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator


async def main() -> None:
    async with Simulator(seed=1) as sim:
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with (
            Session(Credentials(name="demo", password="demo"), environment) as session,
            ReplayClient.from_session(session) as replay,
        ):
            start = datetime.datetime(2026, 11, 2, 14, 30, tzinfo=datetime.UTC)
            check = await replay.check_session(start)  # is this period available?
            await replay.initialize_clock(check.start or start, speed=400, initial_balance=50_000)
            clock = replay.clock()
            async for tick in clock:
                if isinstance(tick, ReplayClock):
                    print("replay time", tick.time)
                    break
            await clock.close()


if __name__ == "__main__":
    asyncio.run(main())
