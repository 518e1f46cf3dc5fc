"""``tradovate org-sync`` (a worker) and ``tradovate org-watch`` (a consumer mirror).

    export TRADOVATE_USERNAME=... TRADOVATE_PASSWORD=...     # a user who may sync the organisation
    tradovate org-sync --engine redis://127.0.0.1:6379 --shards 8 --prefer 0,1
    tradovate org-watch --engine redis://127.0.0.1:6379 --every 5

Hosts and credentials as for every ``tradovate`` command (``--env``, ``--rest-url``/``--ws-url``
or ``TRADOVATE_*_URL``; credentials only from the environment). Every worker and watcher of one
deployment uses the same ``--partitions`` and ``--prefix``. ``org-sync`` prints one JSON line of
figures every ``--every`` seconds; ``org-watch`` prints the consumer's figures (applied,
repeats, lag p50/p99, ``incomplete``: accounts whose snapshot it still waits for) and, with ``--accounts``, one line per account (orders, working orders,
net position, cash). Both run until ``--for`` seconds passed or SIGINT/SIGTERM; exit 0, 2 on bad
usage, 1 when the engine cannot be reached.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from tradovate.cli_progress import Progress
from tradovate_api import errors

__all__ = ["sync_main", "watch_main"]


def _common(prog: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument(
        "--engine",
        default=os.environ.get("TRADOVATE_ORG_ENGINE"),
        help="redis://… or nats://… (env TRADOVATE_ORG_ENGINE)",
    )
    parser.add_argument(
        "--partitions", type=int, default=16, help="streams / subjects the accounts are spread over (default 16)"
    )
    parser.add_argument("--prefix", default="tvorg", help="names of the streams, subjects, leases (default tvorg)")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between two lines of figures (default 5)")
    parser.add_argument("--for", dest="duration", type=float, default=None, help="stop after this many seconds")
    parser.add_argument(
        "--quiet", action="store_true", help="no start-up progress on stderr (shown only on a terminal)"
    )
    return parser


def _hosts(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--env", choices=["demo", "live"], default="demo", help="Tradovate's demo (default) or live hosts"
    )
    parser.add_argument("--rest-url", help="REST root (env TRADOVATE_REST_URL)")
    parser.add_argument("--ws-url", help="user WebSocket URL (env TRADOVATE_WS_URL)")
    parser.add_argument("--md-url", help=argparse.SUPPRESS)
    parser.add_argument("--replay-url", help=argparse.SUPPRESS)


def _shards(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError("a comma-separated list of shard numbers") from None


def _line(out: TextIO, value: Mapping[str, Any]) -> None:
    out.write(json.dumps(value, separators=(",", ":"), default=str) + "\n")
    out.flush()


async def _until_stopped(duration: float | None, every: float, report: Any) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    start = loop.time()
    try:
        while not stop.is_set():
            left = None if duration is None else duration - (loop.time() - start)
            if left is not None and left <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every if left is None else min(every, left))
            report()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


async def _start_up(worker: Any, progress: Progress) -> None:
    """Until every shard the worker holds has its first snapshot: one line on the terminal (the
    shards held and synced, the messages published), erased once synced or stopped."""
    try:
        while progress.active:
            held = list(worker.held.values())
            synced = sum(1 for shard in held if shard.syncs)
            if held and synced == len(held):
                return
            published = worker.publisher.published
            text = f"tradovate org-sync: {len(held)} of {worker.shards} shards held, {synced} synced, {published} published"
            progress.show(text, now=True)
            await asyncio.sleep(progress.every)
    finally:
        progress.done()


def sync_main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, environ: Mapping[str, str] | None = None
) -> int:
    """``tradovate org-sync``: one worker."""
    parser = _common(
        "tradovate org-sync", "A worker of the organisation sync: shards by lease, published to an engine."
    )
    _hosts(parser)
    parser.add_argument("--shards", type=int, required=True, help="how many shards the organisation is split into")
    parser.add_argument("--prefer", type=_shards, default=[], help="shards to take first, e.g. 0,4")
    parser.add_argument("--max-shards", type=int, default=None, help="hold at most this many shards")
    parser.add_argument("--lease-ttl", type=float, default=6.0, help="seconds a lease lives unrenewed (default 6)")
    parser.add_argument("--capacity", type=int, default=50_000, help="publish buffer, messages (default 50000)")
    parser.add_argument(
        "--linger", type=float, default=0.005, help="seconds a small batch waits to fill (default 0.005)"
    )
    args = parser.parse_args(argv)
    if not args.engine:
        parser.error("--engine (or TRADOVATE_ORG_ENGINE) is required")
    if args.shards < 1:
        parser.error("--shards must be positive")
    if args.linger < 0:
        parser.error("--linger must not be negative")
    return asyncio.run(_sync(args, out or sys.stdout, os.environ if environ is None else environ))


async def _sync(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    from tradovate.cli import UsageError, credentials, environment, token_store  # noqa: PLC0415 - no cycle at import
    from tradovate.session import Session  # noqa: PLC0415

    from .engine import EngineError, open_engine  # noqa: PLC0415
    from .worker import Worker  # noqa: PLC0415

    try:
        login = credentials(environ)
    except UsageError as exc:
        print(f"tradovate org-sync: {exc}", file=sys.stderr)
        return 2
    engine = open_engine(args.engine, partitions=args.partitions, prefix=args.prefix)
    try:
        async with Session(login, environment(args, environ), token_store=token_store(environ)) as session:
            worker = Worker(
                engine, session, shards=args.shards, prefer=args.prefer, max_shards=args.max_shards,
                lease_ttl=args.lease_ttl, capacity=args.capacity, linger=args.linger,
            )  # fmt: skip
            await worker.start()
            shown = asyncio.create_task(_start_up(worker, Progress.on_stderr(args.quiet)))
            try:
                await _until_stopped(args.duration, args.every, lambda: _line(out, worker.stats()))
            finally:
                shown.cancel()
                await worker.close()
    except EngineError as exc:
        print(f"tradovate org-sync: {exc}", file=sys.stderr)
        return 1
    except errors.TradovateError as exc:
        print(f"tradovate org-sync: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        await engine.close()
    return 0


def watch_main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, environ: Mapping[str, str] | None = None
) -> int:
    """``tradovate org-watch``: a consumer mirror and its figures."""
    parser = _common("tradovate org-watch", "A consumer mirror of the organisation, from the engine alone.")
    parser.add_argument("--group", default="org-watch", help="consumer group (one per independent mirror)")
    parser.add_argument("--consumer", default=None, help="this member's name in the group")
    parser.add_argument("--accounts", action="store_true", help="at the end, one line per account")
    args = parser.parse_args(argv)
    if not args.engine:
        parser.error("--engine (or TRADOVATE_ORG_ENGINE) is required")
    return asyncio.run(_watch(args, out or sys.stdout))


def account_summary(mirror: Any, account_id: int) -> dict[str, Any]:
    """One account's line: orders, working orders, net position, cash."""
    orders = mirror.items("order")
    mine = [o for _, o in orders if o.get("accountId") == account_id]
    working = sum(1 for o in mine if o.get("ordStatus") in ("Working", "PendingNew", "PendingReplace", "PendingCancel"))
    net = sum(p.get("netPos", 0) for _, p in mirror.items("position") if p.get("accountId") == account_id)
    cash = [c.get("amount") for _, c in mirror.items("cashBalance") if c.get("accountId") == account_id]
    return {
        "account": account_id,
        "orders": len(mine),
        "working": working,
        "net": net,
        "cash": cash[0] if cash else None,
    }


async def _watch(args: argparse.Namespace, out: TextIO) -> int:
    from .consumer import OrgMirror  # noqa: PLC0415
    from .engine import EngineError, open_engine  # noqa: PLC0415

    engine = open_engine(args.engine, partitions=args.partitions, prefix=args.prefix)
    try:
        watcher = OrgMirror(engine, group=args.group, consumer=args.consumer)
        await watcher.start()
        try:
            await _until_stopped(args.duration, args.every, lambda: _line(out, watcher.stats()))
        finally:
            await watcher.close()
        if args.accounts:
            for account_id, _ in watcher.mirror.items("account"):
                _line(out, account_summary(watcher.mirror, account_id))
    except EngineError as exc:
        print(f"tradovate org-watch: {exc}", file=sys.stderr)
        return 1
    finally:
        await engine.close()
    return 0
