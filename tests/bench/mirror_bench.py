"""Live mirror figures: props events applied per second, and the bootstrap of a big snapshot.

Run as a script (``python tests/bench/mirror_bench.py``); it prints:

1. ``props`` events applied per second on one core (goal >= 200k/s), for a realistic mix of
   order updates, new fills, execution reports, order versions, position and cash-balance
   updates over a mirror that already holds the big snapshot; with nobody observing, and with one
   change stream plus callbacks (the observers' cost is shown beside it);
2. the bootstrap of the ~43k-entity snapshot (the one ``run.py`` builds from the corpus) into an
   empty mirror, from the same JSON bytes, as a ratio to ``orjson.loads`` (goal <= 2x), median of
   interleaved rounds;
3. ``mirror.to_json()`` of that snapshot (a deep copy of the state) as a ratio to ``orjson.dumps``
   of the parsed snapshot (goal <= 1.5x), the same method as section 2b of ``run.py`` but timed
   in CPU time of this thread (``time.thread_time``: what other processes on the machine do is
   not counted), median of 21 interleaved rounds.
"""

from __future__ import annotations

import copy
import functools
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CORPUS, snapshot

from tradovate.realtime.mirror import Change, Mirror

ROUNDS = 9
FRAME = 100


def events(data: dict[str, Any], count: int) -> list[dict[str, Any]]:
    """``count`` props ``d`` objects shaped like a busy session: every order advances, fills and
    reports arrive, positions and balances move (timestamps grow, so each applies)."""
    base = orjson.loads(CORPUS.read_bytes())
    orders = data["orders"]
    positions = data["positions"]
    balances = data["cashBalances"]
    statuses = ["Working", "PendingReplace", "Working", "PendingCancel", "Filled"]
    out: list[dict[str, Any]] = []
    next_id = 9_000_000_000_000
    i = 0
    while len(out) < count:
        kind = i % 8
        if kind in (0, 1):
            order = dict(orders[i % len(orders)])
            order["ordStatus"] = statuses[(i // len(orders)) % 4]
            out.append({"entityType": "order", "eventType": "Updated", "entity": order})
        elif kind == 2:
            fill = copy.deepcopy(base["fills"][0])
            fill["id"] = next_id
            fill["orderId"] = orders[i % len(orders)]["id"]
            out.append({"entityType": "fill", "eventType": "Created", "entity": fill})
        elif kind == 3:
            report = copy.deepcopy(base["executionReports"][0])
            report["id"] = next_id
            report["orderId"] = orders[i % len(orders)]["id"]
            out.append({"entityType": "executionReport", "eventType": "Created", "entity": report})
        elif kind == 4:
            version = copy.deepcopy(base["orderVersions"][1])
            version["id"] = next_id
            version["orderId"] = orders[i % len(orders)]["id"]
            out.append({"entityType": "orderVersion", "eventType": "Created", "entity": version})
        elif kind == 5:
            position = dict(positions[i % len(positions)])
            position["timestamp"] = (
                f"2026-11-2{1 + i // 10_000_000}T{(i // 3600) % 24:02}:{(i // 60) % 60:02}:{i % 60:02}.{i % 1000:03}Z"
            )
            position["netPos"] = i % 7
            out.append({"entityType": "position", "eventType": "Updated", "entity": position})
        elif kind == 6:
            balance = dict(balances[i % len(balances)])
            balance["timestamp"] = (
                f"2026-11-2{1 + i // 10_000_000}T{(i // 3600) % 24:02}:{(i // 60) % 60:02}:{i % 60:02}Z"
            )
            balance["amount"] = 50_000 + i
            out.append({"entityType": "cashBalance", "eventType": "Updated", "entity": balance})
        else:
            command = copy.deepcopy(base["commands"][0])
            command["id"] = next_id
            command["orderId"] = orders[i % len(orders)]["id"]
            command["clOrdId"] = f"bench-{i}"
            out.append({"entityType": "command", "eventType": "Created", "entity": command})
        next_id += 1
        i += 1
    return out


def count_change(seen: list[int], change: Change) -> None:
    seen[0] += 1


def events_per_second(raw: bytes, frames: list[bytes], observed: bool) -> tuple[float, float, float, float]:
    """(events applied per second: median and best of 5 runs, events parsed and applied per
    second: median, time applying / time parsing with orjson: median).

    As on the socket, each frame (100 ``props`` events) is parsed just before its events are
    applied; the first figure counts the applying only."""
    applying: list[float] = []
    overall: list[float] = []
    versus: list[float] = []  # applying / parsing the same events: a figure the machine's load does not move
    for _ in range(5):
        mirror = Mirror()
        mirror.apply_snapshot(raw)
        held = [mirror.order(o.id) for o in mirror.orders()[:100]]  # handles that advance
        seen = [0]
        if observed:
            changes = mirror.changes(maxsize=FRAME * len(frames) + 1)
            mirror.on("order", functools.partial(count_change, seen))
        apply = mirror.apply_props
        loads = orjson.loads
        gc.collect()
        count = 0
        t_apply = t_parse = 0.0
        for frame in frames:
            start = time.perf_counter()
            messages = loads(frame)
            parsed = time.perf_counter()
            for message in messages:
                apply(message["d"], copy=False)  # parsed here, handed over: as the account session does
            t_apply += time.perf_counter() - parsed
            t_parse += parsed - start
            count += len(messages)
        applying.append(count / t_apply)
        overall.append(count / (t_apply + t_parse))
        versus.append(t_apply / t_parse)
        if observed:
            assert len(changes) > 0 and seen[0] > 0
            changes.close()
        del held
    return statistics.median(applying), max(applying), statistics.median(overall), statistics.median(versus)


def calibration() -> float:
    """ns of one loop step with one dict lookup: how fast this machine is right now."""
    table = {"order": 1}
    keys = ["order"] * 100_000
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for key in keys:
            table.get(key)
        best = min(best, time.perf_counter() - start)
    return best / len(keys) * 1e9


def bootstrap_ratio(raw: bytes) -> tuple[float, float, float, list[float]]:
    def boot() -> Mirror:
        mirror = Mirror()
        mirror.apply_snapshot(raw)
        return mirror

    for fn in (boot, lambda: orjson.loads(raw)):
        fn()
    t_boot: list[float] = []
    t_loads: list[float] = []
    for _ in range(ROUNDS):
        for fn, into in ((boot, t_boot), (lambda: orjson.loads(raw), t_loads)):
            gc.collect()
            start = time.perf_counter()
            result = fn()
            into.append(time.perf_counter() - start)
            del result
    ratios = [a / b for a, b in zip(t_boot, t_loads, strict=True)]
    return min(t_boot), min(t_loads), statistics.median(ratios), ratios


def to_json_ratio(raw: bytes) -> tuple[float, float, float, list[float]]:
    mirror = Mirror()
    mirror.apply_snapshot(raw)
    plain = orjson.loads(raw)
    sides: tuple[Callable[[], object], ...] = (mirror.to_json, lambda: orjson.dumps(plain))
    for fn in sides:
        fn()  # the first to_json looks at every entity's shape
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(21):
        for fn, into in zip(sides, times, strict=True):
            gc.collect()
            start = time.thread_time()
            result = fn()
            into.append(time.thread_time() - start)
            del result
    ratios = [a / b for a, b in zip(*times, strict=True) if b > 0]
    return statistics.median(times[0]), statistics.median(times[1]), statistics.median(ratios), ratios


def main() -> None:
    data = snapshot()
    raw = orjson.dumps(data)
    entities = sum(len(v) for v in data.values())
    print(f"snapshot: {entities} entities, {len(raw) / 1e6:.1f} MB of JSON; python {sys.version.split()[0]}")
    print()

    stream = events(data, 200_000)
    check = Mirror()
    check.apply_snapshot(raw)
    for d in stream:
        check.apply_props(d)
    assert check.count() > entities
    frames = [
        orjson.dumps([{"e": "props", "d": d} for d in stream[i : i + FRAME]]) for i in range(0, len(stream), FRAME)
    ]
    del check, stream
    print(f"machine: one loop step with a dict lookup takes {calibration():.0f} ns right now")
    bare, bare_best, bare_all, bare_ratio = events_per_second(raw, frames, observed=False)
    watched, watched_best, watched_all, watched_ratio = events_per_second(raw, frames, observed=True)
    print(f"1. props events applied per second, one core (goal >= 200k/s), {FRAME * len(frames)} events, 5 runs")
    print("   (frames of 100 events parsed just before applying; 'with parsing' adds orjson.loads of the frames)")
    for label, median, best, overall, ratio in (
        ("nobody observing", bare, bare_best, bare_all, bare_ratio),
        ("a change stream + an order callback", watched, watched_best, watched_all, watched_ratio),
    ):
        print(
            f"   {label:36} median {median / 1e3:4.0f}k/s ({1e9 / median:.0f} ns/event), best {best / 1e3:.0f}k/s,"
            f" with parsing {overall / 1e3:.0f}k/s; applying = {ratio:.2f}x orjson.loads of the events"
        )
    print()

    t_boot, t_loads, median, ratios = bootstrap_ratio(raw)
    print("2. bootstrap of the snapshot into an empty mirror vs orjson.loads of the same bytes (goal <= 2x)")
    print(f"   Mirror().apply_snapshot(raw)   {t_boot * 1e3:8.1f} ms  ({t_boot / entities * 1e9:.0f} ns/entity)")
    print(f"   orjson.loads(raw)              {t_loads * 1e3:8.1f} ms")
    print(
        f"   ratio median {median:.2f}x over {ROUNDS} interleaved rounds (spread {min(ratios):.2f}-{max(ratios):.2f}x)"
    )
    print()

    t_json, t_dumps, median, ratios = to_json_ratio(raw)
    print("3. mirror.to_json() of the snapshot vs orjson.dumps of the parsed snapshot (goal <= 1.5x), CPU time")
    print(f"   mirror.to_json()               {t_json * 1e3:8.2f} ms (median)")
    print(f"   orjson.dumps(plain)            {t_dumps * 1e3:8.2f} ms (median)")
    print(
        f"   to_json/dumps: median {median:.2f}x of 21 interleaved rounds, spread {min(ratios):.2f}-{max(ratios):.2f}x"
    )


if __name__ == "__main__":
    main()
