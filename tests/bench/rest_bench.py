"""REST calls through ``AsyncTradovate`` against a bare HTTP client, on the same simulator (issue 17).

Run: ``.venv/bin/python tests/bench/rest_bench.py`` (``--quick`` for a short run, ``--calls N``,
``--rounds R``). ``make bench`` runs it through ``run.py --all``.

The simulator runs in its own process (``python -m tradovate.sim --tick 0``). This process makes
sequential calls, one at a time (what a bot does: an order, then the next), with four clients
taken in turn within every round, so the load of the machine hits them alike:

- ``bare aiohttp``: an ``aiohttp.ClientSession`` posting the JSON and reading the bytes back,
  nothing else (the floor: the HTTP library and the simulator);
- ``AsyncTradovate(backend="aiohttp")``: our client on the fast backend (validation, guards,
  the transport's rules, typed decoding);
- ``AsyncTradovate()``: the httpx default;
- ``bare httpx``: an ``httpx.AsyncClient`` doing what the bare aiohttp client does (context).

Two calls: ``orders.place`` (a market order, buy and sell in turn so the position stays flat)
and ``accounts.list``. Printed per client: calls/s (median of the rounds, with the spread), the
ratio to the bare aiohttp client of the same round (median and spread), the client's CPU per
call in µs (``time.process_time`` over the round: this process only, the simulator excluded)
and its ratio to the bare aiohttp client's CPU in the same round (median and spread). On a
shared, loaded machine the CPU ratio is the steadier figure: wall throughput also waits for the
simulator and for whatever else runs. One JSON line at the end for scripts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any

import aiohttp
import httpx

from tradovate_api import AsyncTradovate
from tradovate_api.models import PlaceOrder

SCENARIO = {
    "organization": {
        "users": [{"id": 1001, "name": "demo", "password": "demo",
                   "accounts": [{"id": 20001, "name": "DEMO20001", "balance": 10_000_000}]}]
    }
}  # fmt: skip
CLIENTS = ("bare aiohttp", "AsyncTradovate aiohttp", "AsyncTradovate httpx", "bare httpx")
CALLS = ("orders.place", "accounts.list")
Call = Callable[[int], Awaitable[None]]


def order(i: int) -> dict[str, Any]:
    side = "Buy" if i % 2 == 0 else "Sell"
    return {"accountId": 20001, "action": side, "symbol": "ESZ6", "orderQty": 1, "orderType": "Market",
            "isAutomated": True}  # fmt: skip


async def clients(stack: AsyncExitStack, rest: str) -> dict[str, dict[str, Call]]:
    """Every client's two calls, each logged in and warmed up."""
    made: dict[str, dict[str, Call]] = {}
    bodies = [PlaceOrder.from_dict(order(i)) for i in range(2)]
    for label, backend in (("AsyncTradovate aiohttp", "aiohttp"), ("AsyncTradovate httpx", "httpx")):
        tv = await stack.enter_async_context(AsyncTradovate(rest, backend=backend))
        await tv.login(name="demo", password="demo")

        async def place(i: int, tv: AsyncTradovate = tv) -> None:
            assert isinstance((await tv.orders.place(bodies[i % 2])).order_id, int)

        async def accounts(i: int, tv: AsyncTradovate = tv) -> None:
            assert len(await tv.accounts.list()) == 1

        made[label] = {"orders.place": place, "accounts.list": accounts}
    token = made and tv.token
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    raw = [json.dumps(order(i)).encode() for i in range(2)]

    session = await stack.enter_async_context(aiohttp.ClientSession())

    async def a_place(i: int) -> None:
        async with session.post(rest + "/order/placeorder", data=raw[i % 2], headers=headers) as response:
            assert b"orderId" in await response.read()

    async def a_accounts(i: int) -> None:
        async with session.get(rest + "/account/list", headers=headers) as response:
            assert b"DEMO20001" in await response.read()

    made["bare aiohttp"] = {"orders.place": a_place, "accounts.list": a_accounts}
    client = await stack.enter_async_context(httpx.AsyncClient())

    async def h_place(i: int) -> None:
        assert (
            b"orderId" in (await client.post(rest + "/order/placeorder", content=raw[i % 2], headers=headers)).content
        )

    async def h_accounts(i: int) -> None:
        assert b"DEMO20001" in (await client.get(rest + "/account/list", headers=headers)).content

    made["bare httpx"] = {"orders.place": h_place, "accounts.list": h_accounts}
    return {label: made[label] for label in CLIENTS}


async def timed(call: Call, n: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``n`` sequential calls."""
    wall, cpu = time.perf_counter(), time.process_time()
    for i in range(n):
        await call(i)
    return time.perf_counter() - wall, time.process_time() - cpu


async def run(rest: str, n: int, rounds: int) -> dict[str, dict[str, list[tuple[float, float]]]]:
    results: dict[str, dict[str, list[tuple[float, float]]]] = {c: {k: [] for k in CLIENTS} for c in CALLS}
    async with AsyncExitStack() as stack:
        made = await clients(stack, rest)
        for name in CALLS:
            for label in CLIENTS:
                await timed(made[label][name], 50)  # warm-up: connections made, code paths hot
            for r in range(rounds):
                order_ = CLIENTS if r % 2 == 0 else CLIENTS[::-1]  # alternate who goes first
                for label in order_:
                    results[name][label].append(await timed(made[label][name], n))
    return results


def spread(values: list[float], fmt: str) -> str:
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--calls", type=int, default=400, help="sequential calls per client and round")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--quick", action="store_true")
    args = p.parse_args(argv)
    n, rounds = (200, 3) if args.quick else (args.calls, args.rounds)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as scenario:
        json.dump(SCENARIO, scenario)
    server = subprocess.Popen(
        [sys.executable, "-m", "tradovate.sim", "--json", "--tick", "0", "--seed", "1", "--scenario", scenario.name],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        load = os.getloadavg()
        results = asyncio.run(run(urls["rest"], n, rounds))
        load_after = os.getloadavg()
    finally:
        server.terminate()
        server.wait(10)
        os.unlink(scenario.name)
    print(f"sequential REST calls, simulator in its own process, loopback: {rounds} rounds of {n} calls per client")
    print(f"load average {load[0]:.2f} at the start, {load_after[0]:.2f} at the end ({os.cpu_count()} cores)")
    summary: dict[str, Any] = {}
    for name in CALLS:
        print(f"\n{name}:")
        floor = results[name]["bare aiohttp"]
        for label in CLIENTS:
            rows = results[name][label]
            rates = [n / wall for wall, _ in rows]
            cpu = [c / n * 1e6 for _, c in rows]
            ratios = [fw / w for (w, _), (fw, _) in zip(rows, floor, strict=True)]
            cpu_ratios = [c / fc for (_, c), (_, fc) in zip(rows, floor, strict=True)]
            print(f"  {label:23} {spread(rates, '{:.0f}')} calls/s  {spread(ratios, '{:.2f}')}x bare aiohttp"
                  f"  client CPU {spread(cpu, '{:.0f}')} µs/call = {spread(cpu_ratios, '{:.2f}')}x")  # fmt: skip
            key = f"{name.replace('.', '_')}_{label.replace(' ', '_').lower()}"
            summary[f"{key}_per_s"] = round(statistics.median(rates))
            summary[f"{key}_ratio"] = round(statistics.median(ratios), 3)
            summary[f"{key}_ratio_spread"] = [round(min(ratios), 3), round(max(ratios), 3)]
            summary[f"{key}_cpu_us"] = round(statistics.median(cpu))
            summary[f"{key}_cpu_ratio"] = round(statistics.median(cpu_ratios), 3)
            summary[f"{key}_cpu_ratio_spread"] = [round(min(cpu_ratios), 3), round(max(cpu_ratios), 3)]
    print(json.dumps({"rest": summary}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
