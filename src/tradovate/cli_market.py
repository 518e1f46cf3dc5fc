"""Market data from the command line: ``tradovate quotes``, ``chart``, ``replay``.

    tradovate quotes ESZ6 NQZ6 --limit 10            # JSON lines, led by the symbol asked
    tradovate chart ESZ6 --bars 5m --last 2000       # JSON lines (--format csv, --plot, --png F)
    tradovate replay --start 2026-11-02T14:30:00Z --speed 200 --limit 5

What is printed is :mod:`.marketdata.commands`; this module parses and connects. A chart longer
than the server sends at once is paged (several requests); the pages received are shown on
stderr when it is a terminal (:mod:`.cli_progress`; ``--quiet``: not).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
from collections.abc import Mapping
from typing import Any, TextIO

from . import cli_runtime as runtime
from .cli_progress import Progress
from .cli_session import connected, run_async
from .marketdata import commands
from .marketdata.client import MarketDataClient
from .marketdata.replay import ReplayClient

__all__ = ["register", "symbol", "timestamp"]


def symbol(text: str) -> str | int:
    """A contract by name (``ESZ6``) or id (``1234``)."""
    return int(text) if text.isdigit() else text


def timestamp(text: str) -> datetime.datetime:
    """An ISO 8601 time with its offset (``2026-11-02T14:30:00Z``)."""
    value = datetime.datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError("give the time zone, e.g. 2026-11-02T14:30:00Z")
    return value


async def quotes(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    """Quotes until ``--limit`` lines or ``--for`` seconds from the start, connecting included
    (not connected by then: :class:`NotConnected`)."""
    loop = asyncio.get_running_loop()
    end = None if args.seconds is None else loop.time() + args.seconds
    async with (
        connected(args, environ, MarketDataClient.from_session, args.seconds) as md,
        runtime.running_for(None if end is None else max(0.0, end - loop.time())),  # once connected
    ):
        await commands.print_quotes(md, [symbol(s) for s in args.symbols], out, limit=args.limit)
    return 0


async def chart(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    description = commands.bar_spec(args.bars)
    progress = Progress.on_stderr(args.quiet)
    unit = "ticks" if description.underlying_type == "Tick" else "bars"
    pages = 0

    def paged(received: int, wanted: int) -> None:  # drawn only while more requests follow
        nonlocal pages
        pages += 1
        if received < wanted:
            progress.show(f"{args.symbol}: {received:,} of {wanted:,} {unit} ({pages} requests so far)")

    try:
        async with connected(args, environ, MarketDataClient.from_session) as md:
            await commands.print_chart(
                md,
                symbol(args.symbol),
                description,
                args.last,
                out,
                fmt=args.format,
                plot=args.plot,
                png=args.png,
                progress=paged if progress.active else None,
            )
    finally:
        progress.done()
    return 0


async def replay(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
    async with connected(args, environ, ReplayClient.from_session) as client:
        await commands.print_replay(
            client, args.start, out, speed=args.speed, initial_balance=args.balance, until=args.until, limit=args.limit
        )
    return 0


def register(commands_: Any) -> None:
    """Add ``quotes``, ``chart`` and ``replay`` to the command line's subparsers."""
    quotes_ = commands_.add_parser("quotes", help="stream quotes, one JSON line per update")
    quotes_.add_argument("symbols", nargs="+", metavar="SYMBOL", help="contract name (ESZ6) or id")
    quotes_.add_argument("--limit", type=runtime.COUNT, help="stop after this many lines")
    quotes_.add_argument("--for", dest="seconds", type=runtime.SECONDS, metavar="SECONDS", help="stop after this long")
    quotes_.set_defaults(run=run_async(quotes))

    chart_ = commands_.add_parser("chart", help="the last bars of a chart, as JSON lines or CSV")
    chart_.add_argument("symbol", metavar="SYMBOL")
    chart_.add_argument("--bars", default="1m", help="1m, 5m, 1h, 1d or tick (default 1m)")
    chart_.add_argument(
        "--last",
        type=runtime.number(int, 1, 100_000),
        default=100,
        metavar="N",
        help="how many bars, the one in progress included (default 100); paged when the server sends fewer at once",
    )
    chart_.add_argument("--format", choices=["json", "csv"], default="json")
    chart_.add_argument("--plot", action="store_true", help="draw candles in the terminal instead of printing rows")
    chart_.add_argument("--png", metavar="FILE", help="draw the bars into a PNG file (the plot extra: matplotlib)")
    chart_.set_defaults(run=run_async(chart))

    replay_ = commands_.add_parser("replay", help="start a market replay and print its clock")
    replay_.add_argument("--start", type=timestamp, required=True, help="replay start, ISO 8601 with offset")
    replay_.add_argument(
        "--speed", type=runtime.number(int, 0, 400), default=100, help="percent of real time, 0-400 (default 100)"
    )
    replay_.add_argument(
        "--balance", type=runtime.number(float, 0, above=True), help="initial balance of the replay account"
    )
    replay_.add_argument("--until", type=timestamp, help="stop at this replay time")
    replay_.add_argument("--limit", type=runtime.COUNT, help="stop after this many clock lines")
    replay_.set_defaults(run=run_async(replay))
