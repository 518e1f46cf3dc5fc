"""Pictures of a chart: candles in the terminal, and a PNG (the ``plot`` extra: matplotlib)."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tradovate.marketdata import ChartDescription, MarketDataClient, TimeRange
from tradovate.marketdata.plot import candles, plot
from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator


async def main(png: Path) -> None:
    async with Simulator(seed=1) as sim:
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with (
            Session(Credentials(name="demo", password="demo"), environment) as session,
            MarketDataClient.from_session(session) as md,
        ):
            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(60))
            print(candles(chart.bars, width=72, height=12))  # text candles, one column per bar
            plot(chart.bars, png, title="ESZ6, 1-minute bars (simulator)")  # a PNG file
            await chart.close()
    print("wrote", png)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("chart.png")))
