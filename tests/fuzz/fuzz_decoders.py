"""`make fuzz`: mutated payloads at every decoder; every failure must be a TradovateError.

Seeds are a valid payload of every model (``tests/samples.py``, from the spec) and the entities
of ``tests/corpus/``. Each payload is a seed broken by one to four mutations (see
``mutations.py``) and is thrown at every decoder of its model:

- ``decode``         ``tradovate_api.codec.decode`` (bytes, str, bytearray or memoryview)
- ``decode_list``    ``tradovate_api.codec.decode_list`` (the payload in an array, or as is)
- ``from_dict``      ``Model.from_dict`` of the stdlib-parsed payload, or of a non-JSON object
- ``tolerant``       the model's tolerant path (what ``decode`` falls back to)
- ``loads``          ``tradovate_api._codec.loads``
- ``response``       ``Operation.response`` of an operation returning the model (a 200 answer)

and the first value decoded from each payload goes through ``to_dict``, ``encode`` and ``repr``. One payload in ten
is decoded in strict drift mode. Every payload is decoded under three interpreters' setups:
msgspec installed (the typed fast path), orjson only, and the standard library only (imports
blocked before the package loads), each on every core; its outcomes (``ok`` or the error type, for
every decoder in order) must be identical in the three.

Exit status 1 if any exception is not a ``tradovate_api.errors.TradovateError``, or if a payload's
outcomes differ between the setups; the first few of each are printed with their reproduction
(``--chunk``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CHUNK = 2000  # payloads per task
MODES = ("msgspec", "orjson", "stdlib")  # every payload runs under each library setup
SAMPLES_PER_KIND = 3

# ---------------------------------------------------------------------------------------------
# Seeds (built once, in the parent)


def build_seeds() -> list[tuple[str, str]]:
    """``(model name, JSON text)`` of every seed payload."""
    sys.path[:0] = [str(ROOT / "codegen"), str(ROOT / "tests")]
    import tradovate_api.models as models
    from tradovate_api._codec import List, Model, ModelRef

    import bundle
    from samples import Samples

    doc = bundle.bundle(ROOT / "spec")
    samples = Samples(doc)
    names = [
        n for n in models.__all__ if isinstance(getattr(models, n), type) and issubclass(getattr(models, n), Model)
    ]
    seeds = [(name, json.dumps(samples.of(name))) for name in names if name in samples.schemas]
    sync = json.loads((ROOT / "tests" / "corpus" / "sync_snapshot.json").read_text())
    seeds.append(("SyncMessage", json.dumps(sync)))
    by_key = {f.key: f.kind for f in models.SyncMessage._spec.fields}
    for key, items in sync.items():
        kind = by_key.get(key)
        if isinstance(kind, List) and isinstance(kind.item, ModelRef):
            seeds += [(kind.item.cls.__name__, json.dumps(item)) for item in items]
    for event in json.loads((ROOT / "tests" / "corpus" / "props_events.json").read_text()):
        seeds.append(("PropsEvent", json.dumps(event["d"])))
    for session in json.loads((ROOT / "tests" / "corpus" / "user_sessions.json").read_text()):
        seeds.append(("UserSession", json.dumps(session)))
    return seeds


# ---------------------------------------------------------------------------------------------
# Worker side (a fresh interpreter per library setup: spawn, imports blocked first)

_state: dict[str, Any] = {}


def init_worker(mode: str, seeds: list[tuple[str, str]]) -> None:
    if mode in ("orjson", "stdlib"):
        sys.modules["msgspec"] = None  # type: ignore[assignment]  # import msgspec -> ImportError
    if mode == "stdlib":
        sys.modules["orjson"] = None  # type: ignore[assignment]
    sys.path.insert(0, str(HERE))
    import logging

    import httpx

    import tradovate_api.models as models
    from tradovate_api import _codec, codec, drift, errors
    from tradovate_api._operations import OPERATIONS
    from tradovate_api._transport import WireResponse

    assert (sys.modules.get("msgspec") is not None) == (mode == "msgspec"), mode  # the codec imported it or not
    quiet = logging.getLogger("tradovate_api")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False  # drift warnings: counted below, not printed
    ops: dict[str, list[Any]] = {}
    for op in OPERATIONS.values():
        if op.result:
            ops.setdefault(op.result, []).append(op)
    _state.update(
        mode=mode,
        seeds=seeds,
        donors=[text.encode() for _, text in seeds[:: max(1, len(seeds) // 64)]],
        classes={name: getattr(models, name) for name, _ in seeds},
        ops=ops,
        codec=codec,
        _codec=_codec,
        drift=drift,
        errors=errors,
        headers=httpx.Headers({"content-type": "application/json"}),
        WireResponse=WireResponse,
    )


def respond(op: Any, wire: Any) -> Any:
    """``Operation.response`` keeps the error on the response; raised here to be counted."""
    response = op.response(wire)
    if response.error is not None:
        raise response.error
    return response.parsed


NOT_JSON: list[Any] = [None, 1, "x", b"{}", [], [{}], (1,), {1, 2}, object(), 1.5, True]


def run_chunk(task: tuple[int, int, int]) -> dict[str, Any]:
    """Mutate and decode ``count`` payloads from the chunk's own seed; return the tallies."""
    base, index, count = task
    from mutations import Mutator

    st = _state
    codec, _codec, drift, errors = st["codec"], st["_codec"], st["drift"], st["errors"]
    rng = random.Random(base * 1_000_003 + index)
    mutator = Mutator(rng, st["donors"])
    calls: Counter[str] = Counter()
    outcomes: Counter[tuple[str, str]] = Counter()
    mutations: Counter[str] = Counter()
    samples: list[dict[str, Any]] = []
    seen: Counter[tuple[str, str]] = Counter()
    current: dict[str, Any] = {}
    signatures: list[str] = []  # per payload: every decoder's outcome, in order
    trail: list[str] = []

    def attempt(decoder: str, fn: Any, *args: Any) -> Any:
        calls[decoder] += 1
        try:
            result = fn(*args)
        except errors.TradovateError as exc:
            outcomes[(decoder, type(exc).__name__)] += 1
            trail.append(f"{decoder}:{type(exc).__name__}")
            return None
        except Exception as exc:  # the failures this fuzzer exists to find
            kind = (decoder, type(exc).__name__)
            outcomes[(decoder, "UNTYPED " + type(exc).__name__)] += 1
            trail.append(f"{decoder}:UNTYPED {type(exc).__name__}")
            seen[kind] += 1
            if seen[kind] <= SAMPLES_PER_KIND:
                samples.append(
                    {
                        "decoder": decoder,
                        "error": f"{type(exc).__name__}: {str(exc)[:200]}",
                        "chunk": (base, index),
                        **current,
                    }
                )
            return None
        outcomes[(decoder, "ok")] += 1
        trail.append(f"{decoder}:ok")
        return result

    def after(decoder: str, value: Any) -> None:
        """The first decoded value of a payload is also turned back into JSON and printed."""
        if current["checked"]:
            return
        if isinstance(value, list):
            value = value[-1] if value else None
        if isinstance(value, _codec.Model):
            current["checked"] = True
            attempt("to_dict", value.to_dict)
            attempt("encode", codec.encode, value)
            attempt("repr", repr, value)

    for n in range(count):
        name, text = rng.choice(st["seeds"])
        cls = st["classes"][name]
        what, value, raw = mutator.mutate(json.loads(text))
        mutations.update(what.split("+"))
        current.update(model=name, mutations=what, payload=n, raw=raw[:240], checked=False)
        strict = rng.random() < 0.1
        with drift.strict() if strict else contextlib.nullcontext():
            form = rng.random()
            if form < 0.7:
                arg: Any = raw
            elif form < 0.85:
                arg = raw.decode("utf-8", "surrogateescape")
            elif form < 0.95:
                arg = bytearray(raw)
            else:
                arg = memoryview(raw)
            after("decode", attempt("decode", codec.decode, cls, arg))
            listed = raw if rng.random() < 0.3 else b"[" + raw + b"," + raw + b"]"
            after("decode_list", attempt("decode_list", codec.decode_list, cls, listed))
            if value is None:
                try:
                    value = json.loads(raw)  # the stdlib takes NaN, huge integers, lone surrogates
                except (ValueError, RecursionError):
                    value = rng.choice(NOT_JSON)
            after("from_dict", attempt("from_dict", cls.from_dict, value))
            after("tolerant", attempt("tolerant", cls._spec._tolerant_from_json, raw))
            attempt("loads", _codec.loads, raw, "fuzz")
            ops = st["ops"].get(name)
            if ops:
                op = rng.choice(ops)
                wire = st["WireResponse"](status=200, headers=st["headers"], content=raw, elapsed=0.0)
                after("response", attempt("response", respond, op, wire))
        signatures.append(" ".join(trail))
        trail.clear()
        if n % 200 == 0:
            drift.reset()  # unknown keys are counted per name: keep the worker's memory flat
    drift.reset()
    return {
        "calls": calls,
        "outcomes": outcomes,
        "mutations": mutations,
        "samples": samples,
        "payloads": count,
        "signatures": signatures,
    }


# ---------------------------------------------------------------------------------------------
# Parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--payloads", type=int, default=333_334, help="distinct payloads (each runs 3 times)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--chunk", type=str, help="rerun one chunk: MODE:INDEX (from a failure report)")
    args = parser.parse_args()

    start = time.perf_counter()
    seeds = build_seeds()
    plan: dict[str, list[tuple[int, int, int]]] = {}
    if args.chunk:
        mode, _, index = args.chunk.partition(":")
        modes = MODES if mode == "all" else (mode,)
        plan = {m: [(args.seed, int(index), CHUNK)] for m in modes}
    else:
        tasks = [
            (args.seed, i, min(CHUNK, args.payloads - i * CHUNK)) for i in range((args.payloads + CHUNK - 1) // CHUNK)
        ]
        plan = dict.fromkeys(MODES, tasks)

    calls: Counter[str] = Counter()
    outcomes: Counter[tuple[str, str]] = Counter()
    mutations: Counter[str] = Counter()
    per_mode: Counter[str] = Counter()
    mode_seconds: dict[str, float] = {}
    samples: list[dict[str, Any]] = []
    reference: dict[int, tuple[str, list[str]]] = {}  # chunk -> (first mode, its signatures)
    differ: list[dict[str, Any]] = []
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: imports blocked first
    for mode, tasks in plan.items():
        begun = time.perf_counter()
        with spawn.Pool(args.workers, initializer=init_worker, initargs=(mode, seeds)) as pool:
            for task, result in zip(tasks, pool.imap(run_chunk, tasks), strict=True):
                calls.update(result["calls"])
                outcomes.update(result["outcomes"])
                mutations.update(result["mutations"])
                per_mode[mode] += result["payloads"]
                samples += [{**s, "rerun": f"--seed {task[0]} --chunk {mode}:{task[1]}"} for s in result["samples"]]
                first = reference.setdefault(task[1], (mode, result["signatures"]))
                for n, (a, b) in enumerate(zip(first[1], result["signatures"], strict=True)):
                    if a != b:
                        differ.append(
                            {"payload": n, first[0]: a, mode: b, "rerun": f"--seed {task[0]} --chunk all:{task[1]}"}
                        )
        mode_seconds[mode] = time.perf_counter() - begun
        print(f"  {mode}: {per_mode[mode]:,} payloads in {mode_seconds[mode]:.1f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - start

    report(seeds, per_mode, mode_seconds, calls, outcomes, mutations, seconds, args.workers)
    untyped = {k: v for k, v in outcomes.items() if k[1].startswith("UNTYPED")}
    failed = False
    if untyped:
        print(f"\nUNTYPED FAILURES: {sum(untyped.values()):,}")
        for sample in samples[:40]:
            print(f"  {sample}")
        failed = True
    else:
        print("\nuntyped failures: 0")
    compared = len(plan) > 1
    if differ:
        print(f"PAYLOADS WHOSE OUTCOMES DEPEND ON THE JSON LIBRARY: {len(differ):,}")
        for row in differ[:20]:
            print(f"  {row}")
        failed = True
    elif compared:
        print(f"outcomes identical under {', '.join(plan)} for every payload")
    return 1 if failed else 0


def report(
    seeds: list[tuple[str, str]],
    per_mode: Counter[str],
    mode_seconds: dict[str, float],
    calls: Counter[str],
    outcomes: Counter[tuple[str, str]],
    mutations: Counter[str],
    seconds: float,
    workers: int,
) -> None:
    payloads = sum(per_mode.values())
    models = len({name for name, _ in seeds})
    print(f"make fuzz: {payloads:,} payloads from {len(seeds)} seeds of {models} models")
    print(f"  {seconds:.1f} s on {workers} workers ({payloads / seconds:,.0f} payloads/s)")
    print("  by JSON library: " + ", ".join(f"{m} {n:,} ({mode_seconds[m]:.1f} s)" for m, n in per_mode.items()))
    kinds = sorted({k for _, k in outcomes}, key=lambda k: (k != "ok", k.startswith("UNTYPED"), k))
    width = max(len(k) for k in kinds) if kinds else 2
    print(f"\n  {'decoder':12} {'calls':>10}  outcome")
    for decoder in calls:
        rows = [(k, outcomes[(decoder, k)]) for k in kinds if outcomes[(decoder, k)]]
        first = True
        for kind, count in rows:
            label = f"{decoder:12} {calls[decoder]:>10,}" if first else " " * 23
            print(f"  {label}  {kind:{width}} {count:>10,}")
            first = False
    totals: Counter[str] = Counter()
    for (_, kind), count in outcomes.items():
        totals[kind] += count
    print("\n  all decoders: " + ", ".join(f"{kind} {totals[kind]:,}" for kind in kinds))
    print("  mutations: " + ", ".join(f"{name} {count:,}" for name, count in mutations.most_common()))


if __name__ == "__main__":
    sys.exit(main())
