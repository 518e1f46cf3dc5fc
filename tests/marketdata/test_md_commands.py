"""What the quotes and chart commands print, against the simulator's md socket."""

from __future__ import annotations

import asyncio
import csv
import datetime
import io
import json

import pytest
from md_sim import client, running

from tradovate.marketdata import ChartDescription
from tradovate.marketdata.commands import bar_spec, print_chart, print_quotes
from tradovate_api import errors


def test_quotes_print_as_json_lines_of_the_running_state() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            out = io.StringIO()
            task = asyncio.create_task(print_quotes(md, ["ESZ6", "NQZ6"], out, limit=4))
            for _ in range(500):
                if len(server.md.requests) >= 2:
                    break
                await asyncio.sleep(0.01)
            for _ in range(500):  # a loaded machine may conflate updates: step until 4 lines
                server.step()
                await asyncio.sleep(0.01)
                if task.done():
                    break
            assert await asyncio.wait_for(task, 5) == 4
            lines = [json.loads(line) for line in out.getvalue().splitlines()]
            quotes = [line for line in lines if "gap" not in line]
            assert all(line["gap"] == "conflated" for line in lines if "gap" in line)
            assert {line["contractId"] for line in quotes} == {1001, 1002}
            assert {line["symbol"] for line in quotes} == {"ESZ6", "NQZ6"}
            assert all(line["timestamp"].endswith("Z") and "Bid" in line["entries"] for line in quotes)
            assert md.subscribed() == {}  # the command unsubscribed when done

    asyncio.run(main())


def test_charts_print_as_csv_or_json_lines() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            out = io.StringIO()
            assert await print_chart(md, "ESZ6", bar_spec("5m"), 7, out, fmt="csv") == 7
            rows = list(csv.DictReader(io.StringIO(out.getvalue())))
            assert len(rows) == 7 and {"timestamp", "open", "high", "low", "close"} <= set(rows[0])
            out = io.StringIO()
            assert await print_chart(md, "CLF7", bar_spec("tick"), 5, out) == 5
            ticks = [json.loads(line) for line in out.getvalue().splitlines()]
            assert all(len(t["price"].split(".")[-1]) <= 2 for t in ticks)  # exact decimal text

    asyncio.run(main())


def test_bar_specs() -> None:
    assert bar_spec("1m") == ChartDescription.minutes(1)
    assert bar_spec("2h") == ChartDescription.minutes(120)
    assert bar_spec("1d") == ChartDescription.daily()
    assert bar_spec("tick") == ChartDescription.ticks()
    for bad in ("0m", "1x", "2d", "m"):
        with pytest.raises(errors.InvalidRequest):
            bar_spec(bad)


def test_replay_prints_the_check_then_the_clock() -> None:
    async def main() -> None:
        from md_sim import replay_client

        from tradovate.marketdata.commands import print_replay

        async with running(clock_interval=0.02) as server, replay_client(server) as replay:
            out = io.StringIO()
            start = datetime.datetime(2025, 6, 2, 13, 30, tzinfo=datetime.UTC)
            until = start + datetime.timedelta(milliseconds=40)
            written = await print_replay(replay, start, out, speed=400, until=until, limit=500)
            lines = [json.loads(line) for line in out.getvalue().splitlines()]
            assert lines[0] == {"checkStatus": "OK", "startTimestamp": None}
            clocks = [line for line in lines[1:] if "t" in line]
            assert len(clocks) == written and clocks[-1]["s"] == 400
            assert clocks[-1]["t"] >= "2025-06-02T13:30:00.040Z"

    asyncio.run(main())
