"""Market-data decoding speed, as ratios against ``orjson.loads`` of the same frames.

Run: ``.venv/bin/python tests/bench/md_bench.py`` (``--quick`` for a short run, ``--socket`` to
add the client's whole path over a loopback socket, a server in another process, ``--floor``
for where the routed quote's time goes, step by step, each against orjson.loads in one run).

Three streaming loops, each over a list of realistic frames as the md socket sends them:

- quote frames (one quote, all nine entries) → typed :class:`Quote` values;
- tick-chart frames (one packet of 50 ticks) → exact :class:`Tick` values (decode + de-dup);
- DOM frames (10 levels a side) → typed :class:`DomBook` values (order checked);
- quote frames decoded *and* routed to a consumer's latest-state stream (the client's whole
  path after the socket: the frame hook the connection calls, ``Router.feed``; read in bursts
  of 100 frames), 50 contracts. Target (issue 17): >= 400k quotes/s and <= 1.5x orjson.loads.

Without msgspec (the pure-Python value types and the tolerant decoder), run it as
``python -c 'import sys, runpy; sys.modules["msgspec"] = None; sys.argv[1:] = ["--quick"];
runpy.run_path("tests/bench/md_bench.py", run_name="__main__")'``.

Each loop is a stream: a frame is decoded, its values counted, and dropped when the next frame
comes (as a consumer reading a socket does); the orjson loop does the same with the parsed
JSON. They run interleaved (A, B, A, B ...) after a warm-up, each round timed in CPU time of
this thread (on a shared machine, time spent descheduled is not ours). Printed: rates in items/s
and the ratio ours/orjson from the best round of each side, the median ratio beside it.
Targets (issue 9): quotes >= 400k/s and <= 1.5x orjson.loads; ticks >= 500k/s; books >= 100k/s.
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import orjson

from tradovate.marketdata import MarketDataClient, Quote, Subscription
from tradovate.marketdata.decode import MarketData, decode_frame
from tradovate.marketdata.subscriptions import ServerSubscription
from tradovate.marketdata.ticks import TickDecoder

N_FRAMES = 20_000  # quote and book frames; tick frames are a tenth (50 ticks each)
TICKS_PER_PACKET = 50


def quote_frames(n: int) -> list[str]:
    rng = random.Random(1)
    frames = []
    price = 18405.25
    volume = 4118
    for i in range(n):
        price += rng.choice((-0.25, 0, 0.25))
        volume += rng.randint(1, 9)
        quote = {
            "timestamp": f"2021-04-13T04:59:{i % 60:02d}.{i % 1000:03d}Z",
            "contractId": 123456 + i % 50,
            "entries": {
                "Bid": {"price": price - 0.25, "size": rng.randint(1, 90)},
                "TotalTradeVolume": {"size": volume},
                "Offer": {"price": price, "size": rng.randint(1, 90)},
                "LowPrice": {"price": 18355.25},
                "Trade": {"price": price, "size": rng.randint(1, 5)},
                "OpenInterest": {"size": 40702},
                "OpeningPrice": {"price": 18515.5},
                "HighPrice": {"price": 18520.75},
                "SettlementPrice": {"price": 18520.25},
            },
        }
        frames.append("a" + json.dumps([{"e": "md", "d": {"quotes": [quote]}}], separators=(",", ":")))
    return frames


def tick_frames(n: int) -> list[str]:
    rng = random.Random(2)
    frames = []
    tick_id = 11768401
    for i in range(n):
        tks = []
        for j in range(TICKS_PER_PACKET):
            tick_id += 1
            p = rng.randint(-8, 8)
            tks.append(
                {"t": j * 13, "p": p, "s": rng.randint(1, 9), "b": p - 1, "a": p, "bs": 122, "as": 28, "id": tick_id}
            )
        packet = {
            "id": 16335,
            "s": "db",
            "td": 20190718,
            "bp": 11917,
            "bt": 1563421179735 + i * 1000,
            "ts": 0.25,
            "tks": tks,
        }
        frames.append("a" + json.dumps([{"e": "chart", "d": {"charts": [packet]}}], separators=(",", ":")))
    return frames


def dom_frames(n: int) -> list[str]:
    rng = random.Random(3)
    frames = []
    for i in range(n):
        mid = 2335.25 + rng.randint(-4, 4) * 0.25
        book = {
            "contractId": 123456,
            "timestamp": f"2021-04-13T11:33:{i % 60:02d}.488Z",
            "bids": [{"price": mid - 0.25 * k, "size": rng.randint(1, 900)} for k in range(1, 11)],
            "offers": [{"price": mid + 0.25 * k, "size": rng.randint(1, 900)} for k in range(0, 10)],
        }
        frames.append("a" + json.dumps([{"e": "md", "d": {"doms": [book]}}], separators=(",", ":")))
    return frames


def run_quotes(frames: list[str]) -> int:
    count = 0
    for frame in frames:
        for message in decode_frame(frame):
            if type(message) is MarketData:
                count += len(message.quotes)
    return count


def run_ticks(frames: list[str]) -> int:
    decoder = TickDecoder()
    count = 0
    for frame in frames:
        for message in decode_frame(frame):
            if type(message) is MarketData:
                for packet in message.charts:
                    count += len(decoder.feed(packet))
    return count


def run_books(frames: list[str]) -> int:
    count = 0
    for frame in frames:
        for message in decode_frame(frame):
            if type(message) is MarketData:
                count += len(message.doms)
    return count


def run_routed(frames: list[str]) -> int:
    """The client's whole path after the socket (what the connection calls for each frame:
    decode, route by contract id, deliver) to one consumer's latest-state stream, drained every
    100 frames."""
    md = MarketDataClient("ws://127.0.0.1:9/v1/websocket", "token")
    stream: Subscription[Any] = Subscription(
        "quote", tuple(range(123456, 123506)), policy="latest", key=lambda q: q.contract_id, merge=Quote.merged
    )
    for cid in stream.contract_ids:
        sub = ServerSubscription("quote", cid, cid)
        sub.consumers.append(stream)
        md._router.quotes[cid] = sub
    feed = md._router.feed
    for n, frame in enumerate(frames):
        feed(frame)
        if n % 100 == 99:
            stream.drain()
    stream.drain()
    return len(frames)


def floor_steps() -> list[tuple[str, Callable[[list[str]], int]]]:
    """The routed quote's path cut into cumulative steps (with msgspec): the typed decode of the
    quotes array alone (C), the shortcut on the whole frame (+ the envelope compared as text, the
    array sliced out, one Python call), + keeping each quote as its contract's latest (what any
    latest-wins delivery must do: the values outlive the next frame), and the whole path."""
    from tradovate.marketdata import decode

    if decode._quotes_array is None:
        return []
    array = decode._quotes_array
    start, stop = len(decode.QUOTES_HEAD), -len(decode.QUOTES_TAIL)

    def typed_array(frames: list[str]) -> int:
        for frame in frames:
            array(frame[start:stop])
        return len(frames)

    def shortcut(frames: list[str]) -> int:
        quotes = decode.decode_quotes
        for frame in frames:
            quotes(frame)
        return len(frames)

    def kept(frames: list[str]) -> int:
        quotes = decode.decode_quotes
        latest: dict[int, Quote] = {}
        for frame in frames:
            for quote in quotes(frame) or ():
                latest[quote.contract_id] = quote
        return len(frames)

    return [
        ("  typed quotes array", typed_array),
        ("  + frame shortcut", shortcut),
        ("  + kept as latest", kept),
        ("  + routed (whole path)", run_routed),
    ]


def run_orjson(frames: list[str]) -> int:
    loads = orjson.loads
    for frame in frames:
        loads(frame[1:])
    return len(frames)


def timed(fn: Callable[[list[str]], int], frames: list[str]) -> tuple[float, int]:
    # CPU time of this thread: on a shared machine, time spent descheduled is not ours
    start = time.thread_time()
    count = fn(frames)
    return time.thread_time() - start, count


def compare(name: str, ours: Callable[[list[str]], int], frames: list[str], rounds: int, unit: str) -> dict[str, Any]:
    timed(ours, frames)
    timed(run_orjson, frames)
    mine, theirs, ratios = [], [], []
    count = 0
    for _ in range(rounds):
        gc.collect()
        a, count = timed(ours, frames)
        gc.collect()
        b, _ = timed(run_orjson, frames)
        mine.append(a)
        theirs.append(b)
        ratios.append(a / b)
    result: dict[str, Any] = {
        "name": name,
        "items": count,
        "rate": count / min(mine),
        "orjson_rate": count / min(theirs),
        "ratio": min(mine) / min(theirs),
        "median_ratio": statistics.median(ratios),
    }
    print(
        f"{name:<24} {result['rate'] / 1000:7.0f}k {unit}/s   orjson.loads {result['orjson_rate'] / 1000:7.0f}k {unit}/s"
        f"   ratio {result['ratio']:.2f}x (median {result['median_ratio']:.2f}x)"
    )
    return result


BLAST_SERVER = """
import asyncio, sys
from websockets.asyncio.server import serve
frames = sys.stdin.read().split("\\n")
async def handler(ws):
    await ws.send("o")
    async for msg in ws:
        if msg == "[]":
            continue
        endpoint, rid, _q, _b = msg.split("\\n", 3)
        await ws.send('a[{"s":200,"i":%s,"d":{"mode":"RealTime"}}]' % rid)
        if endpoint == "md/subscribeQuote":
            for frame in frames:
                await ws.send(frame)
async def main():
    async with serve(handler, "127.0.0.1", 0, compression=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()
asyncio.run(main())
"""


def socket_run(n: int) -> None:
    """The client's whole path on a real socket: a server in another process sends ``n`` quote
    frames as fast as it can; the client receives, decodes, routes and a consumer reads them.
    Printed: quotes per second of the client process's CPU time (and wall time)."""
    import asyncio
    import subprocess

    frames = quote_frames(n)
    for i in range(n):  # one contract, so every update reaches the consumer
        frames[i] = frames[i].replace(f'"contractId":{123456 + i % 50}', '"contractId":123456')
    server = subprocess.Popen(
        [sys.executable, "-c", BLAST_SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write("\n".join(frames))
    server.stdin.close()
    port = int(server.stdout.readline())

    async def run() -> tuple[float, float]:
        async with MarketDataClient(f"ws://127.0.0.1:{port}/v1/websocket", "token", dead_after=None) as md:
            cpu, wall = time.process_time(), time.perf_counter()
            stream = await md.quotes(123456, policy="queue", maxsize=n + 10)
            for _ in range(n):
                await stream.get()
            return time.process_time() - cpu, time.perf_counter() - wall

    try:
        cpu, wall = asyncio.run(run())
    finally:
        server.kill()
        server.wait()
    print(f"{'socket -> consumer':<24} {n / cpu / 1000:7.0f}k quotes/s of client CPU ({n / wall / 1000:.0f}k/s wall)")


def main(argv: list[str]) -> None:
    quick = "--quick" in argv
    n = N_FRAMES // 4 if quick else N_FRAMES // 2
    rounds = 5 if quick else 21
    print(f"frames per loop: {n}, rounds: {rounds}, CPU time of the best round; Python {sys.version.split()[0]}")
    compare("quote frames -> Quote", run_quotes, quote_frames(n), rounds, "quotes")
    compare("quotes routed (latest)", run_routed, quote_frames(n), rounds, "quotes")
    compare("tick packets -> Tick", run_ticks, tick_frames(n // 10), rounds, "ticks")
    compare("DOM frames -> DomBook", run_books, dom_frames(n), rounds, "books")
    if "--floor" in argv:
        frames = quote_frames(n)
        for name, step in floor_steps():
            compare(name, step, frames, rounds, "quotes")
    if "--socket" in argv:
        socket_run(n * 2)


if __name__ == "__main__":
    main(sys.argv[1:])
