"""One contract's book in the simulator's market (:mod:`.market` moves it): the best bid and
offer as integer tick counts, the displayed sizes per level, the session's statistics and the
last step's prints (:class:`Trade`). :meth:`Book.price` turns a tick count into a price on the
grid (rounded to 9 decimals, as the order checks read prices: :mod:`.checks`).
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field

from .calendar import Session

__all__ = ["Book", "Trade"]


@dataclass(frozen=True)
class Trade:
    """One print: price in ticks, size, the aggressor side (``Buy`` lifts the offer)."""

    ticks: int
    size: int
    aggressor: str
    timestamp: str


@dataclass
class Book:
    """One contract's market: best bid/offer in ticks, sizes per level, session statistics."""

    contract_id: int
    tick_size: float
    bid: int  # best bid, in ticks
    rng: random.Random
    spread: int = 1
    bid_sizes: list[int] = field(default_factory=list)
    offer_sizes: list[int] = field(default_factory=list)
    last: Trade | None = None
    open: int = 0
    high: int = 0
    low: int = 0
    settlement: int = 0
    volume: int = 0
    open_interest: int = 0
    trades: list[Trade] = field(default_factory=list)  # the prints of the last step
    timestamp: str = ""
    symbol: str = ""  # the contract's name (ESZ6)
    product: str = ""  # its product's name (ES): the trading calendar's key
    driven: bool = False  # moved by a recorded feed, not by the walk
    session: Session | None = None  # the trading session last seen open (calendars with sessions)
    checked: datetime.datetime | None = None  # when its session was last looked at

    @property
    def offer(self) -> int:
        return self.bid + self.spread

    def price(self, ticks: int) -> float:
        """A tick count as a price, rounded to the tick's decimals (``6850.25``)."""
        return round(ticks * self.tick_size, 9)

    def ticks(self, price: float) -> int:
        """A price as the nearest tick count."""
        return round(price / self.tick_size)

    @property
    def best_bid(self) -> float:
        return self.price(self.bid)

    @property
    def best_offer(self) -> float:
        return self.price(self.offer)

    def size_at(self, side: str, ticks: int) -> int:
        """Displayed size at a price level (0 off the book)."""
        if side == "Buy":  # resting buy orders join the bids
            level = self.bid - ticks
            sizes = self.bid_sizes
        else:
            level = ticks - self.offer
            sizes = self.offer_sizes
        return sizes[level] if 0 <= level < len(sizes) else 0
