"""One call policy for REST and sockets, one state per session (against the simulator).

A session hands its ``Guards`` to its REST client and to every socket it opens, so what the server
counts per user and IP is counted once here: a penalty running on a socket placement holds the
REST placement, a 429 on either transport opens the breaker for both, an hourly budget is spent
by placements on both, and ``user/syncrequest`` on the socket spends the operation's hourly
budget (the spec's 300, a setting: ``GuardSettings.rate_limits``). Nothing refused locally
reaches the server. The policy's clock is injected (its waits take no time).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tradovate.marketdata.client import MarketDataClient
from tradovate.marketdata.replay import ReplayClient
from tradovate.realtime.account import AccountSession
from tradovate.realtime.connection import Backoff, Connection
from tradovate.session import Credentials, Environment, Session
from tradovate_api import Guards, GuardSettings, errors
from tradovate_api.models import Action, OrderType, PlaceOrder, SyncRequest
from tradovate_api.runtime import Limit

pytest.importorskip("aiohttp")
from tradovate.sim import Simulator

ACCOUNT = 20001  # the demo user's first account
DEMO = Credentials(name="demo", password="demo")


class SkipClock:
    """The real clock, except that the policy's waits (penalty time, backoff) pass at once."""

    def __init__(self) -> None:
        self.skipped = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() + self.skipped

    def wall(self) -> float:
        return time.time()

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.skipped += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def order() -> PlaceOrder:
    return PlaceOrder(
        action=Action.BUY,
        symbol="ESZ6",
        order_qty=1,
        order_type=OrderType.MARKET,
        account_id=ACCOUNT,
        is_automated=True,
    )


@contextlib.asynccontextmanager
async def on_sim(**settings: Any) -> AsyncIterator[tuple[Simulator, Session, AccountSession]]:
    settings.setdefault("clock", SkipClock())
    async with Simulator(seed=3, md_port=None) as sim:
        environment = Environment.simulator(sim.rest_url)
        async with Session(DEMO, environment, auto_renew=False, guards=GuardSettings(**settings)) as session:
            account = AccountSession(session, connection_options={"backoff": Backoff(initial=0.01, cap=0.05)})
            async with account:
                await account.wait_ready(10)
                yield sim, session, account


def test_the_session_hands_one_guards_to_its_rest_client_and_sockets() -> None:
    async def main() -> None:
        async with on_sim() as (_, session, account):
            assert account.connection.guards is session.guards is session.rest.guards
            for client in (MarketDataClient.from_session(session), ReplayClient.from_session(session)):
                assert client.socket.connection.guards is session.guards
            # A connection made without a session has guards of its own.
            alone = Connection("ws://127.0.0.1:9/v1/websocket", session.access_token)
            assert isinstance(alone.guards, Guards) and alone.guards is not session.guards

    asyncio.run(main())


def test_a_penalty_on_a_socket_placement_holds_the_rest_placement() -> None:
    async def main() -> None:
        async with on_sim() as (sim, session, account):
            sim.faults.penalty("order/placeorder", seconds=2, count=2, transport="ws")
            arrivals = sim.faults.delay("order/placeorder", 0.0, count=None)
            with pytest.raises(errors.PenaltyTicket):
                await account.place_order(order())  # waited out, sent once more with the ticket, penalised again
            assert session.guards.settings.clock.slept == [2.0]  # type: ignore[attr-defined]
            with pytest.raises(errors.BudgetExhausted) as held:
                await session.rest.orders.place(order())
            assert "penalty" in str(held.value) and held.value.operation == "placeOrder"
            assert sim.store.all("order") == []

        assert arrivals.applied == 0  # the delay rule saw no placement: penalties answered before it

    asyncio.run(main())


@pytest.mark.parametrize("first", ["rest", "ws"])
def test_a_429_on_either_transport_opens_the_breaker_for_both(first: str) -> None:
    async def main() -> None:
        async with on_sim() as (sim, session, account):
            sim.faults.status(429, "order/placeorder", transport=first)
            rest = session.rest.orders.place
            with pytest.raises(errors.RateLimited):
                await (rest(order()) if first == "rest" else account.place_order(order()))
            with pytest.raises(errors.BreakerOpen):
                await (account.place_order(order()) if first == "rest" else rest(order()))
            with pytest.raises(errors.BreakerOpen):
                await account.connection.request("account/list")
            assert sim.store.all("order") == [] and sim.faults.applied["status"] == 1

    asyncio.run(main())


def test_an_hourly_budget_is_spent_by_placements_on_both_transports() -> None:
    async def main() -> None:
        async with on_sim(rate_limits={"placeOrder": Limit(per_hour=2)}) as (sim, session, account):
            await account.place_order(order())
            await session.rest.orders.place(order())
            with pytest.raises(errors.BudgetExhausted):
                await account.place_order(order())
            with pytest.raises(errors.BudgetExhausted):
                await session.rest.orders.place(order())
            assert len(sim.store.all("order")) == 2

    asyncio.run(main())


def test_the_socket_syncrequest_spends_the_hourly_budget_of_sync_request() -> None:
    async def main() -> None:
        async with on_sim(rate_limits={"syncRequest": Limit(per_hour=2)}) as (_, session, account):
            limit = Limit(per_hour=300)
            assert session.guards.calls_left("syncRequest", limit) == 299  # the socket's first sync
            await account.connection.reconnect()
            for _ in range(200):
                if account.sync_requests.get(2):
                    break
                await asyncio.sleep(0.01)
            assert account.sync_requests.get(2) == 1
            assert session.guards.calls_left("syncRequest", limit) == 298
            # The budget (2 an hour here) is spent: neither a third socket sync nor a REST one is sent.
            with pytest.raises(errors.BudgetExhausted):
                await account.connection.request("user/syncrequest", {"splitResponses": True, "entityTypes": ["order"]})
            with pytest.raises(errors.BudgetExhausted):
                await session.rest.users.sync_request(SyncRequest(split_responses=True, entity_types=["order"]))

    asyncio.run(main())


def test_the_spec_budget_of_syncrequest_is_the_documented_one() -> None:
    from tradovate.realtime import protocol as p

    call = p.SocketCall.of(p.prepare_request("user/syncrequest", body={"splitResponses": True}))
    assert call.operation_id == "syncRequest"
    assert call.rate_limit is not None and (call.rate_limit.per_hour, call.rate_limit.counts_successes) == (300, True)
