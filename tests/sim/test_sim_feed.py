"""Markets driven by recorded data: the file layouts, the shipped sample, and a recorded session
replayed through the simulator at speed with fills consistent with the recorded book."""

from __future__ import annotations

import asyncio
import csv
import datetime
import io
import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from simsocket import UserSocket

from tradovate.sim import Simulator
from tradovate.sim.clock import Clock
from tradovate.sim.feed import SAMPLE, Record, load_feed, make_feed, parse_rows, write_sample
from tradovate.sim.market import Book, Market
from tradovate_api import UNSET, AsyncTradovate
from tradovate_api.models import Action, OrderType, PlaceOrder

UTC = datetime.UTC
ACCOUNT = 20001


def utc(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_the_shipped_sample_is_generated_deterministically(tmp_path: Path) -> None:
    again = tmp_path / "again.csv"
    write_sample(again)
    assert again.read_bytes() == SAMPLE.read_bytes()
    feed = load_feed(SAMPLE)
    assert 2000 <= len(feed.records) <= 5000 and feed.symbols == ["ESZ6"]
    assert feed.start == utc("2026-11-23T14:00:00Z") and feed.end < utc("2026-11-23T14:30:00Z")
    bids = [r.bid for r in feed.records if r.bid is not None]
    assert 6800 < min(bids) < max(bids) < 6900
    assert all(r.ask is None or r.bid is None or 0 < r.ask - r.bid <= 0.5 for r in feed.records)


def test_tick_quote_and_bar_layouts(tmp_path: Path) -> None:
    ticks = tmp_path / "ticks.csv"
    ticks.write_text(
        "timestamp,bid,ask,bid_size,ask_size,price,size,aggressor\n"
        "1795442400000,6850.00,6850.25,5,7,,,\n"  # epoch milliseconds
        "1795442400.5,,,,,6850.25,3,\n"  # epoch seconds; no aggressor: at the offer, a buy
        "2026-11-23T14:00:01,6850.25,6850.50,,,6850.25,2,sell\n"  # naive ISO: UTC
    )
    feed = load_feed(ticks, symbol="ES")
    assert [r.time for r in feed.records] == [1795442400.0, 1795442400.5, 1795442401.0]
    assert feed.records[0] == Record(1795442400.0, "ES", 6850.0, 5, 6850.25, 7)
    assert feed.records[2].aggressor == "Sell" and feed.records[2].bid_size is None
    bars = tmp_path / "bars.csv"
    bars.write_text(
        "timestamp,symbol,open,high,low,close,volume\n"
        "2026-11-23T14:00:00Z,ESZ6,6850.00,6852.00,6849.00,6851.00,100\n"
        "2026-11-23T14:01:00Z,ESZ6,6851.00,6851.50,6848.00,6848.50,\n"
    )
    expanded = load_feed(bars).records
    start = utc("2026-11-23T14:00:00Z").timestamp()
    assert [(r.time - start, r.price, r.size) for r in expanded] == [
        (0.0, 6850.0, 25), (15.0, 6849.0, 25), (30.0, 6852.0, 25), (45.0, 6851.0, 25),  # up bar: O L H C
        (60.0, 6851.0, 1), (75.0, 6851.5, 1), (90.0, 6848.0, 1), (105.0, 6848.5, 1),  # down bar: O H L C
    ]  # fmt: skip
    for text, message in [
        ("timestamp,bid\n2026-11-23T14:00:00Z,6850\n", "row 2: a quote needs both bid and ask"),
        ("timestamp,price\n,6850\n", "row 2: no timestamp"),
        ("timestamp,bid,ask\nnoon,6850,6851\n", "row 2: Invalid isoformat"),
        ("timestamp,bid,ask\n2026-11-23T14:00:00Z,6851,6850\n", "crossed quote"),
        ("timestamp,price,aggressor\n2026-11-23T14:00:00Z,6850,up\n", "aggressor is Buy or Sell"),
        ("timestamp,price,size\n2026-11-23T14:00:00Z,-1,1\n", "not a positive price"),
        ("timestamp,size\n2026-11-23T14:00:00Z,1\n", "neither a quote"),
    ]:
        bad = tmp_path / "bad.csv"
        bad.write_text(text)
        with pytest.raises(ValueError, match=message):
            load_feed(bad, symbol="ES")
    with pytest.raises(ValueError, match="no symbol"):
        load_feed(ticks)
    empty = tmp_path / "empty.csv"
    empty.write_text("timestamp,price\n")
    with pytest.raises(ValueError, match="no rows"):
        make_feed({"path": empty})


prices = st.integers(1, 40_000).map(lambda t: t * 0.25)
sizes = st.none() | st.integers(0, 10_000)


@st.composite
def records(draw: st.DrawFn) -> Record:
    when = draw(st.integers(1_500_000_000_000, 2_000_000_000_000)) / 1000
    quote = draw(st.booleans())
    bid = draw(prices) if quote else None
    ask = bid + draw(st.integers(1, 8)) * 0.25 if bid is not None else None
    price = draw(prices) if not quote or draw(st.booleans()) else None
    return Record(
        when,
        draw(st.sampled_from(["ESZ6", "NQZ6", "ES"])),
        bid=bid,
        bid_size=draw(sizes) if quote else None,
        ask=ask,
        ask_size=draw(sizes) if quote else None,
        price=price,
        size=draw(sizes) if price is not None else None,
        aggressor=draw(st.sampled_from([None, "Buy", "Sell"])) if price is not None else None,
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(records(), min_size=1, max_size=20))
def test_records_survive_the_csv_layout(written: list[Record]) -> None:
    out = io.StringIO()
    columns = ["timestamp", "symbol", "bid", "bid_size", "ask", "ask_size", "price", "size", "aggressor"]
    writer = csv.writer(out)
    writer.writerow(columns)
    for r in written:
        stamp = datetime.datetime.fromtimestamp(r.time, UTC).isoformat(timespec="milliseconds")
        values = [stamp, r.symbol, r.bid, r.bid_size, r.ask, r.ask_size, r.price, r.size, r.aggressor]
        writer.writerow(["" if v is None else v for v in values])
    out.seek(0)
    parsed = parse_rows(csv.DictReader(out))
    assert [replace(r, time=round(r.time, 3)) for r in parsed] == [replace(r, time=round(r.time, 3)) for r in written]


def test_parquet_has_the_csv_layout(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = pandas.read_csv(SAMPLE)
    frame["timestamp"] = pandas.to_datetime(frame["timestamp"])
    path = tmp_path / "sample.parquet"
    frame.to_parquet(path)
    assert load_feed(path).records == load_feed(SAMPLE).records


def test_align_moves_a_recording_to_the_clock_and_unknown_symbols_are_refused(tmp_path: Path) -> None:
    start = utc("2026-12-01T15:00:00Z")
    market = Market(1, Clock(start), feed={"path": "sample", "align": True})
    book = market.add(1, 0.25, 6000.0, symbol="ESZ6", product="ES")
    assert (book.best_bid, book.best_offer, book.driven) == (6849.75, 6850.0, True)
    market.advance(1, seconds=1800)
    assert market.clock.now() == start + datetime.timedelta(seconds=1800)
    last = load_feed(SAMPLE).records[-1]
    assert market.feed is not None and market.feed.end == start + datetime.timedelta(seconds=last.time - 1795442400)
    other = tmp_path / "other.csv"
    other.write_text("timestamp,symbol,price\n2026-11-23T14:00:00Z,CLF7,60\n")
    lonely = Market(1, Clock(start), feed=other)
    lonely.add(1, 0.25, 6000.0, symbol="ESZ6", product="ES")
    with pytest.raises(ValueError, match="unlisted symbols: CLF7"):
        lonely.start()


def recorded_quotes() -> list[tuple[float, float, float]]:
    """(time, bid, ask) of every quote row of the sample, read independently of the simulator."""
    with SAMPLE.open(newline="") as f:
        return [
            (utc(row["timestamp"]).timestamp(), float(row["bid"]), float(row["ask"]))
            for row in csv.DictReader(f)
            if row["bid"]
        ]


def test_a_recorded_session_replayed_at_speed_fills_against_the_recorded_book(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The shipped ES session (30 minutes) drives ESZ6; the engine, the md socket and the replay
    socket read the same books. A market buy fills at the recorded offer, a resting sell limit at
    its price exactly when the recorded bid first reaches it, a buy limit when the offer comes down
    to it; every recorded quote time is one md push. Driven by the clock in one-second steps."""
    quotes = recorded_quotes()
    first_time, first_bid, first_ask = quotes[0]
    sell_at = first_ask + 2.5  # ten ticks above the opening offer
    buy_at = first_bid - 2.5
    sell_hit = next(t for t, bid, _ in quotes if bid >= sell_at)
    buy_hit = next(t for t, _, ask in quotes if ask <= buy_at)

    async def flow() -> None:
        async with Simulator(feed="sample") as sim, AsyncTradovate(sim.rest_url) as tv:
            await tv.login(name="demo", password="demo")
            assert isinstance(tv.token, str)
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None and (book.best_bid, book.best_offer) == (first_bid, first_ask)
            user = await UserSocket.open(sim.ws_url, tv.token)
            md = await UserSocket.open(sim.md_url, tv.token)
            replay = await UserSocket.open(sim.replay_url, tv.token)
            try:
                await user.request("user/syncrequest", {"entityTypes": ["fill", "order"]})
                for sock in (md, replay):
                    assert (await sock.request("md/subscribeQuote", {"symbol": "ESZ6"}))["s"] == 200
                market_buy = await tv.orders.place(order("Buy", OrderType.MARKET))
                sell = await tv.orders.place(order("Sell", OrderType.LIMIT, sell_at))
                buy = await tv.orders.place(order("Buy", OrderType.LIMIT, buy_at))
                began = time.perf_counter()
                for _ in range(30 * 60):
                    sim.market.advance(1, seconds=1.0)
                elapsed = time.perf_counter() - began
                await md.request("md/subscribeQuote", {"symbol": "NQZ6"})  # barriers: pushes come first
                await replay.request("md/subscribeQuote", {"symbol": "NQZ6"})
                await user.wait_for(lambda s: len(fills(s)) == 3)
                got = {f["orderId"]: f for f in fills(user)}
                assert got[market_buy.order_id]["price"] == first_ask
                assert got[market_buy.order_id]["timestamp"].startswith("2026-11-23T14:00:00.0")
                for placed, price, hit in ((sell, sell_at, sell_hit), (buy, buy_at, buy_hit)):
                    fill = got[placed.order_id]
                    assert fill["price"] == price
                    assert utc(fill["timestamp"]).timestamp() == pytest.approx(hit, abs=0.0005)
                _, last_bid, last_ask = quotes[-1]
                assert (book.best_bid, book.best_offer) == (last_bid, last_ask)
                moves = len({r.time for r in load_feed(SAMPLE).records if r.time > first_time})
                for sock in (md, replay):
                    pushed = es_quotes(sock, contract["id"])
                    assert len(pushed) == 1 + moves  # the subscription's snapshot, then one per record time
                    assert pushed[-1]["entries"]["Bid"]["price"] == last_bid
                    assert pushed[-1]["entries"]["Offer"]["price"] == last_ask
                frozen = (book.bid, book.spread, book.volume)
                sim.market.advance(10)  # after the recording: ESZ6 stays, the rest walks on
                assert (book.bid, book.spread, book.volume) == frozen
            finally:
                for sock in (user, md, replay):
                    await sock.close()
            with capsys.disabled():
                print(f"\nrecorded ES session: 1800 s replayed in {elapsed:.2f} s ({1800 / elapsed:.0f}x real time)")

    asyncio.run(flow())


def order(action: str, kind: OrderType, price: float | None = None) -> PlaceOrder:
    return PlaceOrder(
        action=Action(action),
        symbol="ESZ6",
        order_qty=1,
        order_type=kind,
        account_id=ACCOUNT,
        price=UNSET if price is None else price,
    )


def fills(sock: UserSocket) -> list[dict[str, Any]]:
    return [e for t, kind, e in sock.props() if t == "fill" and kind == "Created"]


def es_quotes(sock: UserSocket, contract_id: int) -> list[dict[str, Any]]:
    return [
        q for e in sock.events if e.get("e") == "md" for q in e["d"].get("quotes", []) if q["contractId"] == contract_id
    ]


def test_bars_drive_the_book_through_their_extremes(tmp_path: Path) -> None:
    bars = tmp_path / "bars.csv"
    bars.write_text(
        "timestamp,symbol,open,high,low,close,volume\n"
        "2026-11-23T14:00:00Z,ES,6850.00,6852.00,6849.00,6851.00,100\n"
        "2026-11-23T14:01:00Z,ES,6851.00,6851.50,6848.00,6848.50,80\n"
    )
    market = Market(1, Clock(utc("2026-11-23T13:59:00Z")), feed=bars)
    book = market.add(1, 0.25, 6000.0, symbol="ESZ6", product="ES")
    market.add(2, 0.25, 6000.0, symbol="ESH7", product="ES")  # a product name drives its first contract only
    seen: list[tuple[str, int, str]] = []

    def watch(b: Book) -> None:
        if b.contract_id == 1:
            seen.extend((t.timestamp, t.ticks, t.aggressor) for t in b.trades)

    market.listen(watch)
    market.advance(3, seconds=60)
    assert [(stamp[11:19], book.price(ticks), side) for stamp, ticks, side in seen] == [
        ("14:00:00", 6850.0, "Buy"), ("14:00:15", 6849.0, "Sell"), ("14:00:30", 6852.0, "Buy"),
        ("14:00:45", 6851.0, "Buy"), ("14:01:00", 6851.0, "Buy"), ("14:01:15", 6851.5, "Buy"),
        ("14:01:30", 6848.0, "Sell"), ("14:01:45", 6848.5, "Sell"),
    ]  # fmt: skip
    assert not market.books[2].driven


def test_a_recording_that_ended_before_the_clock_is_refused() -> None:
    with pytest.raises(ValueError, match=r"ends \(2026-11-23T14:29:59.805Z\) before the clock's time"):
        Simulator(feed="sample", clock="2026-11-28T16:00:00Z")


def test_cli_replays_the_sample_at_speed() -> None:
    """``tradovate sim --feed sample --speed 50``: the md socket pushes the recorded quotes, in order."""
    server = subprocess.Popen(
        [sys.executable, "-m", "tradovate.sim", "--json", "--tick", "0.02", "--speed", "50", "--feed", "sample"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        login = httpx.post(
            urls["rest"] + "/auth/accesstokenrequest", json={"name": "demo", "password": "demo"}, timeout=60
        )
        token = login.json()["mdAccessToken"]

        async def watch() -> list[tuple[float, float]]:
            md = await UserSocket.open(urls["md"], token)
            try:
                assert (await md.request("md/subscribeQuote", {"symbol": "ESZ6"}))["s"] == 200
                await md.wait_for(lambda s: len(md_quotes(s)) >= 6)
                return [(q["entries"]["Bid"]["price"], q["entries"]["Offer"]["price"]) for q in md_quotes(md)]
            finally:
                await md.close()

        seen = asyncio.run(watch())
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert server.returncode == 0, err
    recorded = [(bid, ask) for _, bid, ask in recorded_quotes()]
    at = recorded.index(seen[1])  # pushes after the snapshot follow the recording, quote by quote or a trade apart
    for pair in seen[2:]:
        at = recorded.index(pair, at)


def md_quotes(sock: UserSocket) -> list[dict[str, Any]]:
    return [q for e in sock.events if e.get("e") == "md" for q in e["d"].get("quotes", [])]
