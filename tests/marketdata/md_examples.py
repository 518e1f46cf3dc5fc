"""Market-data examples for the README, run against the simulator by test_md_examples.py.

Each takes a started :class:`tradovate.session.Session`; the loops are bounded only so that the
test ends.
"""

from __future__ import annotations

import datetime
from typing import Any

from tradovate.marketdata import ChartDescription, Gap, MarketDataClient, ReplayClient, ReplayClock, TimeRange
from tradovate.session import Session


async def stream_quotes(session: Session, updates: int = 5) -> list[str]:
    """Stream quotes: best bid and offer of two contracts as they change."""
    lines = []
    async with MarketDataClient.from_session(session) as md:
        quotes = await md.quotes("ESZ6", "NQZ6")
        async for item in quotes:
            if isinstance(item, Gap):  # updates may be missing here (reconnect, slow reader)
                lines.append(f"gap: {item.reason}")
                continue
            bid, offer = item.bid, item.offer
            lines.append(f"{item.contract_id} {bid.price if bid else '-'} / {offer.price if offer else '-'}")
            if len(lines) == updates:
                break
        await quotes.close()
    return lines


async def minute_bars(session: Session) -> Any:
    """The last 100 one-minute bars as a pandas DataFrame (needs pandas), kept live."""
    async with MarketDataClient.from_session(session) as md:
        chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(100))
        print(len(chart.bars), "bars, the last one updates in place:", chart.bars[-1])
        frame = chart.to_frame()  # pandas; chart.to_frame("polars") for polars
        await chart.close()
        return frame


async def read_dom(session: Session) -> tuple[float, float]:
    """The best bid and offer of a full depth-of-market book."""
    async with MarketDataClient.from_session(session) as md:
        books = await md.dom("ESZ6")
        async for book in books:
            if isinstance(book, Gap):
                continue
            best_bid, best_offer = book.bids[0], book.offers[0]  # bids descending, offers ascending
            await books.close()
            return best_bid.price, best_offer.price
    raise AssertionError("no book")


async def run_replay(session: Session, start: datetime.datetime, ticks: int = 3) -> list[datetime.datetime]:
    """Replay a past session at 4x speed and follow its clock."""
    times = []
    async with ReplayClient.from_session(session) as replay:
        check = await replay.check_session(start)
        if not check.ok:
            raise RuntimeError(f"replay refused: {check.status}")
        await replay.initialize_clock(check.start or start, speed=400, initial_balance=50_000)
        clock = replay.clock()
        async for item in clock:
            if isinstance(item, ReplayClock):
                if item.speed == 0:  # the server paused the replay
                    await replay.change_speed(400)
                times.append(item.time)
                if len(times) == ticks:
                    break
        await clock.close()
    return times
