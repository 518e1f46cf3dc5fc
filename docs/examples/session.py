"""The session: login, a token store, token renewal, and the REST client under guards.

A restarted program reuses the stored token instead of spending a login; the same session's
token serves its REST client and every socket it opens.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.tokens import FileTokenStore


async def main() -> None:
    async with Simulator(seed=1) as sim:
        environment = Environment.simulator(sim.rest_url, sim.md_url)  # or DEMO / LIVE
        credentials = Credentials(name="demo", password="demo", app_id="docs", app_version="1.0")
        with tempfile.TemporaryDirectory() as state:
            store = FileTokenStore(Path(state))  # owner-only files, atomic writes
            async with Session(credentials, environment, token_store=store) as session:
                accounts = await session.rest.accounts.list()  # session.rest: an AsyncTradovate
                print("accounts", [a.name for a in accounts])
            async with Session(credentials, environment, token_store=store) as again:
                me = await again.rest.auth.me()  # the stored token, no second login
                print("user", me.name)


if __name__ == "__main__":
    asyncio.run(main())
