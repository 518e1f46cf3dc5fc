"""Book depth and the matching rules (issue 15 items 3 and 6): orders walk and consume the
displayed book, partial fills resize OCO partners and OSO brackets, stops through the market are
refused, trailing stops trail; ids follow the real server's relations."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from tradovate.sim import Simulator
from tradovate_api import AsyncTradovate, errors
from tradovate_api.models import Action, OrderType, PlaceOCO, PlaceOrder, PlaceOSO, RestrainedOrderVersion

ACCOUNT = 20001
Flow = Callable[[Simulator, AsyncTradovate, Any], Awaitable[None]]


def run(flow: Flow) -> None:
    async def main() -> None:
        async with Simulator(seed=4) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            book.offer_sizes[:] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
            book.bid_sizes[:] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
            await flow(sim, tv, book)

    asyncio.run(main())


def order(action: str, qty: int, kind: OrderType = OrderType.MARKET, **prices: Any) -> PlaceOrder:
    return PlaceOrder(
        action=Action(action), symbol="ESZ6", order_qty=qty, order_type=kind, account_id=ACCOUNT, **prices
    )


def fills(sim: Simulator, order_id: Any) -> list[tuple[float, int]]:
    return [(f["price"], f["qty"]) for f in sim.store.all("fill") if f["orderId"] == order_id]


def last_qty(sim: Simulator, order_id: Any) -> int:
    versions = [v for v in sim.store.all("orderVersion") if v["orderId"] == order_id]
    return int(max(versions, key=lambda v: v["id"])["orderQty"])


def status(sim: Simulator, order_id: Any) -> str:
    entity = sim.store.get("order", order_id)
    assert entity is not None
    return str(entity["ordStatus"])


def test_a_market_order_walks_the_book_and_consumes_it() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        top = book.best_offer
        placed = await tv.orders.place(order("Buy", 10))
        assert fills(sim, placed.order_id) == [(top, 3), (top + 0.25, 4), (top + 0.5, 3)]
        assert book.offer_sizes[:3] == [0, 0, 2]  # what it took is gone until the book is redrawn
        assert status(sim, placed.order_id) == "Filled"
        position = sim.store.first("position", accountId=ACCOUNT)
        assert position is not None and position["netPos"] == 10
        assert position["netPrice"] == round((3 * top + 4 * (top + 0.25) + 3 * (top + 0.5)) / 10, 9)

    run(flow)


def test_a_marketable_limit_takes_what_its_price_allows_and_rests_the_rest() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        top = book.best_offer
        placed = await tv.orders.place(order("Buy", 12, OrderType.LIMIT, price=top + 0.25))
        assert fills(sim, placed.order_id) == [(top, 3), (top + 0.25, 4)]
        assert status(sim, placed.order_id) == "Working"
        report = [e for e in sim.store.all("executionReport") if e["orderId"] == placed.order_id][-1]
        assert (report["cumQty"], report["ordStatus"]) == (7, "Working")

    run(flow)


def test_a_partial_fill_of_one_oco_leg_shrinks_the_other() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        bid = book.best_bid
        placed = await tv.orders.place_oco(
            PlaceOCO(
                action=Action.SELL,
                symbol="ESZ6",
                order_qty=5,
                order_type=OrderType.LIMIT,
                price=bid,  # marketable: 3 on the bid
                account_id=ACCOUNT,
                other=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.STOP, stop_price=bid - 5),
            )
        )
        assert fills(sim, placed.order_id) == [(bid, 3)]
        assert placed.oco_id is not None
        assert last_qty(sim, placed.oco_id) == 2  # the stop now covers only what the limit has left
        assert status(sim, placed.oco_id) == "Working"

    run(flow)


def test_a_partial_fill_of_an_oso_parent_releases_its_brackets_for_the_filled_quantity() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        offer = book.best_offer
        placed = await tv.orders.place_oso(
            PlaceOSO(
                action=Action.BUY,
                symbol="ESZ6",
                order_qty=6,
                order_type=OrderType.LIMIT,
                price=offer,  # 3 fill at once, 3 rest
                account_id=ACCOUNT,
                bracket1=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.LIMIT, price=offer + 10),
                bracket2=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.STOP, stop_price=offer - 10),
            )
        )
        assert fills(sim, placed.order_id) == [(offer, 3)]
        for bracket in (placed.oso_1_id, placed.oso_2_id):
            assert bracket is not None
            assert status(sim, bracket) == "Working"  # protecting the open position at once
            assert last_qty(sim, bracket) == 3
        book.bid = book.ticks(offer) - 2  # the offer drops through the parent's price: the rest fills
        sim.advance(1)
        assert status(sim, placed.order_id) == "Filled"
        assert placed.oso_1_id is not None and last_qty(sim, placed.oso_1_id) == 6

    run(flow)


def test_a_stop_already_through_the_market_is_rejected() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        placed = await tv.orders.place(order("Buy", 1, OrderType.STOP, stop_price=book.best_offer - 1))
        assert status(sim, placed.order_id) == "Rejected"
        report = sim.store.get("executionReport", max(e["id"] for e in sim.store.all("executionReport")))
        assert report is not None and report["rejectReason"] == "InvalidPrice"
        assert fills(sim, placed.order_id) == []

    run(flow)


def test_a_trailing_stop_follows_the_market_and_fills_where_it_trailed_to() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        bid = book.best_bid
        placed = await tv.orders.place(
            order("Sell", 1, OrderType.TRAILINGSTOP, stop_price=bid - 2, peg_difference=-2.0)
        )
        book.bid += 40  # +10 points: the stop follows to 2 points under the new bid
        sim.advance(1)
        high = book.best_bid
        working = sim.engine.working[placed.order_id]
        assert working.stop_price is not None and working.stop_price >= bid + 7
        book.bid -= 20  # back down 5 points: through the trailed stop
        sim.advance(1)
        assert status(sim, placed.order_id) == "Filled"
        (price, _), *_ = fills(sim, placed.order_id)
        assert price > bid and price <= high - 2  # well above where a fixed stop would have filled

    run(flow)


def test_ids_come_from_one_twelve_digit_sequence_with_the_real_relations() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        placed = await tv.orders.place(order("Buy", 1))
        oid = placed.order_id
        assert len(str(oid)) == 12
        command = sim.store.get("command", oid)
        assert command is not None and command["orderId"] == oid  # command.id == order.id
        assert sim.store.get("commandReport", oid + 1) is not None  # commandReport.id == commandId + 1
        version = sim.store.get("orderVersion", oid)
        assert version is not None and version["orderId"] == oid
        # so commandReport/deps?masterid=<orderId> finds the order's report
        assert isinstance(tv.token, str)
        async with httpx.AsyncClient() as http:
            answer = await http.get(
                f"{sim.rest_url}/commandReport/deps",
                params={"masterid": oid},
                headers={"Authorization": f"Bearer {tv.token}"},
            )
        assert [r["id"] for r in answer.json()] == [oid + 1]
        trade = next(e for e in sim.store.all("executionReport") if e["execType"] == "Trade")
        assert trade["exchangeOrderId"].isdigit() and len(trade["exchangeOrderId"]) == 10
        tagged = await tv.orders.place(order("Sell", 1, cl_ord_id="my-7"))
        reports = [e for e in sim.store.all("executionReport") if e["orderId"] == tagged.order_id]
        assert reports and all(e["externalClOrdId"] == "my-7" for e in reports)
        ids = [e["id"] for t in ("order", "fill", "executionReport", "position") for e in sim.store.all(t)]
        assert all(len(str(i)) == 12 for i in ids)
        assert len(set(ids)) == len(ids)  # one sequence: no two entities share an id

    run(flow)


def test_expiry_cancels_working_orders_settles_positions_and_refuses_new_orders() -> None:
    async def flow(sim: Simulator, tv: AsyncTradovate, book: Any) -> None:
        await tv.orders.place(order("Buy", 2))
        resting = await tv.orders.place(order("Buy", 1, OrderType.LIMIT, price=book.best_bid - 5))
        contract = sim.store.find("contract", "ESZ6")
        assert contract is not None
        maturity = sim.store.get("contractMaturity", contract["contractMaturityId"])
        assert maturity is not None and maturity["expirationDate"].startswith("2026-12-18")
        sim.clock.advance(26 * 86_400)  # past the third Friday of December
        sim.advance(1)
        assert status(sim, resting.order_id) == "Canceled"
        position = sim.store.first("position", accountId=ACCOUNT, contractId=contract["id"])
        assert position is not None and position["netPos"] == 0
        settling = [v for v in sim.store.all("orderVersion") if v.get("text") == "Expiration"]
        assert len(settling) == 1 and settling[0]["orderQty"] == 2
        with pytest.raises(errors.OrderRejected) as refused:
            await tv.orders.place(order("Buy", 1))
        assert refused.value.reason == "InvalidContract" and "expired" in (refused.value.text or "")

    run(flow)
