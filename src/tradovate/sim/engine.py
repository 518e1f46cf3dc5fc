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
``Day`` orders expire at the close of their trade date's last session when the trading calendar
has sessions, ``GTD`` orders at the close of their ``expireTime``'s trade date
(:meth:`.lifecycle.Lifecycle.on_session_end`; with the default always-open calendar both rest on),
``GTC`` orders rest. The market's state decides what is taken when (:mod:`.calendar`): nothing
while closed, resting orders, modifies and cancels in the pre-open (matched at the open). A
contract's expiry cancels its working orders and closes its positions
(:meth:`.lifecycle.Lifecycle._settle`).

The engine is made of parts, one job each: :mod:`.orders` (its data), :mod:`.trail` (the entity
writes), :mod:`.matching` (fills), :mod:`.lifecycle` (an order's life after its command); this
module holds the commands.

Nothing here does I/O or sleeps. :class:`Latency` (off by default) delays a command's effect on
the running event loop (``loop.call_later``), so a cancel can lose the race to a fill
(``TooLate``); the transports' own per-endpoint latency is separate.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .accounts import Accounts
from .calendar import CLOSED_REASON
from .checks import Rejection, check_brackets, check_order, strategy_params
from .clock import trade_date
from .lifecycle import Lifecycle
from .market import Market
from .orders import EngineOptions, Latency, WorkingOrders
from .orders import Working as Working  # the old import path keeps working
from .risk import AUTO_LIQ_SENDER, Risk
from .seed import ORDER_STRATEGY_TYPE_MULTIBRACKET
from .store import Store

__all__ = ["Engine", "EngineOptions", "Latency", "Rejection"]


class Engine(Lifecycle):
    """See the module doc: the commands; the parts are :class:`.trail.Trail` (the entities),
    :class:`.matching.Matching` (fills) and :class:`.lifecycle.Lifecycle` (an order's life)."""

    def __init__(self, store: Store, market: Market, options: EngineOptions | None = None) -> None:
        self.store = store
        self.market = market
        self.options = options or EngineOptions()
        self.rng = random.Random(f"engine:{self.options.seed}")
        self.working = WorkingOrders()
        self.accounts = Accounts(store)
        self.strategies: dict[int, dict[str, Any]] = {}  # orderStrategy id -> params and state
        self.risk = Risk(self, self.options.risk)
        self.latency_rng = random.Random(f"latency:{self.options.seed}")
        self.expiry: dict[int, datetime.datetime] = {}  # contract id -> its expiration
        self.settled: set[int] = set()  # expired contracts already settled
        self._product_ids: dict[int, Any] = {}  # contract id -> its product's id
        self.exchange_ids = 7_811_200_000  # the exchange's order ids (strings of ten digits in captures)
        market.listen(self.on_market)
        market.listen_session_end(self.on_session_end)

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

    def contract(self, symbol: Any, body: dict[str, Any] | None = None) -> dict[str, Any]:
        """The contract an order names, refused if unknown, expired, or its market does not take
        the order now (the trading calendar's market states, :meth:`.market.Market.refusal`)."""
        found = None
        if isinstance(symbol, int) or (isinstance(symbol, str) and symbol.isdigit()):
            found = self.store.get("contract", int(symbol))
        elif isinstance(symbol, str):
            found = self.store.find("contract", symbol)
        if found is None or self.market.book(found["id"]) is None:
            raise Rejection("UnknownReason", "Access is denied")  # the real answer (captured)
        if self._expired(found["id"]):
            raise Rejection("InvalidContract", f"Contract {found['name']} has expired")
        if (refused := self.market.refusal(found["id"], "place", body or {})) is not None:
            raise Rejection(CLOSED_REASON, refused)
        return found

    def _in_session(self, contract_id: int, request: str, body: dict[str, Any]) -> None:
        if (refused := self.market.refusal(contract_id, request, body)) is not None:
            raise Rejection(CLOSED_REASON, refused)

    def place_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"), body)
            body = self._check(body, contract["id"])
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        order = self._new_order(user_id, account, contract, body)
        order.pending = True
        self._later("insert", lambda: self._arrive(order, body))
        return {"orderId": order.order_id}

    def place_oso(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"), body)
            body = self._check(body, contract["id"])
            brackets = [b for b in (body.get("bracket1"), body.get("bracket2")) if isinstance(b, dict)]
            if not brackets:
                raise Rejection("UnknownReason", "bracket1 is required")
            brackets = [self._check(b, contract["id"], qty=body.get("orderQty")) for b in brackets]
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
            contract = self.contract(body.get("symbol"), body)
            body = self._check(body, contract["id"])
            other_body = body.get("other")
            if not isinstance(other_body, dict):
                raise Rejection("UnknownReason", "other is required")
            other_body = self._check(other_body, contract["id"], qty=body.get("orderQty"))
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
            if w.order_id in self.working and not w.preopen:
                self._try_fill(w)
        return {"orderId": first.order_id, "ocoId": second.order_id}

    def modify_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        order_id = body.get("orderId")
        if not isinstance(order_id, int):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        entity = self.store.get("order", order_id)
        if entity is None or not self._owns(user_id, entity):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        w = self.working.get(order_id)
        checked = {"timeInForce": w.tif, **body} if w is not None and "expireTime" in body else body
        try:
            body = {**body, **self._checked_prices(checked, entity["contractId"], modify=True)}
            self._in_session(entity["contractId"], "modify", body)
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        command = self._command(order_id, "Modify", body, user_id)
        self._later("modify", lambda: self._modify(order_id, command["id"], body))
        return {"commandId": command["id"]}

    def cancel_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        order_id = body.get("orderId")
        if not isinstance(order_id, int):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        entity = self.store.get("order", order_id)
        if entity is None or not self._owns(user_id, entity):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        try:
            self._in_session(entity["contractId"], "cancel", body)
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        command = self._command(order_id, "Cancel", body, user_id)
        self._later("cancel", lambda: self._cancel_now(order_id, command["id"]))
        return {"commandId": command["id"]}

    def liquidate_position(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, {"accountId": body.get("accountId")})
            contract_id = body.get("contractId")
            if not isinstance(contract_id, int) or self.market.book(contract_id) is None:
                raise Rejection("InvalidContract", "Unknown contract")
            self._in_session(contract_id, "place", {"orderType": "Market"})
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        for w in self.working.of_account(account["id"]):
            if w.contract_id == contract_id and w.order_id in self.working:
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
        for w in self.working.of_account(account_id):
            if w.order_id in self.working:
                if w.suspended:
                    self.working.discard(w.order_id)
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
            contract = self.contract(body.get("symbol"), {"orderType": "Market"})  # its entry
            if body.get("orderStrategyTypeId") != ORDER_STRATEGY_TYPE_MULTIBRACKET:
                raise Rejection("Unsupported", "Unknown order strategy type")
            entry, brackets = strategy_params(body.get("params"))
            entry_body = {"action": body["action"], "orderQty": entry.get("orderQty", 1), **entry}
            entry_body.setdefault("orderType", "Market")
            entry_body = self._check(entry_body, contract["id"])  # the whole strategy, before anything is stored
            book = self._book(contract["id"])
            mid = (book.best_bid + book.best_offer) / 2
            limits = self.options.limits
            brackets = check_brackets(brackets, body["action"], entry_body["orderQty"], book.tick_size, mid, limits)
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
        order = self._new_order(user_id, account, contract, entry_body, strategy_id=strategy["id"])
        self._link(strategy["id"], order.order_id, "Entry")
        self._submit(order, entry_body)
        return {"orderStrategy": self.store.get("orderStrategy", strategy["id"])}

    def interrupt_strategy(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        strategy_id = body.get("orderStrategyId")
        strategy = self.store.get("orderStrategy", strategy_id) if isinstance(strategy_id, int) else None
        if strategy is None or not self._owns(user_id, strategy):  # a trader's too, under a permission
            return {"errorText": "Order strategy not found", "failureReason": "UnknownReason"}
        if strategy["status"] == "ActiveStrategy":
            strategy = self.store.update("orderStrategy", strategy["id"], status="ExecutionInterrupted")
            for w in sorted(self.working.values(), key=lambda w: w.order_id):
                if w.strategy_id == strategy_id and w.order_id in self.working:
                    self._cancel(w, w.command_id)
        return {"orderStrategy": strategy}

    def _owns(self, user_id: int, order: dict[str, Any]) -> bool:
        account = self.store.get("account", order["accountId"])
        return account is not None and self.may_trade(user_id, account)

    def _check(self, body: dict[str, Any], contract_id: int, *, qty: Any = None) -> dict[str, Any]:
        """``body`` checked (:func:`.checks.check_order`; ``qty``: the parent's ``orderQty`` for a
        leg without its own), with its prices as they go on the book."""
        checked = body if "orderQty" in body or qty is None else {"orderQty": qty, **body}
        return {**body, **self._checked_prices(checked, contract_id)}

    def _checked_prices(self, body: dict[str, Any], contract_id: int, *, modify: bool = False) -> dict[str, float]:
        book = self._book(contract_id)
        mid = (book.best_bid + book.best_offer) / 2
        today = trade_date(self.store.clock.now())
        return check_order(body, book.tick_size, mid, self.options.limits, modify=modify, today=today)

    @staticmethod
    def fee_per_side(product: dict[str, Any]) -> float:
        """All-in fees per contract and side for a product (USD)."""
        return Accounts.fee_per_side(product)
