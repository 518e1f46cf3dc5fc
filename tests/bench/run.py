"""`make bench`: decoding, encoding and import figures, as ratios measured side by side.

The machines are noisy, so every figure is a ratio of two timings taken in the same run,
interleaved (A, B, A, B, ...), after a warm-up, with the garbage collector in its normal state
and each result kept alive until its timing is taken (so freeing it is not measured). The
ratio uses the best time of each side; the median ratio is printed next to it.

Targets (issue #3): decode <= 1.5x orjson.loads (stretch <= 1.0x); to_dict + orjson.dumps <= 1.5x
orjson.dumps of the plain dict; import of the package with all models <= 150 ms.
"""

from __future__ import annotations

import copy
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from tradovate_api import decode
from tradovate_api.models import Fill, Order, SyncMessage

ROOT = Path(__file__).resolve().parents[2]
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


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    del result
    return elapsed


def side_by_side(a: Callable[[], Any], b: Callable[[], Any], rounds: int = 21) -> tuple[float, float, float]:
    """(best a, best b, median of a/b) over interleaved rounds."""
    for fn in (a, b):
        timed(fn)
    times_a, times_b = [], []
    for _ in range(rounds):
        gc.collect()
        times_a.append(timed(a))
        gc.collect()
        times_b.append(timed(b))
    ratios = [x / y for x, y in zip(times_a, times_b, strict=True)]
    return min(times_a), min(times_b), statistics.median(ratios)


def small_ratio(a: Callable[[], Any], b: Callable[[], Any], number: int = 20000) -> float:
    """One side-by-side ratio of many calls each (small messages)."""
    ta = min(timeit.repeat(a, number=number, repeat=3))
    tb = min(timeit.repeat(b, number=number, repeat=3))
    return ta / tb


def import_time(code: str, rounds: int = 9) -> float:
    """Best wall time of a fresh interpreter running ``code``, minus an empty interpreter."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def run(snippet: str) -> float:
        best = float("inf")
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", snippet], check=True, env=env)
            best = min(best, time.perf_counter() - start)
        return best

    return run(code) - run("pass")


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
    print("0. small messages vs orjson.loads of the same bytes (targets: entity <= 2x, 40 entities <= 2x)")
    for label, cls, obj in [
        ("one order", Order, corpus["orders"][0]),
        ("one fill", Fill, corpus["fills"][0]),
        ("40-entity sync message", SyncMessage, {k: v[:4] for k, v in corpus.items()}),
    ]:
        small = orjson.dumps(obj)
        ratios = [
            small_ratio(lambda c=cls, b=small: decode(c, b), lambda b=small: orjson.loads(b))  # type: ignore[misc]
            for _ in range(9)
        ]
        print(f"   {label:24} median {statistics.median(ratios):.2f}x (spread {min(ratios):.2f}-{max(ratios):.2f}x)")
    print()

    t_decode, t_loads, median = side_by_side(lambda: decode(SyncMessage, raw), lambda: orjson.loads(raw))
    print("1. typed decode of the snapshot vs orjson.loads of the same bytes (target <= 1.5x, stretch <= 1.0x)")
    print(f"   decode(SyncMessage, raw)  {t_decode * 1e3:8.1f} ms  ({t_decode / entities * 1e9:.0f} ns/entity)")
    print(f"   orjson.loads(raw)         {t_loads * 1e3:8.1f} ms")
    print(f"   ratio {t_decode / t_loads:.2f}x (median of rounds {median:.2f}x)")

    t_from_dict, t_loads2, _ = side_by_side(
        lambda: SyncMessage.from_dict(orjson.loads(raw)), lambda: orjson.loads(raw), rounds=5
    )
    print(
        f"   context: SyncMessage.from_dict(orjson.loads(raw)) {t_from_dict * 1e3:.1f} ms = {t_from_dict / t_loads2:.2f}x"
    )
    print()

    model = decode(SyncMessage, raw)
    plain = orjson.loads(raw)
    t_encode, t_dumps, median3 = side_by_side(lambda: orjson.dumps(model.to_dict()), lambda: orjson.dumps(plain))
    print("2. to_dict + orjson.dumps vs orjson.dumps of the equivalent plain dict (target <= 1.5x)")
    print(f"   orjson.dumps(model.to_dict())  {t_encode * 1e3:8.2f} ms")
    print(f"   orjson.dumps(plain)            {t_dumps * 1e3:8.2f} ms")
    print(f"   ratio {t_encode / t_dumps:.2f}x (median of rounds {median3:.2f}x)")
    print()

    lazy = import_time("import tradovate_api, tradovate_api.models")
    sync = import_time("from tradovate_api.models import Fill, Order, SyncMessage")
    client_class = import_time("import tradovate_api; tradovate_api.Tradovate")
    client = import_time("from tradovate_api import Tradovate; Tradovate()")
    first = import_time("from tradovate_api import Tradovate; Tradovate().orders.place")
    every = import_time("import tradovate_api.models as m\nfor name in m.__all__: getattr(m, name)")
    print("3. import time (best of 9 fresh interpreters, minus an empty one; target <= 150 ms)")
    print(f"   import tradovate_api, tradovate_api.models (every model available, loaded on use)  {lazy * 1e3:6.1f} ms")
    print(
        f"   from tradovate_api.models import Fill, Order, SyncMessage (loads the 40 models it uses)        {sync * 1e3:6.1f} ms"
    )
    print(
        f"   import tradovate_api; tradovate_api.Tradovate (httpx, the client class)               {client_class * 1e3:6.1f} ms"
    )
    print(
        f"   from tradovate_api import Tradovate; Tradovate() (and a client object)                {client * 1e3:6.1f} ms"
    )
    print(
        f"   context: Tradovate().orders.place (loads the orders namespace)                        {first * 1e3:6.1f} ms"
    )
    print(
        f"   context: loading all {len(__import__('tradovate_api.models').models.__all__)} models and enums eagerly               {every * 1e3:6.1f} ms"
    )


if __name__ == "__main__":
    main()
