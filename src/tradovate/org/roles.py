"""The demo's and the benchmark's own processes: the simulator's organisation, and a consumer.

    python -m tradovate.org.roles sim --accounts 10000 --users 2000
    python -m tradovate.org.roles consume --engine nats://127.0.0.1:4222 --accounts 10000

Each is driven by one JSON object per line on its standard input and answers one per line on its
standard output (:func:`tradovate.org.demo.run` drives them; the workers are ordinary
``tradovate org-sync`` processes), so that the simulator, the workers and the consumer each have
a process of their own, as in a deployment.

``sim``: prints ``{"rest_url", "ws_url", "seeded_s"}`` once serving; then, for
``{"trade": rate, "seconds": s}``, trades across the organisation (:class:`~tradovate.sim.org.Traffic`)
and prints ``{"emitted", "started", "ended"}`` (wall times); stops at the end of its input.

``consume``: an :class:`~.consumer.OrgMirror`; prints ``{"synced_s"}`` once every account's
snapshot was applied; ``{"start": true}`` starts counting events and lags (``{"status": true}``: how many so far, and the
lag p99); ``{"expect": n,
"timeout": s}`` waits until ``n`` events were applied (or ``timeout`` seconds without progress)
and prints the figures; ``{"mark": true}`` then ``{"resynced": [shard, ...], "shards": n,
"timeout": s}`` waits until every account of those shards got a snapshot since the mark (a
takeover's resync) and prints when. The lag of an order is measured from its ``timestamp`` — written by the
simulator (wall clock, milliseconds) when it emitted the order — to the consumer applying it:
the emit time is carried by the entity itself, through the socket, the worker and the engine.

``TRADOVATE_ORG_PROFILE=dir``: each process writes a cProfile of itself to ``dir`` on exit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import datetime
import json
import os
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["main", "percentile"]


def percentile(values: list[float], p: float) -> float | None:
    """The ``p`` quantile (0..1) of ``values`` (nearest rank), ``None`` if empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def _say(value: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


async def _lines() -> asyncio.StreamReader:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=1 << 20)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    return reader


async def _sim(args: argparse.Namespace) -> None:
    from tradovate.sim.org import Traffic, org_simulator  # noqa: PLC0415 - the sim extra

    started = time.monotonic()
    sim = org_simulator(accounts=args.accounts, users=args.users, md_port=None, clock="wall")
    async with sim:
        _say({"rest_url": sim.rest_url, "ws_url": sim.ws_url, "seeded_s": round(time.monotonic() - started, 2)})
        traffic = Traffic(sim, seed=args.seed)
        reader = await _lines()
        while line := await reader.readline():
            order = json.loads(line)
            if "trade" in order:
                before, begun = traffic.events, time.time()
                await traffic.run(float(order["trade"]), float(order["seconds"]))
                _say({"emitted": traffic.events - before, "started": begun, "ended": time.time()})


async def _consume(args: argparse.Namespace) -> None:
    from .consumer import OrgMirror  # noqa: PLC0415
    from .engine import open_engine  # noqa: PLC0415

    engine = open_engine(args.engine, partitions=args.partitions)
    consumer = OrgMirror(engine, group=args.group)
    lags: list[float] = []
    parse = datetime.datetime.fromisoformat

    def on_order(change: Any) -> None:
        now = time.time()
        if change.kind.value == "Created" and change.raw is not None:
            stamp = change.raw.get("timestamp")
            if isinstance(stamp, str):
                lags.append(now - parse(stamp).timestamp())

    await consumer.start()
    try:
        started = time.monotonic()
        while sum(1 for key in consumer.state.applied if key > 0) < args.accounts:
            if time.monotonic() - started > args.sync_timeout:
                _say({"error": f"not every account's snapshot within {args.sync_timeout} s"})
                return
            await asyncio.sleep(0.1)
        _say({"synced_s": round(time.monotonic() - started, 2)})
        reader = await _lines()
        base = consumer.events
        marked: dict[int, int] = {}
        while line := await reader.readline():
            order = json.loads(line)
            if order.get("start"):
                lags.clear()
                consumer.lags.clear()
                base = consumer.events
                consumer.mirror.on("order", on_order)
            elif "status" in order:  # a progress line (the demo's, not the benchmark's: it sorts)
                _say({"applied": consumer.events - base, "lag_p99_ms": round(1000 * (percentile(lags, 0.99) or 0))})
            elif "mark" in order:
                marked = dict(consumer.snapshots_by_key)
                _say({"marked": True})
            elif "resynced" in order:
                shards, wanted = int(order["shards"]), set(order["resynced"])
                keys = [k for k in consumer.state.applied if k > 0 and k % shards in wanted]

                def fresh(keys: list[int] = keys, marked: dict[int, int] = marked) -> int:
                    return sum(consumer.snapshots_by_key[k] > marked.get(k, 0) for k in keys)

                at = await _progress(fresh, len(keys), float(order["timeout"]))
                _say({"resynced": fresh(), "of": len(keys), "at": at})
            elif "expect" in order:

                def applied(base: int = base) -> int:
                    return consumer.events - base

                last = await _progress(applied, int(order["expect"]), float(order["timeout"]))
                _say(
                    {
                        "applied": consumer.events - base,
                        "last_applied": last,
                        "lag_p50_ms": round(1000 * (percentile(lags, 0.5) or 0), 1),
                        "lag_p99_ms": round(1000 * (percentile(lags, 0.99) or 0), 1),
                        "lag_max_ms": round(1000 * max(lags, default=0), 1),
                        "orders": len(lags),
                        # from the worker seeing a change to its being applied here (the last 100,000)
                        "worker_lag_p50_ms": round(1000 * (percentile(list(consumer.lags), 0.5) or 0), 1),
                        "worker_lag_p99_ms": round(1000 * (percentile(list(consumer.lags), 0.99) or 0), 1),
                        "snapshots": consumer.snapshots,
                        "duplicates": consumer.duplicates,
                        "stale": consumer.stale,
                    }
                )
    finally:
        await consumer.close()
        await engine.close()


async def _progress(count: Callable[[], int], target: int, idle: float) -> float:
    """Wait until ``count()`` reaches ``target`` or stays still for ``idle`` seconds; returns the
    wall time it last grew (to the 10 ms)."""
    seen, since, grew = count(), time.monotonic(), time.time()
    while seen < target and time.monotonic() - since < idle:
        await asyncio.sleep(0.01)
        now = count()
        if now != seen:
            seen, since, grew = now, time.monotonic(), time.time()
    return grew


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tradovate.org.roles", description=__doc__.splitlines()[0])
    roles = parser.add_subparsers(dest="role", required=True)
    sim = roles.add_parser("sim")
    sim.add_argument("--accounts", type=int, default=10_000)
    sim.add_argument("--users", type=int, default=2_000)
    sim.add_argument("--seed", type=int, default=1)
    consume = roles.add_parser("consume")
    consume.add_argument("--engine", required=True)
    consume.add_argument("--partitions", type=int, default=16)
    consume.add_argument("--group", default="demo")
    consume.add_argument("--accounts", type=int, required=True)
    consume.add_argument("--sync-timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    job: Callable[[argparse.Namespace], Awaitable[None]] = _sim if args.role == "sim" else _consume
    folder = os.environ.get("TRADOVATE_ORG_PROFILE")
    profile = cProfile.Profile() if folder else None
    if profile is not None:
        profile.enable()
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(job(args))  # type: ignore[arg-type]
    finally:
        if profile is not None and folder:
            profile.disable()
            profile.dump_stats(os.path.join(folder, f"{args.role}-{os.getpid()}.prof"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
