"""A first trading session with ``tradovate``, end to end, on the local simulator.

    make demo                                  # or: python -m tradovate.demo [--seed N] [--symbol ES]

The simulator runs inside this process (no network, no credentials, nothing left running). With
the library's public API only, the session:

1. logs in (:class:`tradovate.session.Session`);
2. syncs the live account mirror (:class:`tradovate.realtime.account.AccountSession`);
3. streams a few quotes of the front-month contract
   (:class:`tradovate.marketdata.client.MarketDataClient`);
4. places a bracket order (``placeOSO``: a market entry, a take-profit limit and a stop-loss stop),
   watches the entry fill and the position appear in the mirror, then liquidates the position
   and reads the realized P&L from the cash balance;
5. prints a summary.

Against Tradovate itself only the environment and the credentials change:
``Session(Credentials(name=..., password=..., app_id=..., cid=..., sec=...), DEMO)``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from tradovate.marketdata.client import MarketDataClient
from tradovate.marketdata.types import Quote
from tradovate.realtime.account import AccountSession
from tradovate.realtime.mirror import Change, Mirror
from tradovate.session import Credentials, Environment, Session
from tradovate.streams import Gap, Stream
from tradovate_api import AsyncTradovate, errors
from tradovate_api.models import (
    Account,
    Action,
    CashBalance,
    Contract,
    Fill,
    LiquidatePosition,
    Order,
    OrderType,
    OrderVersion,
    OrdStatus,
    PlaceOSO,
    Position,
    Product,
    RestrainedOrderVersion,
)

__all__ = ["DemoError", "Report", "main", "render", "run"]

QUOTES = 5  # quotes to show before trading
BRACKET_TICKS = 16  # take-profit and stop-loss distance from the entry price, in ticks
MARKET_STEP = 0.05  # seconds between the simulated market's moves
STEP_TIMEOUT = 10.0  # seconds any one step may take


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


# ---------------------------------------------------------------------------------------------
# The session: what a user's program does


async def run(seed: int = 0, symbol: str = "ES", say: Callable[[str], None] = print) -> Report:
    """Start the simulator, trade one bracket on it, return what happened."""
    started = time.monotonic()
    from tradovate.sim import Simulator  # noqa: PLC0415 - the simulator's aiohttp is an optional extra

    # The local simulator, its market moving every MARKET_STEP seconds.
    async with Simulator(seed=seed, tick_interval=MARKET_STEP) as sim:
        say(f"Simulator (seed {seed}) at {sim.rest_url}; market data at {sim.md_url}")

        # 1. Log in. The session keeps the token valid for the REST client and the sockets.
        environment = Environment.simulator(sim.rest_url, sim.md_url)
        async with Session(Credentials(name="demo", password="demo"), environment) as session:
            rest = session.rest
            account = (await rest.accounts.list())[0]
            product, contract = await front_month(rest, symbol)
            say(f"Logged in as demo; account {account.name}; trading {contract.name} ({product.description})")

            # 2. The live mirror: one user socket, synced, then kept current by its events.
            async with AccountSession(session) as live:
                await live.wait_ready(timeout=STEP_TIMEOUT)
                mirror = live.mirror
                report = Report(account, product, contract, start_cash=cash_balance(mirror, account.id))
                say(
                    f"Mirror synced: {mirror.count('account')} accounts, {mirror.count('position')} positions,"
                    f" cash {money(report.start_cash.amount)} in {account.name}"
                )

                # 3. A few quotes from the market-data socket (and the price kept for the picture).
                async with MarketDataClient.from_session(session) as md:
                    report.quotes = await first_quotes(md, contract.name, QUOTES)
                    last = report.quotes[-1]
                    say(f"{len(report.quotes)} quotes of {contract.name}: {describe_quote(last, report)}")
                    prices = asyncio.create_task(record_prices(md, contract.name, report))

                    # Watch the mirror from here on: orders, fills, the position and the cash.
                    try:
                        async with mirror.changes(entity_types=["order", "fill", "position", "cashBalance"]) as changes:
                            await trade_bracket(rest, mirror, changes, report, say)
                    finally:
                        prices.cancel()
                        await asyncio.gather(prices, return_exceptions=True)
    report.seconds = time.monotonic() - started
    return report


async def front_month(rest: AsyncTradovate, symbol: str) -> tuple[Product, Contract]:
    """The contract to trade: the front month of a product (``ES`` -> ``ESZ6``), or a contract
    given by name (``ESH7``)."""
    try:
        product = await rest.products.find(symbol)
    except errors.NotFound:
        product = None
    if product is not None:
        front = [m for m in await rest.contract_maturities.deps(product.id) if m.is_front]
        contracts = await rest.contracts.deps(front[0].id) if front else []
        if not contracts:
            raise DemoError(f"{symbol} has no front-month contract")
        return product, contracts[0]
    try:
        contract = await rest.contracts.find(symbol)
    except errors.NotFound:
        raise DemoError(f"no product or contract named {symbol!r}") from None
    maturity = await rest.contract_maturities.item(contract.contract_maturity_id)
    return await rest.products.item(maturity.product_id), contract


async def first_quotes(md: MarketDataClient, name: str, count: int) -> list[Quote]:
    """The first ``count`` quotes of one contract (each the full picture so far)."""
    quotes: list[Quote] = []
    stream = await md.quotes(name)
    try:
        async with asyncio.timeout(STEP_TIMEOUT):
            async for update in stream:
                if isinstance(update, Gap):
                    continue  # a reconnect: the next quote is complete again
                # An update carries only what changed: lay it over the previous quote.
                quotes.append(quotes[-1].merged(update) if quotes else update)
                if len(quotes) == count:
                    break
    except TimeoutError:
        raise DemoError(f"no quotes of {name} within {STEP_TIMEOUT:g}s") from None
    finally:
        await stream.close()
    return quotes


async def record_prices(md: MarketDataClient, name: str, report: Report) -> None:
    """Keep the mid price of every quote while the session trades (for the picture)."""
    stream = await md.quotes(name)
    try:
        async for update in stream:
            if isinstance(update, Gap):
                continue
            bid, offer = update.bid, update.offer
            low, high = bid.price if bid else None, offer.price if offer else None
            if update.timestamp is not None and low is not None and high is not None:
                report.prices.append((update.timestamp, (low + high) / 2))
    finally:
        await stream.close()


async def trade_bracket(
    rest: AsyncTradovate, mirror: Mirror, changes: Stream[Change], report: Report, say: Callable[[str], None]
) -> None:
    """Buy one contract at the market with a take-profit and a stop-loss, see it fill, close it."""
    account, contract = report.account, report.contract
    tick = report.product.tick_size
    ask = offer_price(report.quotes[-1])
    take_profit, stop_loss = ask + BRACKET_TICKS * tick, ask - BRACKET_TICKS * tick

    # 4. The bracket: the brackets are sent when the entry fills, and they cancel each other.
    placed = await rest.orders.place_oso(
        PlaceOSO(
            account_spec=account.name,
            account_id=account.id,
            action=Action.BUY,
            symbol=contract.name,
            order_qty=1,
            order_type=OrderType.MARKET,
            bracket1=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.LIMIT, price=take_profit),
            bracket2=RestrainedOrderVersion(action=Action.SELL, order_type=OrderType.STOP, stop_price=stop_loss),
            is_automated=True,
        )
    )
    entry_id = placed.order_id
    assert isinstance(entry_id, int)  # a refusal raised OrderRejected
    report.roles[entry_id] = "entry"
    for role, order_id in (("take profit", placed.oso_1_id), ("stop loss", placed.oso_2_id)):
        if isinstance(order_id, int):
            report.roles[order_id] = role
    say(
        f"Bracket placed: buy 1 {contract.name} at market, take profit {report.price(take_profit)},"
        f" stop loss {report.price(stop_loss)}"
    )

    def position() -> Position | None:
        held = [p for p in mirror.positions(account.id) if p.contract_id == contract.id]
        return held[0] if held else None

    def entry_filled() -> bool:
        entry = mirror.order(entry_id)
        return entry is not None and entry.status == OrdStatus.FILLED and report.opened is not None

    watcher = Watcher(changes, report, say)
    await watcher.until(entry_filled)

    # Close the position (unless a bracket already did): liquidation cancels the working
    # brackets and sells at the market.
    try:
        closing = await rest.orders.liquidate_position(
            LiquidatePosition(account_id=account.id, contract_id=contract.id, admin=False, is_automated=True)
        )
        report.roles[closing.order_id] = "liquidation"
        say(f"Liquidating the position (order {closing.order_id})")
    except errors.OrderRejected as refused:  # e.g. a bracket closed the position meanwhile
        say(f"Not liquidated: {refused.text}")

    def flat_and_settled() -> bool:
        held = position()
        orders = [mirror.order(i) for i in report.roles]
        return held is not None and held.net_pos == 0 and all(o is not None and o.done for o in orders)

    await watcher.until(flat_and_settled)

    # The final state, read from the mirror.
    report.closed = position()
    for order_id in report.roles:
        handle = mirror.order(order_id)
        if handle is not None:
            report.orders.append(handle.value)
            report.versions[order_id] = handle.versions[-1]
    report.fills = sorted((f for i in report.roles for f in mirror.fills(i)), key=lambda f: f.id)
    closers = [f for f in report.fills if report.roles[f.order_id] != "entry"]
    report.closed_by = report.roles[closers[-1].order_id] if closers else ""
    report.end_cash = cash_balance(mirror, account.id)


class Watcher:
    """Tells the mirror's changes as they arrive (and notes when the position first opens)."""

    def __init__(self, changes: Stream[Change], report: Report, say: Callable[[str], None]) -> None:
        self.changes = changes
        self.report = report
        self.say = say
        # The cash balance is updated after each fill: true when it has caught up with the last.
        self.cash_current = True

    async def until(self, done: Callable[[], bool]) -> None:
        """Tell changes until ``done()`` holds and the cash balance has caught up."""
        try:
            async with asyncio.timeout(STEP_TIMEOUT):
                while True:
                    # Changes already delivered come first, so they are told in order.
                    change = self.changes.get_nowait()
                    if change is None:
                        if done() and self.cash_current:
                            return
                        change = await anext(self.changes)
                    if not isinstance(change, Gap):  # a Gap: we fell behind (not in this demo)
                        self.note(change)
        except TimeoutError:
            raise DemoError(f"the mirror did not show the expected state within {STEP_TIMEOUT:g}s") from None

    def note(self, change: Change) -> None:
        report = self.report
        if change.entity_type == "fill":
            self.cash_current = False
        elif change.entity_type == "cashBalance":
            self.cash_current = True
        elif change.entity_type == "position" and report.opened is None:
            held = change.value
            if isinstance(held, Position) and held.contract_id == report.contract.id and held.net_pos:
                report.opened = held
        line = describe_change(change, report)
        if line:
            self.say("  " + line)


def cash_balance(mirror: Mirror, account_id: int) -> CashBalance:
    balances = mirror.cash_balances(account_id)
    if not balances:
        raise DemoError(f"account {account_id} has no cash balance")
    return balances[0]


# ---------------------------------------------------------------------------------------------
# Presenting it


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


# ---------------------------------------------------------------------------------------------
# Command line


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """``python -m tradovate.demo [--seed N] [--symbol ES] [--plain]``; 0 on success."""
    parser = argparse.ArgumentParser(prog="python -m tradovate.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="the simulator's seed (default 0)")
    parser.add_argument("--symbol", default="ES", help="a product (its front month) or a contract (default ES)")
    parser.add_argument("--plain", action="store_true", help="plain-text summary even if rich is installed")
    parser.add_argument("--png", metavar="FILE", help="also draw the session as a PNG (the plot extra: matplotlib)")
    args = parser.parse_args(argv)
    out = out if out is not None else sys.stdout

    def say(line: str) -> None:
        print(line, file=out, flush=True)

    try:
        report = asyncio.run(run(args.seed, args.symbol, say))
    except KeyboardInterrupt:
        return 130
    except ImportError as exc:
        if not str(exc.name or "").startswith("aiohttp"):
            raise
        print("the simulator needs aiohttp: pip install 'tradovate-partner[sim]' (or run make demo)", file=sys.stderr)
        return 1
    except errors.TradovateError as exc:
        print(f"demo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    render(report, out, use_rich=False if args.plain else None)
    if args.png:
        from tradovate.demo_picture import picture  # noqa: PLC0415 - matplotlib is an optional extra

        picture(report, args.png)
        say(f"picture of the session: {args.png}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
