"""The README's market-data examples (md_examples.py) run against the full simulator."""

from __future__ import annotations

import asyncio
import datetime
import importlib.util

import md_examples
import pytest

from tradovate.session import Credentials, Environment, Session
from tradovate.sim import Simulator
from tradovate_api import errors


def test_the_market_data_examples_run_against_the_simulator() -> None:
    async def main() -> None:
        async with Simulator(seed=11, tick_interval=0.02) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with Session(Credentials(name="demo", password="demo"), environment, auto_renew=False) as session:
                lines = await md_examples.stream_quotes(session)
                # a loaded machine may conflate updates: a gap line then stands for the merged ones
                quotes = [line for line in lines if " / " in line]
                assert (
                    len(lines) == 5 and quotes and all(line.startswith("gap: ") for line in lines if line not in quotes)
                )
                bid, offer = await md_examples.read_dom(session)
                assert bid < offer
                start = datetime.datetime(2025, 6, 2, 13, 30, tzinfo=datetime.UTC)
                times = await md_examples.run_replay(session, start)
                assert times == sorted(times) and times[0] >= start
                if importlib.util.find_spec("pandas") is None:
                    with pytest.raises(errors.InvalidRequest, match="pandas"):
                        await md_examples.minute_bars(session)
                else:  # pragma: no cover - optional extra
                    frame = await md_examples.minute_bars(session)
                    assert len(frame) in (100, 101)  # a new minute may have begun meanwhile

    asyncio.run(main())
