"""A split snapshot that lost a part cannot be told from deletions: what the session does about it.

Found by an adversarial run: the simulator withholds the first part of a resync's split answer
(``withhold`` on ``user/syncrequest``) and still sends the others, which the session took as
the whole snapshot after the quiet (false ``Deleted`` for live orders; ``resolve`` saying absent
for an order that existed when no REST client could be asked).
"""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("aiohttp")

from tradovate.realtime.account import AccountSession, OrderOutcomeUnknown
from tradovate.realtime.changes import ChangeKind
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api.models import Action, OrderType, PlaceOrder


def limit(account_id: int, n: int) -> PlaceOrder:
    return PlaceOrder(
        account_id=account_id,
        action=Action.BUY,
        symbol="ESZ6",
        order_qty=1,
        order_type=OrderType.LIMIT,
        price=6000.0 + n,
        is_automated=True,
    )


@pytest.mark.parametrize("parts", [2, 3])
def test_a_resync_missing_a_part_deletes_no_live_order(parts: int) -> None:
    async def main() -> None:
        async with Simulator(seed=3, tick_interval=0) as sim:
            sim.socket_options.split_snapshot = parts
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment) as session,
                AccountSession(session, split_responses=True, split_settle=0.1) as account,
            ):
                account_id = account.mirror.all("account")[0].id
                handles = [await account.place_order(limit(account_id, n)) for n in range(6)]
                changes = account.mirror.changes()
                sim.faults.withhold("user/syncrequest", transport="ws")  # the resync's first part is lost
                sim.faults.drop_connections()
                async with asyncio.timeout(20):
                    while account.resyncs < 1:
                        await asyncio.sleep(0.05)
                deleted = [c for c in changes.drain() if getattr(c, "kind", None) is ChangeKind.DELETED]
                assert deleted == []
                assert len(account.mirror.working_orders()) == 6
                assert all(not h.done for h in handles)

    asyncio.run(main())


def test_resolve_without_a_rest_client_never_concludes_absent_from_split_snapshots() -> None:
    async def main() -> None:
        async with Simulator(seed=5, tick_interval=0) as sim:
            sim.socket_options.split_snapshot = 2
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(Credentials(name="demo", password="demo"), environment) as session:

                async def token() -> str:
                    return await session.access_token()

                async with AccountSession(token, url=sim.ws_url, split_responses=True, split_settle=0.1) as account:
                    account_id = account.mirror.all("account")[0].id
                    sim.faults.lose_answer("order/placeorder", transport="ws")
                    sim.faults.withhold("user/syncrequest", transport="ws")
                    with pytest.raises(OrderOutcomeUnknown) as lost:
                        await account.place_order(limit(account_id, 99), timeout=3)
                    with pytest.raises(OrderOutcomeUnknown, match="absence cannot be confirmed"):
                        await account.resolve(lost.value.cl_ord_id, timeout=20)
                server = [c for c in await session.rest.commands.list() if c.cl_ord_id == lost.value.cl_ord_id]
                assert len(server) == 1  # the order existed: "absent" would have been wrong

    asyncio.run(main())
