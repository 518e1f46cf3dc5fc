"""The trading verbs of the ``tradovate`` command: buy, sell, cancel, flatten, orders, positions.

    tradovate buy ESZ6 1                         # a market order
    tradovate sell ESZ6 2 --limit 6900.25        # a limit order (--stop P: a stop order)
    tradovate buy ESZ6 1 --bracket 6910/6880     # entry + take profit 6910 + stop loss 6880 (OCO)
    tradovate orders                             # working orders, a table (--json: JSON lines)
    tradovate positions                          # open positions
    tradovate cancel 123456789                   # one order; --all: every working order
    tradovate flatten [ESZ6]                     # liquidate positions (all, or one contract)
    tradovate resolve tv-5f0c...                 # after exit 3: does the lost order exist?

Each verb logs in, syncs the user's accounts over the socket (an ``AccountSession``) and acts on
one account: the only one, or the one named by ``--account`` (name or id). Orders go over the
socket with a ``clOrdId`` (a bracket over REST, with one too); a placement whose answer is lost is
never resent: the command exits 3 and prints the ``clOrdId``, which ``tradovate resolve`` looks up
in the server's state (``AccountSession.resolve``). On the live environment every state-changing verb asks
for confirmation on a terminal, and refuses without ``--yes`` otherwise.

The verbs are registered on the parser by :func:`register`; the shared pieces (opening a
session, running a coroutine) are passed in by the command line, so this module does not
import it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import sys
from collections.abc import AsyncIterator, Callable, Coroutine, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, TextIO

from tradovate_api import errors
from tradovate_api.models import (
    Action,
    CancelOrder,
    LiquidatePositions,
    OrderType,
    PlaceOrder,
    PlaceOrderResult,
    PlaceOSO,
    RestrainedOrderVersion,
)

from .cli_runtime import number
from .realtime.account import AccountSession, OrderOutcomeUnknown, new_cl_ord_id
from .realtime.handles import OrderHandle
from .session import Session

__all__ = ["register"]

Verb = Callable[[argparse.Namespace, TextIO, Mapping[str, str]], Coroutine[Any, Any, int]]
OpenSession = Callable[[argparse.Namespace, Mapping[str, str]], AbstractAsyncContextManager[Session]]
Wrap = Callable[[Verb], Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int]]
_WORKING = frozenset({"Working", "PendingNew", "PendingReplace", "PendingCancel", "Suspended"})


# -- arguments ------------------------------------------------------------------------------------


def quantity(text: str) -> int:
    """A whole number of contracts, at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"a quantity is a whole number of contracts >= 1, not {text!r}")
    return int(text)


def price(text: str) -> float:
    """A finite, positive price."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a price: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"a price is a finite number > 0, not {text!r}")
    return value


def bracket(text: str) -> tuple[float, float]:
    """``TAKE_PROFIT/STOP_LOSS`` prices."""
    take, sep, stop = text.partition("/")
    if not sep:
        raise argparse.ArgumentTypeError("a bracket is TAKE_PROFIT/STOP_LOSS, e.g. 6910/6880")
    return price(take), price(stop)


def order_id(text: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 2**63:
        raise argparse.ArgumentTypeError(f"an order id is a positive integer, not {text!r}")
    return int(text)


# -- the verbs --------------------------------------------------------------------------------------


class _Desk:
    """One command's view: the session, the synced account session, the chosen account."""

    def __init__(self, session: Session, account: AccountSession, account_id: int, name: str) -> None:
        self.session = session
        self.account = account
        self.account_id = account_id
        self.name = name

    def symbol(self, contract_id: int) -> str:
        contract = self.account.mirror.get("contract", contract_id)
        name = getattr(contract, "name", None)
        return name if isinstance(name, str) else str(contract_id)

    async def contract_id(self, symbol: str) -> int:
        if symbol.isdigit():
            return int(symbol)
        for contract in self.account.mirror.all("contract"):
            if getattr(contract, "name", None) == symbol:
                return int(contract.id)
        found = await self.session.rest.contracts.find(symbol)
        return int(found.id)


def _account_of(account: AccountSession, wanted: str | None) -> tuple[int, str]:
    accounts = [a for a in account.mirror.all("account") if getattr(a, "active", True) is not False]
    if wanted is not None:
        chosen = [a for a in accounts if wanted in (str(a.id), a.name)]
        if not chosen:
            raise errors.InvalidRequest(f"no active account {wanted!r} for this user", "account")
    elif len(accounts) == 1:
        chosen = accounts
    else:
        names = ", ".join(a.name for a in accounts) or "none"
        raise errors.InvalidRequest(f"choose an account with --account (this user has: {names})", "account")
    return int(chosen[0].id), str(chosen[0].name)


def _confirm(args: argparse.Namespace, what: str, stdin: TextIO | None = None) -> None:
    """On the live environment: ask on a terminal, refuse without ``--yes`` otherwise."""
    if args.env != "live" or args.yes:
        return
    stream = stdin if stdin is not None else sys.stdin
    if not stream.isatty():
        raise errors.InvalidRequest("this is the live environment: add --yes to confirm", "yes")
    sys.stderr.write(f"LIVE: {what}? [y/N] ")
    sys.stderr.flush()
    if stream.readline().strip().lower() not in ("y", "yes"):
        raise errors.InvalidRequest("not confirmed", "yes")


def _print(out: TextIO, args: argparse.Namespace, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> None:
    if args.json:
        for row in rows:
            out.write(json.dumps(dict(row), separators=(",", ":"), ensure_ascii=False) + "\n")
        return
    if not rows:
        out.write("(none)\n")
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _place(args: argparse.Namespace, desk: _Desk, action: Action) -> PlaceOrder | PlaceOSO:
    if args.limit is not None and args.stop is not None:
        raise errors.InvalidRequest("give --limit or --stop, not both", "limit")
    kind = OrderType.LIMIT if args.limit is not None else OrderType.STOP if args.stop is not None else OrderType.MARKET
    common: dict[str, Any] = {
        "account_spec": desk.name,
        "account_id": desk.account_id,
        "action": action,
        "symbol": args.symbol,
        "order_qty": args.qty,
        "order_type": kind,
        "cl_ord_id": new_cl_ord_id(),
        "is_automated": False,  # a person at the command line
    }
    if args.limit is not None:
        common["price"] = args.limit
    if args.stop is not None:
        common["stop_price"] = args.stop
    if args.bracket is None:
        return PlaceOrder(**common)
    take, stop = args.bracket
    exit_action = Action.SELL if action == Action.BUY else Action.BUY
    if (take <= stop) if action == Action.BUY else (take >= stop):
        raise errors.InvalidRequest("the take-profit must be on the profit side of the stop-loss", "bracket")
    return PlaceOSO(
        **common,
        bracket1=RestrainedOrderVersion(action=exit_action, order_type=OrderType.LIMIT, price=take),
        bracket2=RestrainedOrderVersion(action=exit_action, order_type=OrderType.STOP, stop_price=stop),
    )


async def _mirrored(account: AccountSession, order_id: int, timeout: float) -> OrderHandle | None:
    """The order's handle once the mirror holds it (``None`` if it does not within ``timeout``)."""
    changes = account.mirror.changes(entity_types=["order"])
    try:
        async with asyncio.timeout(timeout):
            while (handle := account.mirror.order(order_id)) is None:
                await anext(changes)
            return handle
    except TimeoutError:
        return None
    finally:
        changes.close()


def _order_row(desk: _Desk, order: Any) -> dict[str, Any]:
    versions = desk.account.mirror.order_versions(order.id)
    version = versions[-1] if versions else None
    return {
        "id": order.id,
        "account": desk.name,
        "symbol": desk.symbol(order.contract_id),
        "action": str(order.action),
        "qty": getattr(version, "order_qty", None),
        "type": str(getattr(version, "order_type", "")) or None,
        "price": _set(getattr(version, "price", None)) or _set(getattr(version, "stop_price", None)),
        "status": str(order.ord_status),
    }


def _set(value: Any) -> Any:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def make_verbs(open_session: OpenSession) -> dict[str, Verb]:
    @contextlib.asynccontextmanager
    async def desk_of(args: argparse.Namespace, environ: Mapping[str, str]) -> AsyncIterator[_Desk]:
        async with open_session(args, environ) as session, AccountSession(session) as account:
            account_id, name = _account_of(account, args.account)
            yield _Desk(session, account, account_id, name)

    async def trade(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        action = Action.BUY if args.verb == "buy" else Action.SELL
        async with desk_of(args, environ) as desk:
            order = _place(args, desk, action)
            what = f"{args.verb} {args.qty} {args.symbol} ({order.order_type}) on {desk.name}"
            _confirm(args, what)
            cl_ord_id = str(order.cl_ord_id)
            if isinstance(order, PlaceOSO):
                try:
                    result = await desk.session.rest.orders.place_oso(order)
                except OrderOutcomeUnknown:
                    raise
                except errors.OutcomeUnknown as lost:  # over REST: named by its clOrdId all the same
                    said = f"{lost.reason}: {lost.text}" if lost.text else lost.reason
                    raise OrderOutcomeUnknown(lost.operation, said, cl_ord_id) from lost
                placed_id = result.order_id
            else:
                placed = await desk.account.place_order(order, wait=False)
                placed_id = placed.order_id if isinstance(placed, PlaceOrderResult) else placed.value.id
            if not isinstance(placed_id, int):
                raise errors.OperationFailed("placeOrder", None, "the server gave no order id")
            handle = await _mirrored(desk.account, placed_id, args.wait)
            if handle is not None and order.order_type == OrderType.MARKET:
                with contextlib.suppress(TimeoutError):  # still working after --wait: shown as it is
                    await asyncio.wait_for(handle.wait_done(), args.wait)
            current = desk.account.mirror.order(placed_id)
            row: dict[str, Any] = _order_row(desk, current.value) if current is not None else {"id": placed_id}
            fills = [f.price for f in current.fills] if current is not None else []
            row["fills"] = ",".join(_cell(p) for p in fills) or None
            row["clOrdId"] = cl_ord_id
            _print(out, args, [row], ["id", "account", "symbol", "action", "qty", "type", "price", "status", "fills"])
        return 0

    async def orders(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        async with desk_of(args, environ) as desk:
            rows = [_order_row(desk, o) for o in desk.account.mirror.working_orders(desk.account_id)]
            _print(out, args, rows, ["id", "account", "symbol", "action", "qty", "type", "price", "status"])
        return 0

    async def positions(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        async with desk_of(args, environ) as desk:
            rows = [
                {
                    "account": desk.name,
                    "symbol": desk.symbol(p.contract_id),
                    "net": p.net_pos,
                    "avgPrice": _set(p.net_price),
                    "bought": p.bought,
                    "sold": p.sold,
                }
                for p in desk.account.mirror.positions(desk.account_id)
                if p.net_pos != 0
            ]
            _print(out, args, rows, ["account", "symbol", "net", "avgPrice", "bought", "sold"])
        return 0

    async def cancel(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        if (args.order is None) == (not args.all):
            raise errors.InvalidRequest("give an order id or --all", "order")
        async with desk_of(args, environ) as desk:
            working = desk.account.mirror.working_orders(desk.account_id)
            ids = [o.id for o in working] if args.all else [args.order]
            _confirm(args, f"cancel {len(ids)} order(s) on {desk.name}")
            rows = []
            for oid in ids:
                result = await desk.session.rest.orders.cancel(CancelOrder(order_id=oid, is_automated=False))
                rows.append({"id": oid, "cancel": "sent", "commandId": getattr(result, "command_id", None)})
            _print(out, args, rows, ["id", "cancel", "commandId"])
        return 0

    async def flatten(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        async with desk_of(args, environ) as desk:
            wanted = await desk.contract_id(args.symbol) if args.symbol else None
            open_ = [
                p
                for p in desk.account.mirror.positions(desk.account_id)
                if p.net_pos != 0 and (wanted is None or p.contract_id == wanted)
            ]
            if not open_:
                _print(out, args, [], ["symbol", "net", "flatten"])
                return 0
            _confirm(args, f"flatten {len(open_)} position(s) on {desk.name}")
            await desk.session.rest.orders.liquidate_positions(
                LiquidatePositions(positions=[p.id for p in open_], admin=False, is_automated=False)
            )
            rows = [{"symbol": desk.symbol(p.contract_id), "net": p.net_pos, "flatten": "sent"} for p in open_]
            _print(out, args, rows, ["symbol", "net", "flatten"])
        return 0

    async def resolve(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        """Whether an order whose answer was lost (exit 3) exists, from the server's state."""
        async with desk_of(args, environ) as desk:
            handle = await desk.account.resolve(args.cl_ord_id, timeout=args.wait)
            if handle is None:
                row: dict[str, Any] = {
                    "clOrdId": args.cl_ord_id,
                    "status": "absent (never placed: safe to place again)",
                }
            else:
                row = {**_order_row(desk, handle.value), "clOrdId": args.cl_ord_id}
            _print(out, args, [row], ["id", "account", "symbol", "action", "qty", "type", "price", "status", "clOrdId"])
        return 0

    return {
        "trade": trade,
        "orders": orders,
        "positions": positions,
        "cancel": cancel,
        "flatten": flatten,
        "resolve": resolve,
    }


def register(commands: Any, open_session: OpenSession, wrap: Wrap) -> None:
    """Add the trading verbs to the command line's subparsers."""
    verbs = make_verbs(open_session)

    def common(parser: argparse.ArgumentParser, state_changing: bool) -> None:
        parser.add_argument("--account", metavar="NAME|ID", help="the account (default: the user's only one)")
        parser.add_argument("--json", action="store_true", help="JSON lines instead of a table")
        if state_changing:
            parser.add_argument("--yes", action="store_true", help="confirm a state-changing verb on live")

    for verb in ("buy", "sell"):
        p = commands.add_parser(verb, help=f"{verb} contracts: market, --limit or --stop, optional --bracket")
        p.add_argument("symbol", metavar="SYMBOL", help="contract name, e.g. ESZ6")
        p.add_argument("qty", type=quantity, metavar="QTY")
        p.add_argument("--limit", type=price, metavar="PRICE", help="a limit order at this price")
        p.add_argument("--stop", type=price, metavar="PRICE", help="a stop order at this price")
        p.add_argument("--bracket", type=bracket, metavar="TP/SL", help="take-profit/stop-loss prices (OCO)")
        p.add_argument(
            "--wait",
            type=number(float, 0, 3600),
            default=10.0,
            metavar="SECONDS",
            help="wait this long for a market fill",
        )
        common(p, True)
        p.set_defaults(run=wrap(verbs["trade"]), verb=verb)
    p = commands.add_parser("orders", help="working orders (a table; --json for JSON lines)")
    common(p, False)
    p.set_defaults(run=wrap(verbs["orders"]))
    p = commands.add_parser("positions", help="open positions (a table; --json for JSON lines)")
    common(p, False)
    p.set_defaults(run=wrap(verbs["positions"]))
    p = commands.add_parser("cancel", help="cancel an order by id, or --all working orders")
    p.add_argument("order", nargs="?", type=order_id, metavar="ID")
    p.add_argument("--all", action="store_true", help="every working order of the account")
    common(p, True)
    p.set_defaults(run=wrap(verbs["cancel"]))
    p = commands.add_parser("resolve", help="whether an order whose answer was lost (exit 3) exists")
    p.add_argument("cl_ord_id", metavar="CLORDID", type=_cl_ord_id, help="the clOrdId the lost placement printed")
    p.add_argument(
        "--wait", type=number(float, 0, 3600, above=True), default=60.0, metavar="SECONDS", help="bound (default 60)"
    )
    common(p, False)
    p.set_defaults(run=wrap(verbs["resolve"]))
    p = commands.add_parser("flatten", help="liquidate open positions (all, or one contract)")
    p.add_argument("symbol", nargs="?", metavar="SYMBOL")
    common(p, True)
    p.set_defaults(run=wrap(verbs["flatten"]))


def _cl_ord_id(text: str) -> str:
    """A clOrdId as given on the command line: not empty, no surrounding spaces (exit 2)."""
    if not text.strip() or text != text.strip():
        raise argparse.ArgumentTypeError("a clOrdId is a non-empty text without surrounding spaces")
    return text
