"""The trading engine's data: its options (:class:`EngineOptions`, :class:`Latency`) and its view
of a live order (:class:`Working`). The entities clients see are in the store; this is what the
engine needs to match and follow an order (:mod:`.engine` and the modules it is made of)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from .checks import Limits, gtd_date
from .risk import RiskOptions

__all__ = ["EngineOptions", "Latency", "Working", "WorkingOrders", "expire_date"]


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
    expire_date: datetime.date | None = None  # GTD: the trade date at whose close it expires
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
    preopen: bool = False  # entered or modified while its market did not match: offered the book at the open
    cl_ord_id: str | None = None  # the client's clOrdId: executionReport.externalClOrdId
    exchange_order_id: str | None = None  # the exchange's id, once at the book
    peg: float | None = None  # a trailing stop's pegDifference
    trail: int | None = None  # ... its offset from the touch, in ticks, once trailing

    @property
    def leaves(self) -> int:
        return self.qty - self.cum_qty


def expire_date(body: dict[str, Any]) -> datetime.date | None:
    """The CME trade date of a GTD order's ``expireTime`` (``None``: not GTD; a GTD without a
    usable time is refused before it gets here, :func:`.checks.check_order`)."""
    return gtd_date(body)


class WorkingOrders(dict[int, Working]):
    """The live orders by id, also by account and by contract (:meth:`of_account`,
    :meth:`of_contract`), so what concerns one account or one contract — a market step, the risk
    check's pending quantity, a liquidation — looks at its own orders, not at every live order.
    Written only through ``[id] = w`` and :meth:`discard`."""

    def __init__(self) -> None:
        super().__init__()
        self._accounts: dict[int, dict[int, Working]] = {}
        self._contracts: dict[int, dict[int, Working]] = {}

    def __setitem__(self, order_id: int, w: Working) -> None:
        self.discard(order_id)
        super().__setitem__(order_id, w)
        self._accounts.setdefault(w.account_id, {})[order_id] = w
        self._contracts.setdefault(w.contract_id, {})[order_id] = w

    def discard(self, order_id: int) -> Working | None:
        """Remove an order (``None``: it was not live)."""
        w = super().pop(order_id, None)
        if w is not None:
            for by, key in ((self._accounts, w.account_id), (self._contracts, w.contract_id)):
                group = by.get(key)
                if group is not None:
                    group.pop(order_id, None)
                    if not group:
                        del by[key]
        return w

    def of_account(self, account_id: int) -> list[Working]:
        """The account's live orders, oldest first."""
        return sorted(self._accounts.get(account_id, {}).values(), key=_order_id)

    def of_contract(self, contract_id: int) -> list[Working]:
        """The contract's live orders, oldest first."""
        return sorted(self._contracts.get(contract_id, {}).values(), key=_order_id)


def _order_id(w: Working) -> int:
    return w.order_id
