"""Three breaks an adversarial tester found in the simulator's engine (issue 15), each through the
running simulator and our client (or raw REST), the clock driven: orders crossing in the pre-open
walk the book at the open; liquidate-only mode lets only orders that reduce toward flat through;
a clock jumped over several closes processes each trade date's close in turn."""

from __future__ import annotations

import asyncio
import datetime
import itertools
from typing import Any

import httpx

from tradovate.sim import Simulator
from tradovate.sim.calendar import CmeCalendar
from tradovate_api import UNSET, AsyncTradovate, Unset
from tradovate_api.models import Action, ModifyOrder, OrderType, PlaceOrder, TimeInForce

UTC = datetime.UTC
ACCOUNT = 20001
PRE_OPEN = "2026-11-23T22:50:00Z"  # Monday 16:50 CT: ten minutes before the 17:00 CT open


def utc(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def order(action: str, qty: int, kind: OrderType, price: float | None = None, **more: Any) -> PlaceOrder:
    return PlaceOrder(
        action=Action(action),
        symbol="ESZ6",
        order_qty=qty,
        order_type=kind,
        account_id=ACCOUNT,
        price=UNSET if price is None else price,
        **more,
    )


def status(sim: Simulator, order_id: int | None) -> str:
    assert order_id is not None
    return str((sim.store.get("order", order_id) or {}).get("ordStatus"))


def fills(sim: Simulator, order_id: int | None) -> list[tuple[int, float]]:
    return [(f["qty"], f["price"]) for f in sim.store.all("fill") if f["orderId"] == order_id]


def report(sim: Simulator, command_id: int | Unset | None) -> dict[str, Any]:
    assert isinstance(command_id, int)
    found = sim.store.get("commandReport", command_id + 1)  # commandReport.id == commandId + 1
    assert found is not None
    return found


def book_of(sim: Simulator) -> Any:
    contract = sim.store.find("contract", "ESZ6")
    assert contract is not None
    book = sim.market.book(contract["id"])
    assert book is not None
    return book


# ---------------------------------------------------------------------------------------------
# 1. the pre-open


def test_orders_crossing_in_the_pre_open_walk_the_book_at_the_open_not_fill_at_their_limit() -> None:
    """A buy limit 40 ticks above the offer, a sell limit 40 ticks below the bid, and a resting
    buy modified in the pre-open to cross: at the open each fills as a marketable limit does in the
    session — from the touch outward, level by level, at book prices — not at its own limit."""

    async def flow() -> None:
        async with (
            Simulator(clock=PRE_OPEN, calendar="cme", tick_interval=0) as sim,
            AsyncTradovate(sim.rest_url) as tv,
        ):
            await tv.login(name="demo", password="demo")
            book = book_of(sim)
            bid, offer = book.best_bid, book.best_offer
            buy = (await tv.orders.place(order("Buy", 3, OrderType.LIMIT, offer + 10))).order_id
            sell = (await tv.orders.place(order("Sell", 2, OrderType.LIMIT, bid - 10))).order_id
            moved = (await tv.orders.place(order("Buy", 1, OrderType.LIMIT, bid - 10))).order_id
            await tv.orders.modify(
                ModifyOrder(order_id=moved, order_qty=1, order_type=OrderType.LIMIT, price=offer + 10)
            )
            assert sim.store.all("fill") == []  # nothing matches in the pre-open
            sim.clock.set(utc("2026-11-23T23:00:00Z"))
            sim.market.advance(1, seconds=1)  # the open's first step
            open_bid, open_offer = book.best_bid, book.best_offer
            assert abs(open_offer - offer) < 2 and abs(open_bid - bid) < 2  # (one step of the walk)
            for order_id, qty, start, worse in (
                (buy, 3, open_offer, 0.25),
                (sell, 2, open_bid, -0.25),
                (moved, 1, None, 0.25),
            ):
                got = fills(sim, order_id)
                assert status(sim, order_id) == "Filled" and sum(q for q, _ in got) == qty
                if start is not None:
                    assert got[0][1] == start  # from the touch at the open
                for (_, a), (_, b) in itertools.pairwise(got):
                    assert b - a in (0, worse)  # level by level, never skipping one
            limit_buy, limit_sell = offer + 10, bid - 10
            assert all(p < limit_buy for _, p in fills(sim, buy) + fills(sim, moved))
            assert all(p > limit_sell for _, p in fills(sim, sell))

    asyncio.run(flow())


def test_an_oco_crossing_in_the_pre_open_does_not_fill_before_the_open() -> None:
    """``placeoco`` in the pre-open with a leg through the market: taken, working, no fill until
    the open; at the open the crossing leg walks the book and cancels its partner."""

    async def flow() -> None:
        async with Simulator(clock=PRE_OPEN, calendar="cme", tick_interval=0) as sim, httpx.AsyncClient() as http:
            token = (
                await http.post(sim.rest_url + "/auth/accesstokenrequest", json={"name": "demo", "password": "demo"})
            ).json()["accessToken"]
            book = book_of(sim)
            body = {"accountId": ACCOUNT, "action": "Sell", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit",
                    "price": book.best_bid - 10,
                    "other": {"action": "Sell", "orderType": "Stop", "stopPrice": book.best_bid - 50}}  # fmt: skip
            answer = (
                await http.post(
                    sim.rest_url + "/order/placeoco", json=body, headers={"Authorization": f"Bearer {token}"}
                )
            ).json()
            first, second = answer["orderId"], answer["ocoId"]
            assert sim.store.all("fill") == [] and status(sim, first) == "Working" == status(sim, second)
            sim.clock.set(utc("2026-11-23T23:00:00Z"))
            sim.market.advance(1, seconds=1)
            assert fills(sim, first) == [(1, book.best_bid)]
            assert status(sim, second) == "Canceled"

    asyncio.run(flow())


# ---------------------------------------------------------------------------------------------
# 2. liquidate-only mode


def test_liquidate_only_passes_only_orders_that_reduce_toward_flat() -> None:
    """Long 20 in liquidate-only mode: a sell of 21 (reversal) and a buy are refused
    ``LiquidationOnly``; a sell of 20 would pass; resting sells pass only while they add up to at
    most the position; a modify raising one past it is refused and the order works on unchanged;
    when the market runs through the resting sells the position ends flat, never short."""

    async def flow() -> None:
        async with Simulator(seed=5, tick_interval=0) as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            await tv.orders.place(order("Buy", 20, OrderType.MARKET))
            sim.store.update("accountRiskStatus", ACCOUNT, liquidateOnly=sim.clock.stamp())

            def net() -> int:
                position = sim.store.first("position", accountId=ACCOUNT)
                return int(position["netPos"]) if position else 0

            refused = {}
            for name, body in (
                ("reverse", order("Sell", 21, OrderType.MARKET)),
                ("grow", order("Buy", 1, OrderType.MARKET)),
            ):
                refused[name] = report(sim, (await tv.orders.place(body)).order_id)
            for r in refused.values():
                assert (r["commandStatus"], r["rejectReason"]) == ("RiskRejected", "LiquidationOnly")
                assert r["text"] == "Account is in liquidation-only mode: only orders that reduce a position"
            assert net() == 20
            far = book_of(sim).best_offer + 20
            first = (await tv.orders.place(order("Sell", 15, OrderType.LIMIT, far))).order_id
            too_many = (await tv.orders.place(order("Sell", 6, OrderType.LIMIT, far))).order_id
            second = (await tv.orders.place(order("Sell", 5, OrderType.LIMIT, far))).order_id
            assert report(sim, first)["commandStatus"] == "RiskPassed" == report(sim, second)["commandStatus"]
            assert report(sim, too_many)["rejectReason"] == "LiquidationOnly" and status(sim, too_many) == "Rejected"
            modify = await tv.orders.modify(
                ModifyOrder(order_id=second, order_qty=6, order_type=OrderType.LIMIT, price=far)
            )
            assert report(sim, modify.command_id)["rejectReason"] == "LiquidationOnly"
            assert status(sim, second) == "Working"
            smaller = await tv.orders.modify(
                ModifyOrder(order_id=second, order_qty=4, order_type=OrderType.LIMIT, price=far)
            )
            assert report(sim, smaller.command_id)["commandStatus"] == "RiskPassed"  # a decrease always passes
            book_of(sim).bid += 200
            sim.advance(2)
            assert status(sim, first) == "Filled" == status(sim, second)
            assert net() == 1  # 20 - 15 - 4: reduced, never through flat

    asyncio.run(flow())


def test_liquidate_only_takes_an_oco_exit_pair_as_one_order() -> None:
    """Long 20 in liquidate-only mode: an OCO exit (a sell limit above, a sell stop below, 20 each)
    passes — only one leg can fill — and a third sell of 1 beside it is refused."""

    async def flow() -> None:
        async with Simulator(seed=5, tick_interval=0) as sim, httpx.AsyncClient() as http:
            token = (
                await http.post(sim.rest_url + "/auth/accesstokenrequest", json={"name": "demo", "password": "demo"})
            ).json()["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}
            base = {"accountId": ACCOUNT, "symbol": "ESZ6"}
            await http.post(sim.rest_url + "/order/placeorder", headers=headers,
                            json={**base, "action": "Buy", "orderQty": 20, "orderType": "Market"})  # fmt: skip
            sim.store.update("accountRiskStatus", ACCOUNT, liquidateOnly=sim.clock.stamp())
            book = book_of(sim)
            oco = {**base, "action": "Sell", "orderQty": 20, "orderType": "Limit", "price": book.best_offer + 20,
                   "other": {"action": "Sell", "orderType": "Stop", "stopPrice": book.best_bid - 20}}  # fmt: skip
            answer = (await http.post(sim.rest_url + "/order/placeoco", json=oco, headers=headers)).json()
            assert status(sim, answer["orderId"]) == "Working" == status(sim, answer["ocoId"])
            one = {**base, "action": "Sell", "orderQty": 1, "orderType": "Limit", "price": book.best_offer + 20}
            third = (await http.post(sim.rest_url + "/order/placeorder", json=one, headers=headers)).json()
            assert report(sim, third["orderId"])["rejectReason"] == "LiquidationOnly"

    asyncio.run(flow())


# ---------------------------------------------------------------------------------------------
# 3. a clock jumped over several closes


def test_a_clock_jumped_over_two_closes_expires_the_gtd_orders_of_each() -> None:
    """Placed Monday 09:00 CT: a Day order, a GTD for Tuesday, a GTD for Thursday and a GTC; the
    clock set straight to Wednesday and one step taken: Monday's close eliminated the Day order,
    Tuesday's the Tuesday GTD (in that order); the Thursday GTD and the GTC work on."""

    async def flow() -> None:
        async with (
            Simulator(clock="2026-11-23T15:00:00Z", calendar="cme", tick_interval=0) as sim,
            AsyncTradovate(sim.rest_url) as tv,
        ):
            await tv.login(name="demo", password="demo")
            far = book_of(sim).best_bid - 200

            async def place(tif: TimeInForce, expire: str | None = None) -> int:
                more = {} if expire is None else {"expire_time": utc(expire)}
                body = order("Buy", 1, OrderType.LIMIT, far, time_in_force=tif, **more)
                placed = (await tv.orders.place(body)).order_id
                assert placed is not None
                return placed

            day = await place(TimeInForce.DAY)
            tuesday = await place(TimeInForce.GTD, "2026-11-24T15:00:00Z")
            thursday = await place(TimeInForce.GTD, "2026-11-26T15:00:00Z")
            gtc = await place(TimeInForce.GTC)
            sim.clock.set(utc("2026-11-25T15:00:00Z"))
            sim.market.advance(1, seconds=60)
            assert [status(sim, o) for o in (day, tuesday, thursday, gtc)] == [
                "Expired",
                "Expired",
                "Working",
                "Working",
            ]
            expired = [r["orderId"] for r in sim.store.all("executionReport") if r["execType"] == "Expired"]
            assert expired == [day, tuesday]
            sim.market.advance(1, seconds=60)  # nothing more until Wednesday's close
            assert status(sim, thursday) == "Working"

    asyncio.run(flow())


def test_final_closes_lists_each_trade_date_end_once_and_skips_breaks() -> None:
    cme = CmeCalendar()
    closes = cme.final_closes("ES", utc("2026-11-23T15:00:00Z"), utc("2026-11-27T20:00:00Z"))
    assert [s.trade_date.isoformat() for s in closes] == [
        "2026-11-23",
        "2026-11-24",
        "2026-11-25",
        "2026-11-26",
        "2026-11-27",
    ]
    assert closes[-2].close == utc("2026-11-26T18:00:00Z")  # Thanksgiving: 12:00 CT
    assert closes[-1].close == utc("2026-11-27T18:15:00Z")  # the Friday after: 12:15 CT
    grains = cme.final_closes("ZC", utc("2026-11-23T12:00:00Z"), utc("2026-11-24T21:00:00Z"))
    assert [s.trade_date.isoformat() for s in grains] == ["2026-11-23", "2026-11-24"]  # not the morning breaks
    assert cme.final_closes("ES", utc("2026-11-23T22:00:00Z"), utc("2026-11-23T22:30:00Z")) == []  # (after, until]


# ---------------------------------------------------------------------------------------------
# 4. GTD orders without a usable expireTime, or with one already over


def test_a_gtd_without_a_usable_or_with_a_past_expire_time_is_refused_outright() -> None:
    """Wednesday 09:00 CT: a GTD order without ``expireTime``, with one that is no date, or with
    one on a trade date already over is refused (``failureReason``, nothing stored) — at
    placement, in an OSO bracket and on modify; an ``expireTime`` earlier today is taken (CME's GTD
    is by date: it expires at today's close)."""

    async def flow() -> None:
        async with (
            Simulator(clock="2026-11-25T15:00:00Z", calendar="cme", tick_interval=0) as sim,
            httpx.AsyncClient() as http,
        ):
            token = (
                await http.post(sim.rest_url + "/auth/accesstokenrequest", json={"name": "demo", "password": "demo"})
            ).json()["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}
            far = book_of(sim).best_bid - 200
            base = {
                "accountId": ACCOUNT,
                "action": "Buy",
                "symbol": "ESZ6",
                "orderQty": 1,
                "orderType": "Limit",
                "price": far,
            }

            async def post(endpoint: str, body: dict[str, Any]) -> dict[str, Any]:
                answer = await http.post(sim.rest_url + "/order/" + endpoint, json=body, headers=headers)
                assert answer.status_code == 200
                result: dict[str, Any] = answer.json()
                return result

            unusable = "GTD orders need expireTime, a date and time"
            for extra, text in (
                ({}, unusable),
                ({"expireTime": "next week"}, unusable),
                (
                    {"expireTime": "2026-11-20T15:00:00Z"},
                    "Invalid expireTime 2026-11-20T15:00:00Z: its trade date is over",
                ),
            ):
                body = {**base, "timeInForce": "GTD", **extra}
                assert await post("placeorder", body) == {"failureReason": "UnknownReason", "failureText": text}
            bracket = {"action": "Sell", "orderType": "Limit", "price": far + 400, "timeInForce": "GTD"}
            assert (await post("placeoso", {**base, "bracket1": bracket}))["failureText"] == unusable
            assert sim.store.all("order") == []
            today = await post("placeorder", {**base, "timeInForce": "GTD", "expireTime": "2026-11-25T14:00:00Z"})
            gtc = await post("placeorder", {**base, "timeInForce": "GTC"})
            modify = {
                "orderId": gtc["orderId"],
                "orderQty": 1,
                "orderType": "Limit",
                "price": far,
                "timeInForce": "GTD",
            }
            assert (await post("modifyorder", modify))["failureText"] == unusable
            past = {**modify, "expireTime": "2026-11-24T15:00:00Z"}
            assert (await post("modifyorder", past))["failureReason"] == "UnknownReason"
            assert status(sim, gtc["orderId"]) == "Working" == status(sim, today["orderId"])
            sim.market.advance(8, seconds=3600)  # 17:00 CT: Wednesday's close has passed
            assert status(sim, today["orderId"]) == "Expired" and status(sim, gtc["orderId"]) == "Working"

    asyncio.run(flow())
