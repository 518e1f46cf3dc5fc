"""Pictures of bars: candles in the terminal (no dependency) and as a PNG (matplotlib, an extra).

    print(candles(chart.bars, width=80, height=20))       # text: one column per bar
    figure = plot(chart.bars, title="ESZ6 1m")            # a matplotlib Figure
    plot(chart.bars, path="esz6.png")                     # ...saved as a PNG

:func:`plot` builds a ``matplotlib.figure.Figure`` directly (no ``pyplot``): no global figure
state, no GUI backend, nothing changed in the process. Bars without prices (a quiet minute) are
skipped. ``marks`` adds points to the picture (entries and exits: ``(time, price, label)``).
"""

from __future__ import annotations

import datetime
import itertools
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .types import Bar

__all__ = ["candles", "plot"]

UP_BODY, DOWN_BODY, WICK, DOJI = "█", "░", "│", "─"


def _priced(bars: Iterable[Bar]) -> list[Bar]:
    out = []
    for bar in bars:
        values = (bar.open, bar.high, bar.low, bar.close)
        if all(isinstance(v, int | float) and math.isfinite(v) for v in values):
            out.append(bar)
    return out


def _label(price: float) -> str:
    text = f"{price:,.2f}"
    return text if len(text) <= 12 else f"{price:.4g}"


def candles(bars: Sequence[Bar], width: int = 80, height: int = 20) -> str:
    """The last bars that fit in ``width`` columns as text candles, ``height`` rows of prices,
    with a price axis on the left and the first and last bar times below."""
    if width < 20 or height < 4:
        raise ValueError("a candle plot needs at least 20 columns and 4 rows")
    priced = _priced(bars)
    if not priced:
        return "(no priced bars)\n"
    axis = max(len(_label(b.high or 0.0)) for b in priced) + 1
    shown = priced[-max(1, width - axis - 1) :]
    # the box holds every price shown (a bar whose close lies outside its high/low included)
    every = [float(v or 0.0) for b in shown for v in (b.open, b.high, b.low, b.close)]
    top, bottom = max(every), min(every)
    span = (top - bottom) or 1.0

    def row(price: float) -> int:  # 0 is the top row; clamped as a float (huge spans overflow)
        return round(min(height - 1.0, max(0.0, (top - price) / span * (height - 1))))

    grid = [[" "] * len(shown) for _ in range(height)]
    for x, bar in enumerate(shown):
        o, h, lo, c = (float(v or 0.0) for v in (bar.open, bar.high, bar.low, bar.close))
        for y in range(row(h), row(lo) + 1):
            grid[y][x] = WICK
        body_top, body_bottom = row(max(o, c)), row(min(o, c))
        for y in range(body_top, body_bottom + 1):
            grid[y][x] = DOJI if o == c else UP_BODY if c > o else DOWN_BODY
    lines = []
    for y, cells in enumerate(grid):
        label = _label(top - span * y / (height - 1)) if y in (0, height // 2, height - 1) else ""
        lines.append(label.rjust(axis - 1) + " ┤" + "".join(cells))
    first, last = shown[0].timestamp, shown[-1].timestamp
    times = f"{_time(first)}{' ' * max(1, len(shown) - 2 * len(_time(first)))}{_time(last)}"
    lines.append(" " * (axis + 1) + times)
    return "\n".join(line[:width] for line in lines) + "\n"


def _time(value: datetime.datetime) -> str:
    return value.strftime("%H:%M")


def plot(
    bars: Sequence[Bar],
    path: str | Path | None = None,
    *,
    title: str | None = None,
    marks: Iterable[tuple[datetime.datetime, float, str]] = (),
    size: tuple[float, float] = (10.0, 5.0),
) -> Figure:
    """Candles as a matplotlib ``Figure`` (saved as a PNG to ``path`` when given). Needs the
    ``plot`` extra (matplotlib)."""
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - an optional extra, loaded on use
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("chart pictures need matplotlib: pip install 'tradovate-partner[plot]'") from exc
    priced = _priced(bars)
    figure = Figure(figsize=size, dpi=100)
    axes: Any = figure.add_subplot()
    if len(priced) > 1:
        step = min((b.timestamp - a.timestamp).total_seconds() for a, b in itertools.pairwise(priced))
        width = max(step, 1.0) / 86400 * 0.7  # in days, matplotlib's date unit
    else:
        width = 0.0005
    for bar in priced:
        o, h, lo, c = (float(v or 0.0) for v in (bar.open, bar.high, bar.low, bar.close))
        color = "#1a9850" if c >= o else "#d73027"
        axes.vlines(bar.timestamp, lo, h, color=color, linewidth=1)
        axes.bar(bar.timestamp, max(abs(c - o), 1e-9), width=width, bottom=min(o, c), color=color)
    for when, price, label in marks:
        axes.plot([when], [price], marker="^" if label.lower().startswith("b") else "v", color="#2c7bb6")
        axes.annotate(label, (when, price), textcoords="offset points", xytext=(4, 4), fontsize=8)
    axes.set_ylabel("price")
    axes.grid(True, alpha=0.3)
    if title:
        axes.set_title(title)
    figure.autofmt_xdate()
    if path is not None:
        figure.savefig(str(path), format="png")
    return figure
