"""The entities of an order's trail, written to the store (each write one ``props`` event): the
order, its commands, versions, command reports and execution reports, with the id relations of
captured traffic (an order's ``New`` command and first ``orderVersion`` share its id; a command's
report has the command's id + 1). :class:`Trail` is the base of the engine (:mod:`.engine`):
it declares the state the engine's parts share."""

from __future__ import annotations

import datetime
import random
from typing import Any

from .accounts import Accounts
from .market import Book, Market
from .orders import EngineOptions, Working, WorkingOrders, expire_date
from .risk import Risk
from .store import Store

__all__ = ["Trail"]


class Trail:
    """Writes the trail's entities; the state of the engine (set by :class:`.engine.Engine`)."""

    store: Store
    market: Market
    options: EngineOptions
    rng: random.Random  # fills: slippage, fill probability
    latency_rng: random.Random
    working: WorkingOrders  # the live orders by id (and by account, by contract)
    accounts: Accounts
    risk: Risk
    strategies: dict[int, dict[str, Any]]  # orderStrategy id -> params and state
    expiry: dict[int, datetime.datetime]  # contract id -> its expiration
    settled: set[int]  # expired contracts already settled
    exchange_ids: int  # the exchange's last order id
    _product_ids: dict[int, Any]  # contract id -> its product's id

    def product_of(self, contract_id: int) -> dict[str, Any]:
        product_id = self._product_ids.get(contract_id)
        if product_id is None:  # (a contract's maturity and product never change: looked up once)
            contract = self.store.get("contract", contract_id) or {}
            maturity = self.store.get("contractMaturity", contract.get("contractMaturityId", -1)) or {}
            product_id = self._product_ids[contract_id] = maturity.get("productId", -1)
        return self.store.get("product", product_id) or {"name": "", "valuePerPoint": 1.0}

    def _book(self, contract_id: int) -> Book:
        book = self.market.book(contract_id)
        assert book is not None
        return book

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
            expire_date=expire_date(body),
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
        keys = ("price", "stopPrice", "limitIfTouchedPrice", "maxShow", "pegDifference", "timeInForce", "expireTime")
        for key in (*keys, "text"):
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

    @staticmethod
    def _prices(w: Working) -> dict[str, Any]:
        out = {"price": w.price, "stopPrice": w.stop_price, "timeInForce": w.tif}
        return {k: v for k, v in out.items() if v is not None}
