"""The call policy on the user socket, against the simulator: read retries (a session's default:
two) resend a read after a 5xx, but never ``user/syncrequest``, which goes exactly once per
connection; a 5xx to it fails that connection's sync instead."""

from __future__ import annotations

import asyncio

import pytest
from conformance_support import FAST, Tap, session_on

from tradovate.realtime.account import AccountSession
from tradovate.sim import Simulator
from tradovate_api import errors


def test_a_5xx_syncrequest_is_not_sent_again_on_the_same_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, session_on(sim) as session:
            assert session.guards.settings.read_retries == 2
            sim.faults.status(500, "user/syncrequest", transport="ws")
            account = AccountSession(session, connection_options={"backoff": FAST, "max_attempts": 1})
            with pytest.raises(errors.ServerError):
                await account.start()
            await account.close()
            [server] = tap.connections()
            assert tap.requests(server, "user/syncrequest") == 1

    asyncio.run(main())


def test_a_5xx_read_over_the_socket_is_retried_like_over_rest(monkeypatch: pytest.MonkeyPatch) -> None:
    tap = Tap(monkeypatch)

    async def main() -> None:
        async with Simulator(seed=2, md_port=None) as sim, session_on(sim) as session:
            account = AccountSession(session, connection_options={"backoff": FAST})
            async with account:
                await account.wait_ready(10)
                sim.faults.status(503, "account/list", transport="ws")
                accounts = await account.connection.request("account/list")
                assert accounts and sim.faults.applied["status"] == 1
                [server] = tap.connections()
                assert tap.requests(server, "account/list") == 2

    asyncio.run(main())
