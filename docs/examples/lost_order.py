"""An order whose answer was lost: never resent by the library, resolved from the server's state.

The simulator executes the placement and drops the socket before answering; the session
reconnects, takes a complete snapshot and tells whether an order with the clOrdId exists.
"""

from __future__ import annotations

import asyncio

from tradovate.realtime.account import AccountSession, OrderOutcomeUnknown
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api.models import Action, OrderType, PlaceOrder


async def main() -> None:
    async with Simulator(seed=1) as sim:
        sim.faults.lose_answer("order/placeorder", transport="ws")  # executed, then the socket drops
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with (
            Session(Credentials(name="demo", password="demo"), environment) as session,
            AccountSession(session) as account,
        ):
            account_id = account.mirror.all("account")[0].id
            order = PlaceOrder(
                account_id=account_id,
                action=Action.SELL,
                symbol="MNQZ6",
                order_qty=2,
                order_type=OrderType.MARKET,
                is_automated=True,
            )
            try:
                await account.place_order(order)
            except OrderOutcomeUnknown as lost:  # an errors.OutcomeUnknown carrying the clOrdId
                handle = await account.resolve(lost.cl_ord_id)  # from a complete snapshot after the loss
                if handle is None:
                    print("the order never reached the server: safe to place it again")
                else:
                    print("the order exists:", handle.value.id, handle.status)


if __name__ == "__main__":
    asyncio.run(main())
