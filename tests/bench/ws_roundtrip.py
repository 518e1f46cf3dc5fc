"""Round trip of a socket request through ``tradovate.realtime.Connection`` versus a bare
``websockets`` echo, both over loopback against a server in another process.

    .venv/bin/python tests/bench/ws_roundtrip.py [--n 2000] [--runs 7] [--chunk 100]

Side A: ``await ws.send(frame); await ws.recv()`` on a plain ``websockets`` client, against a
server that sends every message back. Side B: ``await conn.request("echo", body,
idempotent=True)``: the request frame built and registered by the protocol core, the answer
``a[{"s":200,"i":..,"d":..}]`` parsed, classified, correlated and returned — against a server
that splits the frame and answers with the body. Both clients run on one event loop and take
turns in chunks of ``--chunk`` round trips; the figure is the median over runs of
(B time / A time). Goal (issue #7): <= 1.3x.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import time
from typing import Any

from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from tradovate.realtime.connection import Connection

BODY = {"symbol": "ESZ6", "n": 1}


async def _serve(port_out: Any) -> None:
    async def handler(ws: ServerConnection) -> None:
        if ws.request is not None and ws.request.path == "/echo":
            async for message in ws:
                await ws.send(message)
            return
        await ws.send("o")
        async for message in ws:
            assert isinstance(message, str)
            if message == "[]":
                continue
            endpoint, rid, _query, body = message.split("\n", 3)
            if endpoint == "authorize":
                await ws.send(f'a[{{"s":200,"i":{rid}}}]')
                continue
            d = body or "null"
            await ws.send(f'a[{{"s":200,"i":{rid},"d":{d}}}]')

    async with serve(handler, "127.0.0.1", 0, ping_interval=None, compression=None) as server:
        port_out.put(next(iter(server.sockets)).getsockname()[1])
        await asyncio.Future()


def _server_main(port_out: Any) -> None:
    asyncio.run(_serve(port_out))


async def _measure(port: int, n: int, chunk: int) -> tuple[float, float]:
    """Seconds for ``n`` round trips on each side, taken in alternating chunks on the same loop
    (so a busy moment of the machine falls on both sides alike)."""
    frame = "echo\n1\n\n" + json.dumps(BODY, separators=(",", ":"))

    async def token() -> str:
        return "bench-token"

    conn = Connection(
        f"ws://127.0.0.1:{port}/v1/websocket", token, connect_options={"compression": None}, request_timeout=10.0
    )
    async with (
        connect(f"ws://127.0.0.1:{port}/echo", ping_interval=None, compression=None) as ws,
        conn,
    ):
        for _ in range(100):  # warm-up
            await ws.send(frame)
            await ws.recv()
            await conn.request("echo", BODY, idempotent=True)
        bare = ours = 0.0
        for _ in range(max(1, n // chunk)):
            start = time.perf_counter()
            for _ in range(chunk):
                await ws.send(frame)
                await ws.recv()
            middle = time.perf_counter()
            for _ in range(chunk):
                await conn.request("echo", BODY, idempotent=True)
            bare += middle - start
            ours += time.perf_counter() - middle
        return bare, ours


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000, help="round trips per run")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--chunk", type=int, default=100, help="round trips per side before switching")
    args = parser.parse_args()
    ports: Any = multiprocessing.Queue()
    server = multiprocessing.Process(target=_server_main, args=(ports,), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=10)
        ratios = []
        bare_us = []
        conn_us = []
        for _ in range(args.runs):
            a, b = asyncio.run(_measure(port, args.n, args.chunk))
            bare_us.append(a / args.n * 1e6)
            conn_us.append(b / args.n * 1e6)
            ratios.append(b / a)
        print(f"bare websockets echo     median {statistics.median(bare_us):7.1f} us per round trip")
        print(f"Connection.request       median {statistics.median(conn_us):7.1f} us per round trip")
        print(f"ratio (median of {args.runs} runs) {statistics.median(ratios):.2f}x   (goal <= 1.3x)")
        print(f"ratio of the best runs        {min(conn_us) / min(bare_us):.2f}x   (less sensitive to a busy machine)")
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
