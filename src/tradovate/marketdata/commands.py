"""What the ``tradovate quotes`` / ``tradovate chart`` commands print, without the argument parsing.

The command line (``tradovate/cli.py``) parses its arguments, opens a client
(:meth:`.client.MarketDataClient.from_session`) and calls these:

- :func:`print_quotes`: one JSON object per line per quote update, the contract's running state
  (entries merged across updates), ``{"gap": reason, "lost": n}`` lines where updates may be
  missing;
- :func:`print_chart`: the last N bars of a chart as JSON lines or CSV;
- :func:`print_replay`: check and start a replay session, then its clock as JSON lines
  (``{"t": ..., "s": speed}``), resuming the speed when the server pauses it;
- :func:`bar_spec`: ``"1m"``, ``"5m"``, ``"1h"``, ``"1d"``, ``"tick"`` → a chart description.
"""

from __future__ import annotations

import csv
import datetime
import json
import re
from typing import Any, TextIO

from tradovate_api import errors

from ..streams import Gap
from .charts import ChartDescription, TimeRange
from .client import MarketDataClient
from .encode import tick_to_dict, to_wire
from .replay import ReplayClient
from .subscriptions import Symbol
from .types import Quote, ReplayClock

__all__ = ["bar_spec", "print_chart", "print_quotes", "print_replay"]

_SPEC = re.compile(r"^(\d+)([mhd])$")


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
    state: dict[int, Quote] = {}
    written = 0
    try:
        async for item in stream:
            if isinstance(item, Gap):
                _line(out, {"gap": item.reason, "lost": item.lost})
            else:
                current = state.get(item.contract_id)
                state[item.contract_id] = merged = item if current is None else current.merged(item)
                _line(out, to_wire(merged))
            written += 1
            if limit is not None and written >= limit:
                break
    finally:
        await stream.close()
    return written


async def print_chart(
    md: MarketDataClient, symbol: Symbol, description: ChartDescription, last: int, out: TextIO, *, fmt: str = "json"
) -> int:
    """The last ``last`` bars (or ticks) as JSON lines or CSV; returns rows written."""
    if fmt not in ("json", "csv"):
        raise errors.InvalidRequest("must be json or csv", "format")
    chart = await md.chart(symbol, description, TimeRange.last(last))
    try:
        if description.underlying_type == "Tick":
            rows = [tick_to_dict(t) for t in chart.ticks[-last:]]
        else:
            rows = [to_wire(b) for b in chart.bars[-last:]]
    finally:
        await chart.close()
    if fmt == "json":
        for row in rows:
            _line(out, row)
    elif rows:
        columns = list(dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(out, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


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
