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
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
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
# trip) never reaches the daily loss auto-liquidation, which the simulator enforces: every order
# of the run goes through the whole trail.
SCENARIO = {
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--orders", type=int, default=3000)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--quick", action="store_true")
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
    for label, client in (("AsyncTradovate", with_our_client), ("bare aiohttp", with_bare_client)):
        server = subprocess.Popen(
            [
                *SERVER,
                "-m",
                "tradovate.sim",
                "--json",
                "--tick",
                "0",
                "--seed",
                "1",
                "--scenario",
                scenario.name,
                f"--{args.timing}",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            urls = json.loads(server.stdout.readline())
            asyncio.run(client(urls, 100, args.concurrency))  # warm-up
            elapsed, events = asyncio.run(client(urls, n, args.concurrency))
        finally:
            server.terminate()
            server.wait(10)
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
