"""Charts against the simulator: history, end of history, real-time upserts, tick charts, paging,
cancelling by either id, re-establishing after a drop."""

from __future__ import annotations

import asyncio
import datetime
import importlib.util
import itertools
from decimal import Decimal
from typing import Any

import pytest
from md_sim import client, requests_to, running

from tradovate.marketdata import Bar, ChartDescription, Gap, SubscriptionRefused, Tick, TimeRange
from tradovate.marketdata.charts import ChartState
from tradovate.marketdata.types import ChartPacket
from tradovate.sim.md import frame
from tradovate_api import errors


async def next_update(chart: Any) -> Any:
    while True:
        item = await asyncio.wait_for(chart.updates.get(), 5)
        if not isinstance(item, Gap):
            return item


def test_minute_bars_history_then_end_of_history_then_the_last_bar_updates_in_place() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(30))
            assert chart.end_of_history
            bars = chart.bars
            assert len(bars) == 30
            stamps = [b.timestamp for b in bars]
            assert stamps == sorted(stamps) and len(set(stamps)) == 30
            assert all(b2 - b1 == datetime.timedelta(minutes=1) for b1, b2 in itertools.pairwise(stamps))
            assert all(b.low is not None and b.high is not None and b.low <= b.high for b in bars)
            now = server.market.clock.now()
            assert stamps[-1] == now.replace(second=0, microsecond=0)  # the bar in progress is in the history
            server.step()
            first = await next_update(chart)
            assert isinstance(first, Bar) and first.timestamp == stamps[-1]  # ... and updated in place
            server.step()
            second = await next_update(chart)
            assert second.timestamp == first.timestamp
            assert len(chart.bars) == 30 and chart.bars[-1] == second
            await chart.close()
            assert requests_to(server, "md/cancelChart") == [{"subscriptionId": chart.ids[1]}]
            assert all(not conn.charts for conn in server.service.connections)

    asyncio.run(main())


def test_tick_charts_decode_exactly_from_history_into_real_time() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            chart = await md.chart("CLF7", ChartDescription.ticks(), TimeRange.last(40))
            ticks = chart.ticks
            assert len(ticks) == 40 and [t.id for t in ticks] == sorted(t.id for t in ticks)
            assert all(isinstance(t.price, Decimal) and t.price == t.price_ticks * Decimal("0.01") for t in ticks)
            server.step()
            tick = await next_update(chart)
            assert isinstance(tick, Tick) and tick.id > ticks[-1].id
            book = server.market.books[1003]
            assert tick.price == Decimal(book.last.ticks if book.last else 0) * Decimal("0.01")
            assert tick.bid == Decimal(book.bid) * Decimal("0.01") and tick.ask == Decimal(book.offer) * Decimal("0.01")
            assert tick.time.tzinfo is not None

    asyncio.run(main())


def test_long_ranges_are_paged_backwards_to_the_start() -> None:
    async def main() -> None:
        async with running(history_limit=40) as server, client(server) as md:
            now = server.market.clock.now()
            start = now - datetime.timedelta(minutes=150)
            bars = await md.history("NQZ6", ChartDescription.minutes(1), start)
            stamps = [b.timestamp for b in bars]
            assert stamps == sorted(set(stamps))
            assert stamps[0] == start and len(bars) == 151  # 150 whole minutes and the one in progress
            assert stamps[-1] == now
            pages = requests_to(server, "md/getChart")
            assert len(pages) >= 4  # 150 bars at 40 per answer
            assert all(p["timeRange"]["asFarAsTimestamp"] == pages[0]["timeRange"]["asFarAsTimestamp"] for p in pages)
            assert len(requests_to(server, "md/cancelChart")) == len(pages)

    asyncio.run(main())


def test_packets_tagged_with_the_historical_id_are_routed_too() -> None:
    async def main() -> None:
        async with running(tag_history="historical") as server, client(server) as md:
            chart = await md.chart("ESZ6", ChartDescription.minutes(5), TimeRange.last(12))
            assert len(chart.bars) == 12
            assert chart.ids[0] != chart.ids[1]

    asyncio.run(main())


def test_the_simulator_cancels_a_chart_by_either_id() -> None:
    async def main() -> None:
        async with running() as server:
            sent: list[str] = []
            conn = server.service.connect(sent.append)
            body = {
                "symbol": "ESZ6",
                "chartDescription": ChartDescription.minutes(1).to_wire(),
                "timeRange": {"asMuchAsElements": 2},
            }
            for which in (0, 1):
                out = conn.request("md/getChart", 1, body)
                ids = sorted(conn.charts.values(), key=lambda c: c.realtime_id)[-1]
                pair = (ids.historical_id, ids.realtime_id)
                assert out[0] == frame({"s": 200, "i": 1, "d": {"historicalId": pair[0], "realtimeId": pair[1]}})
                conn.request("md/cancelChart", 2, {"subscriptionId": pair[which]})
                assert not conn.charts
            conn.close()

    asyncio.run(main())


def test_chart_refusals_and_invalid_requests_are_typed() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            with pytest.raises(SubscriptionRefused):
                await md.chart("ESZ6", ChartDescription("Custom", 3, "Renko"))
            with pytest.raises(errors.InvalidRequest):
                await md.chart("ESZ6", ChartDescription("Tick", 5))
            with pytest.raises(errors.InvalidRequest):
                await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange())
            with pytest.raises(errors.InvalidRequest):
                TimeRange(closest_timestamp=datetime.datetime(2026, 1, 1)).to_wire()  # naive

    asyncio.run(main())


def test_a_chart_is_re_established_after_a_drop_with_a_gap_marker() -> None:
    async def main() -> None:
        async with running() as server, client(server) as md:
            chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(5))
            old_ids = chart.ids
            await server.drop()
            gap = await asyncio.wait_for(chart.updates.get(), 5)
            assert gap == Gap(reason="reconnect")
            for _ in range(500):
                if len(requests_to(server, "md/getChart")) == 2 and chart.ids != old_ids:
                    break
                await asyncio.sleep(0.01)
            assert chart.ids != old_ids
            last = chart.bars[-1].timestamp
            server.step()
            # the re-sent history comes through as updates (upserts), then the bar in progress
            bar = await next_update(chart)
            while bar.timestamp < last:
                bar = await next_update(chart)
            assert bar.timestamp == last
            assert len(chart.bars) == 5  # history merged by timestamp, no duplicates

    asyncio.run(main())


def test_bars_upsert_by_timestamp_whatever_the_arrival_order() -> None:
    state = ChartState(1, 2, ChartDescription.minutes(1))
    t0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)

    def bar(minute: int, close: float) -> Bar:
        return Bar(timestamp=t0 + datetime.timedelta(minutes=minute), close=close)

    state.feed(ChartPacket(id=2, bars=(bar(3, 1.0), bar(1, 1.0))))
    state.feed(ChartPacket(id=1, bars=(bar(2, 1.0), bar(3, 2.0))))
    state.feed(ChartPacket(id=2, eoh=True))
    assert [(b.timestamp.minute, b.close) for b in state.bars] == [(1, 1.0), (2, 1.0), (3, 2.0)]
    assert state.end_of_history


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="pandas is not installed")
def test_bars_become_a_pandas_data_frame() -> None:  # pragma: no cover - optional extra
    state = ChartState(1, 2, ChartDescription.minutes(1))
    t0 = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    state.feed(ChartPacket(id=2, bars=(Bar(timestamp=t0, open=1.0, high=2.0, low=0.5, close=1.5),)))
    from tradovate.marketdata import bars_to_frame

    df = bars_to_frame(state.bars)
    assert list(df["close"]) == [1.5] and df.index[0] == t0


def test_a_missing_data_frame_library_is_a_typed_error() -> None:
    if importlib.util.find_spec("polars") is not None:  # pragma: no cover
        pytest.skip("polars is installed")
    from tradovate.marketdata import bars_to_frame

    with pytest.raises(errors.InvalidRequest):
        bars_to_frame([], backend="polars")
    with pytest.raises(errors.InvalidRequest):
        bars_to_frame([], backend="excel")


def test_history_in_the_same_frame_as_the_answer_is_not_lost() -> None:
    """The server may batch the getChart answer, the history and the end marker in one frame."""
    import json

    from websockets.asyncio.server import ServerConnection, serve

    from tradovate.marketdata import MarketDataClient

    bars = [{"timestamp": f"2026-01-01T00:0{i}:00.000Z", "close": float(i)} for i in range(3)]

    async def handler(ws: ServerConnection) -> None:
        await ws.send("o")
        async for message in ws:
            if message == "[]":
                continue
            endpoint, rid, _query, _body = str(message).split("\n", 3)
            if endpoint == "authorize":
                await ws.send(f'a[{{"s":200,"i":{rid}}}]')
            elif endpoint == "md/getChart":
                await ws.send(
                    "a"
                    + json.dumps(
                        [
                            {"s": 200, "i": int(rid), "d": {"historicalId": 8, "realtimeId": 9}},
                            {"e": "chart", "d": {"charts": [{"id": 8, "bars": bars}, {"id": 9, "eoh": True}]}},
                        ]
                    )
                )

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            async with MarketDataClient(f"ws://127.0.0.1:{port}/v1/websocket", "t", dead_after=None) as md:
                chart = await md.chart(1, ChartDescription.minutes(1), TimeRange.last(3))
                assert [b.close for b in chart.bars] == [0.0, 1.0, 2.0] and chart.end_of_history

    asyncio.run(main())


def test_tick_history_is_paged_backwards_exactly_once_per_tick() -> None:
    async def main() -> None:
        async with running(history_limit=50) as server, client(server) as md:
            now = server.market.clock.now()
            start = now - datetime.timedelta(seconds=40)  # 4 ticks a second in the simulator
            ticks = await md.tick_history("ESZ6", start)
            assert len(ticks) == 161 and len({t.id for t in ticks}) == 161
            assert [t.id for t in ticks] == sorted(t.id for t in ticks)
            assert ticks[0].time == start and all(isinstance(t.price, Decimal) for t in ticks)
            assert len(requests_to(server, "md/getChart")) >= 4
            with pytest.raises(errors.InvalidRequest):
                await md.history("ESZ6", ChartDescription.ticks(), start)

    asyncio.run(main())
