"""An order's life after its command: arrival at the risk check and the book (after the
simulated latency), modify and cancel taking effect (or losing the race: ``TooLate``), the end
of an order (filled, canceled, expired, rejected) and what it sets off in its family (OSO
brackets released or canceled, the OCO partner canceled, a strategy's next step), Day orders
expiring at the session's close, and contract expiry (working orders canceled, positions
settled). Driven by the engine's commands (:mod:`.engine`) and the market's steps."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
from collections.abc import Callable
from typing import Any, Final

from .calendar import Session
from .checks import Rejection
from .market import Book
from .matching import Matching
from .orders import Working, expire_date
from .risk import AUTO_LIQ_SENDER

__all__ = ["Lifecycle"]

_OPPOSITE: Final = {"Buy": "Sell", "Sell": "Buy"}
_NEVER: Final = datetime.datetime.max.replace(tzinfo=datetime.UTC)


class Lifecycle(Matching):
    """See the module doc."""

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

    def _arrive(self, w: Working, body: dict[str, Any]) -> None:
        """An order reaches the risk check and the book (after the insert latency)."""
        if w.order_id in self.working:  # not canceled while on its way
            self._submit(w, body)

    def _modify(self, order_id: int, command_id: int, body: dict[str, Any]) -> None:
        w = self.working.get(order_id)
        if w is None or w.pending:
            self._report(command_id, "ExecutionRejected", "TooLate", "Too late to modify: the order is not working")
            return
        qty = body.get("orderQty", w.qty)
        if not isinstance(qty, int) or qty <= w.cum_qty:
            self._report(command_id, "ExecutionRejected", "UnknownReason", "orderQty must exceed the filled quantity")
            return
        refused = self.risk.liquidate_only(w, qty - w.cum_qty) if qty > w.qty else None
        if refused is None and "stopPrice" in body and not (w.suspended or w.triggered):  # moved through the market
            kind = body.get("orderType", w.order_type)
            refused = self._through_market(dataclasses.replace(w, order_type=kind, stop_price=body["stopPrice"]))
        if refused is not None:
            self._report(command_id, "RiskRejected", refused.reason, refused.text)  # the order works on unchanged
            self._update_command(command_id, "RiskRejected")
            return
        w.qty = qty
        w.order_type = body.get("orderType", w.order_type)
        w.price = body.get("price", w.price)
        w.stop_price = body.get("stopPrice", w.stop_price)
        w.lit_price = body.get("limitIfTouchedPrice", w.lit_price)
        if "pegDifference" in body or "stopPrice" in body:  # a trailing stop trails from here
            w.peg = body.get("pegDifference", w.peg)
            w.trail = None
        w.tif = body.get("timeInForce", w.tif)
        if "timeInForce" in body or "expireTime" in body:
            w.expire_date = expire_date({"timeInForce": w.tif, **body})
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
        if self.market.matching(w.contract_id):
            self._try_fill(w)
        else:
            w.preopen = True

    def _cancel_now(self, order_id: int, command_id: int) -> None:
        w = self.working.get(order_id)
        if w is None:  # filled, canceled or rejected first: the race is lost
            self._report(command_id, "ExecutionRejected", "TooLate", "Too late to cancel: the order is not working")
            return
        self._report(command_id, "RiskPassed")
        self._cancel(w, command_id)
        self._update_command(command_id, "AtExecution")

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
            self.working.discard(w.order_id)
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
        if not self.market.matching(w.contract_id):  # (the pre-open takes orders, matches none)
            w.preopen = True
        elif fill:
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
        w.command_id = command_id or w.command_id
        self._end(w, "Canceled")

    def _end(self, w: Working, status: str) -> None:
        """``w`` ends unfilled (``Canceled``, ``Expired``): its trail, then its family's."""
        self.working.discard(w.order_id)
        self._execution(w, status, status)
        self.store.update("order", w.order_id, ordStatus=status)
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
                self.working.discard(child_id)
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

    def on_market(self, book: Book) -> None:
        """After each market step: fill what the new prices reach."""
        if self._expired(book.contract_id):
            self._settle(book)
            return
        live = [o for o in self.working.of_contract(book.contract_id) if not (o.suspended or o.pending)]
        for w in live:  # (the contract's own orders, oldest first, as they were before the step)
            if w.order_id in self.working:
                # an order entered in the pre-open meets the book at the open as a new order does
                # in the session (a crossing limit walks it); after that it is a resting order
                arriving, w.preopen = w.preopen, False
                self._try_fill(w, traded=not arriving)
        self.risk.on_market(book)

    def on_session_end(self, book: Book, session: Session) -> None:
        """The last session of the contract's trade date has closed (CME's "Close - Final"): its
        Day orders are eliminated — ``executionReport`` ``Expired``/``Expired``, the order
        ``Expired`` (the exchange's Order Elimination message, ExecType and OrdStatus ``C``),
        and GTD orders whose ``expireTime`` falls on that trade date or before (a GTD without a usable
        ``expireTime``, or with one already over, is refused at entry: :mod:`.checks`); GTC orders
        rest on. A clock jumped over several closes calls this once per close, in order."""
        for w in self.working.of_contract(book.contract_id):
            if w.order_id not in self.working:
                continue
            if w.tif == "Day" or (w.expire_date is not None and w.expire_date <= session.trade_date):
                self._end(w, "Expired")

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
        for w in self.working.of_contract(book.contract_id):
            if w.order_id in self.working:
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
