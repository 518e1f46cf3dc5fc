"""Tradovate's risk engine, as the simulator models it: limits and margin before an order, and
auto-liquidation rules enforced in real time.

Before an order reaches the book (:meth:`Risk.pre_trade`, the ``RiskPassed``/``RiskRejected``
step of the trail):

- ``accountRiskStatus.adminAction`` ``LockTradingImmediately`` / ``LiquidateImmediately``:
  every order refused, ``TradingLocked``;
- liquidate-only mode (``accountRiskStatus.liquidateOnly`` set, or ``adminAction``
  ``LiquidateOnlyModeImmediately``): only an order that reduces the position toward flat passes —
  opposite side, its quantity plus the working orders on that side at most ``|netPos|`` — anything
  else (opening, growing, reversing, or with other working orders going through flat) is refused
  ``LiquidationOnly``; a modify that raises the quantity is checked the same way
  (:meth:`Risk.liquidate_only`);
- ``userAccountRiskParameter.maxOpeningOrderQty`` / ``maxClosingOrderQty``:
  ``MaxOrderQtyLimitReached`` "Max order quantity exceeded" (the captured text);
- ``userAccountPositionLimit`` ``longLimit`` / ``shortLimit`` (``totalBy`` Overall, Contract or
  Product), counting working orders on the same side: ``MaxPosLimitReached``;
- margin: an opening order needs its margin (:data:`.margins.MARGINS`, the day-trade margin by default —
  Tradovate's intraday rate — or the exchange's initial margin with
  ``RiskOptions.day_trade_margins=False``) within the account's net liquidation value less the
  margin already used: refused ``UnknownReason`` "Insufficient margin..." (the real reason and
  text are not in any capture we hold: a guess).

After every fill and every market step that moves an open position (:meth:`Risk.check`), the
account's net liquidation value (cash plus open P&L marked at the bid for longs, the offer for
shorts) is compared with the ``userAccountAutoLiq`` rules:

- ``trailingMaxDrawdown``: the floor is ``maxNetLiq - trailingMaxDrawdown``, never above
  ``trailingMaxDrawdownLimit`` when that is set (prop-firm accounts stop trailing there);
  ``maxNetLiq`` follows every new high in ``RealTime`` mode, and only the closing value of each
  trade date in ``EOD`` mode;
- ``dailyLossAutoLiq`` / ``dailyProfitAutoLiq``: net liquidation value against the start of the
  trade date; ``weeklyLossAutoLiq`` / ``weeklyProfitAutoLiq`` against the start of the week
  (first trade date seen in the ISO week);
- ``dailyLossLiqOnly``: liquidate-only mode without liquidation.

A tripped auto-liquidation rule cancels the account's working orders, flattens every position
with market orders (``admin`` orders whose version text is ``AutoLiq``, their commands with
``senderId`` -1 and an ``autoLiqTransactionId``), and leaves the account in liquidate-only mode:
``accountRiskStatus`` gets ``autoLiqStarted``/``autoLiqStopped``, ``autoLiqCounter`` + 1,
``liquidateOnly``. A new trade date lifts liquidate-only mode unless ``doNotUnlock`` is set (the
evaluation-account shape: failed for good). ``marginSnapshot`` follows every position change,
with ``autoLiqLevel`` (the net liquidation value that liquidates) and ``liqOnlyLevel``.

Not modelled: alerts (``*Alert`` fields), ``marginPercentage*`` rules, ``flattenTimestamp``,
``changesLocked``, the about-a-minute ``AgreedOnLiqOnlyModeByAutoLiq`` grace period.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from .checks import Rejection
from .margins import DEFAULT_MARGIN, MARGINS, Margin

if TYPE_CHECKING:
    from .engine import Engine
    from .market import Book
    from .orders import Working

__all__ = ["MARGINS", "Margin", "Risk", "RiskOptions"]


AUTO_LIQ_SENDER: Final = -1  # commands sent by the auto-liquidation system


@dataclass
class RiskOptions:
    day_trade_margins: bool = True  # margin orders at the day-trade rate (else the exchange's initial)
    margin_check: bool = True


@dataclass
class _Day:
    trade_date: Any
    sod: float  # net liquidation value at the start of the trade date
    week: tuple[int, int]  # ISO year and week of the trade date
    sow: float  # ... at the start of the week


class Risk:
    """See the module doc. One per engine; it reads and writes the engine's store."""

    def __init__(self, engine: Engine, options: RiskOptions | None = None) -> None:
        self.engine = engine
        self.store = engine.store
        self.options = options or RiskOptions()
        self.days: dict[int, _Day] = {}
        self.transactions = 0
        self._margins_of: dict[int, Margin] = {}

    # ---------------------------------------------------------------------------------------
    # values

    def margin(self, contract_id: int) -> Margin:
        found = self._margins_of.get(contract_id)
        if found is None:  # (by the product's name, which does not change)
            name = str(self.engine.product_of(contract_id).get("name", ""))
            found = self._margins_of[contract_id] = MARGINS.get(name, DEFAULT_MARGIN)
        return found

    def _rate(self, contract_id: int) -> float:
        m = self.margin(contract_id)
        return m.day if self.options.day_trade_margins else m.initial

    def _positions(self, account_id: int) -> list[dict[str, Any]]:
        return [p for p in self.store.where("position", accountId=account_id) if p.get("netPos")]

    def _cash(self, account_id: int) -> dict[str, Any]:
        balance = self.store.get("cashBalance", account_id)  # seeded with the account's id
        if balance is None or balance.get("accountId") != account_id or balance.get("currencyId") != 1:
            balance = self.store.first("cashBalance", accountId=account_id, currencyId=1)
        return balance or {}

    def open_pnl(self, account_id: int, positions: list[dict[str, Any]] | None = None) -> float:
        total = 0.0
        for position in self._positions(account_id) if positions is None else positions:
            net = position.get("netPos") or 0
            book = self.engine.market.book(position["contractId"])
            if book is None or not net or "netPrice" not in position:
                continue
            mark = book.best_bid if net > 0 else book.best_offer
            value = float(self.engine.product_of(position["contractId"]).get("valuePerPoint", 1.0))
            total += (mark - position["netPrice"]) * net * value
        return round(total, 2)

    def net_liq(self, account_id: int, positions: list[dict[str, Any]] | None = None) -> float:
        balance = self._cash(account_id)
        return round(float(balance.get("amount", 0.0)) + self.open_pnl(account_id, positions), 2)

    def used_margin(self, account_id: int, positions: list[dict[str, Any]] | None = None) -> float:
        return sum(
            abs(int(p.get("netPos") or 0)) * self._rate(p["contractId"])
            for p in (self._positions(account_id) if positions is None else positions)
        )

    # ---------------------------------------------------------------------------------------
    # before an order

    def pre_trade(self, w: Working) -> Rejection | None:
        """Why the risk system refuses ``w`` (``None``: ``RiskPassed``)."""
        store = self.store
        day = self.days.get(w.account_id)
        if day is not None and day.trade_date != store.clock.trade_date():
            self.check(w.account_id)  # a new trade date may lift liquidate-only mode
        status = store.get("accountRiskStatus", w.account_id) or {}
        action = status.get("adminAction")
        if action in ("LockTradingImmediately", "LiquidateImmediately"):
            return Rejection("TradingLocked", "Trading is locked for this account")
        position = store.first("position", accountId=w.account_id, contractId=w.contract_id)
        net = position["netPos"] if position else 0
        signed = w.qty if w.action == "Buy" else -w.qty
        opening = abs(net + signed) > abs(net)
        if (refused := self.liquidate_only(w, w.leaves, status, net)) is not None:
            return refused
        for limit in store.where("userAccountPositionLimit", accountId=w.account_id, active=True):
            for param in store.where("userAccountRiskParameter", userAccountPositionLimitId=limit["id"]):
                cap = param.get("maxOpeningOrderQty" if opening else "maxClosingOrderQty")
                if isinstance(cap, int) and w.qty > cap:
                    return Rejection("MaxOrderQtyLimitReached", "Max order quantity exceeded")
            if not opening or not self._limit_applies(limit, w.contract_id):
                continue
            projected = abs(net + (1 if signed > 0 else -1) * (abs(signed) + self._pending(w)))
            cap = limit.get("longLimit" if signed > 0 else "shortLimit")
            if isinstance(cap, int) and projected > cap:
                return Rejection("MaxPosLimitReached", f"Position limit of {cap} contracts reached")
        if opening and self.options.margin_check:
            needed = (abs(net + signed) - abs(net)) * self._rate(w.contract_id)
            positions = self._positions(w.account_id)
            available = self.net_liq(w.account_id, positions) - self.used_margin(w.account_id, positions)
            if needed > available:
                return Rejection(
                    "UnknownReason", f"Insufficient margin: ${needed:,.2f} needed, ${max(available, 0):,.2f} available"
                )
        return None

    def liquidate_only(
        self, w: Working, leaves: int, status: dict[str, Any] | None = None, net: int | None = None
    ) -> Rejection | None:
        """In liquidate-only mode, an order (or a modify to ``leaves`` still to fill) passes only
        if it reduces the position toward flat: the side opposite the position, and its quantity
        with the account's other working orders on that side at most the position — so it can
        neither reverse the position nor, with other orders, take it through flat."""
        store = self.store
        if status is None:
            status = store.get("accountRiskStatus", w.account_id) or {}
        if not (status.get("liquidateOnly") or status.get("adminAction") == "LiquidateOnlyModeImmediately"):
            return None
        if net is None:
            position = store.first("position", accountId=w.account_id, contractId=w.contract_id)
            net = position["netPos"] if position else 0
        reducing = (net > 0 and w.action == "Sell") or (net < 0 and w.action == "Buy")
        if reducing and leaves + self._pending(w) <= abs(net):
            return None
        return Rejection("LiquidationOnly", "Account is in liquidation-only mode: only orders that reduce a position")

    def _pending(self, w: Working) -> int:
        """What the account's other working orders on ``w``'s side could still fill: an OCO pair
        once (the larger leg; one leg's fill shrinks or cancels the other), ``w``'s own OCO partner
        not at all."""
        working = self.engine.working
        total = 0
        counted: set[int] = {w.order_id} | ({w.oco_id} if w.oco_id is not None else set())
        for o in working.of_account(w.account_id):
            if o.contract_id != w.contract_id or o.action != w.action or o.suspended or o.order_id in counted:
                continue
            counted.add(o.order_id)
            partner = working.get(o.oco_id) if o.oco_id is not None else None
            if partner is not None and partner.order_id not in counted and partner.action == o.action:
                counted.add(partner.order_id)
                total += max(o.leaves, 0 if partner.suspended else partner.leaves)
            else:
                total += o.leaves
        return total

    def _limit_applies(self, limit: dict[str, Any], contract_id: int) -> bool:
        by = limit.get("totalBy")
        if by == "Overall":
            return True
        if by == "Contract":
            return bool(limit.get("contractId") == contract_id)
        if by == "Product":
            return bool(limit.get("productId") == self.engine.product_of(contract_id).get("id"))
        return False

    # ---------------------------------------------------------------------------------------
    # in real time

    def on_market(self, book: Book) -> None:
        """After a market step: every account with a position in this contract."""
        accounts = {
            p["accountId"] for p in self.store.where("position", contractId=book.contract_id) if p.get("netPos")
        }
        for account_id in sorted(accounts):
            self.check(account_id)

    def on_fill(self, account_id: int) -> None:
        positions = self._positions(account_id)
        self._margins(account_id, positions)
        self.check(account_id, positions)

    def check(self, account_id: int, positions: list[dict[str, Any]] | None = None) -> None:
        """Apply the account's auto-liquidation rules to its current net liquidation value."""
        store = self.store
        rules = store.get("userAccountAutoLiq", account_id)
        status = store.get("accountRiskStatus", account_id)
        if rules is None or status is None:
            return
        net_liq = self.net_liq(account_id, positions)
        day = self._day(account_id, net_liq, rules, status)
        status = store.get("accountRiskStatus", account_id) or status
        changes: dict[str, Any] = {}
        stamp = store.clock.stamp()
        high = status.get("maxNetLiq")
        if rules.get("trailingMaxDrawdownMode", "RealTime") == "RealTime" and (high is None or net_liq > high):
            changes.update(maxNetLiq=net_liq, maxNetLiqTimestamp=stamp)
        low = status.get("minNetLiq")
        if low is None or net_liq < low:
            changes["minNetLiq"] = net_liq
        if changes:
            status = store.update("accountRiskStatus", account_id, **changes)
            if "maxNetLiq" in changes and self.drawdown_floor(rules, status) is not None:
                self._margins(account_id, positions)  # the trailing floor moved
        if status.get("liquidateOnly"):
            return  # tripped already: nothing more to do until it is lifted
        tripped = self._tripped(rules, status, net_liq, day)
        if tripped == "liqOnly":
            store.update("accountRiskStatus", account_id, liquidateOnly=stamp)
        elif tripped is not None:
            self.auto_liquidate(account_id)

    def _tripped(self, rules: dict[str, Any], status: dict[str, Any], net_liq: float, day: _Day) -> str | None:
        floor = self.drawdown_floor(rules, status)
        if floor is not None and net_liq <= floor:
            return "trailingMaxDrawdown"
        day_pnl, week_pnl = net_liq - day.sod, net_liq - day.sow
        for key, value, loss in (
            ("dailyLossAutoLiq", day_pnl, True),
            ("dailyProfitAutoLiq", day_pnl, False),
            ("weeklyLossAutoLiq", week_pnl, True),
            ("weeklyProfitAutoLiq", week_pnl, False),
        ):
            bound = rules.get(key)
            if isinstance(bound, int | float) and bound > 0 and (-value >= bound if loss else value >= bound):
                return key
        bound = rules.get("dailyLossLiqOnly")
        if isinstance(bound, int | float) and bound > 0 and -day_pnl >= bound:
            return "liqOnly"
        return None

    @staticmethod
    def drawdown_floor(rules: dict[str, Any], status: dict[str, Any]) -> float | None:
        drawdown, high = rules.get("trailingMaxDrawdown"), status.get("maxNetLiq")
        if not isinstance(drawdown, int | float) or drawdown <= 0 or not isinstance(high, int | float):
            return None
        floor = high - drawdown
        limit = rules.get("trailingMaxDrawdownLimit")
        if isinstance(limit, int | float) and limit > 0:
            floor = min(floor, limit)
        return round(floor, 2)

    def _day(self, account_id: int, net_liq: float, rules: dict[str, Any], status: dict[str, Any]) -> _Day:
        """The account's trade-date state; a new trade date closes the previous one."""
        trade_date = self.store.clock.trade_date()
        day = self.days.get(account_id)
        if day is not None and day.trade_date == trade_date:
            return day
        week = _iso_week(trade_date)
        if day is None:
            sod = float(self._cash(account_id).get("amountSOD", net_liq))
            if status.get("maxNetLiq") is None:
                self.store.update(
                    "accountRiskStatus", account_id, maxNetLiq=sod, maxNetLiqTimestamp=self.store.clock.stamp()
                )
            day = _Day(trade_date, sod, week, sod)
        else:
            previous_close = net_liq  # no step between the last check and the roll: the close
            if rules.get("trailingMaxDrawdownMode") == "EOD" and previous_close > (status.get("maxNetLiq") or 0):
                self.store.update(
                    "accountRiskStatus",
                    account_id,
                    maxNetLiq=previous_close,
                    maxNetLiqTimestamp=self.store.clock.stamp(),
                )
            if status.get("liquidateOnly") and not rules.get("doNotUnlock"):
                unlocked = {k: v for k, v in status.items() if k != "liquidateOnly"}
                self.store.replace("accountRiskStatus", unlocked)
            day = _Day(trade_date, net_liq, week, net_liq if week != day.week else day.sow)
        self.days[account_id] = day
        return day

    def auto_liquidate(self, account_id: int) -> None:
        """Cancel the account's working orders, flatten its positions, leave it liquidate-only."""
        store = self.store
        status = store.get("accountRiskStatus", account_id) or {"id": account_id}
        self.transactions += 1
        store.update(
            "accountRiskStatus",
            account_id,
            autoLiqStarted=store.clock.stamp(),
            autoLiqCounter=int(status.get("autoLiqCounter") or 0) + 1,
            liquidateOnly=store.clock.stamp(),
        )
        self.engine.flatten(account_id, transaction_id=self.transactions)
        store.update("accountRiskStatus", account_id, autoLiqStopped=store.clock.stamp())

    def _margins(self, account_id: int, positions: list[dict[str, Any]] | None = None) -> None:
        """Keep the account's ``marginSnapshot`` current."""
        snapshot = self.store.get("marginSnapshot", account_id)
        if snapshot is None:
            return
        initial = maintenance = full = 0.0
        for p in self._positions(account_id) if positions is None else positions:
            n = abs(p.get("netPos") or 0)
            m = self.margin(p["contractId"])
            initial += n * (m.day if self.options.day_trade_margins else m.initial)
            maintenance += n * (m.day if self.options.day_trade_margins else m.maintenance)
            full += n * m.initial
        changes: dict[str, Any] = {
            "initialMargin": round(initial, 2),
            "maintenanceMargin": round(maintenance, 2),
            "totalUsedMargin": round(initial, 2),
            "positionMargin": round(maintenance, 2),
            "fullInitialMargin": round(full, 2),
            "totalUsedFullMargin": round(full, 2),
        }
        rules = self.store.get("userAccountAutoLiq", account_id) or {}
        status = self.store.get("accountRiskStatus", account_id) or {}
        day = self.days.get(account_id)
        levels = [self.drawdown_floor(rules, status)]
        if day is not None and isinstance(rules.get("dailyLossAutoLiq"), int | float) and rules["dailyLossAutoLiq"] > 0:
            levels.append(round(day.sod - rules["dailyLossAutoLiq"], 2))
        auto = max((v for v in levels if v is not None), default=None)
        if auto is not None:
            changes["autoLiqLevel"] = auto
        liq_only = rules.get("dailyLossLiqOnly")
        if day is not None and isinstance(liq_only, int | float) and liq_only > 0:
            changes["liqOnlyLevel"] = round(day.sod - liq_only, 2)
        if any(snapshot.get(k) != v for k, v in changes.items()):
            self.store.update("marginSnapshot", account_id, timestamp=self.store.clock.stamp(), **changes)


def _iso_week(trade_date: Any) -> tuple[int, int]:
    if isinstance(trade_date, dict):
        date = datetime.date(int(trade_date["year"]), int(trade_date["month"]), int(trade_date["day"]))
        iso = date.isocalendar()
        return iso[0], iso[1]
    return (0, 0)
