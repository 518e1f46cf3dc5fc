"""Simulated exchange latency (issue 15 item 1, engine side): the answer comes before the trail,
and a cancel can lose the race against a fill (``TooLate``), as on the exchange. Off by default."""

from __future__ import annotations

import asyncio
from typing import Any

from simsocket import UserSocket

from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate
from tradovate_api.models import Action, CancelOrder, ModifyOrder, OrderType, PlaceOrder

# long enough that a loaded machine cannot run the delayed step before the test acts on the answer
SCENARIO = {"engine": {"latency": {"insert": 0.5, "cancel": 0.5, "modify": 0.5}}}


def limit(price: float) -> PlaceOrder:
    return PlaceOrder(
        action=Action.BUY, symbol="ESZ6", order_qty=1, order_type=OrderType.LIMIT, price=price, account_id=20001
    )


async def until(check: Any, timeout: float = 5.0) -> None:
    async def wait() -> None:
        while not check():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(wait(), timeout)


def test_the_answer_comes_before_the_trail_and_a_late_cancel_loses_to_the_fill() -> None:
    async def main() -> None:
        async with Simulator(seed=6, scenario=SCENARIO) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            placed = await tv.orders.place(limit(book.best_bid - 2))
            order_id = placed.order_id
            # answered: the order exists, nothing has reached the book yet
            entity = sim.store.get("order", order_id)
            assert entity is not None and entity["ordStatus"] == "PendingNew"
            assert sim.store.get("commandReport", order_id + 1) is None
            await until(lambda: (sim.store.get("order", order_id) or {}).get("ordStatus") == "Working")
            # the cancel is answered at once; before it reaches the book the market fills the order
            cancel = await tv.orders.cancel(CancelOrder(order_id=order_id))
            assert isinstance(cancel.command_id, int)
            book.bid -= 16  # four points down: the offer comes through the limit
            sim.advance(1)
            assert (sim.store.get("order", order_id) or {}).get("ordStatus") == "Filled"
            await until(lambda: sim.store.get("commandReport", cancel.command_id + 1) is not None)
            report = sim.store.get("commandReport", cancel.command_id + 1)
            assert report is not None
            assert (report["commandStatus"], report["rejectReason"]) == ("ExecutionRejected", "TooLate")

    asyncio.run(main())


def test_without_latency_the_whole_trail_is_written_before_the_answer() -> None:
    async def main() -> None:
        async with Simulator(seed=6) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            placed = await tv.orders.place(limit(6000.0))
            assert (sim.store.get("order", placed.order_id) or {}).get("ordStatus") == "Working"

    asyncio.run(main())


def test_one_event_per_frame_when_asked_and_the_answer_frame_comes_first() -> None:
    scenario = {"sockets": {"batch": 1}, "engine": {"latency": {"insert": 0.2}}}

    async def main() -> None:
        async with Simulator(seed=6, scenario=scenario) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            assert isinstance(tv.token, str)
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                synced = await sock.request("user/syncrequest", {"users": [1001]})
                assert synced["s"] == 200
                body = {"accountId": 20001, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Market"}
                answer = await sock.request("order/placeorder", body)
                order_id = answer["d"]["orderId"]
                await sock.wait_for(lambda s: any(t == "cashBalance" for t, _, _ in s.props()))
                frames = [f for f in sock.frames if f.startswith("a")]
                answer_frame = next(n for n, f in enumerate(frames) if f'"i":{answer["i"]}' in f)
                trail = [n for n, f in enumerate(frames) if '"e":"props"' in f]
                assert all(f.count('"e":"props"') == 1 for f in frames if '"e":"props"' in f)  # one per frame
                first_report = next(
                    n for n, f in enumerate(frames) if '"commandReport"' in f and f'"commandId":{order_id}' in f
                )
                assert answer_frame < first_report  # the answer before the trail it set off
                assert len(trail) >= 10
            finally:
                await sock.close()

    asyncio.run(main())


def test_a_modify_that_arrives_after_the_fill_is_too_late() -> None:
    async def main() -> None:
        async with Simulator(seed=6, scenario=SCENARIO) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            placed = await tv.orders.place(limit(book.best_bid - 2))
            order_id = placed.order_id
            await until(lambda: (sim.store.get("order", order_id) or {}).get("ordStatus") == "Working")
            change = ModifyOrder(order_id=order_id, order_qty=3, order_type=OrderType.LIMIT, price=book.best_bid - 3)
            modified = await tv.orders.modify(change)
            assert isinstance(modified.command_id, int)
            book.bid -= 16
            sim.advance(1)
            assert (sim.store.get("order", order_id) or {}).get("ordStatus") == "Filled"
            await until(lambda: sim.store.get("commandReport", modified.command_id + 1) is not None)
            report = sim.store.get("commandReport", modified.command_id + 1)
            assert report is not None and report["rejectReason"] == "TooLate"
            assert [f["qty"] for f in sim.store.all("fill")] == [1]  # the modify changed nothing

    asyncio.run(main())
