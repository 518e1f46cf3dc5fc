"""Same seed and scenario, same calls → the same event log, byte for byte; and the socket sees exactly it."""

from __future__ import annotations

import asyncio
import json

from simsocket import UserSocket, barrier

from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate
from tradovate_api.models import Action, CancelOrder, OrderType, PlaceOrder, PlaceOSO, RestrainedOrderVersion


async def session(seed: int) -> tuple[list[bytes], list[bytes]]:
    async with Simulator(seed=seed) as sim, AsyncTradovate(sim.rest_url) as tv:
        await tv.login(name="demo", password="demo")
        assert isinstance(tv.token, str)
        sock = await UserSocket.open(sim.ws_url, tv.token)
        await sock.request("user/syncrequest", {"users": [1001]})
        book = sim.market.book(sim.store.find("contract", "ESZ6")["id"])  # type: ignore[index]
        assert book is not None
        for step in range(16):
            action = Action.BUY if step % 3 else Action.SELL
            await tv.orders.place(
                PlaceOrder(action=action, symbol="ESZ6", order_qty=1 + step % 2, order_type=OrderType.MARKET,
                           account_id=20001)
            )  # fmt: skip
            limit = await tv.orders.place(
                PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.LIMIT,
                           price=book.price(book.bid - 1), account_id=20002)
            )  # fmt: skip
            if step % 4 == 0:
                await tv.orders.place_oso(
                    PlaceOSO(action=Action.BUY, symbol="MNQZ6", order_qty=1, order_type=OrderType.MARKET, account_id=20001,
                             bracket1=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.LIMIT, price=25205.0),
                             bracket2=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.STOP, stop_price=25195.0))
                )  # fmt: skip
            sim.advance(5)
            if step % 5 == 0 and isinstance(limit.order_id, int) and limit.order_id in sim.engine.working:
                await tv.orders.cancel(CancelOrder(order_id=limit.order_id))
        await barrier(sock)
        received = [e for e in sock.events if e.get("e") == "props"]
        await sock.close()
        return sim.event_log(), [json.dumps(e, separators=(",", ":"), ensure_ascii=False).encode() for e in received]


def test_same_seed_same_event_log_bytes_and_the_socket_receives_exactly_it() -> None:
    first, seen = asyncio.run(session(11))
    second, _ = asyncio.run(session(11))
    other, _ = asyncio.run(session(12))
    assert len(first) > 300
    assert first == second
    assert first != other
    assert seen == first  # one user: the synced socket gets every event, in log order
