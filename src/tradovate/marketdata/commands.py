"""What the ``tradovate quotes`` / ``tradovate chart`` commands print, without the argument parsing.

The command line (``tradovate/cli.py``) parses its arguments, opens a client
(:meth:`.client.MarketDataClient.from_session`) and calls these:

- :func:`print_quotes`: one JSON object per line per quote update, the contract's running state
  (entries merged across updates) led by its ``symbol`` as asked, with ``"mode"`` when its data
  is not real time (``"Delayed"``: also logged as a warning, once per contract and mode);
  ``{"gap": reason, "lost": n}`` lines where updates may be missing; a stream the server
  refuses after a reconnect ends with ``{"gap": "refused"}`` and :class:`SubscriptionRefused`;
- :func:`print_chart`: the last N bars of a chart (the one in progress included) as JSON lines
  or CSV, paged by :func:`last_elements` when the server sends fewer at once;

Sizes and volumes print as integers when they are whole (``27``, not ``27.0``).
- :func:`print_replay`: check and start a replay session, then its clock as JSON lines
  (``{"t": ..., "s": speed}``), resuming the speed when the server pauses it;
- :func:`bar_spec`: ``"1m"``, ``"5m"``, ``"1h"``, ``"1d"``, ``"tick"`` → a chart description.
"""

from __future__ import annotations

import csv
import datetime
import json
import logging
import re
import shutil
from collections.abc import Callable
from typing import Any, TextIO

from tradovate_api import errors

from ..streams import Gap
from . import plot as pictures
from .charts import ChartDescription, TimeRange
from .client import MarketDataClient
from .encode import tick_to_dict, to_wire
from .errors import SubscriptionRefused
from .replay import ReplayClient
from .subscriptions import Symbol
from .ticks import Tick
from .types import Bar, Quote, ReplayClock

__all__ = ["bar_spec", "last_elements", "print_chart", "print_quotes", "print_replay", "whole_sizes"]

_SPEC = re.compile(r"^(\d+)([mhd])$")
_SIZES = frozenset(
    {"size", "upVolume", "downVolume", "upTicks", "downTicks", "bidVolume", "offerVolume", "bidSize", "askSize"}
)
_log = logging.getLogger("tradovate.marketdata")


def whole_sizes(value: Any) -> Any:
    """JSON-ready ``value`` with sizes and volumes that are whole numbers as ``int``."""
    if isinstance(value, dict):
        return {
            k: int(v) if k in _SIZES and isinstance(v, float) and v.is_integer() else whole_sizes(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [whole_sizes(v) for v in value]
    return value


def bar_spec(text: str) -> ChartDescription:
    """``1m`` (minutes), ``2h`` (hours, as minutes), ``1d`` (daily), ``tick``."""
    if text == "tick":
        return ChartDescription.ticks()
    match = _SPEC.match(text)
    if match is None or int(match.group(1)) < 1:
        raise errors.InvalidRequest("must look like 1m, 5m, 1h, 1d or tick", "bars")
    n, unit = int(match.group(1)), match.group(2)
    if unit == "d":
        if n != 1:
            raise errors.InvalidRequest("daily bars are 1d only", "bars")
        return ChartDescription.daily()
    return ChartDescription.minutes(n * 60 if unit == "h" else n)


def _line(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, separators=(",", ":")) + "\n")
    out.flush()


async def print_quotes(md: MarketDataClient, symbols: list[Symbol], out: TextIO, *, limit: int | None = None) -> int:
    """Stream quotes as JSON lines until ``limit`` lines (or for ever); returns lines written."""
    stream = await md.quotes(*symbols)
    names: dict[int, Symbol] = {}
    for asked in symbols:
        cid = await md.contract_id(asked)
        names.setdefault(cid, asked if isinstance(asked, str) else md.name_of(cid) or asked)
    state: dict[int, Quote] = {}
    told: set[tuple[int, str | None]] = set()
    written = 0
    refused = False
    try:
        async for item in stream:
            if isinstance(item, Gap):
                refused = item.reason == "refused"
                _line(out, {"gap": item.reason, "lost": item.lost})
            else:
                cid = item.contract_id
                current = state.get(cid)
                state[cid] = merged = item if current is None else current.merged(item)
                line = {"symbol": names.get(cid, cid), **to_wire(merged)}
                if cid in stream.degraded:  # read at every line: it follows re-subscriptions
                    line["mode"] = mode = stream.modes.get(cid)
                    if (cid, mode) not in told:
                        told.add((cid, mode))
                        _log.warning("%s: market data is %s, not real time", line["symbol"], mode)
                _line(out, whole_sizes(line))
            written += 1
            if limit is not None and written >= limit:
                return written
    finally:
        await stream.close()
    if refused:  # the server's words were logged by the client when it refused
        raise SubscriptionRefused("md/subscribeQuote", symbols[0], None, "refused after a reconnect; the stream ended")
    return written


async def print_chart(
    md: MarketDataClient,
    symbol: Symbol,
    description: ChartDescription,
    last: int,
    out: TextIO,
    *,
    fmt: str = "json",
    plot: bool = False,
    png: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """The last ``last`` bars (or ticks) as JSON lines or CSV, or (``plot``) as candles for the
    terminal; ``png``: also draw them into that file. Returns rows written (bars drawn).
    ``progress(received, last)`` is called after each request (see :func:`last_elements`)."""
    if fmt not in ("json", "csv"):
        raise errors.InvalidRequest("must be json or csv", "format")
    if (plot or png) and description.underlying_type == "Tick":
        raise errors.InvalidRequest("pictures are drawn from bars, not ticks", "bars")
    elements = await last_elements(md, symbol, description, last, progress)
    if plot or png:
        bars = [b for b in elements if isinstance(b, Bar)]
        if png:
            pictures.plot(bars, png, title=f"{symbol} {description.element_size} {description.underlying_type}")
        if plot:
            width = max(40, shutil.get_terminal_size((100, 24)).columns)
            out.write(f"{symbol}\n{pictures.candles(bars, width=width, height=20)}")
            out.flush()
        return len(bars)
    rows = [tick_to_dict(e) if isinstance(e, Tick) else whole_sizes(to_wire(e)) for e in elements]
    if fmt == "json":
        for row in rows:
            _line(out, row)
    elif rows:
        columns = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(out, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


async def last_elements(
    md: MarketDataClient,
    symbol: Symbol,
    description: ChartDescription,
    last: int,
    progress: Callable[[int, int], None] | None = None,
    *,
    max_pages: int = 1000,
) -> list[Bar] | list[Tick]:
    """The last ``last`` bars (or ticks) of a chart, oldest first, the bar in progress included.

    The server sends at most a moving, undisclosed number of elements per request (the newest
    part of the range), so a longer history is paged: asked again back from the oldest element
    received, for the ones still missing, until ``last`` are in, a request brings nothing new, or
    ``max_pages`` requests were made. ``progress(received, last)`` after each request."""
    bars: dict[datetime.datetime, Bar] = {}
    ticks: dict[int, Tick] = {}
    oldest: datetime.datetime | None = None
    time_range = TimeRange.last(last)
    for _ in range(max_pages):
        chart = await md.chart(symbol, description, time_range)
        try:
            page_bars, page_ticks = chart.bars, chart.ticks
        finally:
            await chart.close()
        before = len(bars) + len(ticks)
        for bar in page_bars:  # a bar already received keeps its first (newest) value
            if oldest is None or bar.timestamp < oldest:
                bars.setdefault(bar.timestamp, bar)
        for tick in page_ticks:
            ticks.setdefault(tick.id, tick)
        stamps = [b.timestamp for b in page_bars] + [t.time for t in page_ticks]
        if stamps:
            oldest = min(stamps) if oldest is None else min(oldest, *stamps)
        received = len(bars) + len(ticks)
        if progress is not None:
            progress(min(received, last), last)
        if received >= last or received == before or oldest is None:
            break
        time_range = TimeRange(closest_timestamp=oldest, as_much_as_elements=last - received + 1)
    if ticks:
        return sorted(ticks.values(), key=lambda t: t.id)[-last:]
    return [bars[t] for t in sorted(bars)][-last:]


async def print_replay(
    replay: ReplayClient,
    start: datetime.datetime,
    out: TextIO,
    *,
    speed: int = 100,
    initial_balance: float | None = None,
    until: datetime.datetime | None = None,
    limit: int | None = None,
) -> int:
    """Start a replay at ``start`` and print its clock until ``until`` (replay time) or ``limit``
    lines; the first line is the session check. Returns clock lines written."""
    check = await replay.check_session(start)
    _line(out, {"checkStatus": check.status, "startTimestamp": to_wire(check.start) if check.start else None})
    if not check.ok:
        raise errors.OperationFailed("replay/checkreplaysession", check.status, f"replay refused: {check.status}")
    await replay.initialize_clock(check.start or start, speed=speed, initial_balance=initial_balance)
    clock = replay.clock()
    written = 0
    try:
        async for item in clock:
            if not isinstance(item, ReplayClock):
                _line(out, {"gap": item.reason, "lost": item.lost})
                continue
            _line(out, to_wire(item))
            written += 1
            if item.speed == 0 and speed:
                await replay.change_speed(speed)  # the server paused us: go on
            if (limit is not None and written >= limit) or (until is not None and item.time >= until):
                break
    finally:
        await clock.close()
    return written
