"""End to end: a session on the full simulator, its md and replay sockets through the clients."""

from __future__ import annotations

import asyncio
import datetime

from tradovate.marketdata import ChartDescription, Gap, MarketDataClient, Quote, ReplayClient, TimeRange, UnknownSymbol
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator


def test_a_session_streams_quotes_charts_and_replay_from_the_simulator() -> None:
    async def main() -> None:
        async with Simulator(seed=7) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            credentials = Credentials(name="demo", password="demo")
            async with Session(credentials, environment, auto_renew=False) as session:
                contract = sim.store.find("contract", "ESZ6")
                assert contract is not None
                book = sim.market.book(contract["id"])
                assert book is not None
                async with MarketDataClient.from_session(session, dead_after=None) as md:
                    quotes = await md.quotes("ESZ6")  # the name resolved by REST contract/find
                    assert quotes.contract_ids == (contract["id"],)
                    sim.advance(2)
                    quote = await asyncio.wait_for(quotes.get(), 5)
                    while not (isinstance(quote, Quote) and quote.bid and quote.bid.price == book.best_bid):
                        quote = await asyncio.wait_for(quotes.get(), 5)
                    chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(10))
                    assert len(chart.bars) == 10
                    try:
                        await md.quotes("ZZZ9")
                    except UnknownSymbol as exc:
                        assert exc.symbol == "ZZZ9"
                    else:
                        raise AssertionError("an unknown symbol was accepted")
                    sim.faults.drop_connections("md")  # the simulator's own fault injection
                    item = await asyncio.wait_for(quotes.get(), 5)
                    while not isinstance(item, Gap):
                        item = await asyncio.wait_for(quotes.get(), 5)
                    assert item.reason == "reconnect"
                    sim.advance(1)
                    assert isinstance(await asyncio.wait_for(quotes.get(), 5), Quote)

                async with ReplayClient.from_session(session, dead_after=None) as replay:
                    start = datetime.datetime(2025, 6, 2, 13, 30, tzinfo=datetime.UTC)
                    assert (await replay.check_session(start)).ok
                    clock = replay.clock()
                    await replay.initialize_clock(start, speed=200, initial_balance=50_000)
                    tick = await asyncio.wait_for(clock.get(), 5)
                    assert not isinstance(tick, Gap) and tick.speed == 200

    asyncio.run(main())
