"""The live account: a socket synced into a mirror, an order followed by its handle.

The mirror holds the server's state (accounts, orders, fills, positions, cash); reads are local.
"""

from __future__ import annotations

import asyncio

from tradovate.realtime.account import AccountSession
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api.models import Action, OrderType, PlaceOrder


async def main() -> None:
    async with Simulator(seed=1) as sim:
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with (
            Session(Credentials(name="demo", password="demo"), environment) as session,
            AccountSession(session) as account,
        ):
            mirror = account.mirror  # synced: the snapshot is in, events apply as they come
            account_id = mirror.all("account")[0].id
            changes = mirror.changes()  # every change, typed; a slow reader gets a Gap
            order = PlaceOrder(
                account_id=account_id,
                action=Action.BUY,
                symbol="MESZ6",
                order_qty=1,
                order_type=OrderType.MARKET,
                is_automated=True,
            )
            handle = await account.place_order(order)  # a clOrdId is attached for you
            filled = await handle.wait_done()  # the same handle object follows the order
            print("order", filled.ord_status, [fill.price for fill in handle.fills])
            for position in mirror.positions(account_id):
                print("position", position.contract_id, position.net_pos)
            print("changes waiting", len(changes.drain()) > 0)
            changes.close()


if __name__ == "__main__":
    asyncio.run(main())
