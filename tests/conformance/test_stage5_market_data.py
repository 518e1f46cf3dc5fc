"""Partner conformance, stage 5 (market data): our market-data client against the simulator's md
socket.

One test per criterion: the md socket authorizes with a valid token and refuses an invalid one
(typed); quotes by symbol and by contract id, continuous, with every expected field and recent
timestamps (the simulator runs on the wall clock here); unsubscribing stops the flow at once;
an invalid symbol is a typed error; DOM, chart and tick-chart data; the connection and its
subscriptions are re-established after a disconnection. A log-off unsubscribes and closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest
from conformance_support import FAST, session_on

from tradovate.marketdata import (
    ChartDescription,
    DomBook,
    Gap,
    MarketDataClient,
    Quote,
    SubscriptionRefused,
    TimeRange,
    UnknownSymbol,
)
from tradovate.session import Session
from tradovate.sim import Simulator
from tradovate.sim.md import MdConnection
from tradovate_api import errors

EXPECTED_ENTRIES = {"Bid", "Offer", "TotalTradeVolume", "OpenInterest", "OpeningPrice", "HighPrice", "LowPrice"}


@contextlib.asynccontextmanager
async def market_data(**sim_options: Any) -> AsyncIterator[tuple[Simulator, Session, MarketDataClient]]:
    async with (
        Simulator(seed=5, **sim_options) as sim,
        session_on(sim) as session,
        MarketDataClient.from_session(session, dead_after=None, backoff=FAST) as md,
    ):
        yield sim, session, md


def contract_id(sim: Simulator, name: str) -> int:
    contract = sim.store.find("contract", name)
    assert contract is not None
    return int(contract["id"])


def server_connections(sim: Simulator) -> list[MdConnection]:
    return list(sim.md_socket.service.connections)


async def next_of(stream: Any, kind: type, timeout: float = 5.0) -> Any:
    """The next item of ``kind`` (skipping others)."""
    async with asyncio.timeout(timeout):
        while True:
            item = await stream.get()
            if isinstance(item, kind):
                return item


# -- 1. connection and authorization -------------------------------------------------------------


def test_md_socket_authorizes_with_a_valid_token() -> None:
    async def main() -> None:
        async with market_data() as (sim, _, md):
            assert md.socket.connection.ready
            assert len(server_connections(sim)) == 1
            quotes = await md.quotes("ESZ6")  # usable: a request answered on the authorized socket
            assert isinstance(await next_of(quotes, Quote), Quote)

    asyncio.run(main())


def test_md_socket_refuses_an_invalid_token_typed() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim:
            md = MarketDataClient(sim.md_url, "not-a-token", max_attempts=1)
            with pytest.raises(errors.AuthenticationFailed) as refused:
                await md.start()
            assert "not-a-token" not in str(refused.value) + repr(refused.value)
            await md.close()

    asyncio.run(main())


# -- 2. quotes -----------------------------------------------------------------------------------


def test_quotes_by_symbol_and_by_contract_id_have_every_field_and_recent_timestamps() -> None:
    async def main() -> None:
        async with market_data(clock_start=None) as (sim, _, md):
            es, nq = contract_id(sim, "ESZ6"), contract_id(sim, "NQZ6")
            by_name = await md.quotes("ESZ6")
            by_id = await md.quotes(nq)
            assert by_name.contract_ids == (es,) and by_id.contract_ids == (nq,)
            requests = [body for endpoint, body in sim.md_socket.requests if endpoint == "md/subscribeQuote"]
            assert {"symbol": "ESZ6"} in requests and {"symbol": nq} in requests  # sent as given
            for stream, cid in ((by_name, es), (by_id, nq)):
                received: list[Quote] = []
                while len(received) < 5:  # continuous: every market step brings one
                    sim.advance(1)
                    received.append(await next_of(stream, Quote))
                now = datetime.datetime.now(datetime.UTC)
                for quote in received:
                    assert quote.contract_id == cid
                    assert set(quote.entries) >= EXPECTED_ENTRIES
                    assert quote.bid is not None and quote.offer is not None
                    assert quote.bid.price is not None and quote.offer.price is not None
                    assert quote.bid.price < quote.offer.price
                    assert quote.timestamp is not None
                    assert abs((now - quote.timestamp).total_seconds()) < 60
                book = sim.market.book(cid)
                assert book is not None and received[-1].bid is not None
                assert received[-1].bid.price == book.best_bid

    asyncio.run(main())


def test_unsubscribing_stops_the_quotes_at_once() -> None:
    async def main() -> None:
        async with market_data() as (sim, _, md):
            es, nq = contract_id(sim, "ESZ6"), contract_id(sim, "NQZ6")
            es_quotes = await md.quotes("ESZ6")
            nq_quotes = await md.quotes("NQZ6")
            sim.advance(1)
            await next_of(es_quotes, Quote)
            [server] = server_connections(sim)
            sent: list[str] = []
            send = server.send

            def record(text: str) -> None:
                sent.append(text)
                send(text)

            server.send = record
            await es_quotes.close()  # the last consumer: md/unsubscribeQuote, answered
            assert es not in server.quotes and nq in server.quotes
            assert md.subscribed() == {("quote", nq): 1}
            for _ in range(5):
                sim.advance(1)
                await next_of(nq_quotes, Quote)  # the flow goes on for the other contract
            pushed = [json.loads(t[1:]) for t in sent if t.startswith("a")]
            quoted = {
                q["contractId"] for f in pushed for m in f if m.get("e") == "md" for q in m["d"].get("quotes", [])
            }
            assert quoted == {nq}

    asyncio.run(main())


@pytest.mark.parametrize("symbol", ["ZZZ9", 424242])
def test_an_invalid_symbol_is_a_typed_error(symbol: str | int) -> None:
    async def main() -> None:
        async with market_data() as (_, _, md):
            with pytest.raises(SubscriptionRefused) as refused:
                await md.quotes(symbol)
            assert isinstance(refused.value, UnknownSymbol) and refused.value.symbol == symbol
            assert md.subscribed() == {}
            with pytest.raises(SubscriptionRefused):
                await md.chart(symbol, ChartDescription.minutes(1), TimeRange.last(5))

    asyncio.run(main())


# -- 3. DOM, charts, tick charts -----------------------------------------------------------------


def test_dom_books_arrive_ordered_and_follow_the_market() -> None:
    async def main() -> None:
        async with market_data() as (sim, _, md):
            es = contract_id(sim, "ESZ6")
            books = await md.dom("ESZ6")
            for _ in range(3):
                sim.advance(1)
                book = await next_of(books, DomBook)
                assert book.contract_id == es and book.bids and book.offers
                assert [b.price for b in book.bids] == sorted((b.price for b in book.bids), reverse=True)
                assert [o.price for o in book.offers] == sorted(o.price for o in book.offers)
                assert book.bids[0].price < book.offers[0].price
            market = sim.market.book(es)
            assert market is not None and book.best_bid is not None
            assert book.best_bid.price == market.best_bid

    asyncio.run(main())


def test_chart_history_and_realtime_bars() -> None:
    async def main() -> None:
        async with market_data() as (sim, _, md):
            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(20))
            assert chart.end_of_history and len(chart.bars) == 20
            stamps = [b.timestamp for b in chart.bars]
            assert stamps == sorted(stamps) and len(set(stamps)) == 20
            for bar in chart.bars:
                assert bar.low is not None and bar.high is not None and bar.open is not None and bar.close is not None
                assert bar.low <= min(bar.open, bar.close) <= max(bar.open, bar.close) <= bar.high
            sim.advance(2)
            update = await asyncio.wait_for(chart.updates.get(), 5)  # realtime after the history
            assert not isinstance(update, Gap)
            await chart.close()
            assert [b for e, b in sim.md_socket.requests if e == "md/cancelChart"]

    asyncio.run(main())


def test_tick_chart_data_is_decoded_exactly() -> None:
    async def main() -> None:
        async with market_data() as (sim, _, md):
            sim.advance(20)  # trades happen
            chart = await md.chart("ESZ6", ChartDescription.ticks(), TimeRange.last(50))
            ticks = chart.ticks
            assert ticks
            assert [t.id for t in ticks] == sorted({t.id for t in ticks})  # ordered, each once
            for tick in ticks:
                assert tick.tick_size == Decimal("0.25")
                assert tick.price == tick.price_ticks * tick.tick_size  # exact arithmetic
            await chart.close()

    asyncio.run(main())


# -- 4. re-established after a disconnection; log-off -------------------------------------------


def test_subscriptions_are_re_established_after_a_disconnection() -> None:
    async def main() -> None:
        async with market_data() as (sim, _, md):
            quotes = await md.quotes("ESZ6")
            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(5))
            sim.advance(1)
            await next_of(quotes, Quote)
            sim.faults.drop_connections("md")
            gap = await next_of(quotes, Gap)
            assert gap.reason == "reconnect"
            await next_of(chart.updates, Gap)
            assert isinstance(await next_of(quotes, Quote), Quote)  # the new subscription's first quote
            async with asyncio.timeout(10):
                while not (len(server_connections(sim)) == 1 and server_connections(sim)[0].charts):
                    await asyncio.sleep(0.01)  # the chart is asked for alongside the quotes
            [server] = server_connections(sim)  # the old socket is gone, one new one
            assert server.quotes == {contract_id(sim, "ESZ6")} and len(server.charts) == 1
            sim.advance(1)
            assert isinstance(await next_of(quotes, Quote), Quote)  # and quotes flow again
            assert not isinstance(await asyncio.wait_for(chart.updates.get(), 5), Gap)

    asyncio.run(main())


def test_log_off_unsubscribes_and_closes() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim, session_on(sim) as session:
            md = MarketDataClient.from_session(session, dead_after=None)
            await md.start()
            quotes = await md.quotes("ESZ6")
            await quotes.close()
            await md.close()
            assert md.socket.closed
            async with asyncio.timeout(10):
                while server_connections(sim):
                    await asyncio.sleep(0.01)
            assert [e for e, _ in sim.md_socket.requests][-1] == "md/unsubscribeQuote"

    asyncio.run(main())
