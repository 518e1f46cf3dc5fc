"""Simulator throughput: orders per second placed over REST, with the full entity trail delivered
to a synced user socket.

Run: ``.venv/bin/python tests/bench/sim_bench.py`` (``--quick`` for a short run,
``--orders N``, ``--concurrency C``).

The simulator runs in its own process (``python -m tradovate.sim --tick 0``), as a user would run
it. This process places market orders over REST with ``C`` requests in flight, alternating
buy/sell over both demo accounts and four contracts (positions stay inside the risk limits;
every fill opens or closes lots, so fills, fill pairs, positions and cash balances all move),
while one user socket synced to every trading entity type receives the trail. The clock stops
when the last REST answer is in and the socket has received everything queued before a final
request on it (the socket delivers in order). Two clients place the orders, one after the other:

- ``AsyncTradovate`` (our client: request validation, guards, typed decoding);
- a bare aiohttp client (the simulator's own cost shows through).

Printed: orders/s and props events/s end to end (wall time, loopback, 2 cores), events per
order; one JSON line at the end for scripts.

``--against DIR`` compares this checkout's simulator with the one in another checkout (``DIR``
holding ``src/`` and ``generated/``, e.g. ``git archive <rev> | tar -x -C DIR``) side by side:
``--pairs`` alternating runs (this, other, this, other, ...) with the bare client, each in a fresh
simulator process; printed per run: orders/s (wall) and orders per CPU-second of the simulator
process (the figure a loaded machine disturbs least), their median ratios (this / other), the load
average. The other checkout gets the scenario without its ``"market"`` options (simulators before
the book walk neither know them nor consume the book).
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
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sim"))

from simsocket import UserSocket

from tradovate_api import AsyncTradovate
from tradovate_api.models import PlaceOrder

TRADING = ["order", "command", "orderVersion", "commandReport", "executionReport", "fill", "fillFee", "fillPair",
           "position", "cashBalance"]  # fmt: skip
SYMBOLS = ["ESZ6", "NQZ6", "MESZ6", "CLF7"]

SERVER = [sys.executable]
# The demo accounts with balances large enough that the churn (a tick and fees lost per round
# trip) never reaches the daily loss auto-liquidation, which the simulator enforces, and books deep
# enough that the market orders (which consume the displayed sizes; with --tick 0 the market never
# steps to redraw them) all fill: every order of the run goes through the whole trail.
SCENARIO: dict[str, Any] = {
    "market": {"sizes": [2000, 4000]},
    "organization": {
        "users": [
            {"id": 1001, "name": "demo", "password": "demo", "accounts": [
                {"id": 20001, "name": "DEMO20001", "balance": 10_000_000},
                {"id": 20002, "name": "DEMO20002", "balance": 10_000_000},
            ]},
        ]
    }
}  # fmt: skip
Place = Callable[[dict[str, Any]], Awaitable[None]]
Client = Callable[[dict[str, Any], int, int], Coroutine[Any, Any, tuple[float, int]]]


def order_body(i: int) -> dict[str, Any]:
    return {
        "accountId": 20001 + (i // 4) % 2,
        "action": "Buy" if (i // 8) % 2 == 0 else "Sell",
        "symbol": SYMBOLS[i % len(SYMBOLS)],
        "orderQty": 1,
        "orderType": "Market",
        "isAutomated": True,
    }


async def measure(urls: dict[str, Any], token: str, place: Place, n: int, concurrency: int) -> tuple[float, int]:
    sock = await UserSocket.open(urls["ws"], token)
    answer = await sock.request("user/syncrequest", {"splitResponses": True, "entityTypes": TRADING})
    assert answer["s"] == 200
    todo = list(range(n - 1, -1, -1))

    async def worker() -> None:
        while todo:
            await place(order_body(todo.pop()))

    async def heartbeats() -> None:  # as every client must: the server drops silent sockets
        while True:
            await asyncio.sleep(2.5)
            await sock.send_text("[]")

    beating = asyncio.create_task(heartbeats())
    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    await sock.request("account/list", timeout=600)  # everything queued before it has arrived
    elapsed = time.perf_counter() - start
    beating.cancel()
    events = sum(1 for e in sock.events if e.get("e") == "props")
    await sock.close()
    return elapsed, events


async def with_our_client(urls: dict[str, Any], n: int, concurrency: int) -> tuple[float, int]:
    async with AsyncTradovate(urls["rest"]) as tv:
        await tv.login(name="demo", password="demo")
        assert isinstance(tv.token, str)

        async def place(body: dict[str, Any]) -> None:
            result = await tv.orders.place(PlaceOrder.from_dict(body))
            assert isinstance(result.order_id, int)

        return await measure(urls, tv.token, place, n, concurrency)


async def with_bare_client(urls: dict[str, Any], n: int, concurrency: int) -> tuple[float, int]:
    async with aiohttp.ClientSession() as http:
        login = await http.post(urls["rest"] + "/auth/accesstokenrequest", json={"name": "demo", "password": "demo"})
        token = (await login.json())["accessToken"]
        headers = {"Authorization": f"Bearer {token}"}

        async def place(body: dict[str, Any]) -> None:
            async with http.post(urls["rest"] + "/order/placeorder", json=body, headers=headers) as response:
                assert "orderId" in await response.json()

        return await measure(urls, token, place, n, concurrency)


def server_env(src: str | None) -> dict[str, str] | None:
    """The environment of a simulator run from another checkout (``None``: this one)."""
    if src is None:
        return None
    root = Path(src).resolve()
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root / "generated")])}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux ``/proc``)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_once(
    scenario: str, client: Client, n: int, concurrency: int, src: str | None = None, timing: str | None = None
) -> tuple[float, int, float]:
    """One fresh simulator process (from ``src``, else this checkout; ``timing``: its --fast or
    --realistic flag), a warm-up, one timed run: (seconds, props events, the simulator's CPU
    seconds in the run)."""
    flags = [f"--{timing}"] if timing else []
    server = subprocess.Popen(
        [*SERVER, "-m", "tradovate.sim", "--json", "--tick", "0", "--seed", "1", "--scenario", scenario, *flags],
        stdout=subprocess.PIPE,
        text=True,
        env=server_env(src),
    )
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        asyncio.run(client(urls, 100, concurrency))  # warm-up
        cpu = cpu_seconds(server.pid)
        elapsed, events = asyncio.run(client(urls, n, concurrency))
        return elapsed, events, cpu_seconds(server.pid) - cpu
    finally:
        server.terminate()
        server.wait(10)


def compare(
    scenario: str, plain: str, other: str, n: int, concurrency: int, pairs: int, timing: str | None = None
) -> None:
    """Alternating runs of this checkout's simulator and ``other``'s (on the ``plain`` scenario),
    the bare client."""
    runs: dict[str | None, list[tuple[float, float]]] = {None: [], other: []}  # (orders/s, orders per sim CPU-s)
    for _ in range(pairs):
        for src in (None, other):
            this = src is None  # (older checkouts know neither the market options nor --fast/--realistic)
            elapsed, _, cpu = run_once(
                scenario if this else plain, with_bare_client, n, concurrency, src, timing if this else None
            )
            runs[src].append((n / elapsed, n / cpu if cpu > 0 else float("nan")))
    print(f"bare client, {n} market orders, {concurrency} in flight, {pairs} alternating pairs")
    for i, label in ((0, "orders/s (wall)"), (1, "orders per simulator CPU-second")):
        mine, theirs = [r[i] for r in runs[None]], [r[i] for r in runs[other]]
        ratios = sorted(a / b for a, b in zip(mine, theirs, strict=True))
        print(f"  {label}")
        print(f"    this checkout   {' '.join(f'{x:6.0f}' for x in mine)}")
        print(f"    {other[-15:]:15} {' '.join(f'{x:6.0f}' for x in theirs)}")
        print(f"    ratio this/other: median {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
    print(f"  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--orders", type=int, default=3000)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--against", metavar="DIR", help="compare with the simulator of another checkout")
    p.add_argument("--pairs", type=int, default=5)
    p.add_argument(
        "--timing",
        choices=["fast", "realistic"],
        default="fast",
        help="the simulator's trail timing (tradovate sim --fast/--realistic; default fast, as before)",
    )
    args = p.parse_args(argv)
    n = 400 if args.quick else args.orders
    figures: dict[str, Any] = {}
    scenario = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)  # noqa: SIM115
    with scenario:
        json.dump(SCENARIO, scenario)
    if args.against:
        plain = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)  # noqa: SIM115
        with plain:
            json.dump({k: v for k, v in SCENARIO.items() if k != "market"}, plain)
        compare(scenario.name, plain.name, args.against, n, args.concurrency, args.pairs, args.timing)
        os.unlink(scenario.name)
        os.unlink(plain.name)
        return 0
    for label, client in (("AsyncTradovate", with_our_client), ("bare aiohttp", with_bare_client)):
        elapsed, events, _ = run_once(scenario.name, client, n, args.concurrency, timing=args.timing)
        figures[label] = (n / elapsed, events / elapsed, events / n)
    os.unlink(scenario.name)
    print(f"simulator in its own process: {n} market orders over REST, {args.concurrency} in flight, loopback")
    for label, (orders_s, events_s, per_order) in figures.items():
        print(f"  {label:15} {orders_s:7.0f} orders/s  {events_s:8.0f} props events/s to the synced socket"
              f"  ({per_order:.1f} events/order)")  # fmt: skip
    print(json.dumps({
        "sim_orders_per_s": round(figures["AsyncTradovate"][0]),
        "sim_events_per_s": round(figures["AsyncTradovate"][1]),
        "sim_orders_per_s_bare_client": round(figures["bare aiohttp"][0]),
        "sim_events_per_s_bare_client": round(figures["bare aiohttp"][1]),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
