"""The market's states on the CME calendar: Day orders eliminated at the close of their trade date
(GTC resting on), and what the exchange takes in the halt, the pre-open and its no-cancel end."""

from __future__ import annotations

import asyncio
import datetime
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from simsocket import UserSocket

from tradovate.sim import Simulator
from tradovate.sim.calendar import (
    CLOSED,
    CLOSED_TEXT,
    NO_CANCEL,
    OPEN,
    PRE_OPEN,
    PRE_OPEN_TEXT,
    CmeCalendar,
    Phases,
    make_calendar,
)
from tradovate_api import UNSET, AsyncTradovate, errors
from tradovate_api.models import (
    Action,
    CancelOrder,
    LiquidatePosition,
    ModifyOrder,
    OrderType,
    PlaceOrder,
    TimeInForce,
)

UTC = datetime.UTC
ACCOUNT = 20001
CME = CmeCalendar()


def utc(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def limit(symbol: str, price: float, tif: TimeInForce | None, action: str = "Buy") -> PlaceOrder:
    return PlaceOrder(
        action=Action(action),
        symbol=symbol,
        order_qty=1,
        order_type=OrderType.LIMIT,
        price=price,
        account_id=ACCOUNT,
        time_in_force=UNSET if tif is None else tif,
    )


def status(sim: Simulator, order_id: int) -> str:
    return str((sim.store.get("order", order_id) or {}).get("ordStatus"))


def test_day_orders_expire_at_each_close_and_gtc_orders_rest_through_a_week() -> None:
    """Monday 08:00 CT to the next Monday, an hour a step (Thanksgiving week: early closes on
    Thursday and Friday): each trade date's Day orders — explicit, and the default when no time in
    force is given — are eliminated at that date's close, with the exchange's elimination trail
    (executionReport Expired/Expired, the order Expired) as a synced socket receives it; the GTC
    order placed on Monday is still working a week later, and our client decodes every status."""
    start = utc("2026-11-23T14:00:00Z")

    async def flow() -> None:
        async with Simulator(clock=start, calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                synced = await sock.request("user/syncrequest", {"entityTypes": ["order", "executionReport"]})
                assert synced["s"] == 200
                contract = sim.store.find("contract", "ESZ6")
                assert contract is not None
                book = sim.market.book(contract["id"])
                assert book is not None
                far = book.best_bid - 200  # never reached by a week's walk
                gtc = (await tv.orders.place(limit("ESZ6", far, TimeInForce.GTC))).order_id
                placed: dict[int, datetime.date] = {}  # Day order -> the trade date it belongs to
                expired_at: dict[int, datetime.datetime] = {}
                for hour in range(7 * 24):
                    if sim.market.matching(contract["id"]) and hour % 5 == 0 and hour < 100:  # to Fri 12:00 CT
                        tif = TimeInForce.DAY if hour % 2 else None
                        order_id = (await tv.orders.place(limit("ESZ6", far, tif))).order_id
                        assert order_id is not None
                        session = CME.session("ES", sim.clock.now())
                        assert session is not None
                        placed[order_id] = session.trade_date
                    sim.market.advance(1, seconds=3600)
                    for order_id in placed:
                        if order_id not in expired_at and status(sim, order_id) == "Expired":
                            expired_at[order_id] = sim.clock.now()
                assert len(placed) >= 10 and set(expired_at) == set(placed)
                for order_id, day in placed.items():  # each at the first step after its date's close
                    closes = [s.close for s in _sessions("ES", start, expired_at[order_id]) if s.trade_date == day]
                    assert closes, day
                    assert closes[-1] <= expired_at[order_id] < closes[-1] + datetime.timedelta(hours=1)
                assert status(sim, gtc) == "Working"
                decoded = await tv.orders.item(gtc)
                assert decoded.ord_status == "Working"
                some = next(iter(placed))
                assert (await tv.orders.item(some)).ord_status == "Expired"
                await sock.wait_for(
                    lambda s: (
                        sum(1 for t, _, e in s.props() if t == "order" and e["ordStatus"] == "Expired") == len(placed)
                    )
                )
                trail = [(t, e) for t, _, e in sock.props() if e.get("orderId") == some or e.get("id") == some]
                expiry = [(t, e.get("execType"), e["ordStatus"]) for t, e in trail if e.get("ordStatus") == "Expired"]
                assert expiry == [("executionReport", "Expired", "Expired"), ("order", None, "Expired")]
            finally:
                await sock.close()

    asyncio.run(flow())


def test_a_gtd_order_expires_at_the_close_of_its_expire_date() -> None:
    """Placed Monday with ``expireTime`` Wednesday 15:00 CT: it rests through Monday's and
    Tuesday's closes and is eliminated at Wednesday's (raw REST body, the socket's trail); a GTD
    order modified to a later date moves with it."""

    async def flow() -> None:
        async with Simulator(clock="2026-11-23T15:00:00Z", calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            far = book.best_bid - 200
            headers = {"Authorization": f"Bearer {tv.token}"}
            body = {"accountId": ACCOUNT, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit",
                    "price": far, "timeInForce": "GTD", "expireTime": "2026-11-25T21:00:00.000Z"}  # fmt: skip
            async with httpx.AsyncClient() as http:
                wednesday = (await http.post(sim.rest_url + "/order/placeorder", json=body, headers=headers)).json()
                later = (await http.post(sim.rest_url + "/order/placeorder", json=body, headers=headers)).json()
                moved = await http.post(
                    sim.rest_url + "/order/modifyorder",
                    json={
                        "orderId": later["orderId"],
                        "orderQty": 1,
                        "orderType": "Limit",
                        "price": far,
                        "timeInForce": "GTD",
                        "expireTime": "2026-11-27T15:00:00Z",
                    },
                    headers=headers,
                )
                assert "commandId" in moved.json()
            sim.market.advance(2 * 24 + 6, seconds=3600)  # Wednesday 15:00 CT: two closes passed
            assert status(sim, wednesday["orderId"]) == "Working"
            sim.market.advance(2, seconds=3600)  # 17:00 CT: Wednesday's close has passed
            assert status(sim, wednesday["orderId"]) == "Expired"
            assert status(sim, later["orderId"]) == "Working"
            sim.market.advance(2 * 24, seconds=3600)  # Friday 17:00 CT (closed at 12:15 CT)
            assert status(sim, later["orderId"]) == "Expired"

    asyncio.run(flow())


def _sessions(product: str, start: datetime.datetime, end: datetime.datetime) -> list[Any]:
    out = []
    when = start
    while when < end:
        found = CME._find(product, when)
        if found is None or found.open >= end:
            break
        out.append(found)
        when = found.close
    return out


def test_a_break_within_the_trade_date_does_not_end_day_orders() -> None:
    """Corn trades 19:00-07:45 CT and 08:30-13:20 CT on one trade date: a Day order placed before
    the morning break still works after it and expires at 13:20 CT."""

    async def flow() -> None:
        async with Simulator(clock="2026-11-23T13:00:00Z", calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = next(c for c in sim.store.all("contract") if c["name"].startswith("ZC"))
            book = sim.market.book(contract["id"])
            assert book is not None
            order_id = (await tv.orders.place(limit(contract["name"], book.best_bid - 40, None))).order_id
            assert order_id is not None
            sim.market.advance(1, seconds=3600)  # 08:00 CT, in the break
            assert not sim.market.matching(contract["id"]) and status(sim, order_id) == "Working"
            sim.market.advance(1, seconds=1800)  # 08:30 CT, open again
            assert sim.market.matching(contract["id"]) and status(sim, order_id) == "Working"
            sim.market.advance(6, seconds=3600)  # 14:30 CT: the day's last session closed at 13:20 CT
            assert status(sim, order_id) == "Expired"

    asyncio.run(flow())


def test_the_halt_refuses_entry_modify_and_cancel_and_resting_orders_stay() -> None:
    """Monday 16:30 CT, in the daily halt (CME "not available for trading"): a new order, a modify
    and a cancel of a working GTC order, and a liquidation are all refused SessionClosed with
    nothing written; the GTC order stays Working; through our client and raw REST."""

    async def flow() -> None:
        async with Simulator(clock="2026-11-23T21:50:00Z", calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            await tv.orders.place(PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1,
                                             order_type=OrderType.MARKET, account_id=ACCOUNT))  # fmt: skip
            gtc = (await tv.orders.place(limit("ESZ6", book.best_bid - 20, TimeInForce.GTC))).order_id
            assert gtc is not None
            sim.clock.set(utc("2026-11-23T22:30:00Z"))
            events = len(sim.event_log())
            with pytest.raises(errors.OrderRejected) as refused:
                await tv.orders.modify(ModifyOrder(order_id=gtc, order_qty=2, order_type=OrderType.LIMIT,
                                                   price=book.best_bid - 20))  # fmt: skip
            assert (refused.value.reason, refused.value.text) == (
                "SessionClosed",
                "Cannot modify order outside of market hours",
            )
            with pytest.raises(errors.OrderRejected) as refused:
                await tv.orders.cancel(CancelOrder(order_id=gtc))
            assert refused.value.text == "Cannot cancel order outside of market hours"
            with pytest.raises(errors.OrderRejected) as refused:
                await tv.orders.liquidate_position(LiquidatePosition(account_id=ACCOUNT, contract_id=contract["id"],
                                                                     admin=False))  # fmt: skip
            assert refused.value.reason == "SessionClosed"
            async with httpx.AsyncClient() as http:
                raw = await http.post(
                    sim.rest_url + "/order/cancelorder",
                    json={"orderId": gtc},
                    headers={"Authorization": f"Bearer {tv.token}"},
                )
            assert raw.json() == {
                "failureReason": "SessionClosed",
                "failureText": "Cannot cancel order outside of market hours",
            }
            assert len(sim.event_log()) == events  # no command, no report: nothing written
            assert status(sim, gtc) == "Working"
            assert [p["netPos"] for p in sim.store.all("position")] == [1]

    asyncio.run(flow())


def test_the_pre_open_takes_resting_orders_matches_at_the_open_and_its_end_takes_no_cancels() -> None:
    """Monday 16:50 CT, in the pre-open before the 17:00 CT open: a market order is refused; a buy
    limit above the frozen offer is taken and rests unfilled (no matching before the open); it can
    be modified; another is canceled. At 16:59:45 CT (the last 30 s) a cancel is refused, a new
    limit is taken. At the open the marketable limits fill. Raw socket frames show the trail."""

    async def flow() -> None:
        async with Simulator(clock="2026-11-23T22:50:00Z", calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            assert sim.market.calendar.phase("ES", sim.clock.now()) == PRE_OPEN
            with pytest.raises(errors.OrderRejected) as refused:
                await tv.orders.place(PlaceOrder(action=Action.BUY, symbol="ESZ6", order_qty=1,
                                                 order_type=OrderType.MARKET, account_id=ACCOUNT))  # fmt: skip
            assert (refused.value.reason, refused.value.text) == ("SessionClosed", PRE_OPEN_TEXT)
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                ioc = await sock.request(
                    "order/placeorder",
                    {"accountId": ACCOUNT, "action": "Buy", "symbol": "ESZ6", "orderQty": 1, "orderType": "Limit",
                     "price": book.best_offer, "timeInForce": "IOC"},
                )  # fmt: skip
                assert ioc["d"] == {"failureReason": "SessionClosed", "failureText": PRE_OPEN_TEXT}
                through = (await tv.orders.place(limit("ESZ6", book.best_offer + 1, None))).order_id
                gone = (await tv.orders.place(limit("ESZ6", book.best_bid - 10, None))).order_id
                assert through is not None and gone is not None
                assert status(sim, through) == "Working" and sim.store.all("fill") == []
                modified = await tv.orders.modify(
                    ModifyOrder(order_id=through, order_qty=2, order_type=OrderType.LIMIT, price=book.best_offer + 1)
                )
                assert isinstance(modified.command_id, int)
                await tv.orders.cancel(CancelOrder(order_id=gone))
                assert status(sim, gone) == "Canceled" and sim.store.all("fill") == []
                sim.clock.set(utc("2026-11-23T22:59:45Z"))
                assert sim.market.calendar.phase("ES", sim.clock.now()) == NO_CANCEL
                answer = await sock.request("order/cancelorder", {"orderId": through})
                assert answer["s"] == 200
                assert answer["d"] == {
                    "failureReason": "SessionClosed",
                    "failureText": "Cannot cancel order in the pre-open no-cancel period",
                }
                late = (await tv.orders.place(limit("ESZ6", book.best_offer, TimeInForce.GTC))).order_id
                assert late is not None and status(sim, late) == "Working"
                assert sim.store.all("fill") == []
                sim.market.advance(1, seconds=15)  # 17:00 CT: the open; matching begins
                assert status(sim, through) == "Filled" and status(sim, late) == "Filled"
                assert sum(f["qty"] for f in sim.store.all("fill")) == 3
            finally:
                await sock.close()

    asyncio.run(flow())


def test_phases_are_configurable_and_the_always_calendar_is_always_open() -> None:
    calendar = make_calendar({"name": "cme", "phases": {"preopen": 60, "no_cancel": 10}})
    assert calendar.phase("ES", utc("2026-11-23T22:58:00Z")) == CLOSED
    assert calendar.phase("ES", utc("2026-11-23T22:59:30Z")) == PRE_OPEN
    assert calendar.phase("ES", utc("2026-11-23T22:59:55Z")) == NO_CANCEL
    always = make_calendar(None)
    assert always.phase("ES", utc("2026-11-28T16:00:00Z")) == OPEN
    assert always.refusal("ES", utc("2026-11-28T16:00:00Z"), "cancel", {}) is None
    assert CME.refusal("ES", utc("2026-11-28T16:00:00Z"), "place", {"orderType": "Limit"}) == CLOSED_TEXT


@settings(max_examples=150, deadline=None)
@given(
    product=st.sampled_from(["ES", "CL", "ZC", "6E"]),
    seconds=st.integers(0, 365 * 86400),
)
def test_the_phase_at_any_instant_agrees_with_the_sessions(product: str, seconds: int) -> None:
    """Open exactly while a session is; a pre-open only within its length before the next open
    (the weekly length after a long closure), its no-cancel end only in the last 30 s."""
    when = utc("2026-01-01T00:00:00Z") + datetime.timedelta(seconds=seconds)
    phase = CME.phase(product, when)
    assert (phase == OPEN) is CME.is_open(product, when)
    if phase == OPEN:
        return
    nxt = CME.next_open(product, when)
    left = (nxt - when).total_seconds() if nxt is not None else float("inf")
    phases = Phases()
    if phase == NO_CANCEL:
        assert 0 < left <= phases.no_cancel
    elif phase == PRE_OPEN:
        assert phases.no_cancel < left <= phases.weekly_preopen
    else:
        assert left > phases.preopen
