"""The trading engine: order commands in, the entity trail out, fills against :mod:`.market`.

Commands (``placeorder``, ``placeoso``, ``placeoco``, ``modifyorder``, ``cancelorder``,
``liquidateposition(s)``, ``startorderstrategy``, ``interruptorderstrategy``) are first checked
against what the exchange refuses outright (:mod:`.checks`: nothing stored), then answer what the
REST operation returns and write entities to the :class:`~.store.Store`, which turns each write into
one ``props`` event. The trail of one order, in this order (the reference does not document the
exact sequence; this is the one clients must handle, and the one the real server's events follow
in recorded sessions as far as we know — UNCONFIRMED in detail):

1. ``order`` Created (``PendingNew``), ``command`` Created (``New``, ``PendingExecution``),
   ``orderVersion`` Created;
2. risk check (:mod:`.risk`): ``commandReport`` Created ``RiskPassed`` — or ``RiskRejected``
   with a ``rejectReason`` (position or order quantity limit, margin, liquidate-only mode, trading
   locked; a stop placed through the market: ``InvalidPrice``), followed by ``executionReport``
   ``Rejected`` and ``order`` Updated ``Rejected``;
3. ``executionReport`` Created (``New``, ``Working``), ``order`` Updated ``Working``,
   ``command`` Updated ``AtExecution``;
4. each fill: ``executionReport`` (``Trade``), ``fill``, ``fillFee``, ``order`` Updated
   (``Filled`` once complete), ``position`` Created/Updated, one ``fillPair`` per closed lot
   (first in, first out) and ``cashBalance`` Updated with realized P&L and fees (that
   bookkeeping is :mod:`.accounts`).

Ids: one sequence for every type (:meth:`.store.Store.new_id`); an order's ``New`` command and
first ``orderVersion`` share its id, and a command's report has the command's id + 1.

Brackets of an OSO wait as ``Suspended`` orders and go through steps 1-3 for the quantity their
parent has filled (growing with later fills); an OCO pair points at each other with ``ocoId``, a
partial fill of one shrinks the other to what is left and a complete fill cancels it. After each
fill the risk engine looks at the account (:meth:`.risk.Risk.on_fill`): auto-liquidation
(:meth:`Engine.flatten`) may follow.

Fill models (:class:`EngineOptions.fill_model`):

- ``"touch"`` (default): market orders fill at once, walking the displayed book level by level
  and consuming its sizes (what the book cannot give stays working for the next steps); a
  marketable limit walks it up to its price and rests the rest; a resting limit fills at its
  price when the other side reaches it (at the touch), a stop triggers when the other side
  reaches it and fills as a market order;
- ``"queue"``: like touch, but a resting limit joins the back of the displayed size at its price
  and fills only after that much has traded there, partially if less than its quantity trades
  beyond that (the market trading through it fills it whole);
- ``fill_probability`` (touch model): the chance per market step that a limit resting exactly at
  the touch fills (seeded, deterministic);
- ``slippage``: probability that a market fill is one tick worse (seeded, deterministic).

Order types: ``Market``, ``Limit``, ``Stop``, ``StopLimit``, ``MIT`` (a market order once the
market touches ``price``), ``LimitIfTouched`` (a limit at ``price`` once the market touches
``limitIfTouchedPrice``); ``TrailingStop``/``TrailingStopLimit`` trail by ``pegDifference`` (or
the distance they were placed at) and then behave as ``Stop``/``StopLimit``, ``QTS`` as
``Market``. ``IOC``/``FOK`` orders are canceled if they do not fill on arrival;
``Day``/``GTC``/``GTD`` orders rest (no session end is simulated). A contract's expiry cancels its
working orders and closes its positions (:meth:`Engine._settle`).

Nothing here does I/O or sleeps. :class:`Latency` (off by default) delays a command's effect on
the running event loop (``loop.call_later``), so a cancel can lose the race to a fill
(``TooLate``); the transports' own per-endpoint latency is separate.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from .accounts import Accounts
from .checks import Limits, Rejection, check_order
from .market import Book, Market
from .risk import AUTO_LIQ_SENDER, Risk, RiskOptions
from .seed import ORDER_STRATEGY_TYPE_MULTIBRACKET
from .store import Store

__all__ = ["Engine", "EngineOptions", "Latency", "Rejection"]

_OPPOSITE: Final = {"Buy": "Sell", "Sell": "Buy"}
_NEVER: Final = datetime.datetime.max.replace(tzinfo=datetime.UTC)


@dataclass
class Latency:
    """Simulated exchange latency, seconds from a command's answer to its effect (0: at once, in
    the same step as the answer — the default, for fast tests). With latency a cancel or modify
    can lose the race against a fill (``TooLate``), as on the exchange."""

    insert: float = 0.0  # placeorder: the trail after the answer
    modify: float = 0.0
    cancel: float = 0.0
    jitter: float = 0.0  # each delay up to this fraction longer (seeded)


@dataclass
class EngineOptions:
    fill_model: str = "touch"  # "touch" | "queue"
    slippage: float = 0.0  # probability of one tick of slippage on market fills
    fill_probability: float = 1.0  # "touch": chance per step that a limit resting at the touch fills
    seed: int = 0
    limits: Limits = field(default_factory=Limits)  # what the exchange refuses outright (checks.py)
    risk: RiskOptions = field(default_factory=RiskOptions)  # risk.py
    latency: Latency = field(default_factory=Latency)


@dataclass
class Working:
    """The engine's view of a live order (the entities hold what clients see)."""

    order_id: int
    account_id: int
    contract_id: int
    action: str
    qty: int
    order_type: str
    price: float | None = None
    stop_price: float | None = None
    lit_price: float | None = None  # LimitIfTouched trigger
    tif: str = "Day"
    cum_qty: int = 0
    notional: float = 0.0  # sum of price*qty filled, for avgPx
    command_id: int = 0
    suspended: bool = False  # an OSO bracket waiting for its parent
    triggered: bool = False  # a stop that became a market/limit order
    children: list[int] = field(default_factory=list)
    oco_id: int | None = None
    strategy_id: int | None = None
    queue_ahead: int = 0  # fill_model "queue": size still ahead at the order's price
    user_id: int = 0
    pending: bool = False  # placed, not yet at the book (insert latency)
    cl_ord_id: str | None = None  # the client's clOrdId: executionReport.externalClOrdId
    exchange_order_id: str | None = None  # the exchange's id, once at the book
    peg: float | None = None  # a trailing stop's pegDifference
    trail: int | None = None  # ... its offset from the touch, in ticks, once trailing

    @property
    def leaves(self) -> int:
        return self.qty - self.cum_qty


class Engine:
    """See the module doc."""

    def __init__(self, store: Store, market: Market, options: EngineOptions | None = None) -> None:
        self.store = store
        self.market = market
        self.options = options or EngineOptions()
        self.rng = random.Random(f"engine:{self.options.seed}")
        self.working: dict[int, Working] = {}
        self.accounts = Accounts(store)
        self.strategies: dict[int, dict[str, Any]] = {}  # orderStrategy id -> params and state
        self.risk = Risk(self, self.options.risk)
        self.latency_rng = random.Random(f"latency:{self.options.seed}")
        self.expiry: dict[int, datetime.datetime] = {}  # contract id -> its expiration
        self.settled: set[int] = set()  # expired contracts already settled
        self.exchange_ids = 7_811_200_000  # the exchange's order ids (strings of ten digits in captures)
        market.listen(self.on_market)

    def _later(self, kind: str, action: Callable[[], None]) -> None:
        """Run ``action`` after the ``kind`` latency on the running loop (at once without one)."""
        latency = self.options.latency
        delay = float(getattr(latency, kind))
        if delay <= 0:
            action()
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            action()
            return
        if latency.jitter > 0:
            delay *= 1 + latency.jitter * self.latency_rng.random()
        loop.call_later(delay, action)

    # ---------------------------------------------------------------------------------------
    # lookups

    def _account(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        account: dict[str, Any] | None = None
        if isinstance(body.get("accountId"), int):
            account = self.store.get("account", body["accountId"])
        elif isinstance(body.get("accountSpec"), str):
            spec = body["accountSpec"]
            account = self.store.find("account", spec)
            if account is None:
                user = self.store.find("user", spec)
                if user is not None:
                    account = self.store.first("account", userId=user["id"])
        else:
            account = self.store.first("account", userId=user_id)
        if account is None or not self.may_trade(user_id, account):
            raise Rejection("Unauthorized", "Access is denied")
        if account.get("active") is False or account.get("closed") is True:
            raise Rejection("AccountClosed", "The account is closed")
        return account

    def may_trade(self, user_id: int, account: dict[str, Any]) -> bool:
        if account.get("userId") == user_id:
            return True
        return any(
            p.get("status") == "Approved"
            for p in self.store.where("tradingPermission", userId=user_id, accountId=account["id"])
        )

    def contract(self, symbol: Any) -> dict[str, Any]:
        found = None
        if isinstance(symbol, int) or (isinstance(symbol, str) and symbol.isdigit()):
            found = self.store.get("contract", int(symbol))
        elif isinstance(symbol, str):
            found = self.store.find("contract", symbol)
        if found is None or self.market.book(found["id"]) is None:
            raise Rejection("UnknownReason", "Access is denied")  # the real answer (captured)
        if self._expired(found["id"]):
            raise Rejection("InvalidContract", f"Contract {found['name']} has expired")
        if (closed := self.market.closed_text(found["id"])) is not None:  # the trading calendar
            raise Rejection("SessionClosed", closed)
        return found

    def product_of(self, contract_id: int) -> dict[str, Any]:
        contract = self.store.get("contract", contract_id) or {}
        maturity = self.store.get("contractMaturity", contract.get("contractMaturityId", -1)) or {}
        return self.store.get("product", maturity.get("productId", -1)) or {"name": "", "valuePerPoint": 1.0}

    def _book(self, contract_id: int) -> Book:
        book = self.market.book(contract_id)
        assert book is not None
        return book

    # ---------------------------------------------------------------------------------------
    # commands (each returns the REST result object)

    def place_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"))
            self._check(body, contract["id"])
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        order = self._new_order(user_id, account, contract, body)
        order.pending = True
        self._later("insert", lambda: self._arrive(order, body))
        return {"orderId": order.order_id}

    def _arrive(self, w: Working, body: dict[str, Any]) -> None:
        """An order reaches the risk check and the book (after the insert latency)."""
        if w.order_id in self.working:  # not canceled while on its way
            self._submit(w, body)

    def place_oso(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"))
            self._check(body, contract["id"])
            brackets = [b for b in (body.get("bracket1"), body.get("bracket2")) if isinstance(b, dict)]
            if not brackets:
                raise Rejection("UnknownReason", "bracket1 is required")
            for bracket in brackets:
                self._check({"orderQty": body.get("orderQty"), **bracket}, contract["id"])
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        parent = self._new_order(user_id, account, contract, body)
        result: dict[str, Any] = {"orderId": parent.order_id}
        children = []
        for n, bracket in enumerate(brackets, 1):
            child_body = {"orderQty": body["orderQty"], **bracket}
            child = self._new_order(user_id, account, contract, child_body, parent_id=parent.order_id, suspended=True)
            parent.children.append(child.order_id)
            children.append(child)
            result[f"oso{n}Id"] = child.order_id
        if len(children) == 2:
            self._link_oco(children[0], children[1])
        self._submit(parent, body)
        return result

    def place_oco(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"))
            self._check(body, contract["id"])
            other_body = body.get("other")
            if not isinstance(other_body, dict):
                raise Rejection("UnknownReason", "other is required")
            self._check({"orderQty": body.get("orderQty"), **other_body}, contract["id"])
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        other_body = {"orderQty": body["orderQty"], **other_body}
        first = self._new_order(user_id, account, contract, body)
        second = self._new_order(user_id, account, contract, other_body)
        self._link_oco(first, second)
        self._submit(first, body, fill=False)
        if second.order_id in self.working:
            self._submit(second, other_body, fill=False)
        for w in (first, second):
            if w.order_id in self.working:
                self._try_fill(w)
        return {"orderId": first.order_id, "ocoId": second.order_id}

    def modify_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        order_id = body.get("orderId")
        if not isinstance(order_id, int):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        entity = self.store.get("order", order_id)
        if entity is None or not self._owns(user_id, entity):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        try:
            self._check(body, entity["contractId"], modify=True)
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        command = self._command(order_id, "Modify", body, user_id)
        self._later("modify", lambda: self._modify(order_id, command["id"], body))
        return {"commandId": command["id"]}

    def _modify(self, order_id: int, command_id: int, body: dict[str, Any]) -> None:
        w = self.working.get(order_id)
        if w is None or w.pending:
            self._report(command_id, "ExecutionRejected", "TooLate", "Too late to modify: the order is not working")
            return
        qty = body.get("orderQty", w.qty)
        if not isinstance(qty, int) or qty <= w.cum_qty:
            self._report(command_id, "ExecutionRejected", "UnknownReason", "orderQty must exceed the filled quantity")
            return
        w.qty = qty
        w.order_type = body.get("orderType", w.order_type)
        w.price = body.get("price", w.price)
        w.stop_price = body.get("stopPrice", w.stop_price)
        w.tif = body.get("timeInForce", w.tif)
        w.triggered = False
        self._version(order_id, body, qty)
        self._report(command_id, "RiskPassed")
        if w.suspended:
            self._update_command(command_id, "AtExecution")
            return
        self._execution(w, "Replaced", "Working")
        self._update_command(command_id, "AtExecution")
        if w.order_type == "Limit":
            w.queue_ahead = self._queue_ahead(w)
        self._try_fill(w)

    def cancel_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        order_id = body.get("orderId")
        if not isinstance(order_id, int):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        entity = self.store.get("order", order_id)
        if entity is None or not self._owns(user_id, entity):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        command = self._command(order_id, "Cancel", body, user_id)
        self._later("cancel", lambda: self._cancel_now(order_id, command["id"]))
        return {"commandId": command["id"]}

    def _cancel_now(self, order_id: int, command_id: int) -> None:
        w = self.working.get(order_id)
        if w is None:  # filled, canceled or rejected first: the race is lost
            self._report(command_id, "ExecutionRejected", "TooLate", "Too late to cancel: the order is not working")
            return
        self._report(command_id, "RiskPassed")
        self._cancel(w, command_id)
        self._update_command(command_id, "AtExecution")

    def liquidate_position(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, {"accountId": body.get("accountId")})
            contract_id = body.get("contractId")
            if not isinstance(contract_id, int) or self.market.book(contract_id) is None:
                raise Rejection("InvalidContract", "Unknown contract")
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        for w in sorted(self.working.values(), key=lambda w: w.order_id):
            if w.account_id == account["id"] and w.contract_id == contract_id and w.order_id in self.working:
                self._cancel(w, w.command_id)
        position = self.store.first("position", accountId=account["id"], contractId=contract_id)
        net = position["netPos"] if position else 0
        if net == 0:
            return {"failureReason": "UnknownReason", "failureText": "No position to liquidate"}
        contract = self.store.get("contract", contract_id) or {}
        order_body = {
            "action": "Sell" if net > 0 else "Buy",
            "orderQty": abs(net),
            "orderType": "Market",
            "isAutomated": bool(body.get("isAutomated", False)),
        }
        order = self._new_order(user_id, account, contract, order_body, admin=bool(body.get("admin")))
        self._submit(order, order_body, liquidation=True)
        return {"orderId": order.order_id}

    def liquidate_positions(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        ids = body.get("positions")
        if not isinstance(ids, list):
            return {"ok": False, "errorText": "positions is required"}
        for position_id in ids:
            position = self.store.get("position", position_id) if isinstance(position_id, int) else None
            if position is None:
                return {"ok": False, "errorText": f"Unknown position {position_id}"}
            result = self.liquidate_position(
                user_id, {"accountId": position["accountId"], "contractId": position["contractId"], "admin": False}
            )
            if "failureReason" in result and result.get("failureText") != "No position to liquidate":
                return {"ok": False, "errorText": result.get("failureText", "")}
        return {"ok": True}

    def flatten(self, account_id: int, *, transaction_id: int) -> None:
        """Auto-liquidation (:mod:`.risk`): cancel every working order of the account, then close
        each position at the market with orders sent by the risk system (``senderId`` -1)."""
        for w in sorted(self.working.values(), key=lambda w: w.order_id):
            if w.account_id == account_id and w.order_id in self.working:
                if w.suspended:
                    self.working.pop(w.order_id, None)
                    self.store.update("order", w.order_id, ordStatus="Canceled")
                else:
                    self._cancel(w, w.command_id)
        account = self.store.get("account", account_id)
        for position in sorted(self.store.where("position", accountId=account_id), key=lambda p: p["id"]):
            net = position.get("netPos") or 0
            contract = self.store.get("contract", position["contractId"])
            if not net or account is None or contract is None:
                continue
            body = {
                "action": "Sell" if net > 0 else "Buy",
                "orderQty": abs(net),
                "orderType": "Market",
                "isAutomated": True,
                "text": "AutoLiq",
                "autoLiqTransactionId": transaction_id,
            }
            order = self._new_order(AUTO_LIQ_SENDER, account, contract, body, admin=True)
            self._submit(order, body, liquidation=True)

    def start_strategy(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"))
            if body.get("orderStrategyTypeId") != ORDER_STRATEGY_TYPE_MULTIBRACKET:
                raise Rejection("Unsupported", "Unknown order strategy type")
            params = json.loads(body.get("params") or "{}")
            entry = params.get("entryVersion") or {}
            brackets = params.get("brackets") or []
            if not isinstance(entry, dict) or not isinstance(brackets, list):
                raise Rejection("UnknownReason", "params must hold entryVersion and brackets")
        except ValueError:
            return {"errorText": "params is not valid JSON", "failureReason": "UnknownReason"}
        except Rejection as r:
            return {"errorText": r.text, "failureReason": r.reason}
        strategy = self.store.insert(
            "orderStrategy",
            {
                "accountId": account["id"],
                "timestamp": self.store.clock.stamp(),
                "contractId": contract["id"],
                "orderStrategyTypeId": ORDER_STRATEGY_TYPE_MULTIBRACKET,
                "action": body["action"],
                "status": "ActiveStrategy",
                "params": body.get("params") or "{}",
                "senderId": user_id,
                "archived": False,
                **({"uuid": body["uuid"]} if isinstance(body.get("uuid"), str) else {}),
            },
        )
        self.strategies[strategy["id"]] = {"brackets": brackets, "action": body["action"], "user": user_id}
        entry_body = {"action": body["action"], "orderQty": entry.get("orderQty", 1), **entry}
        entry_body.setdefault("orderType", "Market")
        order = self._new_order(user_id, account, contract, entry_body, strategy_id=strategy["id"])
        self._link(strategy["id"], order.order_id, "Entry")
        self._submit(order, entry_body)
        return {"orderStrategy": self.store.get("orderStrategy", strategy["id"])}

    def interrupt_strategy(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        strategy_id = body.get("orderStrategyId")
        strategy = self.store.get("orderStrategy", strategy_id) if isinstance(strategy_id, int) else None
        if strategy is None or self.store.user_of("orderStrategy", strategy) != user_id:
            return {"errorText": "Order strategy not found", "failureReason": "UnknownReason"}
        if strategy["status"] == "ActiveStrategy":
            strategy = self.store.update("orderStrategy", strategy["id"], status="ExecutionInterrupted")
            for w in sorted(self.working.values(), key=lambda w: w.order_id):
                if w.strategy_id == strategy_id and w.order_id in self.working:
                    self._cancel(w, w.command_id)
        return {"orderStrategy": strategy}

    # ---------------------------------------------------------------------------------------
    # the trail

    def _owns(self, user_id: int, order: dict[str, Any]) -> bool:
        account = self.store.get("account", order["accountId"])
        return account is not None and self.may_trade(user_id, account)

    def _check(self, body: dict[str, Any], contract_id: int, *, modify: bool = False) -> None:
        book = self._book(contract_id)
        mid = (book.best_bid + book.best_offer) / 2
        check_order(body, book.tick_size, mid, self.options.limits, modify=modify)

    def _new_order(
        self,
        user_id: int,
        account: dict[str, Any],
        contract: dict[str, Any],
        body: dict[str, Any],
        *,
        parent_id: int | None = None,
        suspended: bool = False,
        strategy_id: int | None = None,
        admin: bool = False,
    ) -> Working:
        stamp = self.store.clock.stamp()
        entity: dict[str, Any] = {
            "accountId": account["id"],
            "contractId": contract["id"],
            "timestamp": stamp,
            "action": body["action"],
            "ordStatus": "Suspended" if suspended else "PendingNew",
            "admin": admin,
            "archived": False,
            "external": False,
        }
        if parent_id is not None:
            entity["parentId"] = parent_id
        # The order's id is also its New command's; the next id is that command's report's.
        order = self.store.insert("order", {"id": self.store.new_id(2), **entity})
        w = Working(
            order_id=order["id"],
            account_id=account["id"],
            contract_id=contract["id"],
            action=body["action"],
            qty=int(body.get("orderQty", 1)),
            order_type=body.get("orderType", "Market"),
            price=body.get("price"),
            stop_price=body.get("stopPrice"),
            lit_price=body.get("limitIfTouchedPrice"),
            peg=body.get("pegDifference"),
            cl_ord_id=body["clOrdId"] if isinstance(body.get("clOrdId"), str) else None,
            tif=body.get("timeInForce", "Day"),
            suspended=suspended,
            strategy_id=strategy_id,
            user_id=user_id,
        )
        self.working[w.order_id] = w
        if suspended:
            self._version(w.order_id, body, w.qty)
        return w

    def _link_oco(self, a: Working, b: Working) -> None:
        a.oco_id, b.oco_id = b.order_id, a.order_id
        self.store.update("order", a.order_id, ocoId=b.order_id)
        self.store.update("order", b.order_id, ocoId=a.order_id)

    def _link(self, strategy_id: int, order_id: int, label: str) -> None:
        self.store.insert("orderStrategyLink", {"orderStrategyId": strategy_id, "orderId": order_id, "label": label})

    def _command(self, order_id: int, kind: str, body: dict[str, Any], user_id: int) -> dict[str, Any]:
        command: dict[str, Any] = {
            "orderId": order_id,
            "timestamp": self.store.clock.stamp(),
            "commandType": kind,
            "commandStatus": "PendingExecution",
            "senderId": user_id,
            "isAutomated": bool(body.get("isAutomated", False)),
        }
        for key in ("clOrdId", "customTag50", "activationTime"):
            if isinstance(body.get(key), str):
                command[key] = body[key]
        if isinstance(body.get("autoLiqTransactionId"), int):
            command["autoLiqTransactionId"] = body["autoLiqTransactionId"]
        new = kind == "New" and self.store.get("command", order_id) is None
        return self.store.insert("command", {"id": order_id if new else self.store.new_id(2), **command})

    def _update_command(self, command_id: int, status: str) -> None:
        if self.store.get("command", command_id) is not None:
            self.store.update("command", command_id, commandStatus=status)

    def _version(self, order_id: int, body: dict[str, Any], qty: int) -> None:
        version: dict[str, Any] = {"orderId": order_id, "orderQty": qty, "orderType": body.get("orderType", "Market")}
        for key in ("price", "stopPrice", "maxShow", "pegDifference", "timeInForce", "expireTime", "text"):
            if key in body:
                version[key] = body[key]
        version.setdefault("timeInForce", "Day")
        first = self.store.get("orderVersion", order_id) is None  # the first version shares the order's id
        self.store.insert("orderVersion", {"id": order_id if first else self.store.new_id(), **version})

    def _report(self, command_id: int, status: str, reason: str | None = None, text: str | None = None) -> None:
        report: dict[str, Any] = {
            "commandId": command_id,
            "timestamp": self.store.clock.stamp(),
            "commandStatus": status,
        }
        if reason is not None:
            report["rejectReason"] = reason
        if text is not None:
            report["text"] = text
        free = self.store.get("commandReport", command_id + 1) is None  # commandReport.id == commandId + 1
        self.store.insert("commandReport", {"id": command_id + 1 if free else self.store.new_id(), **report})

    def _execution(self, w: Working, exec_type: str, ord_status: str, **extra: Any) -> dict[str, Any]:
        contract = self.store.get("contract", w.contract_id) or {"name": ""}
        report: dict[str, Any] = {
            "commandId": w.command_id,
            "name": contract["name"],
            "accountId": w.account_id,
            "contractId": w.contract_id,
            "timestamp": self.store.clock.stamp(),
            "orderId": w.order_id,
            "execType": exec_type,
            "action": w.action,
            "tradeDate": self.store.clock.trade_date(),
            "ordStatus": ord_status,
            "cumQty": w.cum_qty,
            **({"avgPx": round(w.notional / w.cum_qty, 9)} if w.cum_qty else {}),
            **({"exchangeOrderId": w.exchange_order_id} if w.exchange_order_id else {}),
            **({"externalClOrdId": w.cl_ord_id} if w.cl_ord_id else {}),
            **extra,
        }
        return self.store.insert("executionReport", report)

    def _submit(
        self, w: Working, body: dict[str, Any], *, liquidation: bool = False, fill: bool = True, released: bool = False
    ) -> None:
        """Steps 1-3 of the trail for a new (or released bracket) order, then a first fill attempt."""
        w.pending = False
        command = self._command(w.order_id, "New", body, w.user_id)
        w.command_id = command["id"]
        if not w.suspended:
            self._version(w.order_id, body, w.qty)
        w.suspended = False
        rejection = None if liquidation else self.risk.pre_trade(w)
        if rejection is None and not liquidation and not released:
            rejection = self._through_market(w)
        if rejection is not None:
            self._report(command["id"], "RiskRejected", rejection.reason, rejection.text)
            self.working.pop(w.order_id, None)
            self._execution(w, "Rejected", "Rejected", rejectReason=rejection.reason, text=rejection.text)
            self.store.update("order", w.order_id, ordStatus="Rejected")
            self._update_command(command["id"], "RiskRejected")
            self._finish_family(w, filled=False)
            return
        self._report(command["id"], "RiskPassed")
        self.exchange_ids += 1
        w.exchange_order_id = str(self.exchange_ids)
        self._execution(w, "New", "Working")
        self.store.update("order", w.order_id, ordStatus="Working")
        self._update_command(command["id"], "AtExecution")
        if w.order_type == "Limit":
            w.queue_ahead = self._queue_ahead(w)
        if fill:
            self._try_fill(w)
            self._end_if_immediate(w)

    def _through_market(self, w: Working) -> Rejection | None:
        """A stop placed at or through the market is refused, as the exchange does (a buy stop
        must be above the offer, a sell stop below the bid). Brackets released by a fill are not
        checked: a protective stop the market has already passed triggers at once (a choice)."""
        if w.order_type not in ("Stop", "StopLimit", "TrailingStop", "TrailingStopLimit") or w.stop_price is None:
            return None
        book = self._book(w.contract_id)
        stop = book.ticks(w.stop_price)
        if (w.action == "Buy" and stop <= book.offer) or (w.action == "Sell" and stop >= book.bid):
            side = "above the offer" if w.action == "Buy" else "below the bid"
            return Rejection("InvalidPrice", f"{w.action} stop price must be {side}")
        return None

    def _end_if_immediate(self, w: Working) -> None:
        """IOC and FOK orders do not rest: what did not fill on arrival is canceled."""
        if w.tif in ("IOC", "FOK") and w.order_id in self.working:
            self._cancel(w, w.command_id)

    def _cancel(self, w: Working, command_id: int) -> None:
        self.working.pop(w.order_id, None)
        w.command_id = command_id or w.command_id
        self._execution(w, "Canceled", "Canceled")
        self.store.update("order", w.order_id, ordStatus="Canceled")
        self._finish_family(w, filled=False)

    def _finish_family(self, w: Working, *, filled: bool) -> None:
        """After an order ends: release or drop its brackets, cancel its OCO partner, move its strategy."""
        for child_id in w.children:
            child = self.working.get(child_id)
            if child is None:
                continue
            if filled:
                if child.suspended:
                    self._submit(child, {"orderType": child.order_type, "isAutomated": True}, fill=False, released=True)
            else:
                self.working.pop(child_id, None)
                self._execution(child, "Canceled", "Canceled")
                self.store.update("order", child_id, ordStatus="Canceled")
        if filled:
            for child_id in w.children:
                child = self.working.get(child_id)
                if child is not None and not child.suspended:
                    self._try_fill(child)
        if filled and w.oco_id is not None:
            partner = self.working.get(w.oco_id)
            if partner is not None:
                self._cancel(partner, partner.command_id)
        if w.strategy_id is not None:
            self._strategy_step(w, filled)

    def _strategy_step(self, w: Working, filled: bool) -> None:
        sid = w.strategy_id
        assert sid is not None
        state = self.strategies.get(sid)
        strategy = self.store.get("orderStrategy", sid)
        if state is None or strategy is None or strategy["status"] != "ActiveStrategy":
            return
        if not state.get("entered"):
            if not filled:
                self.store.update("orderStrategy", sid, status="ExecutionFailed")
                return
            state["entered"] = True
            entry_price = w.notional / w.cum_qty
            account = self.store.get("account", w.account_id) or {}
            contract = self.store.get("contract", w.contract_id) or {}
            book = self._book(w.contract_id)
            exit_action = _OPPOSITE[w.action]
            live = 0
            for bracket in state["brackets"]:
                qty = int(bracket.get("qty", w.cum_qty))
                legs = []
                if isinstance(bracket.get("profitTarget"), int | float):
                    price = book.price(book.ticks(entry_price + bracket["profitTarget"]))
                    legs.append(
                        ({"action": exit_action, "orderQty": qty, "orderType": "Limit", "price": price}, "Target")
                    )
                if isinstance(bracket.get("stopLoss"), int | float):
                    price = book.price(book.ticks(entry_price + bracket["stopLoss"]))
                    legs.append(
                        ({"action": exit_action, "orderQty": qty, "orderType": "Stop", "stopPrice": price}, "Stop")
                    )
                made = []
                for leg_body, label in legs:
                    leg = self._new_order(state["user"], account, contract, leg_body, strategy_id=sid)
                    self._link(sid, leg.order_id, label)
                    made.append((leg, leg_body))
                if len(made) == 2:
                    self._link_oco(made[0][0], made[1][0])
                for leg, leg_body in made:
                    if leg.order_id in self.working:
                        self._submit(leg, {**leg_body, "isAutomated": True}, fill=False, released=True)
                for leg, _ in made:
                    if leg.order_id in self.working:
                        self._try_fill(leg)
                live += len(made)
            if live == 0:
                self.store.update("orderStrategy", sid, status="ExecutionFinished")
            return
        if not any(o.strategy_id == sid for o in self.working.values()):
            self.store.update("orderStrategy", sid, status="ExecutionFinished")

    # ---------------------------------------------------------------------------------------
    # fills

    def on_market(self, book: Book) -> None:
        """After each market step: fill what the new prices reach."""
        if self._expired(book.contract_id):
            self._settle(book)
            return
        for w in sorted(
            (o for o in self.working.values() if o.contract_id == book.contract_id and not (o.suspended or o.pending)),
            key=lambda o: o.order_id,
        ):
            if w.order_id in self.working:
                self._try_fill(w, traded=True)
        self.risk.on_market(book)

    def _expired(self, contract_id: int) -> bool:
        expires = self.expiry.get(contract_id)
        if expires is None:
            contract = self.store.get("contract", contract_id) or {}
            maturity = self.store.get("contractMaturity", contract.get("contractMaturityId", -1)) or {}
            text = maturity.get("expirationDate")
            expires = datetime.datetime.fromisoformat(text.replace("Z", "+00:00")) if isinstance(text, str) else _NEVER
            self.expiry[contract_id] = expires
        return self.store.clock.now() >= expires

    def _settle(self, book: Book) -> None:
        """Contract expiry: working orders are canceled and open positions closed at the final
        price (the bid at expiry) by admin orders (senderId -1, version text "Expiration")."""
        if book.contract_id in self.settled:
            return
        self.settled.add(book.contract_id)
        for w in sorted(self.working.values(), key=lambda w: w.order_id):
            if w.contract_id == book.contract_id and w.order_id in self.working:
                self._cancel(w, w.command_id)
        contract = self.store.get("contract", book.contract_id) or {}
        final = book.price(book.bid)
        for position in sorted(self.store.where("position", contractId=book.contract_id), key=lambda p: p["id"]):
            net = position.get("netPos") or 0
            account = self.store.get("account", position["accountId"])
            if not net or account is None:
                continue
            body = {"action": "Sell" if net > 0 else "Buy", "orderQty": abs(net), "orderType": "Market",
                    "isAutomated": True, "text": "Expiration"}  # fmt: skip
            w = self._new_order(AUTO_LIQ_SENDER, account, contract, body, admin=True)
            self._submit(w, body, liquidation=True, fill=False)
            if w.order_id in self.working:
                self._fill(w, w.leaves, final)

    def _queue_ahead(self, w: Working) -> int:
        if self.options.fill_model != "queue" or w.price is None:
            return 0
        book = self._book(w.contract_id)
        return book.size_at(w.action, book.ticks(w.price))

    def _try_fill(self, w: Working, traded: bool = False) -> None:
        book = self._book(w.contract_id)
        buy = w.action == "Buy"
        touch = book.offer if buy else book.bid
        kind = w.order_type
        if kind in ("TrailingStop", "TrailingStopLimit") and not w.triggered:
            self._trail(w, book)
        if kind in ("Stop", "StopLimit", "TrailingStop", "TrailingStopLimit") and not w.triggered:
            if w.stop_price is None:
                return
            stop = book.ticks(w.stop_price)
            if (buy and touch >= stop) or (not buy and touch <= stop):
                w.triggered = True
            else:
                return
        if kind in ("MIT", "LimitIfTouched") and not w.triggered:
            trigger = w.price if kind == "MIT" else w.lit_price
            if trigger is None:
                return
            level = book.ticks(trigger)
            if (buy and touch <= level) or (not buy and touch >= level):
                w.triggered = True
            else:
                return
        if kind in ("Market", "Stop", "TrailingStop", "QTS", "MIT"):
            slip = 0
            if self.options.slippage and self.rng.random() < self.options.slippage:
                slip = 1 if buy else -1
            self._walk(w, book, None, slip)
            return
        if w.price is None:
            return
        limit = book.ticks(w.price)
        crossed = (buy and touch <= limit) or (not buy and touch >= limit)
        if not traded:
            if crossed:  # marketable on arrival: through the book up to its price (price improvement)
                self._walk(w, book, limit)
            return
        if self.options.fill_model == "queue":
            if crossed:  # the market moved through the order's price: all of it trades
                self._fill(w, w.leaves, book.price(limit))
                return
            traded_here = sum(t.size for t in book.trades if t.ticks == limit)
            if traded_here <= w.queue_ahead:
                w.queue_ahead -= traded_here
                return
            qty = min(w.leaves, traded_here - w.queue_ahead)  # partial when little trades past the queue
            w.queue_ahead = 0
            self._fill(w, qty, book.price(limit))
            return
        if not crossed:
            return
        at_touch = touch == limit
        if at_touch and self.options.fill_probability < 1.0 and self.rng.random() >= self.options.fill_probability:
            return
        self._fill(w, w.leaves, book.price(limit))

    def _walk(self, w: Working, book: Book, limit: int | None, slip: int = 0) -> None:
        """Fill ``w`` level by level from the displayed book (up to ``limit`` ticks), consuming
        the sizes it takes; what the book cannot give stays working for the next steps."""
        buy = w.action == "Buy"
        sizes = book.offer_sizes if buy else book.bid_sizes
        start = book.offer if buy else book.bid
        takes: list[tuple[int, int]] = []
        left = w.leaves
        for level, size in enumerate(sizes):
            ticks = start + level if buy else start - level
            if limit is not None and (ticks > limit if buy else ticks < limit):
                break
            take = min(left, size)
            if take:
                sizes[level] -= take
                takes.append((ticks + slip, take))
                left -= take
            if not left:
                break
        for ticks, take in takes:
            if w.order_id not in self.working:  # ended by what a fill set off (auto-liquidation)
                return
            self._fill(w, take, book.price(ticks))

    def _trail(self, w: Working, book: Book) -> None:
        """A trailing stop follows the market by its offset (``pegDifference``, or the distance at
        which it was placed) and never moves back."""
        if w.stop_price is None:
            return
        buy = w.action == "Buy"
        touch = book.offer if buy else book.bid
        stop = book.ticks(w.stop_price)
        if w.trail is None:
            w.trail = book.ticks(w.peg) if w.peg is not None else stop - touch
        moved = min(stop, touch + w.trail) if buy else max(stop, touch + w.trail)
        if moved != stop:
            w.stop_price = book.price(moved)

    def _fill(self, w: Working, qty: int, price: float) -> None:
        store = self.store
        clock = store.clock
        w.cum_qty += qty
        w.notional += price * qty
        done = w.leaves == 0
        if done:
            self.working.pop(w.order_id, None)
        status = "Filled" if done else "Working"
        self._execution(w, "Trade", status, lastQty=qty, lastPx=price)
        trade_date = clock.trade_date()
        fill = store.insert(
            "fill",
            {
                "orderId": w.order_id,
                "contractId": w.contract_id,
                "timestamp": clock.stamp(),
                "tradeDate": trade_date,
                "action": w.action,
                "qty": qty,
                "price": price,
                "active": True,
                "finallyPaired": 0,
                "external": False,
                "archived": False,
            },
        )
        product = self.product_of(w.contract_id)
        fees = self.accounts.fees(fill["id"], product, qty)
        if done:
            store.update("order", w.order_id, ordStatus="Filled")
        realized = self.accounts.position(w.account_id, w.contract_id, fill, product)
        self.accounts.cash(w.account_id, realized, fees, fill["id"], w.user_id)
        self._follow_partial(w)
        self.risk.on_fill(w.account_id)
        if done:
            self._finish_family(w, filled=True)

    def _follow_partial(self, w: Working) -> None:
        """As the exchange (and nautilus_trader's matching engine) do: an OSO's brackets are
        released for what the parent has filled and grow with it; an OCO partner shrinks to what
        the filled leg has left."""
        for child_id in w.children:
            child = self.working.get(child_id)
            if child is None:
                continue
            # what the parent has filled, less what the bracket's OCO partner has already closed
            sibling = self.working.get(child.oco_id) if child.oco_id is not None else None
            target = w.cum_qty - (sibling.cum_qty if sibling is not None and sibling.order_id in w.children else 0)
            body = {"orderType": child.order_type, "isAutomated": True}
            if child.suspended:
                if child.qty != target:
                    child.qty = target
                    self._version(child.order_id, {**body, **self._prices(child)}, child.qty)
                self._submit(child, body, fill=False, released=True)
            elif child.qty != target and target > child.cum_qty:
                self._resize(child, target)
        partner = self.working.get(w.oco_id) if w.oco_id is not None else None
        if partner is not None and w.leaves and partner.leaves > w.leaves:
            self._resize(partner, partner.cum_qty + w.leaves)

    def _resize(self, w: Working, qty: int) -> None:
        w.qty = qty
        self._version(w.order_id, {"orderType": w.order_type, **self._prices(w)}, qty)
        self._execution(w, "Replaced", "Working")

    @staticmethod
    def _prices(w: Working) -> dict[str, Any]:
        out = {"price": w.price, "stopPrice": w.stop_price, "timeInForce": w.tif}
        return {k: v for k, v in out.items() if v is not None}

    @staticmethod
    def fee_per_side(product: dict[str, Any]) -> float:
        """All-in fees per contract and side for a product (USD)."""
        return Accounts.fee_per_side(product)
