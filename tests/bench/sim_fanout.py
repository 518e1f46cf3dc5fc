"""Simulator market-data fan-out: quote updates per second it delivers to md sockets, on one core.

Run: ``.venv/bin/python tests/bench/sim_fanout.py`` (``--quick`` for a short run, ``--runs N``,
``--seconds S``).

The simulator runs in its own process (``python -m tradovate.sim --tick 0.0001``: the market
steps as fast as the event loop lets it, every one of its 48 contracts moving each step). This
process opens ``S`` md sockets, authorizes them, subscribes each to the quotes of ``C`` contracts
and counts the quotes that arrive (a cheap count of ``"contractId"`` in each frame: the client
must not be what is measured). Per configuration, ``--runs`` windows of ``--seconds``, after a
warm-up; printed per configuration (median, spread over runs):

- quotes delivered per second, wall clock (sockets x contracts x steps/s when it keeps up);
- the simulator's CPU use in the window (``/proc``; 100% = one core saturated) and quotes per
  CPU-second of the simulator, the figure that does not depend on how busy the machine is.

One JSON line at the end for scripts (the figures of the largest configuration). No goal is set
for this figure yet; it is tracked so a change in the simulator's md path shows.

``--against DIR`` compares with the simulator of another checkout (``DIR`` holding ``src/`` and
``generated/``): per configuration, one window set with each, alternating; printed: quotes per
simulator CPU-second of each and their ratio (this / other), the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp

CONFIGS = [(1, 1), (1, 48), (10, 10), (50, 10), (100, 48)]
TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux ``/proc``)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS_PER_S


class Counter:
    def __init__(self) -> None:
        self.quotes = 0


async def md_socket(
    session: aiohttp.ClientSession, url: str, token: str, symbols: list[str], counter: Counter, ready: asyncio.Event
) -> None:
    async with session.ws_connect(url, autoping=True, max_msg_size=0) as ws:
        assert await ws.receive_str() == "o"
        await ws.send_str(f"authorize\n1\n\n{token}")
        for i, symbol in enumerate(symbols, 2):
            await ws.send_str(f"md/subscribeQuote\n{i}\n\n" + json.dumps({"symbol": symbol}))
        ready.set()
        async for msg in ws:
            if msg.type is aiohttp.WSMsgType.TEXT:
                counter.quotes += msg.data.count('"contractId"')
            elif msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.ERROR):
                break


async def measure(
    urls: dict[str, Any], pid: int, sockets: int, contracts: int, runs: int, seconds: float
) -> list[tuple[float, float]]:
    """(quotes/s wall, simulator CPU share) per run."""
    async with aiohttp.ClientSession() as session:
        login = {"name": "demo", "password": "demo"}
        async with session.post(urls["rest"] + "/auth/accesstokenrequest", json=login) as r:
            token = (await r.json())["accessToken"]
        auth = {"Authorization": f"Bearer {token}"}
        async with session.get(urls["rest"] + "/contract/suggest", params={"t": "", "l": "100"}, headers=auth) as r:
            names = [c["name"] for c in await r.json()]
        assert len(names) >= contracts, names
        symbols = names[:contracts]
        counter = Counter()
        readies = [asyncio.Event() for _ in range(sockets)]
        tasks = [asyncio.create_task(md_socket(session, urls["md"], token, symbols, counter, e)) for e in readies]
        try:
            await asyncio.gather(*(e.wait() for e in readies))
            await asyncio.sleep(seconds / 2)  # warm-up: subscriptions answered, snapshots sent
            out = []
            for _ in range(runs):
                q0, c0, t0 = counter.quotes, cpu_seconds(pid), time.perf_counter()
                await asyncio.sleep(seconds)
                q1, c1, t1 = counter.quotes, cpu_seconds(pid), time.perf_counter()
                out.append(((q1 - q0) / (t1 - t0), (c1 - c0) / (t1 - t0)))
            return out
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


def server_env(src: str | None) -> dict[str, str] | None:
    """The environment of a simulator run from another checkout (``None``: this one)."""
    if src is None:
        return None
    root = Path(src).resolve()
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root / "generated")])}


def run_config(
    sockets: int, contracts: int, runs: int, seconds: float, src: str | None = None, timing: str | None = None
) -> list[tuple[float, float]]:
    """One fresh simulator process (from ``src``, else this checkout; ``timing``: its --fast or
    --realistic flag), the configuration's windows."""
    flags = [f"--{timing}"] if timing else []
    server = subprocess.Popen(
        [sys.executable, "-m", "tradovate.sim", "--json", "--tick", "0.0001", "--seed", "1", *flags],
        stdout=subprocess.PIPE,
        text=True,
        env=server_env(src),
    )
    try:
        assert server.stdout is not None
        urls = json.loads(server.stdout.readline())
        return asyncio.run(measure(urls, server.pid, sockets, contracts, runs, seconds))
    finally:
        server.terminate()
        server.wait(10)


def compare(other: str, runs: int, seconds: float, timing: str | None = None) -> None:
    print(f"quotes per simulator CPU-second, this checkout vs {other}; {runs} windows of {seconds:g} s each")
    for sockets, contracts in CONFIGS:
        per_cpu = {}
        for src in (None, other):
            results = run_config(sockets, contracts, runs, seconds, src, timing if src is None else None)
            per_cpu[src] = statistics.median(r / c for r, c in results if c > 0)
        print(
            f"  {f'{sockets} x {contracts}':>20}  this {per_cpu[None]:9.0f}  other {per_cpu[other]:9.0f}"
            f"  ratio {per_cpu[None] / per_cpu[other]:.3f}"
        )
    print(f"  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--seconds", type=float, default=2.0)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--against", metavar="DIR", help="compare with the simulator of another checkout")
    p.add_argument(
        "--timing",
        choices=["fast", "realistic"],
        default="fast",
        help="the simulator's trail timing (tradovate sim --fast/--realistic; default fast, as before)",
    )
    args = p.parse_args(argv)
    runs, seconds = (3, 1.0) if args.quick else (args.runs, args.seconds)
    if args.against:
        compare(args.against, runs, seconds, args.timing)
        return 0
    print(f"simulator in its own process, market stepping as fast as it can; {runs} windows of {seconds:g} s each")
    print(f"  {'sockets x contracts':>20}  {'quotes/s (spread)':>28}  {'sim CPU':>8}  {'quotes per sim CPU-s':>20}")
    figures: dict[str, float] = {}
    for sockets, contracts in CONFIGS:
        results = run_config(sockets, contracts, runs, seconds, timing=args.timing)
        rates = [r for r, _ in results]
        cpu = statistics.median(c for _, c in results)
        per_cpu = statistics.median(r / c for r, c in results if c > 0)
        print(
            f"  {f'{sockets} x {contracts}':>20}  {statistics.median(rates):10.0f} ({min(rates):7.0f}-{max(rates):7.0f})"
            f"  {cpu * 100:7.0f}%  {per_cpu:20.0f}"
        )
        figures["fanout_quotes_per_s"] = statistics.median(rates)
        figures["fanout_quotes_per_sim_cpu_s"] = per_cpu
        figures["fanout_config"] = sockets * contracts
    print(json.dumps({k: round(v) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
