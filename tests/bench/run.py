"""`make bench`: decoding, encoding and import figures, as ratios measured side by side.

The machines are noisy, so every figure is a ratio of two timings taken in the same run,
interleaved (A, B, A, B, ...), after a warm-up, with the garbage collector in its normal state
and each result kept alive until its timing is taken (so freeing it is not measured). The
ratio uses the best time of each side; the median ratio is printed next to it. Timings are the
CPU time of this thread (``time.thread_time``, as md_bench measures): the machine is shared, and
time spent descheduled is not ours; sections 0-2 print the median ratio of the wall times
beside (``wall``), measured in the same calls.

Targets (issue #17): with msgspec installed, decode(SyncMessage, raw) <= 0.8x orjson.loads of the
same bytes and one order <= 1.5x (the figures with orjson only and with the standard library only
are printed beside, each measured in a process where the package cannot import the others);
to_dict + orjson.dumps <= 1.5x orjson.dumps of the plain dict (<= 2x for one order);
mirror.to_json() <= 1.5x orjson.dumps of the parsed snapshot; import of the package with all
models <= 150 ms.

decode(SyncMessage, ...) builds no field (the snapshot fills its fields, and builds its entities,
on first read) and to_dict keeps the JSON it writes: the figures measure repeated calls, and the
context lines show what a first read of every entity and a first to_dict cost.

``--all`` (what ``make bench`` runs) then runs every other benchmark of this directory, each in
its own process, echoes its output, and ends with one table of the headline figures next to
their goals: mirror_bench, ws_roundtrip, md_bench, sim_bench, rest_bench, sim_fanout. ``--quick`` passes
``--quick`` to those that have it (a smoke run, figures rougher).
"""

from __future__ import annotations

import copy
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import orjson

from tradovate.realtime.mirror import Mirror
from tradovate_api import decode
from tradovate_api.models import Fill, Order, SyncMessage

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = ROOT / "tests" / "corpus" / "sync_snapshot.json"

# How many entities of each collection the benchmark snapshot holds (43,420 in all): an
# account-heavy organisation's sync after a busy day.
SIZES = {
    "orders": 12000,
    "fills": 9000,
    "executionReports": 9000,
    "orderVersions": 6000,
    "positions": 2000,
    "commands": 2000,
    "commandReports": 2000,
    "fillPairs": 1000,
    "cashBalances": 200,
    "accounts": 200,
}


def snapshot() -> dict[str, Any]:
    """A large sync snapshot made of the corpus entities, with distinct ids."""
    base = json.loads(CORPUS.read_text())
    out: dict[str, list[Any]] = {}
    for key, items in base.items():
        count = SIZES.get(key, len(items))
        out[key] = []
        for i in range(count if items else 0):
            entity = copy.deepcopy(items[i % len(items)])
            if "id" in entity:
                entity["id"] += 7 * i
            out[key].append(entity)
    return out


WALL: list[float] = []  # the median wall-time ratio of each side_by_side / small_ratio, in order


def timed(fn: Callable[[], Any], wall: list[float] | None = None) -> float:
    """CPU seconds of this thread running ``fn`` (its wall seconds appended to ``wall``)."""
    start, start_wall = time.thread_time(), time.perf_counter()
    result = fn()
    elapsed, elapsed_wall = time.thread_time() - start, time.perf_counter() - start_wall
    del result
    if wall is not None:
        wall.append(elapsed_wall)
    return elapsed


def side_by_side(
    a: Callable[[], Any], b: Callable[[], Any], rounds: int = 21
) -> tuple[float, float, float, list[float]]:
    """(best a, best b, median of a/b, every a/b) over interleaved rounds."""
    for fn in (a, b):
        timed(fn)
    times_a: list[float] = []
    times_b: list[float] = []
    wall_a: list[float] = []
    wall_b: list[float] = []
    for _ in range(rounds):
        gc.collect()
        times_a.append(timed(a, wall_a))
        gc.collect()
        times_b.append(timed(b, wall_b))
    ratios = [x / y for x, y in zip(times_a, times_b, strict=True)]
    WALL.append(statistics.median(x / y for x, y in zip(wall_a, wall_b, strict=True)))
    return min(times_a), min(times_b), statistics.median(ratios), ratios


def small_ratio(a: Callable[[], Any], b: Callable[[], Any], number: int = 20000) -> float:
    """One side-by-side ratio of many calls each (small messages), CPU time of this thread."""
    pairs = []
    for _ in range(3):
        start_wall = time.perf_counter()
        ta = timeit.timeit(a, number=number, timer=time.thread_time)
        wall_a = time.perf_counter() - start_wall
        start_wall = time.perf_counter()
        tb = timeit.timeit(b, number=number, timer=time.thread_time)
        pairs.append((ta, tb, wall_a / (time.perf_counter() - start_wall)))
    WALL.append(statistics.median(p[2] for p in pairs))
    return min(p[0] for p in pairs) / min(p[1] for p in pairs)


def wall(since: int = 0) -> str:
    """The median wall-time ratio of the measurements made since ``len(WALL)`` was ``since``."""
    found = WALL[since:]
    return f"wall {statistics.median(found):.2f}x" if found else "wall -"


def import_times(code: str, rounds: int = 9) -> list[float]:
    """Wall times of a fresh interpreter running ``code`` minus an empty interpreter, ``rounds``
    pairs run interleaved (one of each after the other), so load on the machine hits both."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def run(snippet: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True, env=env)
        return time.perf_counter() - start

    run(code)
    return [run(code) - run("pass") for _ in range(rounds)]


class Row(NamedTuple):
    """One line of the final table."""

    figure: str
    value: str
    goal: str
    met: bool | None  # None: no goal, or the figure was not found


FIGURES: list[Row] = []


def figure(name: str, value: str, goal: str = "", met: bool | None = None) -> None:
    FIGURES.append(Row(name, value, goal, met))


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def decode_figures(
    raw: bytes, corpus: dict[str, Any], rounds: int = 9, api: Any = None
) -> tuple[list[float], list[float]]:
    """(snapshot ratios, one-order ratios) of decode to orjson.loads of the same bytes."""
    dec, sync_cls, order_cls = (decode, SyncMessage, Order) if api is None else api
    _, _, _, snap = side_by_side(lambda: dec(sync_cls, raw), lambda: orjson.loads(raw), rounds=rounds)
    small = orjson.dumps(corpus["orders"][0])
    one = [small_ratio(lambda: dec(order_cls, small), lambda: orjson.loads(small)) for _ in range(rounds)]
    return snap, one


def library_mode(mode: str) -> None:
    """``--decode-mode orjson|stdlib``: print the decode figures of the package when it can import
    only orjson (or neither orjson nor msgspec); the reference stays orjson.loads."""
    for name in [n for n in sys.modules if n.split(".")[0] in ("tradovate", "tradovate_api", "msgspec")]:
        del sys.modules[name]  # loaded again below, without the blocked libraries
    for name in ("msgspec", "orjson") if mode == "stdlib" else ("msgspec",):
        sys.modules[name] = None  # type: ignore[assignment]  # the package's import of it fails
    import tradovate_api._json as parsing
    from tradovate_api import decode as dec
    from tradovate_api.models import Order as order_cls
    from tradovate_api.models import SyncMessage as sync_cls

    found = vars(parsing)
    assert found["_msgspec"] is None
    assert mode != "stdlib" or found["_loads"] is found["_stdlib_loads"]
    raw = orjson.dumps(snapshot())
    snap, one = decode_figures(raw, json.loads(CORPUS.read_text()), 5, (dec, sync_cls, order_cls))
    print(f"decode-mode {mode}: snapshot {spread(snap)}x one order {spread(one)}x")


def other_libraries() -> None:
    """The decode figures with orjson only and with the standard library only (own processes)."""
    for mode in ("orjson", "stdlib"):
        done = subprocess.run(
            [sys.executable, __file__, "--decode-mode", mode], capture_output=True, text=True, check=True
        )
        line = done.stdout.strip().splitlines()[-1]
        print(f"   {line}")
        found = re.search(r"snapshot (.+?)x one order (.+?)x$", line)
        if found:
            figure(f"decode snapshot / orjson.loads, {mode} only", found[1] + "x", "reported")
            figure(f"decode one order / orjson.loads, {mode} only", found[2] + "x", "reported")


def main() -> None:
    # Bytecode must exist, as it does in any installed package (this environment sets
    # PYTHONDONTWRITEBYTECODE, which would otherwise make every import compile from source).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generated" / "tradovate_api")], check=True)

    data = snapshot()
    raw = orjson.dumps(data)
    entities = sum(len(v) for v in data.values())
    print(f"snapshot: {entities} entities, {len(raw) / 1e6:.1f} MB of JSON")
    print(f"python {sys.version.split()[0]}, orjson {orjson.__version__}")
    try:
        import msgspec

        print(f"msgspec {msgspec.__version__} (decode parses with it)")
    except ImportError:
        print("msgspec not installed (decode parses with orjson)")
    print()

    # Date-times are written back in the client's spelling (the instant is kept).
    assert decode(SyncMessage, raw) == SyncMessage.from_dict(data)

    corpus = json.loads(CORPUS.read_text())
    print("0. small messages vs orjson.loads of the same bytes (targets: one order <= 1.5x, others <= 2x)")
    for label, cls, obj, goal in [
        ("one order", Order, corpus["orders"][0], 1.5),
        ("one fill", Fill, corpus["fills"][0], 2),
        ("40-entity sync message", SyncMessage, {k: v[:4] for k, v in corpus.items()}, 2),
    ]:
        small = orjson.dumps(obj)
        mark = len(WALL)
        ratios = [
            small_ratio(lambda c=cls, b=small: decode(c, b), lambda b=small: orjson.loads(b))  # type: ignore[misc]
            for _ in range(9)
        ]
        print(
            f"   {label:24} median {statistics.median(ratios):.2f}x (spread {min(ratios):.2f}-{max(ratios):.2f}x;"
            f" {wall(mark)})"
        )
        figure(f"decode {label} / orjson.loads", spread(ratios) + "x", f"<= {goal}x", statistics.median(ratios) <= goal)
    print()

    t_decode, t_loads, median, ratios = side_by_side(lambda: decode(SyncMessage, raw), lambda: orjson.loads(raw))
    print("1. typed decode of the snapshot vs orjson.loads of the same bytes (target <= 0.8x with msgspec)")
    print(f"   decode(SyncMessage, raw)  {t_decode * 1e3:8.1f} ms  ({t_decode / entities * 1e9:.0f} ns/entity)")
    print(f"   orjson.loads(raw)         {t_loads * 1e3:8.1f} ms")
    print(f"   ratio {t_decode / t_loads:.2f}x (median of rounds {median:.2f}x; {wall(len(WALL) - 1)})")
    figure(f"decode {entities}-entity snapshot / orjson.loads", spread(ratios) + "x", "<= 0.8x", median <= 0.8)

    def read_all() -> int:
        sync = decode(SyncMessage, raw)
        return sum(len([o.id for o in getattr(sync, f.attr) or ()]) for f in SyncMessage._spec.fields)

    t_read, _, median_read, _ = side_by_side(read_all, lambda: orjson.loads(raw), rounds=5)
    print(f"   context: decode and read a field of every entity {t_read * 1e3:.1f} ms = {median_read:.2f}x (median)")
    other_libraries()

    t_from_dict, t_loads2, _, _ = side_by_side(
        lambda: SyncMessage.from_dict(orjson.loads(raw)), lambda: orjson.loads(raw), rounds=5
    )
    print(
        f"   context: SyncMessage.from_dict(orjson.loads(raw)) {t_from_dict * 1e3:.1f} ms = {t_from_dict / t_loads2:.2f}x"
    )
    print()

    model = decode(SyncMessage, raw)
    plain = orjson.loads(raw)
    t_encode, t_dumps, median3, ratios3 = side_by_side(
        lambda: orjson.dumps(model.to_dict()), lambda: orjson.dumps(plain)
    )
    print("2. to_dict + orjson.dumps vs orjson.dumps of the equivalent plain dict (target <= 1.5x)")
    print(f"   orjson.dumps(model.to_dict())  {t_encode * 1e3:8.2f} ms")
    print(f"   orjson.dumps(plain)            {t_dumps * 1e3:8.2f} ms")
    print(f"   ratio {t_encode / t_dumps:.2f}x (median of rounds {median3:.2f}x; {wall(len(WALL) - 1)})")
    figure("to_dict + orjson.dumps / orjson.dumps of the dict", spread(ratios3) + "x", "<= 1.5x", median3 <= 1.5)
    order = decode(Order, orjson.dumps(corpus["orders"][0]))
    order_plain = corpus["orders"][0]
    mark = len(WALL)
    ratios4 = [small_ratio(lambda: orjson.dumps(order.to_dict()), lambda: orjson.dumps(order_plain)) for _ in range(9)]
    print(
        f"   one order: median {statistics.median(ratios4):.2f}x (spread {min(ratios4):.2f}-{max(ratios4):.2f}x;"
        f" {wall(mark)})"
    )
    figure(
        "to_dict + orjson.dumps / orjson.dumps, one order",
        spread(ratios4) + "x",
        "<= 2x",
        statistics.median(ratios4) <= 2,
    )
    assert isinstance(model.orders, list)
    changed = attrs.evolve(model, orders=list(model.orders))  # written from its fields, entities as sent
    t_changed, _, median5, _ = side_by_side(lambda: orjson.dumps(changed.to_dict()), lambda: orjson.dumps(plain))
    print(f"   context: the same snapshot changed by attrs.evolve {t_changed * 1e3:.2f} ms = {median5:.2f}x (median)")
    fresh = [decode(SyncMessage, raw) for _ in range(6)]
    t_first, _, median7, _ = side_by_side(lambda: orjson.dumps(fresh.pop().to_dict()), lambda: orjson.dumps(plain), 5)
    fresh.clear()
    print(f"   context: the first to_dict of a just decoded snapshot {t_first * 1e3:.2f} ms = {median7:.2f}x (median)")
    floor(raw, plain)
    print()

    mirror = Mirror()
    mirror.apply_snapshot(raw)
    t_json, t_dumps2, median6, ratios6 = side_by_side(mirror.to_json, lambda: orjson.dumps(plain))
    print("2b. mirror.to_json() of the snapshot vs orjson.dumps of the parsed snapshot (target <= 1.5x)")
    print(f"   mirror.to_json()               {t_json * 1e3:8.2f} ms")
    print(f"   orjson.dumps(plain)            {t_dumps2 * 1e3:8.2f} ms")
    print(f"   ratio {t_json / t_dumps2:.2f}x (median of rounds {median6:.2f}x)")
    figure("mirror.to_json() / orjson.dumps of the snapshot", spread(ratios6) + "x", "<= 1.5x", median6 <= 1.5)
    stdlib = lambda: json.dumps(plain, separators=(",", ":"), ensure_ascii=False).encode()  # noqa: E731
    t_bytes, _, median8, _ = side_by_side(mirror.dumps, stdlib, 7)
    print(
        f"   context: mirror.dumps() (bytes encoded straight from the stored values, standard library) {t_bytes * 1e3:.1f} ms"
        f" = {t_bytes / t_dumps2:.1f}x orjson.dumps, {median8:.2f}x json.dumps of the parsed snapshot (median)"
    )
    print()

    print("3. import time: median (spread) of 9 fresh interpreters, each minus an empty one run next to it")
    print("   (target <= 150 ms)")
    every = "import tradovate_api.models as m\nfor name in m.__all__: getattr(m, name)"
    n_models = len(__import__("tradovate_api.models").models.__all__)
    for label, code, short in [
        ("import tradovate_api, tradovate_api.models (every model available, loaded on use)",
         "import tradovate_api, tradovate_api.models", "import tradovate_api, .models"),
        ("from tradovate_api.models import Fill, Order, SyncMessage (loads these and the enums they name; the models inside SyncMessage load on its first decode)",
         "from tradovate_api.models import Fill, Order, SyncMessage", ""),
        ("import tradovate_api; tradovate_api.Tradovate (httpx, the client class)",
         "import tradovate_api; tradovate_api.Tradovate", "import tradovate_api; .Tradovate"),
        ("from tradovate_api import Tradovate; Tradovate() (and a client object)",
         "from tradovate_api import Tradovate; Tradovate()", "... and Tradovate()"),
        ("context: Tradovate().orders.place (loads the orders namespace)",
         "from tradovate_api import Tradovate; Tradovate().orders.place", ""),
        (f"context: loading all {n_models} models and enums eagerly", every, ""),
    ]:  # fmt: skip
        ms = [t * 1e3 for t in import_times(code)]
        print(f"   {label:88} {spread(ms, '{:.0f}')} ms")
        if short:
            figure(f"import time: {short}", spread(ms, "{:.0f}") + " ms", "<= 150 ms", statistics.median(ms) <= 150)


def floor(raw: bytes, plain: dict[str, Any]) -> None:
    """Context of section 2: what a to_dict returning a fresh JSON object can cost at least. Such
    an object shares nothing with the model, so it is a copy of every entity (a new dict each, and
    each ``tradeDate`` inside); here made from the plain parsed snapshot the cheapest way its shape
    allows (the spec's own copy function), timed with the collector on and off (the copies of the
    entities holding a ``tradeDate`` are tracked by it; flat ones are not), and then written by
    orjson and freed as ``orjson.dumps(model.to_dict())`` is (the model: a snapshot just decoded,
    no field read, so that to_dict copies the JSON it keeps)."""
    model = decode(SyncMessage, raw)
    model.to_dict()  # the second call on copies the JSON it kept
    copy_plain = SyncMessage._spec.copy_json
    dumps_plain = lambda: orjson.dumps(plain)  # noqa: E731
    rows = []
    for collector in (True, False):
        if not collector:
            gc.disable()
        try:
            t_copy, t_dumps, _, _ = side_by_side(lambda: copy_plain(plain), dumps_plain, 7)
            t_ours, _, _, _ = side_by_side(model.to_dict, dumps_plain, 7)
            t_write, _, median, _ = side_by_side(lambda: orjson.dumps(copy_plain(plain)), dumps_plain, 7)
        finally:
            gc.enable()
        rows.append((t_copy, t_ours, t_write, t_dumps, median))
    (copy_on, ours_on, write_on, dumps_on, median_on), (copy_off, ours_off, _, _, _) = rows
    print(
        f"   context (the floor): a fresh copy of the plain snapshot {copy_on * 1e3:.1f} ms with the collector on,"
        f" {copy_off * 1e3:.1f} ms off; model.to_dict() {ours_on * 1e3:.1f} / {ours_off * 1e3:.1f} ms;"
    )
    print(
        f"   orjson.dumps of a fresh copy of the plain snapshot (copied, written, freed) {write_on * 1e3:.1f} ms ="
        f" {median_on:.2f}x orjson.dumps(plain) ({dumps_on * 1e3:.1f} ms): no to_dict returning a new dict goes below"
    )
    try:  # bytes need no copy: what a to_json() -> bytes of an unchanged decoded model would cost
        import msgspec

        from tradovate_api._values import _GET_WIRE

        wire = _GET_WIRE(model)
    except (ImportError, AttributeError):
        return
    t_bytes, _, median_bytes, _ = side_by_side(lambda: msgspec.json.encode(wire), dumps_plain, 7)
    print(
        f"   context: the JSON bytes of the unchanged snapshot written from its checked wire value (msgspec, no dict)"
        f" {t_bytes * 1e3:.1f} ms = {median_bytes:.2f}x (a to_json() -> bytes, first call; kept, nothing after)"
    )


# --- the other benchmarks (--all) -----------------------------------------------------------------


def other(script: str, *args: str) -> str:
    """Run ``script`` in its own process, echo its output, return it."""
    print(f"\n=== {script} {' '.join(args)}".rstrip(), flush=True)
    done = subprocess.run([sys.executable, str(HERE / script), *args], capture_output=True, text=True)
    print(done.stdout, end="", flush=True)
    if done.returncode != 0:
        print(done.stderr[-2000:], end="")
        figure(f"{script} FAILED (exit {done.returncode})", "-", "", False)
    return done.stdout


def grab(pattern: str, text: str) -> list[str] | None:
    found = re.search(pattern, text)
    return list(found.groups()) if found else None


def parsed(name: str, values: list[str] | None, render: Callable[[list[float]], tuple[str, str, bool | None]]) -> None:
    if values is None:
        figure(name, "not found in the output above", "", None)
        return
    value, goal, met = render([float(v) for v in values])
    figure(name, value, goal, met)


def run_others(quick: bool) -> None:
    q = ["--quick"] if quick else []
    out = other("mirror_bench.py")
    for label in ("nobody observing", "a change stream + an order callback"):
        parsed(
            f"mirror: props events/s, {label}",
            grab(re.escape(label) + r"\s+median\s+(\d+)k/s.*?best (\d+)k/s", out),
            lambda v: (f"{v[0]:.0f}k/s (best {v[1]:.0f}k/s)", ">= 200k/s", v[0] >= 200),
        )
    parsed(
        "mirror: bootstrap / orjson.loads",
        grab(r"ratio median ([\d.]+)x over \d+ interleaved rounds \(spread ([\d.]+)-([\d.]+)x\)", out),
        lambda v: (f"{v[0]:.2f} ({v[1]:.2f}-{v[2]:.2f})x", "<= 2x", v[0] <= 2),
    )

    out = other("ws_roundtrip.py", *(["--runs", "3", "--n", "500"] if quick else []))
    parsed(
        "socket request round trip / bare websockets echo",
        grab(r"ratio \(median of \d+ runs\) ([\d.]+)x[\s\S]*?ratio of the best runs\s+([\d.]+)x", out),
        lambda v: (f"{v[0]:.2f}x (best runs {v[1]:.2f}x)", "<= 1.3x", v[0] <= 1.3),
    )

    out = other("md_bench.py", *q)
    for label, unit, goal, rate_goal, ratio_goal in [
        ("quote frames -> Quote", "quotes", ">= 400k/s, <= 1.5x", 400, 1.5),
        ("tick packets -> Tick", "ticks", ">= 500k/s", 500, None),
        ("DOM frames -> DomBook", "books", ">= 100k/s", 100, None),
    ]:
        parsed(
            f"md: {label}",
            grab(re.escape(label) + r"\s+(\d+)k " + unit + r"/s.*?ratio ([\d.]+)x \(median ([\d.]+)x\)", out),
            lambda v, g=goal, r=rate_goal, x=ratio_goal: (  # type: ignore[misc]
                f"{v[0]:.0f}k/s, {v[2]:.2f}x orjson (best {v[1]:.2f}x)",
                g,
                v[0] >= r and (x is None or v[2] <= x),
            ),
        )

    out = other("sim_bench.py", *q)
    parsed(
        "sim: orders/s, full trail on a synced socket (AsyncTradovate)",
        grab(r'"sim_orders_per_s": (\d+), "sim_events_per_s": (\d+)', out),
        lambda v: (f"{v[0]:.0f} orders/s, {v[1]:.0f} events/s", "no goal set", None),
    )
    parsed(
        "sim: orders/s, bare aiohttp client",
        grab(r'"sim_orders_per_s_bare_client": (\d+)', out),
        lambda v: (f"{v[0]:.0f} orders/s", "no goal set", None),
    )

    rest_figures(other("rest_bench.py", *q))  # REST through AsyncTradovate per backend (issue 17.1)

    out = other("sim_fanout.py", *q)
    parsed(
        "sim: md fan-out, largest configuration",
        grab(r'"fanout_quotes_per_s": (\d+), "fanout_quotes_per_sim_cpu_s": (\d+), "fanout_config": (\d+)', out),
        lambda v: (f"{v[0]:.0f} quotes/s wall, {v[1]:.0f} per sim CPU-s ({v[2]:.0f} subs)", "no goal set", None),
    )

    __import__("org_bench").report(other("org_bench.py", *q), parsed, grab)  # organisation sync (issue 16)


def rest_figures(out: str) -> None:
    """The headline figures of rest_bench.py (its last line is JSON)."""
    found = re.search(r'^\{"rest": (.*)\}$', out, re.M)
    rest = json.loads(found.group(1)) if found else {}
    for call in ("orders_place", "accounts_list"):
        for client, goal in (("asynctradovate_aiohttp", 0.8), ("asynctradovate_httpx", None)):
            key = f"{call}_{client}"
            if f"{key}_ratio" not in rest:
                figure(f"REST {call}: {client}", "not found in the output above", "", None)
                continue
            figure(
                f"REST {call.replace('_', '.', 1)} sequential, {client.split('_')[1]} / bare aiohttp",
                f"{rest[key + '_ratio']:.2f} ({'-'.join(f'{r:.2f}' for r in rest.get(key + '_ratio_spread', []))})x, "
                f"{rest[key + '_per_s']}/s, client CPU {rest[key + '_cpu_us']} µs "
                f"(bare {rest[call + '_bare_aiohttp_cpu_us']} µs)",
                ">= 0.8x" if goal else "reported",
                rest[key + "_ratio"] >= goal if goal else None,
            )


def table() -> None:
    width = max(len(r.figure) for r in FIGURES)
    vwidth = max(len(r.value) for r in FIGURES)
    print("\n=== summary: median (spread or best), goal\n")
    print(f"{'figure':{width}}  {'measured':{vwidth}}  {'goal':18}  ")
    for r in FIGURES:
        mark = {True: "met", False: "MISSED", None: ""}[r.met]
        print(f"{r.figure:{width}}  {r.value:{vwidth}}  {r.goal:18}  {mark}")


if __name__ == "__main__":
    if "--decode-mode" in sys.argv[1:]:
        library_mode(sys.argv[sys.argv.index("--decode-mode") + 1])
        sys.exit()
    main()
    if "--all" in sys.argv[1:]:
        run_others(quick="--quick" in sys.argv[1:])
        table()
