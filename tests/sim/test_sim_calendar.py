"""The simulator's trading calendar: CME Globex sessions, the daily halt, weekends and holidays
(from pandas_market_calendars), orders refused outside the session, quotes frozen, the trade date
rolling at 17:00 CT with daylight saving, and a clock the tests drive through a week in seconds."""

from __future__ import annotations

import asyncio
import datetime
import functools
import json
import subprocess
import sys
from typing import Any

import httpx
import pandas_market_calendars as pmc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from simsocket import UserSocket

from tradovate.sim import Simulator, main
from tradovate.sim.calendar import CLOSED_REASON, CLOSED_TEXT, CmeCalendar, make_calendar
from tradovate.sim.clock import CENTRAL, Clock, trade_date
from tradovate_api import AsyncTradovate, errors
from tradovate_api.models import Action, OrderType, PlaceOrder, TimeInForce

UTC = datetime.UTC
ACCOUNT = 20001


def utc(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


CME = CmeCalendar()


@pytest.mark.parametrize(
    ("product", "when", "is_open"),
    [
        ("ES", "2026-11-23T21:59:59Z", True),  # Monday 15:59:59 CT
        ("ES", "2026-11-23T22:00:00Z", False),  # 16:00 CT: the daily halt
        ("ES", "2026-11-23T22:59:59Z", False),
        ("ES", "2026-11-23T23:00:00Z", True),  # 17:00 CT: the next session
        ("ES", "2026-07-15T21:30:00Z", False),  # summer (CDT): the halt is 21:00-22:00 UTC
        ("ES", "2026-07-15T22:00:00Z", True),
        ("ES", "2026-11-26T18:30:00Z", False),  # Thanksgiving: equity index halts at 12:00 CT
        ("ES", "2026-11-27T18:14:00Z", True),  # the Friday after closes at 12:15 CT
        ("ES", "2026-11-27T18:15:00Z", False),
        ("ES", "2026-11-28T16:00:00Z", False),  # Saturday
        ("ES", "2026-11-29T22:59:00Z", False),  # Sunday 16:59 CT
        ("ES", "2026-11-29T23:00:00Z", True),  # Sunday 17:00 CT: the week opens
        ("ES", "2026-12-25T16:00:00Z", False),  # Christmas
        ("CL", "2026-11-26T19:45:00Z", False),  # energy closes 13:30 CT on Thanksgiving
        ("CL", "2026-11-26T19:00:00Z", True),
        ("ZC", "2026-11-23T14:00:00Z", False),  # grains: the 07:45-08:30 CT break
        ("ZC", "2026-11-23T15:00:00Z", True),
        ("ZC", "2026-11-23T20:00:00Z", False),  # grains close 13:20 CT
        ("6E", "2026-11-26T20:00:00Z", True),  # FX trades on through Thanksgiving
    ],
)
def test_cme_sessions_per_product_group(product: str, when: str, is_open: bool) -> None:
    assert CME.is_open(product, utc(when)) is is_open
    text = CME.closed_text(product, utc(when))
    assert text == (None if is_open else CLOSED_TEXT)


def test_next_open_and_the_always_open_default() -> None:
    assert CME.next_open("ES", utc("2026-11-28T16:00:00Z")) == utc("2026-11-29T23:00:00Z")
    assert CME.next_open("ES", utc("2026-11-23T15:00:00Z")) == utc("2026-11-23T15:00:00Z")
    always = make_calendar(None)
    assert always.is_open("ES", utc("2026-11-28T16:00:00Z")) and always.name == "always"
    with pytest.raises(ValueError, match="unknown calendar"):
        make_calendar("nyse")
    with pytest.raises(ValueError, match="unknown market calendar"):
        make_calendar({"name": "cme", "products": {"ES": "No Such Calendar"}})


@functools.cache
def library_schedule(name: str) -> tuple[Any, Any]:
    calendar = pmc.get_calendar(name)
    return calendar, calendar.schedule(start_date="2025-12-20", end_date="2028-01-10")


@settings(max_examples=40, deadline=None)
@given(
    product=st.sampled_from(["ES", "CL", "GC", "ZN", "6E", "ZC"]),
    seconds=st.integers(0, 2 * 365 * 86400),
)
def test_sessions_agree_with_the_library_at_any_instant(product: str, seconds: int) -> None:
    when = utc("2026-01-01T00:00:00Z") + datetime.timedelta(seconds=seconds)
    calendar, schedule = library_schedule(CME.calendar_of(product))
    near = schedule.loc[
        str((when - datetime.timedelta(days=5)).date()) : str((when + datetime.timedelta(days=5)).date())
    ]
    expected = bool(calendar.open_at_time(near, when))
    assert CME.is_open(product, when) is expected


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("2026-07-15T21:59:59Z", "2026-07-15"),  # 16:59:59 CDT
        ("2026-07-15T22:00:00Z", "2026-07-16"),  # 17:00 CDT (22:00 UTC in summer)
        ("2026-11-23T22:59:59Z", "2026-11-23"),
        ("2026-11-23T23:00:00Z", "2026-11-24"),  # 17:00 CST (23:00 UTC in winter)
        ("2026-11-20T23:00:00Z", "2026-11-23"),  # Friday evening: Monday
        ("2026-11-21T12:00:00Z", "2026-11-23"),  # Saturday: Monday
        ("2026-03-08T21:30:00Z", "2026-03-09"),  # the Sunday DST starts: 16:30 CDT... on a Sunday
        ("2026-03-09T22:00:00Z", "2026-03-10"),  # the first Monday of CDT rolls at 22:00 UTC
    ],
)
def test_trade_date_rolls_at_1700_central(when: str, day: str) -> None:
    assert trade_date(utc(when)).isoformat() == day


def front(sim: Simulator, product: str = "ES") -> str:
    found = sim.store.find("product", product)
    assert found is not None
    maturity = sim.store.first("contractMaturity", productId=found["id"], isFront=True)
    assert maturity is not None
    contract = sim.store.first("contract", contractMaturityId=maturity["id"])
    assert contract is not None
    return str(contract["name"])


def market(symbol: str, action: str = "Buy") -> PlaceOrder:
    return PlaceOrder(
        action=Action(action), symbol=symbol, order_qty=1, order_type=OrderType.MARKET, account_id=ACCOUNT
    )


def body(symbol: str) -> dict[str, Any]:
    return {"accountId": ACCOUNT, "action": "Buy", "symbol": symbol, "orderQty": 1, "orderType": "Market"}


def test_a_summer_evening_fill_carries_the_next_trade_date() -> None:
    """17:30 CDT is 22:30 UTC: the fill belongs to the next day's session (was rolled at 23:00 UTC)."""

    async def flow() -> None:
        async with Simulator(clock="2026-07-15T22:30:00Z", calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                await sock.request("user/syncrequest", {"entityTypes": ["fill"]})
                await tv.orders.place(market(front(sim)))
                await sock.wait_for(lambda s: any(t == "fill" for t, _, _ in s.props()))
                fill = next(e for t, _, e in sock.props() if t == "fill")
                assert fill["tradeDate"] == {"year": 2026, "month": 7, "day": 16}
            finally:
                await sock.close()

    asyncio.run(flow())


@pytest.mark.parametrize(
    "when",
    [
        "2026-11-28T16:00:00Z",  # Saturday
        "2026-11-23T22:30:00Z",  # Monday 16:30 CT, the daily halt
        "2026-11-26T20:00:00Z",  # Thanksgiving afternoon
    ],
)
def test_orders_outside_the_session_are_refused_by_client_rest_and_socket(when: str) -> None:
    async def flow() -> None:
        async with Simulator(clock=when, calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            symbol = front(sim)
            events = len(sim.event_log())
            with pytest.raises(errors.OrderRejected) as refused:
                await tv.orders.place(market(symbol))
            assert (refused.value.reason, refused.value.text) == (CLOSED_REASON, CLOSED_TEXT)
            async with httpx.AsyncClient() as http:
                raw = await http.post(
                    sim.rest_url + "/order/placeorder",
                    json=body(symbol),
                    headers={"Authorization": f"Bearer {tv.token}"},
                )
            assert raw.status_code == 200
            assert raw.json() == {"failureReason": "SessionClosed", "failureText": CLOSED_TEXT}
            sock = await UserSocket.open(sim.ws_url, tv.token)
            try:
                answer = await sock.request("order/placeorder", body(symbol))
                assert answer["s"] == 200 and answer["d"]["failureReason"] == "SessionClosed"
                oso = await sock.request(
                    "order/placeoso",
                    {**body(symbol), "bracket1": {"action": "Sell", "orderType": "Limit", "price": 9000.0}},
                )
                assert oso["d"]["failureReason"] == "SessionClosed"
            finally:
                await sock.close()
            assert len(sim.event_log()) == events  # nothing was written: no order, no trail
            assert sim.store.all("order") == [] or all(o["ordStatus"] != "Filled" for o in sim.store.all("order"))

    asyncio.run(flow())


def test_quotes_freeze_in_the_halt_and_resting_orders_wait_for_the_open() -> None:
    """Monday 15:59 CT: a quote subscription and a resting GTC buy limit at the bid; the
    hour of the halt moves nothing (no md frame, no fill); at 17:00 CT quotes resume."""

    async def flow() -> None:
        async with Simulator(clock="2026-11-23T21:59:00Z", calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            symbol = front(sim)
            contract = sim.store.find("contract", symbol)
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            md = await UserSocket.open(sim.md_url, tv.token)
            try:
                assert (await md.request("md/subscribeQuote", {"symbol": symbol}))["s"] == 200
                sim.advance(1)  # 15:59:00.25 CT: still open, one push
                await md.wait_for(lambda s: len(quotes(s)) >= 2)
                await tv.orders.place(
                    PlaceOrder(
                        action=Action.BUY,
                        symbol=symbol,
                        order_qty=1,
                        order_type=OrderType.LIMIT,
                        price=book.best_bid,
                        account_id=ACCOUNT,
                        time_in_force=TimeInForce.GTC,  # a Day order would expire at 16:00 CT
                    )
                )
                frozen = (book.bid, book.spread, book.volume, list(book.bid_sizes), book.timestamp)
                sim.clock.set(utc("2026-11-23T22:00:00Z"))  # 16:00 CT
                before = len(quotes(md))
                sim.market.advance(59, seconds=60)  # the whole halt, minute by minute
                await md.request("md/subscribeQuote", {"symbol": symbol})  # a barrier: pushes come first
                assert quotes(md)[before:] == []  # (a second subscribe sends nothing)
                assert (book.bid, book.spread, book.volume, list(book.bid_sizes), book.timestamp) == frozen
                assert [o["ordStatus"] for o in sim.store.all("order")] == ["Working"]
                with pytest.raises(errors.OrderRejected):
                    await tv.orders.place(market(symbol))
                sim.market.advance(1, seconds=60)  # 17:00 CT: the next session
                assert sim.market.is_open(contract["id"])
                await md.wait_for(lambda s: len(quotes(s)) > before)
                assert quotes(md)[-1]["timestamp"] == "2026-11-23T23:00:00.000Z"
            finally:
                await md.close()

    asyncio.run(flow())


def quotes(sock: UserSocket) -> list[dict[str, Any]]:
    return [q for e in sock.events if e.get("e") == "md" for q in e["d"].get("quotes", [])]


def test_a_week_of_sessions_in_hourly_steps_matches_the_calendar() -> None:
    """Sunday noon CT to the next Sunday noon, an hour per step: ES moves exactly in the hours the
    library's schedule has open (Thanksgiving week: early halts on Thursday and Friday), and an
    order placed each hour is taken exactly then."""
    start = utc("2026-11-22T18:00:00Z")

    async def flow() -> None:
        async with Simulator(clock=start, calendar="cme") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            symbol = front(sim)
            contract = sim.store.find("contract", symbol)
            assert contract is not None
            moved: list[datetime.datetime] = []
            sim.market.listen(lambda b: moved.append(sim.clock.now()) if b.contract_id == contract["id"] else None)
            taken: list[datetime.datetime] = []
            for _ in range(7 * 24):
                sim.market.advance(1, seconds=3600)
                try:
                    await tv.orders.place(market(symbol, "Buy" if len(taken) % 2 == 0 else "Sell"))
                except errors.OrderRejected as refused:
                    assert refused.reason == "SessionClosed"
                else:
                    taken.append(sim.clock.now().replace(microsecond=0))
            hours = [start + datetime.timedelta(hours=h) for h in range(1, 7 * 24 + 1)]
            expected = [h for h in hours if CME.is_open("ES", h)]
            assert [t.replace(microsecond=0) for t in moved] == expected
            assert taken == expected
            assert len(expected) == 23 * 3 + 19 + 20  # whole hours: Mon-Wed; Thu to 12:00 CT; Fri to 12:15 CT

    asyncio.run(flow())


def test_the_default_calendar_is_always_open_so_a_saturday_demo_trades() -> None:
    async def flow() -> None:
        async with Simulator(clock="2026-11-28T16:00:00Z") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            result = await tv.orders.place(market(front(sim)))
            assert result.order_id is not None
            assert [o["ordStatus"] for o in sim.store.all("order")] == ["Filled"]

    asyncio.run(flow())


def test_clock_set_moves_virtual_time_forward_only() -> None:
    clock = Clock(utc("2026-11-23T14:00:00Z"))
    clock.set(utc("2026-11-24T14:00:00Z"))
    clock.set(utc("2026-11-20T14:00:00Z"))
    assert clock.now() == utc("2026-11-24T14:00:00Z")
    wall = Clock()
    wall.set(utc("2000-01-01T00:00:00Z"))
    assert wall.now().year >= 2026


def test_cli_clock_and_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--clock", "next tuesday"]) == 2
    assert "Invalid isoformat" in capsys.readouterr().err
    assert main(["--speed", "0"]) == 2
    assert "--speed must be positive" in capsys.readouterr().err
    server = subprocess.Popen(
        [sys.executable, "-m", "tradovate.sim", "--json", "--tick", "0.05", "--speed", "1200",
         "--clock", "2026-11-28T16:00:00Z", "--calendar", "cme"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        login = httpx.post(
            urls["rest"] + "/auth/accesstokenrequest", json={"name": "demo", "password": "demo"}, timeout=60
        )
        token = login.json()["accessToken"]
        headers = {"Authorization": f"Bearer {token}"}
        refused = httpx.post(urls["rest"] + "/order/placeorder", json=body("ESZ6"), headers=headers, timeout=60)
        assert refused.json() == {"failureReason": "SessionClosed", "failureText": CLOSED_TEXT}
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert server.returncode == 0, err


def test_md_chart_packets_carry_the_trade_date_after_1700_central() -> None:
    """Monday 17:30 CT (23:30 UTC): chart packets say ``td`` 20261124 (was the UTC date, 20261123)."""

    async def flow() -> None:
        async with Simulator(clock="2026-11-23T23:30:00Z") as sim:
            token = sim.auth._answer(sim.auth._issue(1001, "demo"))["mdAccessToken"]
            md = await UserSocket.open(sim.md_url, token)
            try:
                answer = await md.request(
                    "md/getChart",
                    {
                        "symbol": "ESZ6",
                        "chartDescription": {
                            "underlyingType": "MinuteBar",
                            "elementSize": 1,
                            "elementSizeUnit": "UnderlyingUnits",
                        },
                        "timeRange": {"asMuchAsElements": 2},
                    },
                )
                assert answer["s"] == 200
                sim.advance(1)
                await md.wait_for(lambda s: len(charts(s)) >= 2)
                assert {c["td"] for c in charts(md)} == {20261124}
            finally:
                await md.close()

    asyncio.run(flow())


def charts(sock: UserSocket) -> list[dict[str, Any]]:
    return [c for e in sock.events if e.get("e") == "chart" for c in e["d"]["charts"] if "td" in c]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 3 * 365 * 86400), st.integers(1, 7 * 86400))
def test_trade_dates_are_weekdays_that_only_move_forward_at_1700_central(offset: int, later: int) -> None:
    a = utc("2026-01-01T00:00:00Z") + datetime.timedelta(seconds=offset)
    b = a + datetime.timedelta(seconds=later)
    day_a, day_b = trade_date(a), trade_date(b)
    assert day_a.weekday() < 5 and day_a <= day_b
    local = a.astimezone(CENTRAL)
    if day_a > local.date():  # dated ahead: only from 17:00 CT on, or over a weekend
        assert local.hour >= 17 or local.weekday() >= 5
    else:
        assert day_a == local.date() and local.hour < 17
