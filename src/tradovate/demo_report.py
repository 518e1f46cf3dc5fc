"""The demo's report: what the session did (:class:`Report`), and how it is shown — a line per
event while it runs (:func:`describe_quote`, :func:`describe_change`), the summary tables at
the end (:func:`summary`, :func:`render`: rich when installed, plain text otherwise). The
session itself is :mod:`tradovate.demo`; its picture :mod:`tradovate.demo_picture`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import TextIO

from tradovate.marketdata.types import Quote
from tradovate.realtime.mirror import Change
from tradovate_api import errors
from tradovate_api.models import Account, CashBalance, Contract, Fill, Order, OrderVersion, Position, Product

__all__ = [
    "DemoError",
    "Report",
    "describe_change",
    "describe_quote",
    "money",
    "net",
    "offer_price",
    "render",
    "summary",
]


class DemoError(errors.TradovateError):
    """The demo could not go on (a step timed out, an unknown symbol)."""


@dataclass
class Report:
    """What the session did, for the summary."""

    account: Account
    product: Product
    contract: Contract
    start_cash: CashBalance
    quotes: list[Quote] = field(default_factory=list)
    roles: dict[int, str] = field(default_factory=dict)  # order id -> "entry", "take profit", ...
    orders: list[Order] = field(default_factory=list)
    versions: dict[int, OrderVersion] = field(default_factory=dict)  # order id -> its last version
    fills: list[Fill] = field(default_factory=list)
    opened: Position | None = None  # the position as the entry fill left it
    closed: Position | None = None  # ... and as it ended
    closed_by: str = ""  # the role of the order that closed it
    end_cash: CashBalance | None = None
    seconds: float = 0.0
    prices: list[tuple[datetime.datetime, float]] = field(default_factory=list)  # (time, mid) while trading

    def price(self, value: object) -> str:
        """A price as the product shows it (``priceFormat`` -2: two decimals)."""
        if not isinstance(value, int | float):
            return "-"
        return f"{value:.{max(0, -self.product.price_format)}f}"


def offer_price(quote: Quote) -> float:
    for entry in (quote.offer, quote.trade, quote.bid):
        if entry is not None and entry.price is not None:
            return entry.price
    raise DemoError("the quote has no price")


def describe_quote(quote: Quote, report: Report) -> str:
    bid, ask, last = (report.price(e.price if e else None) for e in (quote.bid, quote.offer, quote.trade))
    return f"bid {bid} / ask {ask}, last {last}"


def describe_change(change: Change, report: Report) -> str:
    """One line about a change of the mirror, or "" for changes not worth a line."""
    raw = change.raw or {}
    if change.entity_type == "order":
        status = raw.get("ordStatus")
        if change.id not in report.roles or status == (change.previous_raw or {}).get("ordStatus"):
            return ""
        return f"order {change.id} ({report.roles[change.id]}): {status}"
    if change.entity_type == "fill":
        role = report.roles.get(raw.get("orderId", 0), "order")
        return f"fill: {raw.get('action')} {raw.get('qty')} @ {report.price(raw.get('price'))} ({role})"
    if change.entity_type == "position" and raw.get("contractId") == report.contract.id:
        return f"position {report.contract.name}: {net(raw.get('netPos'))}"
    if change.entity_type == "cashBalance" and raw.get("accountId") == report.account.id:
        return f"cash balance {money(raw.get('amount'))}, realized P&L {money(raw.get('realizedPnL', 0.0))}"
    return ""


def net(value: object) -> str:
    return "flat" if value == 0 else f"net {value:+}" if isinstance(value, int) else "-"


def money(value: object) -> str:
    if not isinstance(value, int | float):
        return "-"
    return f"-${-value:,.2f}" if value < 0 else f"${value:,.2f}"


# The summary: one table per section, rich when it is installed, plain text otherwise.

Table = tuple[str, list[str], list[list[str]]]  # title, columns, rows


def summary(report: Report) -> list[Table]:
    account, contract, product = report.account, report.contract, report.product
    tables: list[Table] = [
        (
            "Account",
            ["account", "contract", "product", "tick", "per point"],
            [
                [
                    f"{account.name} (id {account.id})",
                    contract.name,
                    product.description,
                    report.price(product.tick_size),
                    money(product.value_per_point),
                ]
            ],
        ),
        (
            f"Quotes seen ({contract.name})",
            ["#", "time (UTC)", "bid", "ask", "last"],
            [
                [str(n), q.timestamp.strftime("%H:%M:%S.%f")[:-3] if q.timestamp else "-"]
                + [report.price(e.price if e else None) for e in (q.bid, q.offer, q.trade)]
                for n, q in enumerate(report.quotes, 1)
            ],
        ),
    ]
    orders = []
    for order in report.orders:
        version = report.versions.get(order.id)
        kind = version.order_type.value if version else "-"
        at = version.price if version and isinstance(version.price, float) else None
        if version and isinstance(version.stop_price, float):
            at = version.stop_price
        orders.append([str(order.id), report.roles[order.id], order.action.value, kind, report.price(at)])
        orders[-1].append(order.ord_status.value)
    tables.append(("Orders", ["order", "role", "side", "type", "price", "status"], orders))
    tables.append(
        (
            "Fills",
            ["order", "role", "side", "qty", "price"],
            [
                [str(f.order_id), report.roles[f.order_id], f.action.value, str(f.qty), report.price(f.price)]
                for f in report.fills
            ],
        )
    )
    positions = []
    for label, p in (("after the entry", report.opened), ("at the end", report.closed)):
        if p is not None:
            positions.append(
                [label, contract.name, f"{p.net_pos:+d}" if p.net_pos else "0", str(p.bought), str(p.sold)]
            )
    tables.append(("Position", ["", "contract", "net", "bought", "sold"], positions))
    start, end = report.start_cash, report.end_cash
    if end is not None:
        realized = _number(end.realized_pnl) - _number(start.realized_pnl)
        fees = start.amount + realized - end.amount
        tables.append(
            (
                f"Cash ({account.name})",
                ["start", "realized P&L", "fees", "end"],
                [[money(start.amount), money(realized), money(fees), money(end.amount)]],
            )
        )
    return tables


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def outcome(report: Report) -> str:
    """The one-line verdict the summary ends with."""
    entry = next((o for o in report.orders if report.roles[o.id] == "entry"), None)
    opened, closed = report.opened, report.closed
    parts = [
        f"entry {entry.ord_status.value.lower() if entry else 'missing'}",
        f"position opened ({net(opened.net_pos)})" if opened and opened.net_pos else "no position opened",
        f"closed by the {report.closed_by}" if closed and closed.net_pos == 0 else "position still open",
    ]
    return f"Done in {report.seconds:.1f}s: " + ", ".join(parts) + "."


def render(report: Report, out: TextIO, use_rich: bool | None = None) -> None:
    """Print the summary to ``out``: rich tables if rich is importable (or ``use_rich``)."""
    tables = summary(report)
    if use_rich is not False:
        try:
            from rich.console import Console  # noqa: PLC0415 - optional
            from rich.table import Table as RichTable  # noqa: PLC0415
        except ImportError:
            if use_rich:
                raise
        else:
            console = Console(file=out, highlight=False)
            for title, columns, rows in tables:
                table = RichTable(*columns, title=title, title_justify="left")
                for row in rows:
                    table.add_row(*row)
                console.print(table)
            console.print(outcome(report))
            return
    for title, columns, rows in tables:
        widths = [max(len(c), *(len(r[i]) for r in rows)) if rows else len(c) for i, c in enumerate(columns)]
        print(f"\n{title}", file=out)
        print("  " + "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip(), file=out)
        for row in rows:
            print("  " + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip(), file=out)
    print(f"\n{outcome(report)}", file=out)
