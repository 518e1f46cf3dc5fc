"""Market replay against the simulator's replay socket: session check, clock, speed, market data."""

from __future__ import annotations

import asyncio
import datetime

import pytest
from md_sim import replay_client, running

from tradovate.marketdata import Gap, Quote, ReplayClock
from tradovate.marketdata.decode import decode_frame
from tradovate.marketdata.replay import ReplayCheck
from tradovate.sim.replay import EARLIEST
from tradovate_api import errors


async def next_clock(stream: object) -> ReplayClock:
    while True:
        item = await asyncio.wait_for(stream.get(), 5)  # type: ignore[attr-defined]
        if isinstance(item, ReplayClock):
            return item


def test_a_replay_session_checks_starts_runs_and_changes_speed() -> None:
    async def main() -> None:
        async with running(clock_interval=0.05) as server, replay_client(server) as replay:
            start = datetime.datetime(2025, 3, 3, 14, 30, tzinfo=datetime.UTC)
            check = await replay.check_session(start)
            assert check == ReplayCheck(status="OK", start=None, raw={"checkStatus": "OK"}) and check.ok
            early = await replay.check_session(datetime.datetime(2010, 1, 1, tzinfo=datetime.UTC))
            assert early.status == "StartTimestampAdjusted" and early.start == EARLIEST and early.ok
            future = await replay.check_session(datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC))
            assert future.status == "Ineligible" and not future.ok

            clock = replay.clock()
            await replay.initialize_clock(start, speed=400, initial_balance=50_000)
            first = await next_clock(clock)
            assert first.speed == 400 and first.time >= start
            later = await next_clock(clock)
            assert later.time >= first.time

            await replay.change_speed(0)
            paused = await next_clock(clock)
            while paused.speed != 0:
                paused = await next_clock(clock)
            again = await next_clock(clock)
            assert again.speed == 0 and again.time == paused.time  # a paused clock stands still

            # market data flows through the same client API on the replay socket
            quotes = await replay.quotes("ESZ6")
            item = await asyncio.wait_for(quotes.get(), 5)
            assert isinstance(item, Quote) and item.contract_id == 1001

            await clock.close()

    asyncio.run(main())


def test_replay_requests_are_validated_and_refusals_typed() -> None:
    async def main() -> None:
        async with running() as server, replay_client(server) as replay:
            start = datetime.datetime(2025, 3, 3, tzinfo=datetime.UTC)
            with pytest.raises(errors.InvalidRequest):
                await replay.initialize_clock(start, speed=401)
            with pytest.raises(errors.InvalidRequest):
                await replay.change_speed(-1)
            with pytest.raises(errors.OperationFailed):
                await replay.change_speed(100)  # the clock is not initialized yet
            with pytest.raises(errors.InvalidRequest):
                await replay.initialize_clock(datetime.datetime(2025, 3, 3), speed=100)  # naive time

    asyncio.run(main())


def test_clock_events_decode_from_their_json_string() -> None:
    (clock,) = decode_frame('a[{"e":"clock","d":"{\\"t\\":\\"2019-08-26T16:43:08.599Z\\",\\"s\\":20}"}]')
    assert clock == ReplayClock(t=datetime.datetime(2019, 8, 26, 16, 43, 8, 599000, tzinfo=datetime.UTC), s=20)
    # a clock string that is not what we expect is kept, not dropped
    (kept,) = decode_frame('a[{"e":"clock","d":"not json"}]')
    assert kept == {"e": "clock", "d": "not json"}


def test_a_slow_clock_reader_sees_the_latest_time_after_a_gap() -> None:
    async def main() -> None:
        async with running(clock_interval=0.01) as server, replay_client(server) as replay:
            clock = replay.clock()
            await replay.initialize_clock(datetime.datetime(2025, 3, 3, tzinfo=datetime.UTC), speed=100)
            for _ in range(500):  # the reader is paused on purpose: poll, bounded
                if clock.conflated >= 3:
                    break
                await asyncio.sleep(0.01)
            items = clock.drain()
            assert isinstance(items[0], Gap) and items[0].reason == "conflated"
            assert len(items) == 2 and isinstance(items[1], ReplayClock)

    asyncio.run(main())


def test_other_requests_on_the_replay_socket_are_typed() -> None:
    async def main() -> None:
        async with running() as server, replay_client(server) as replay:
            with pytest.raises(errors.NotFound):  # the simulator's replay socket has no trading
                await replay.request("account/list")

    asyncio.run(main())
