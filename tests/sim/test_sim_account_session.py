"""Our realtime account session against the simulator: synced mirror, an order over the socket, a
lost answer resolved from the server's state (never resent)."""

from __future__ import annotations

import asyncio

import pytest

from tradovate.realtime.account import AccountSession
from tradovate.realtime.mirror import OrderHandle
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api.models import Action, OrderType, PlaceOrder


def order(symbol: str) -> PlaceOrder:
    return PlaceOrder(action=Action.BUY, symbol=symbol, order_qty=2, order_type=OrderType.MARKET, account_id=20001)


def test_mirror_follows_orders_and_a_lost_answer_resolves() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session,
                AccountSession(session) as account,
            ):
                await account.wait_ready(10)
                assert account.mirror.positions() == []
                handle = await account.place_order(order("ESZ6"), timeout=5)
                assert isinstance(handle, OrderHandle)
                filled = await handle.wait_done()
                assert filled.ord_status == "Filled"
                # the socket delivers in order: once this answer is in, the whole trail has been applied
                await account.connection.request("account/list", None)
                assert [(p.contract_id, p.net_pos) for p in account.mirror.positions()] == [(3000101, 2)]
                sim.faults.lose_answer("order/placeorder", transport="ws")
                with pytest.raises(Exception) as lost:
                    await account.place_order(order("NQZ6"), timeout=5)
                cl_ord_id = getattr(lost.value, "cl_ord_id", None)
                assert isinstance(cl_ord_id, str)
                found = await account.resolve(cl_ord_id, timeout=10)
                assert found is not None and found.id != handle.id
                assert len(sim.store.all("order")) == 2  # placed once, never resent

    asyncio.run(main())


def test_a_split_snapshot_reaches_the_mirror_whole() -> None:
    async def main() -> None:
        async with Simulator(seed=7, scenario={"sockets": {"split_snapshot": 3}}) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session:
                await session.rest.orders.place(order("ESZ6"))
                async with AccountSession(session, split_responses=True) as account:
                    await account.wait_ready(10)
                    await account.connection.request("account/list", None)  # every part is in
                    assert sorted(a.name for a in account.mirror.all("account")) == ["DEMO20001", "DEMO20002"]
                    assert [(p.contract_id, p.net_pos) for p in account.mirror.positions()] == [(3000101, 2)]
                    assert len(account.mirror.orders()) == 1

    asyncio.run(main())
