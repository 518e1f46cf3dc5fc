"""The trading engine: order commands in, the entity trail out, fills against :mod:`.market`.

Commands (``placeorder``, ``placeoso``, ``placeoco``, ``modifyorder``, ``cancelorder``,
``liquidateposition(s)``, ``startorderstrategy``, ``interruptorderstrategy``) answer what the REST
operation returns and write entities to the :class:`~.store.Store`, which turns each write into
one ``props`` event. The trail of one order, in this order (the reference does not document the
exact sequence; this is the one clients must handle, and the one the real server's events follow
in recorded sessions as far as we know — UNCONFIRMED in detail):

1. ``order`` Created (``PendingNew``), ``command`` Created (``New``, ``PendingExecution``),
   ``orderVersion`` Created;
2. risk check: ``commandReport`` Created ``RiskPassed`` — or ``RiskRejected`` with a
   ``rejectReason`` (position limit, order quantity limit, trading locked), followed by
   ``executionReport`` ``Rejected`` and ``order`` Updated ``Rejected``;
3. ``executionReport`` Created (``New``, ``Working``), ``order`` Updated ``Working``,
   ``command`` Updated ``AtExecution``;
4. each fill: ``executionReport`` (``Trade``), ``fill``, ``fillFee``, ``order`` Updated
   (``Filled`` once complete), ``position`` Created/Updated, one ``fillPair`` per closed lot
   (first in, first out) and ``cashBalance`` Updated with realized P&L and fees.

Brackets of an OSO wait as ``Suspended`` orders and go through steps 1-3 when their parent fills;
an OCO pair points at each other with ``ocoId`` and a fill of one cancels the other.

Fill models (:class:`EngineOptions.fill_model`):

- ``"touch"`` (default): market orders fill at once at the best price on the other side; a limit
  fills at its price when the other side reaches it (at the touch), a stop triggers when the
  other side reaches it and fills as a market order;
- ``"queue"``: like touch, but a resting limit joins the back of the displayed size at its price
  and fills only after that much has traded there, partially if less than its quantity trades
  beyond that (the market trading through it fills it whole);
- ``fill_probability`` (touch model): the chance per market step that a limit resting exactly at
  the touch fills (seeded, deterministic);
- ``slippage``: probability that a market fill is one tick worse (seeded, deterministic).

Order types: ``Market``, ``Limit``, ``Stop``, ``StopLimit``, ``MIT`` (a market order once the
market touches ``price``), ``LimitIfTouched`` (a limit at ``price`` once the market touches
``limitIfTouchedPrice``); ``TrailingStop``/``TrailingStopLimit`` behave as ``Stop``/``StopLimit``
at their ``stopPrice`` (the stop does not trail), ``QTS`` as ``Market``. ``IOC``/``FOK`` orders
are canceled if they do not fill on arrival; ``Day``/``GTC``/``GTD`` orders rest (no session end
or expiry is simulated).

Nothing here does I/O or sleeps; latency is applied by the transports.
"""

from __future__ import annotations

import json
import random
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Final

from .market import Book, Market
from .seed import ORDER_STRATEGY_TYPE_MULTIBRACKET, PRODUCTS
from .store import Store

__all__ = ["Engine", "EngineOptions", "Rejection"]

_FEES: Final = {p.name: p.fee for p in PRODUCTS}
_DEFAULT_FEE: Final = 2.14
_OPPOSITE: Final = {"Buy": "Sell", "Sell": "Buy"}


@dataclass
class EngineOptions:
    fill_model: str = "touch"  # "touch" | "queue"
    slippage: float = 0.0  # probability of one tick of slippage on market fills
    fill_probability: float = 1.0  # "touch": chance per step that a limit resting at the touch fills
    seed: int = 0


class Rejection(Exception):
    """A command refused before it reached the book (answered as ``failureReason``)."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(text)
        self.reason = reason
        self.text = text


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

    @property
    def leaves(self) -> int:
        return self.qty - self.cum_qty


@dataclass
class Lot:
    fill_id: int
    qty: int
    price: float
    action: str


class Engine:
    """See the module doc."""

    def __init__(self, store: Store, market: Market, options: EngineOptions | None = None) -> None:
        self.store = store
        self.market = market
        self.options = options or EngineOptions()
        self.rng = random.Random(f"engine:{self.options.seed}")
        self.working: dict[int, Working] = {}
        self.lots: dict[tuple[int, int], deque[Lot]] = {}
        self.strategies: dict[int, dict[str, Any]] = {}  # orderStrategy id -> params and state
        market.listen(self.on_market)

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
        if account is None or not self._may_trade(user_id, account):
            raise Rejection("Unauthorized", "Access is denied")
        if account.get("active") is False or account.get("closed") is True:
            raise Rejection("AccountClosed", "The account is closed")
        return account

    def _may_trade(self, user_id: int, account: dict[str, Any]) -> bool:
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
            raise Rejection("InvalidContract", f"Unknown contract symbol {symbol!s:.40}")
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
            self._check_prices(body)
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        order = self._new_order(user_id, account, contract, body)
        self._submit(order, body)
        return {"orderId": order.order_id}

    def place_oso(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        try:
            account = self._account(user_id, body)
            contract = self.contract(body.get("symbol"))
            self._check_prices(body)
            brackets = [b for b in (body.get("bracket1"), body.get("bracket2")) if isinstance(b, dict)]
            for bracket in brackets:
                self._check_prices(bracket)
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
            self._check_prices(body)
            other_body = body.get("other")
            if not isinstance(other_body, dict):
                raise Rejection("UnknownReason", "other is required")
            self._check_prices(other_body)
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
        w = self.working.get(order_id)
        entity = self.store.get("order", order_id)
        if entity is None or not self._owns(user_id, entity):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        try:
            self._check_prices(body)
        except Rejection as r:
            return {"failureReason": r.reason, "failureText": r.text}
        command = self._command(order_id, "Modify", body, user_id)
        if w is None:
            self._report(command["id"], "ExecutionRejected", "TooLate", "Too late to modify: the order is not working")
            return {"commandId": command["id"]}
        qty = body.get("orderQty", w.qty)
        if not isinstance(qty, int) or qty <= w.cum_qty:
            self._report(
                command["id"], "ExecutionRejected", "UnknownReason", "orderQty must exceed the filled quantity"
            )
            return {"commandId": command["id"]}
        w.qty = qty
        w.order_type = body.get("orderType", w.order_type)
        w.price = body.get("price", w.price)
        w.stop_price = body.get("stopPrice", w.stop_price)
        w.tif = body.get("timeInForce", w.tif)
        w.triggered = False
        self._version(order_id, body, qty)
        self._report(command["id"], "RiskPassed")
        if w.suspended:
            self._update_command(command["id"], "AtExecution")
            return {"commandId": command["id"]}
        self._execution(w, "Replaced", "Working")
        self._update_command(command["id"], "AtExecution")
        if w.order_type == "Limit":
            w.queue_ahead = self._queue_ahead(w)
        self._try_fill(w)
        return {"commandId": command["id"]}

    def cancel_order(self, user_id: int, body: dict[str, Any]) -> dict[str, Any]:
        order_id = body.get("orderId")
        if not isinstance(order_id, int):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        entity = self.store.get("order", order_id)
        if entity is None or not self._owns(user_id, entity):
            return {"failureReason": "UnknownReason", "failureText": "Order not found"}
        command = self._command(order_id, "Cancel", body, user_id)
        w = self.working.get(order_id)
        if w is None:
            self._report(command["id"], "ExecutionRejected", "TooLate", "Too late to cancel: the order is not working")
            return {"commandId": command["id"]}
        self._report(command["id"], "RiskPassed")
        self._cancel(w, command["id"])
        self._update_command(command["id"], "AtExecution")
        return {"commandId": command["id"]}

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
        return account is not None and self._may_trade(user_id, account)

    @staticmethod
    def _check_prices(body: dict[str, Any]) -> None:
        kind = body.get("orderType")
        needs = {"Limit": ("price",), "Stop": ("stopPrice",), "StopLimit": ("price", "stopPrice")}.get(str(kind), ())
        for key in needs:
            value = body.get(key)
            if not isinstance(value, int | float) or value <= 0:
                raise Rejection("InvalidPrice", f"{kind} orders need a positive {key}")
        qty = body.get("orderQty")
        if qty is not None and (not isinstance(qty, int) or qty <= 0):
            raise Rejection("UnknownReason", "orderQty must be a positive integer")

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
        order = self.store.insert("order", entity)
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
        return self.store.insert("command", command)

    def _update_command(self, command_id: int, status: str) -> None:
        if self.store.get("command", command_id) is not None:
            self.store.update("command", command_id, commandStatus=status)

    def _version(self, order_id: int, body: dict[str, Any], qty: int) -> None:
        version: dict[str, Any] = {"orderId": order_id, "orderQty": qty, "orderType": body.get("orderType", "Market")}
        for key in ("price", "stopPrice", "maxShow", "pegDifference", "timeInForce", "expireTime", "text"):
            if key in body:
                version[key] = body[key]
        version.setdefault("timeInForce", "Day")
        self.store.insert("orderVersion", version)

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
        self.store.insert("commandReport", report)

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
            **extra,
        }
        return self.store.insert("executionReport", report)

    def _submit(self, w: Working, body: dict[str, Any], *, liquidation: bool = False, fill: bool = True) -> None:
        """Steps 1-3 of the trail for a new (or released bracket) order, then a first fill attempt."""
        command = self._command(w.order_id, "New", body, w.user_id)
        w.command_id = command["id"]
        if not w.suspended:
            self._version(w.order_id, body, w.qty)
        w.suspended = False
        rejection = None if liquidation else self._risk(w)
        if rejection is not None:
            self._report(command["id"], "RiskRejected", rejection.reason, rejection.text)
            self.working.pop(w.order_id, None)
            self._execution(w, "Rejected", "Rejected", rejectReason=rejection.reason, text=rejection.text)
            self.store.update("order", w.order_id, ordStatus="Rejected")
            self._update_command(command["id"], "RiskRejected")
            self._finish_family(w, filled=False)
            return
        self._report(command["id"], "RiskPassed")
        self._execution(w, "New", "Working")
        self.store.update("order", w.order_id, ordStatus="Working")
        self._update_command(command["id"], "AtExecution")
        if w.order_type == "Limit":
            w.queue_ahead = self._queue_ahead(w)
        if fill:
            self._try_fill(w)
            self._end_if_immediate(w)

    def _end_if_immediate(self, w: Working) -> None:
        """IOC and FOK orders do not rest: what did not fill on arrival is canceled."""
        if w.tif in ("IOC", "FOK") and w.order_id in self.working:
            self._cancel(w, w.command_id)

    def _risk(self, w: Working) -> Rejection | None:
        status = self.store.get("accountRiskStatus", w.account_id) or {}
        if status.get("adminAction") == "LockTradingImmediately":
            return Rejection("TradingLocked", "Trading is locked for this account")
        position = self.store.first("position", accountId=w.account_id, contractId=w.contract_id)
        net = position["netPos"] if position else 0
        signed = w.qty if w.action == "Buy" else -w.qty
        opening = abs(net + signed) > abs(net)
        for limit in self.store.where("userAccountPositionLimit", accountId=w.account_id, active=True):
            for param in self.store.where("userAccountRiskParameter", userAccountPositionLimitId=limit["id"]):
                cap = param.get("maxOpeningOrderQty" if opening else "maxClosingOrderQty")
                if isinstance(cap, int) and w.qty > cap:
                    return Rejection("MaxOrderQtyLimitReached", f"Order quantity {w.qty} exceeds the limit of {cap}")
            if not opening or not self._limit_applies(limit, w.contract_id):
                continue
            pending = sum(
                o.leaves
                for o in self.working.values()
                if o.account_id == w.account_id
                and o.contract_id == w.contract_id
                and o.action == w.action
                and o.order_id != w.order_id
                and not o.suspended
            )
            projected = abs(net + (1 if signed > 0 else -1) * (abs(signed) + pending))
            cap = limit.get("longLimit" if signed > 0 else "shortLimit")
            if isinstance(cap, int) and projected > cap:
                return Rejection("MaxPosLimitReached", f"Position limit of {cap} contracts reached")
        return None

    def _limit_applies(self, limit: dict[str, Any], contract_id: int) -> bool:
        by = limit.get("totalBy")
        if by == "Overall":
            return True
        if by == "Contract":
            return bool(limit.get("contractId") == contract_id)
        if by == "Product":
            return bool(limit.get("productId") == self.product_of(contract_id).get("id"))
        return False

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
                self._submit(child, {"orderType": child.order_type, "isAutomated": True}, fill=False)
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
                        self._submit(leg, {**leg_body, "isAutomated": True}, fill=False)
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
        for w in sorted(
            (o for o in self.working.values() if o.contract_id == book.contract_id and not o.suspended),
            key=lambda o: o.order_id,
        ):
            if w.order_id in self.working:
                self._try_fill(w, traded=True)

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
            ticks = touch
            if self.options.slippage and self.rng.random() < self.options.slippage:
                ticks += 1 if buy else -1
            self._fill(w, w.leaves, book.price(ticks))
            return
        if w.price is None:
            return
        limit = book.ticks(w.price)
        crossed = (buy and touch <= limit) or (not buy and touch >= limit)
        if not traded:
            if crossed:  # marketable on arrival: at the touch (price improvement)
                self._fill(w, w.leaves, book.price(touch))
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
        fees = self._fees(fill["id"], product, qty)
        if done:
            store.update("order", w.order_id, ordStatus="Filled")
        realized = self._position(w, fill, product)
        self._cash(w.account_id, realized, fees, fill["id"], w.user_id)
        if done:
            self._finish_family(w, filled=True)

    @staticmethod
    def fee_per_side(product: dict[str, Any]) -> float:
        """All-in fees per contract and side for a product (USD)."""
        return _FEES.get(str(product.get("name", "")), _DEFAULT_FEE)

    def _fees(self, fill_id: int, product: dict[str, Any], qty: int) -> float:
        total = round(self.fee_per_side(product) * qty, 2)
        exchange = round(total * 0.6, 2)
        clearing = round(total * 0.15, 2)
        nfa = round(0.02 * qty, 2)
        commission = round(total - exchange - clearing - nfa, 2)
        self.store.insert(
            "fillFee",
            {
                "id": fill_id,
                "clearingFee": clearing,
                "clearingCurrencyId": 1,
                "exchangeFee": exchange,
                "exchangeCurrencyId": 1,
                "nfaFee": nfa,
                "nfaCurrencyId": 1,
                "commission": commission,
                "commissionCurrencyId": 1,
            },
        )
        return total

    def _position(self, w: Working, fill: dict[str, Any], product: dict[str, Any]) -> float:
        store = self.store
        key = (w.account_id, w.contract_id)
        lots = self.lots.setdefault(key, deque())
        position = store.first("position", accountId=w.account_id, contractId=w.contract_id)
        qty, price, action = fill["qty"], fill["price"], fill["action"]
        pairs: list[tuple[Lot, int]] = []
        remaining = qty
        while remaining and lots and lots[0].action != action:
            lot = lots[0]
            take = min(lot.qty, remaining)
            pairs.append((lot, take))
            lot.qty -= take
            remaining -= take
            if lot.qty == 0:
                lots.popleft()
        if remaining:
            lots.append(Lot(fill["id"], remaining, price, action))
        net = sum(lot.qty if lot.action == "Buy" else -lot.qty for lot in lots)
        open_qty = sum(lot.qty for lot in lots)
        net_price = round(sum(lot.qty * lot.price for lot in lots) / open_qty, 9) if open_qty else None
        changes: dict[str, Any] = {
            "timestamp": store.clock.stamp(),
            "tradeDate": store.clock.trade_date(),
            "netPos": net,
        }
        if net_price is not None:
            changes["netPrice"] = net_price
        if position is None:
            position = store.insert(
                "position",
                {
                    "accountId": w.account_id,
                    "contractId": w.contract_id,
                    "bought": qty if action == "Buy" else 0,
                    "boughtValue": price * qty if action == "Buy" else 0.0,
                    "sold": qty if action == "Sell" else 0,
                    "soldValue": price * qty if action == "Sell" else 0.0,
                    "prevPos": 0,
                    "archived": False,
                    **changes,
                },
            )
        else:
            side = "bought" if action == "Buy" else "sold"
            changes[side] = position[side] + qty
            changes[side + "Value"] = round(position[side + "Value"] + price * qty, 9)
            if net_price is None:
                position = {k: v for k, v in position.items() if k != "netPrice"}
                store.tables["position"][position["id"]] = position
            position = store.update("position", position["id"], **changes)
        realized = 0.0
        point_value = float(product.get("valuePerPoint", 1.0))
        for lot, take in pairs:
            buy_id, sell_id = (lot.fill_id, fill["id"]) if lot.action == "Buy" else (fill["id"], lot.fill_id)
            buy_price, sell_price = (lot.price, price) if lot.action == "Buy" else (price, lot.price)
            store.insert(
                "fillPair",
                {
                    "positionId": position["id"],
                    "buyFillId": buy_id,
                    "sellFillId": sell_id,
                    "qty": take,
                    "buyPrice": buy_price,
                    "sellPrice": sell_price,
                    "active": True,
                    "archived": False,
                },
            )
            realized += (sell_price - buy_price) * take * point_value
        return round(realized, 2)

    def _cash(self, account_id: int, realized: float, fees: float, fill_id: int, user_id: int) -> None:
        balance = self.store.first("cashBalance", accountId=account_id, currencyId=1)
        if balance is None:
            return
        amount = float(balance["amount"])
        for change_type, delta in (("TradePaired", realized), ("Commission", -fees)):
            if not delta:
                continue
            amount = round(amount + delta, 2)
            # Kept for cashBalanceLog queries; the real server sends no props for these (not a sync type).
            self.store.insert(
                "cashBalanceLog",
                {
                    "accountId": account_id,
                    "timestamp": self.store.clock.stamp(),
                    "tradeDate": self.store.clock.trade_date(),
                    "currencyId": 1,
                    "amount": amount,
                    "cashChangeType": change_type,
                    "delta": round(delta, 2),
                    "fillId": fill_id,
                    "senderId": user_id,
                },
                quiet=True,
            )
        self.store.update(
            "cashBalance",
            balance["id"],
            timestamp=self.store.clock.stamp(),
            amount=amount,
            realizedPnL=round(balance.get("realizedPnL", 0.0) + realized, 2),
            weekRealizedPnL=round(balance.get("weekRealizedPnL", 0.0) + realized, 2),
        )
