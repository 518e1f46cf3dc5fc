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
5. prints a summary (:mod:`tradovate.demo_report`; ``--png``: a picture, :mod:`tradovate.demo_picture`).

Against Tradovate itself only the environment and the credentials change:
``Session(Credentials(name=..., password=..., app_id=..., cid=..., sec=...), DEMO)``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections.abc import Callable, Sequence
from typing import TextIO

from tradovate.demo_report import DemoError, Report, describe_change, describe_quote, money, offer_price, render
from tradovate.marketdata.client import MarketDataClient
from tradovate.marketdata.types import Quote
from tradovate.realtime.account import AccountSession
from tradovate.realtime.mirror import Change, Mirror
from tradovate.session import Credentials, Environment, Session
from tradovate.streams import Gap, Stream
from tradovate_api import AsyncTradovate, errors
from tradovate_api.models import (
    Action,
    CashBalance,
    Contract,
    LiquidatePosition,
    OrderType,
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
