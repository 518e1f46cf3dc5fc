"""Market data: quotes, depth of market and a chart from one shared connection."""

from __future__ import annotations

import asyncio

from tradovate.marketdata import ChartDescription, MarketDataClient, TimeRange
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate.streams import Gap


async def main() -> None:
    async with Simulator(seed=1, tick_interval=0.05) as sim:  # the simulated market moves every 50 ms
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with (
            Session(Credentials(name="demo", password="demo"), environment) as session,
            MarketDataClient.from_session(session) as md,
        ):
            quotes = await md.quotes("ESZ6", "NQZ6")  # one stream for several contracts
            seen = 0
            async for quote in quotes:
                if isinstance(quote, Gap):  # updates may be missing here (reconnect, slow reader)
                    continue
                bid, offer = quote.bid, quote.offer
                print("quote", quote.contract_id, bid.price if bid else "-", offer.price if offer else "-")
                seen += 1
                if seen == 3:
                    break
            print("modes", quotes.modes, "degraded", quotes.degraded)  # Delayed data is named
            await quotes.close()  # the last consumer out unsubscribes

            books = await md.dom("ESZ6")  # full books: bids descending, offers ascending
            async for book in books:
                if not isinstance(book, Gap):
                    print("best", book.bids[0].price, book.offers[0].price)
                    break
            await books.close()

            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(20))
            print("bars", len(chart.bars), "last close", chart.bars[-1].close)
            await chart.close()


if __name__ == "__main__":
    asyncio.run(main())
