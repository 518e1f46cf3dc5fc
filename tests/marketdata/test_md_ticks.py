"""Tick-chart packets decode exactly: the reference example, then properties."""

from __future__ import annotations

import datetime
import decimal
import json
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.marketdata.decode import MarketData, decode_frame
from tradovate.marketdata.ticks import Tick, TickDecoder, decode_ticks
from tradovate.marketdata.types import ChartPacket

EXAMPLE = {
    "id": 16335,
    "s": "db",
    "td": 20190718,
    "bp": 11917,
    "bt": 1563421179735,
    "ts": 0.25,
    "tks": [{"t": 0, "p": 0, "s": 3, "b": -1, "a": 0, "bs": 122, "as": 28, "id": 11768401}],
}


def packets_of(frame: str) -> list[ChartPacket]:
    out: list[ChartPacket] = []
    for message in decode_frame(frame):
        assert isinstance(message, MarketData)
        out.extend(message.charts)
    return out


def chart_frame(*packets: dict[str, Any]) -> str:
    return "a" + json.dumps([{"e": "chart", "d": {"charts": list(packets)}}])


def test_the_reference_example_decodes_to_its_documented_values() -> None:
    (packet,) = packets_of(chart_frame(EXAMPLE))
    (tick,) = TickDecoder().feed(packet)
    assert tick.price == Decimal("2979.25") and isinstance(tick.price, Decimal)
    assert str(tick.price) == "2979.25"
    assert tick.time == datetime.datetime(2019, 7, 18, 3, 39, 39, 735000, tzinfo=datetime.UTC)
    assert tick.time.isoformat(timespec="milliseconds") == "2019-07-18T03:39:39.735+00:00"
    assert tick.bid == Decimal("2979.00") and tick.ask == Decimal("2979.25")
    assert (tick.size, tick.bid_size, tick.ask_size, tick.id) == (3, 122, 28, 11768401)
    assert packet.td == 20190718 and packet.s == "db"


def test_bid_and_ask_are_absent_when_the_packet_has_none() -> None:
    packet = dict(EXAMPLE, tks=[{"t": 5, "p": 2, "s": 1, "id": 1}])
    (tick,) = decode_ticks(packets_of(chart_frame(packet))[0])
    assert (tick.bid, tick.ask, tick.bid_size, tick.ask_size) == (None, None, None, None)
    assert tick.price == Decimal("2979.75") and tick.timestamp_ms == 1563421179740


def test_the_callers_decimal_context_does_not_round_prices() -> None:
    (packet,) = packets_of(chart_frame(dict(EXAMPLE, bp=123456789, ts=0.01)))
    with decimal.localcontext(decimal.Context(prec=3)):
        (tick,) = decode_ticks(packet)
    assert tick.price == Decimal("1234567.89")


def test_a_packet_without_bases_counts_as_undecodable_and_yields_nothing() -> None:
    packet = {k: v for k, v in EXAMPLE.items() if k != "ts"}
    decoder = TickDecoder()
    assert decoder.feed(packets_of(chart_frame(packet))[0]) == []
    assert decoder.undecodable == 1


tick_sizes = st.sampled_from(["0.25", "0.01", "0.0001", "0.03125", "0.5", "1", "0.005", "10"])
raw_ticks = st.fixed_dictionaries(
    {
        "t": st.integers(0, 10**7),
        "p": st.integers(-5000, 5000),
        "s": st.integers(0, 10**6),
        "id": st.integers(0, 10**12),
    },
    optional={"b": st.integers(-5000, 5000), "a": st.integers(-5000, 5000), "bs": st.integers(0, 999)},
)


def packet_text(bp: int, bt: int, ts: str, tks: list[dict[str, Any]], pid: int = 7) -> str:
    body = json.dumps({"id": pid, "bp": bp, "bt": bt, "tks": tks})
    # the tick size goes in as JSON text, exactly as the server writes it
    return "a" + json.dumps([{"e": "chart", "d": {"charts": ["PLACEHOLDER"]}}]).replace(
        '"PLACEHOLDER"', body[:-1] + f', "ts": {ts}}}'
    )


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 10**7), st.integers(0, 2 * 10**12), tick_sizes, st.lists(raw_ticks, max_size=30))
def test_prices_and_times_are_exact(bp: int, bt: int, ts: str, tks: list[dict[str, Any]]) -> None:
    (packet,) = packets_of(packet_text(bp, bt, ts, tks))
    ticks = decode_ticks(packet)
    assert len(ticks) == len(tks)
    for tick, raw in zip(ticks, tks, strict=True):
        assert tick.price == (bp + raw["p"]) * Decimal(ts)
        assert tick.price_ticks == bp + raw["p"]
        assert tick.timestamp_ms == bt + raw["t"]
        assert tick.bid == ((bp + raw["b"]) * Decimal(ts) if "b" in raw else None)
        assert tick.ask == ((bp + raw["a"]) * Decimal(ts) if "a" in raw else None)
        assert tick.size == raw["s"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.integers(0, 200), max_size=25), min_size=1, max_size=6))
def test_ticks_come_out_ordered_by_id_and_each_id_once(id_batches: list[list[int]]) -> None:
    decoder = TickDecoder()
    returned: list[Tick] = []
    for n, ids in enumerate(id_batches):
        tks = [{"t": i, "p": i % 7, "s": 1, "id": i} for i in ids]
        (packet,) = packets_of(packet_text(100, 0, "0.25", tks, pid=n))
        fresh = decoder.feed(packet)
        assert [t.id for t in fresh] == sorted({t.id for t in fresh})
        returned.extend(fresh)
    all_ids = [t.id for t in returned]
    assert sorted(all_ids) == sorted({i for ids in id_batches for i in ids})


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(0, 10**6), min_size=1, max_size=60), st.integers(2, 16))
def test_a_small_memory_still_never_returns_an_id_twice(ids: list[int], memory: int) -> None:
    decoder = TickDecoder(memory=memory)
    out: list[int] = []
    for i in range(0, len(ids), 5):
        tks = [{"t": 0, "p": 0, "id": x} for x in ids[i : i + 5]]
        out.extend(t.id for t in decoder.feed(packets_of(packet_text(1, 0, "1", tks))[0]))
    assert len(out) == len(set(out))
