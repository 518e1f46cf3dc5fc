"""The whole client works without msgspec (the pure-Python value types and decoder)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
sys.modules["msgspec"] = None  # as if msgspec were not installed
import asyncio
from md_sim import client, running
from tradovate.marketdata import _struct, ChartDescription, Gap, Quote, TimeRange
from decimal import Decimal
assert not _struct.HAVE_MSGSPEC

async def main():
    async with running() as server, client(server) as md:
        quotes = await md.quotes("ESZ6")
        server.step()
        first, second = await asyncio.wait_for(quotes.get(), 5), await asyncio.wait_for(quotes.get(), 5)
        assert isinstance(first, Quote) and isinstance(second, Quote) and second.bid is not None
        chart = await md.chart("CLF7", ChartDescription.ticks(), TimeRange.last(3))
        assert len(chart.ticks) == 3 and isinstance(chart.ticks[0].price, Decimal)
        await server.drop()
        item = await asyncio.wait_for(quotes.get(), 5)
        while not isinstance(item, Gap):
            item = await asyncio.wait_for(quotes.get(), 5)
        assert item == Gap(reason="reconnect")
        print("ok")

asyncio.run(main())
"""


def test_quotes_charts_and_reconnects_work_without_msgspec() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "ok"
