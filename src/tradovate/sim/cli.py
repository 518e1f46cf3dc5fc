"""The simulator's command line: ``python -m tradovate.sim`` / ``tradovate sim``.

::

    python -m tradovate.sim [--port P] [--md-port Q] [--host H] [--seed N] [--scenario FILE]
                            [--tick SECONDS] [--token-lifetime SECONDS] [--invalid-login 401]
                            [--fill-model touch|queue] [--slippage P] [--fault SPEC]... [--json]
                            [--clock wall|ISO] [--speed X] [--calendar always|cme] [--feed FILE|sample]
                            [--realistic | --fast]

``--port 0`` (the default) and ``--md-port 0`` pick free ports. Once listening it prints its URLs
and the demo login once (with ``--json``: exactly one JSON line, ``{"rest": ..., "ws": ...,
"md": ..., "replay": ..., "login": {...}, "seed": N}``, so scripts can wait for it), then serves
until interrupted (Ctrl-C / SIGTERM), and exits 0.

Time and markets: ``--clock 2026-11-27T17:30:00Z`` starts the virtual clock there (the default
is 2026-11-23T14:00:00Z, a Monday morning in session; ``--clock wall`` follows the computer's
clock); ``--speed 60`` lets a minute of simulated time pass per real second (each market step of
``--tick`` real seconds advances the virtual clock by ``tick x speed``); ``--calendar cme`` turns
on the CME Globex sessions, halts and holidays (:mod:`.calendar`; default ``always`` open);
``--feed FILE`` drives the contracts a recorded file names (``sample``: the shipped ES session;
layout in :mod:`.feed`; with ``--clock wall`` the recording is moved to start now).

Timing of the order trail: realistic by default here (``--realistic``; :data:`.pacing.REALISTIC`):
each ``props`` event in its own frame, seeded millisecond gaps between the answer, the
acknowledgement, the fills, the position and the cash balance, and simulated exchange latency
for insert/modify/cancel — a bot tested here sees the trail as Tradovate sends it. ``--fast``:
the embedded simulator's setting (frames batched, the trail written at once). A scenario's
``"realistic"`` key says the same; the command line wins.

``--fault`` adds a fault: ``KIND[:ENDPOINT][,key=value...]``, e.g.
``--fault status:order/placeorder,status=429,count=2`` or ``--fault shutdown,after_seconds=5``
(kinds in :mod:`.faults`).

A scenario file is one JSON object; every key is optional::

    {
      "seed": 7,
      "realistic": true,                               # the trail's timing (default here: true)
      "clock": {"start": "2026-11-23T14:00:00Z"},      # or "wall"
      "calendar": "cme",                               # or "always" (default); see calendar.py
      "feed": {"path": "session.csv", "align": false}, # recorded market data; see feed.py
      "organization": {"users": [...], "prices": {"ES": 6000.0}},   # see seed.organization
      "tick_interval": 0.25,                           # seconds per market step; 0/null: stepped
      "market": {"step_seconds": 0.25, "volatility": 0.3},
      "engine": {"fill_model": "touch", "slippage": 0.0, "fill_probability": 1.0,
                 "off_tick": "price9"},                # or "strict"; see checks.py
      "auth": {"token_lifetime": 4800, "invalid_login": "errorText",
               "login_failures_before_penalty": 3, "penalty_seconds": 1},
      "limits": {"enabled": false, "backoff_scale": 1.0},   # the spec's x-rate-limit per operation
      "sockets": {"heartbeat_interval": 2.5, "client_timeout": 15, "authorize_timeout": 30,
                  "second_sync": "reject", "latency": {"order/placeorder": 0.05},
                  "split_snapshot": 1, "batch": 1000, "pacing": {"ack": 0.004, "fill": 0.002},
                  "pacing_jitter": 0.5, "sync_without_types": "classic",
                  "double_encode_404": true, "on_violation": "bye"},
      "faults": [{"kind": "status", "endpoint": "order/placeorder", "status": 429, "count": 1},
                 {"kind": "shutdown", "after_seconds": 30, "reasonCode": "Maintenance"}]
    }
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from typing import Any

from .clock import parse_clock
from .faults import parse_fault
from .server import Simulator

__all__ = ["main", "parser"]


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tradovate sim", description="Run a local Tradovate simulator.")
    p.add_argument("--port", type=int, default=0, help="REST + user socket port (0: a free one)")
    p.add_argument("--md-port", type=int, default=0, help="market-data + replay socket port (0: a free one)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--seed", type=int, default=None, help="seed of the market and the engine (default 0)")
    p.add_argument("--scenario", help="scenario file (JSON): seed, clock, market, auth, sockets, faults")
    p.add_argument("--tick", type=float, default=None, help="seconds per market step (default 0.25; 0: stepped)")
    p.add_argument("--token-lifetime", type=float, default=None, help="access token lifetime in seconds")
    p.add_argument("--invalid-login", choices=["errorText", "401"], default=None, help="how bad logins are answered")
    p.add_argument("--fill-model", choices=["touch", "queue"], default=None)
    p.add_argument("--slippage", type=float, default=None, help="probability of one tick of slippage on market fills")
    p.add_argument(
        "--off-tick",
        choices=["price9", "strict"],
        default=None,
        help="a price off the tick grid by float noise: read at 9 decimals (default) or refused",
    )
    p.add_argument("--fault", action="append", default=[], help="KIND[:ENDPOINT][,key=value...] (repeatable)")
    p.add_argument("--clock", help="virtual start time (ISO 8601, e.g. 2026-11-27T17:30:00Z) or 'wall'")
    p.add_argument("--speed", type=float, default=None, help="simulated seconds per real second (default 1)")
    p.add_argument("--calendar", choices=["always", "cme"], default=None, help="market hours (default always open)")
    p.add_argument("--feed", help="recorded market data (CSV/Parquet, see tradovate.sim.feed) or 'sample'")
    timing = p.add_mutually_exclusive_group()
    timing.add_argument(
        "--realistic",
        dest="realistic",
        action="store_true",
        default=None,
        help="the trail one event per frame, with seeded gaps and exchange latency (the default)",
    )
    timing.add_argument("--fast", dest="realistic", action="store_false", help="the trail batched, at once")
    p.add_argument("--json", action="store_true", help="print one JSON line with the URLs once listening")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        faults = [parse_fault(text) for text in args.fault]
    except ValueError as exc:
        print(f"tradovate sim: {exc}", file=sys.stderr)
        return 2
    scenario: dict[str, Any] = {}
    if args.scenario:
        try:
            with open(args.scenario, encoding="utf-8") as f:
                scenario = json.load(f)
        except (OSError, ValueError) as exc:
            print(f"tradovate sim: cannot read the scenario: {exc}", file=sys.stderr)
            return 2
    if args.seed is not None:
        scenario["seed"] = args.seed
    if args.tick is not None:
        scenario["tick_interval"] = args.tick or None
    scenario.setdefault("tick_interval", 0.25)
    if args.off_tick is not None:
        scenario["engine"] = {**scenario.get("engine", {}), "off_tick": args.off_tick}
    try:
        _time_options(scenario, args)
    except ValueError as exc:
        print(f"tradovate sim: {exc}", file=sys.stderr)
        return 2
    scenario["faults"] = [*scenario.get("faults", []), *faults]
    try:
        sim = Simulator(
            host=args.host,
            port=args.port,
            md_port=args.md_port,
            scenario=scenario,
            token_lifetime=args.token_lifetime,
            invalid_login=args.invalid_login,
            fill_model=args.fill_model,
            slippage=args.slippage,
            realistic=args.realistic if args.realistic is not None else bool(scenario.get("realistic", True)),
        )
    except (ValueError, TypeError, OSError, ImportError) as exc:
        print(f"tradovate sim: invalid scenario: {exc}", file=sys.stderr)
        return 2
    try:
        asyncio.run(_serve(sim, args.json))
    except OSError as exc:
        print(f"tradovate sim: cannot listen: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


def _time_options(scenario: dict[str, Any], args: argparse.Namespace) -> None:
    """--clock, --speed, --calendar, --feed into the scenario."""
    if args.clock is not None:
        parse_clock(args.clock)  # ValueError: not a time
        clock = scenario.get("clock")
        scenario["clock"] = {**(clock if isinstance(clock, dict) else {}), "start": args.clock}
    if args.speed is not None:
        if not args.speed > 0:
            raise ValueError("--speed must be positive")
        tick = scenario.get("tick_interval") or 0.25
        scenario["market"] = {**scenario.get("market", {}), "step_seconds": tick * args.speed}
    if args.calendar is not None:
        scenario["calendar"] = args.calendar
    if args.feed is not None:  # a recording cannot be in the present: on the wall clock it starts now
        clock = scenario.get("clock")
        wall = isinstance(clock, dict) and str(clock.get("start", "")).lower() == "wall"
        scenario["feed"] = {"path": args.feed, "align": wall}


async def _serve(sim: Simulator, as_json: bool) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with sim:
        urls = sim.urls()
        if as_json:
            print(json.dumps(urls), flush=True)
        else:
            print(f"Tradovate simulator (seed {sim.seed})", flush=True)
            print(f"  REST           {urls['rest']}")
            print(f"  user socket    {urls['ws']}")
            if "md" in urls:
                print(f"  market data    {urls['md']}")
                print(f"  replay         {urls['replay']}")
            print("  demo login     name=demo password=demo", flush=True)
        await stop.wait()
