"""Accounting after a fill: fees, the position (first-in-first-out lots and one ``fillPair`` per
closed lot), realized P&L, the cash balance and its log. Used by :mod:`.engine`."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Final

from .seed import PRODUCTS
from .store import Store

__all__ = ["Accounts", "Lot"]

_FEES: Final = {p.name: p.fee for p in PRODUCTS}
_DEFAULT_FEE: Final = 2.14


@dataclass
class Lot:
    fill_id: int
    qty: int
    price: float
    action: str


class Accounts:
    """Positions, fees and cash of every account (the engine's bookkeeping)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lots: dict[tuple[int, int], deque[Lot]] = {}

    @staticmethod
    def fee_per_side(product: dict[str, Any]) -> float:
        """All-in fees per contract and side for a product (USD)."""
        return _FEES.get(str(product.get("name", "")), _DEFAULT_FEE)

    def fees(self, fill_id: int, product: dict[str, Any], qty: int) -> float:
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

    def position(self, account_id: int, contract_id: int, fill: dict[str, Any], product: dict[str, Any]) -> float:
        store = self.store
        key = (account_id, contract_id)
        lots = self.lots.setdefault(key, deque())
        position = store.first("position", accountId=account_id, contractId=contract_id)
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
                    "accountId": account_id,
                    "contractId": contract_id,
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

    def cash(self, account_id: int, realized: float, fees: float, fill_id: int, user_id: int) -> None:
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
