"""The simulator as a test bench: faults on demand, and what the client makes of them.

A 429 opens the session's breaker (every call refused locally until it closes); a penalty
ticket is waited out and the request sent once more with its ticket.
"""

from __future__ import annotations

import asyncio

from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api import errors


async def main() -> None:
    async with Simulator(seed=7) as sim:
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with Session(Credentials(name="demo", password="demo"), environment) as session:
            sim.faults.penalty("account/list", seconds=0.2)  # one penalty ticket, then normal answers
            accounts = await session.rest.accounts.list()  # waited out and resent with the ticket
            print("after a penalty ticket:", len(accounts), "accounts")

            sim.faults.status(429, "contract/find")  # the server says: too many requests
            try:
                await session.rest.contracts.find("ESZ6")
            except errors.RateLimited as refused:
                print("refused:", refused.status_code)
            try:
                await session.rest.contracts.find("ESZ6")  # not sent: the breaker is open
            except errors.BreakerOpen as breaker:
                print("breaker open for", round(breaker.retry_after), "s")
        print("faults applied", dict(sim.faults.applied))


if __name__ == "__main__":
    asyncio.run(main())
