"""``tradovate watch``: a live dashboard of the user's accounts in the terminal.

    tradovate watch                 # refreshed in place until Ctrl-C (or --for SECONDS)
    tradovate watch --once          # one frame, plain text (scripts, logs)

One screen, redrawn every ``--every`` seconds from the live mirror (an ``AccountSession``) and
market data (a quote per contract with a position): the connection state and any gap, each
account with its cash, realized and open P&L and risk status, the positions, the working orders
and the last fills — by symbol, sizes as integers. Open P&L is ``(last - average price) * net *
value per point``, from the product of each contract as the mirror holds it.

:func:`render` builds a frame from a :class:`Board` without I/O; the command only feeds it.
Plain ANSI (clear and home), no terminal library: the screen is small and the output stays
readable when redirected.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import math
from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any, TextIO

from tradovate_api import errors

from .cli_runtime import number
from .marketdata.client import MarketDataClient
from .realtime.account import AccountSession, Resynced, Synced
from .realtime.events import Disconnected
from .session import Session
from .streams import Gap

__all__ = ["Board", "register", "render"]

CLEAR = "\x1b[H\x1b[2J"


class Board:
    """What the dashboard shows: the mirror, the last price per contract, the connection state."""

    def __init__(self, account: AccountSession) -> None:
        self.account = account
        self.mirror = account.mirror
        self.last: dict[int, float] = {}
        self.state = "connecting"
        self.notes: list[str] = []  # gaps and drops, newest last (a few)

    def note(self, text: str) -> None:
        self.notes = [*self.notes, text][-3:]

    def symbol(self, contract_id: int) -> str:
        contract = self.mirror.get("contract", contract_id)
        name = getattr(contract, "name", None)
        return name if isinstance(name, str) else str(contract_id)

    def value_per_point(self, contract_id: int) -> float | None:
        contract = self.mirror.get("contract", contract_id)
        maturity = self.mirror.get("contractMaturity", getattr(contract, "contract_maturity_id", -1))
        product = self.mirror.get("product", getattr(maturity, "product_id", -1))
        value: Any = getattr(product, "value_per_point", None)
        return float(value) if isinstance(value, int | float) else None

    def open_pnl(self, position: Any) -> float | None:
        last = self.last.get(position.contract_id)
        price = position.net_price
        point = self.value_per_point(position.contract_id)
        if last is None or not isinstance(price, int | float) or point is None:
            return None
        return (last - float(price)) * int(position.net_pos) * point


def _num(value: Any, digits: int = 2) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return "-"
    if float(value).is_integer() and digits == 0:
        return str(int(value))
    return f"{value:,.{digits}f}"


def _table(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = [title]
    if not rows:
        return [*lines, "  (none)"]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
    lines.append("  " + "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    lines += ["  " + "  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    return lines


def render(board: Board, now: datetime.datetime | None = None) -> str:
    """One frame of the dashboard, plain text."""
    mirror = board.mirror
    when = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [f"tradovate watch  {when}  connection: {board.state}"]
    lines += [f"  ! {note}" for note in board.notes]
    lines.append("")
    positions = [p for p in mirror.all("position") if p.net_pos != 0]
    accounts = []
    for account in mirror.all("account"):
        cash = [c for c in mirror.all("cashBalance") if c.account_id == account.id]
        amount = sum(c.amount for c in cash) if cash else None
        realized = sum(c.realized_pnl for c in cash if isinstance(c.realized_pnl, int | float)) if cash else None
        opens = [board.open_pnl(p) for p in positions if p.account_id == account.id]
        open_pnl = None if any(v is None for v in opens) else sum(v for v in opens if v is not None)
        risk = mirror.get("accountRiskStatus", account.id)
        status = "-"
        if risk is not None:
            if isinstance(getattr(risk, "auto_liq_started", None), datetime.datetime):
                status = "AUTO-LIQUIDATED"
            elif isinstance(getattr(risk, "liquidate_only", None), datetime.datetime):
                status = "liquidate only"
            else:
                status = "ok"
        accounts.append([account.name, _num(amount), _num(realized), _num(open_pnl), status])
    lines += _table("Accounts", ["account", "cash", "realized", "open P&L", "risk"], accounts)
    lines.append("")
    names: dict[Any, str] = {a.id: a.name for a in mirror.all("account")}
    rows = [
        [
            names.get(p.account_id, str(p.account_id)),
            board.symbol(p.contract_id),
            _num(p.net_pos, 0),
            _num(p.net_price),
            _num(board.last.get(p.contract_id)),
            _num(board.open_pnl(p)),
        ]
        for p in positions
    ]
    lines += _table("Positions", ["account", "symbol", "net", "avg", "last", "open P&L"], rows)
    lines.append("")
    rows = []
    for order in mirror.working_orders():
        versions = mirror.order_versions(order.id)
        version = versions[-1] if versions else None
        price = getattr(version, "price", None)
        if not isinstance(price, int | float):
            price = getattr(version, "stop_price", None)
        rows.append(
            [
                str(order.id),
                names.get(order.account_id, str(order.account_id)),
                board.symbol(order.contract_id) if isinstance(order.contract_id, int) else "-",
                str(order.action),
                _num(getattr(version, "order_qty", None), 0),
                str(getattr(version, "order_type", "-")),
                _num(price),
                str(order.ord_status),
            ]
        )
    lines += _table("Working orders", ["id", "account", "symbol", "side", "qty", "type", "price", "status"], rows)
    lines.append("")
    fills = sorted(mirror.all("fill"), key=lambda f: (f.timestamp, f.id))[-5:]
    rows = [
        [f.timestamp.strftime("%H:%M:%S"), board.symbol(f.contract_id), str(f.action), _num(f.qty, 0), _num(f.price)]
        for f in reversed(fills)
    ]
    lines += _table("Last fills", ["time", "symbol", "side", "qty", "price"], rows)
    return "\n".join(lines) + "\n"


async def _follow_quotes(board: Board, md: MarketDataClient) -> None:
    """Keep ``board.last`` current for every contract with a position (re-subscribing as they change)."""
    streams: dict[int, Any] = {}
    try:
        while True:
            wanted = (
                {p.contract_id for p in board.mirror.all("position") if p.net_pos != 0}
                if board.account.ready
                else set()
            )
            for contract_id in wanted - streams.keys():
                with contextlib.suppress(errors.TradovateError):
                    streams[contract_id] = await md.quotes(contract_id)
            for contract_id in list(streams.keys() - wanted):
                await streams.pop(contract_id).close()
            for stream in streams.values():
                for item in stream.drain():
                    if isinstance(item, Gap):
                        continue
                    trade, bid, offer = item.trade, item.bid, item.offer
                    price: Any = trade.price if trade is not None else None
                    if price is None and bid is not None and offer is not None:
                        price = (bid.price + offer.price) / 2
                    if isinstance(price, int | float):
                        board.last[item.contract_id] = float(price)
            await asyncio.sleep(0.2)
    finally:
        for stream in streams.values():
            await stream.close()


def register(
    commands: Any,
    open_session: Callable[[argparse.Namespace, Mapping[str, str]], contextlib.AbstractAsyncContextManager[Session]],
    wrap: Callable[
        [Callable[[argparse.Namespace, TextIO, Mapping[str, str]], Coroutine[Any, Any, int]]],
        Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int],
    ],
) -> None:
    """Add ``tradovate watch`` to the command line's subparsers."""

    async def watch(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        async with open_session(args, environ) as session:
            account = AccountSession(session)
            board = Board(account)

            def told(event: Any) -> None:
                if isinstance(event, Synced):
                    board.state = "live"
                elif isinstance(event, Resynced):
                    board.state = "live"
                    board.note(f"reconnected after {event.gap:.1f} s; resynced")
                elif isinstance(event, Disconnected):
                    board.state = "reconnecting"
                    board.note(f"connection lost: {event.reason}")

            account.on_event(told)
            async with account, MarketDataClient.from_session(session) as md:
                board.state = "live" if account.ready else board.state
                quotes = asyncio.create_task(_follow_quotes(board, md))
                tty = not args.once and out.isatty()
                end = None if args.seconds is None else asyncio.get_running_loop().time() + args.seconds
                try:
                    while True:
                        if args.once:
                            await asyncio.sleep(min(args.every, 1.0))  # a first quote for the P&L
                        frame = render(board)
                        out.write((CLEAR + frame) if tty else frame)
                        out.flush()
                        if args.once:
                            break
                        left = None if end is None else end - asyncio.get_running_loop().time()
                        if left is not None and left <= 0:
                            break
                        await asyncio.sleep(args.every if left is None else min(args.every, left))
                finally:
                    quotes.cancel()
                    await asyncio.gather(quotes, return_exceptions=True)
        return 0

    parser = commands.add_parser("watch", help="a live dashboard: accounts, P&L, positions, orders, fills")
    parser.add_argument(
        "--every",
        type=number(float, 0, 86400, above=True),
        default=1.0,
        metavar="SECONDS",
        help="refresh period (default 1)",
    )
    parser.add_argument(
        "--for",
        dest="seconds",
        type=number(float, 0, 86400, above=True),
        metavar="SECONDS",
        help="stop after this long",
    )
    parser.add_argument("--once", action="store_true", help="print one frame and stop (no screen control)")
    parser.set_defaults(run=wrap(watch))
