"""The demo's session as a picture: the price while it traded, the entry and exit fills, the P&L.

``python -m tradovate.demo --png session.png``. Drawn on a ``matplotlib.figure.Figure``
directly (no ``pyplot``, nothing changed in the process); needs the ``plot`` extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .demo_report import Report, _number, money

__all__ = ["picture"]


def picture(report: Report, path: str | Path) -> None:
    """Write the session of ``report`` as a PNG to ``path``."""
    try:
        from matplotlib.figure import Figure  # noqa: PLC0415 - an optional extra, loaded on use
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError("the picture needs matplotlib: pip install 'tradovate-partner[plot]'") from exc
    figure = Figure(figsize=(10, 5), dpi=100)
    axes: Any = figure.add_subplot()
    prices = sorted([*_mids(report), *report.prices])
    if prices:
        times, mids = zip(*prices, strict=True)
        axes.plot(times, mids, color="#555555", linewidth=1, label=f"{report.contract.name} mid price")
    for n, fill in enumerate(report.fills):
        role = report.roles.get(fill.order_id, "fill")
        buy = str(fill.action.value).lower() == "buy"
        axes.plot(
            [fill.timestamp],
            [fill.price],
            linestyle="none",
            marker="^" if buy else "v",
            markersize=10,
            color="#1a9850" if buy else "#d73027",
        )
        axes.annotate(
            f"{role} {fill.action.value} {fill.qty} @ {report.price(fill.price)}",
            (fill.timestamp, fill.price),
            textcoords="offset points",
            xytext=(-6 if n else 6, 8),
            ha="right" if n else "left",  # the later fills are labelled to their left: inside the frame
            fontsize=8,
        )
    start, end = report.start_cash, report.end_cash
    pnl = ""
    if end is not None:
        pnl = f", realized P&L {money(_number(end.realized_pnl) - _number(start.realized_pnl))}"
    axes.set_title(f"Demo session on {report.contract.name} ({report.account.name}){pnl}")
    axes.set_ylabel("price")
    axes.ticklabel_format(axis="y", useOffset=False)
    axes.grid(True, alpha=0.3)
    if prices:
        axes.legend(loc="best", fontsize=8)
    from matplotlib import dates  # noqa: PLC0415 - with the figure, an optional extra
    from matplotlib.ticker import FuncFormatter  # noqa: PLC0415

    to_date: Any = dates.num2date  # untyped in matplotlib
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: to_date(x).strftime("%H:%M:%S.%f")[:-3]))
    axes.set_xlabel("time (UTC, the simulator's clock)")
    figure.autofmt_xdate()
    figure.savefig(str(path), format="png")


def _mids(report: Report) -> list[tuple[Any, float]]:
    """The mid prices of the quotes seen before trading."""
    out = []
    for quote in report.quotes:
        bid, offer = quote.bid, quote.offer
        low, high = bid.price if bid else None, offer.price if offer else None
        if quote.timestamp is not None and low is not None and high is not None:
            out.append((quote.timestamp, (low + high) / 2))
    return out
