"""The simulator's market: a seeded, deterministic price process and a book per contract.

Every contract has its own random generator (seeded from the simulator's seed and the contract
id), so adding a contract never changes the path of another. One :meth:`Market.advance` step moves
each book: the mid price walks by at most one tick, the sizes on each level are redrawn, and one
trade prints at the bid or the offer. Prices are kept as integer tick counts; :meth:`Book.price`
turns them into prices.

Who reads it:

- the trading engine fills orders against :meth:`Book.best_bid` / :meth:`Book.best_offer` and
  the printed trades (its listener runs after every step);
- the market-data sockets (``md*.py`` / ``replay*.py``) read :meth:`Market.quote`,
  :meth:`Market.dom`, :meth:`Book.trades` and subscribe with :meth:`Market.listen`.

Nothing here does I/O or reads the wall clock: time comes from :class:`~.clock.Clock`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from .clock import Clock, iso

__all__ = ["Book", "Market", "MarketListener", "Trade"]

DEPTH: Final = 10


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


MarketListener = Callable[[Book], None]


class Market:
    """All books, stepped together (see the module doc)."""

    def __init__(self, seed: int, clock: Clock, *, step_seconds: float = 0.25, volatility: float = 0.3) -> None:
        self.seed = seed
        self.clock = clock
        self.step_seconds = step_seconds
        self.volatility = volatility  # probability of a one-tick move each way per step
        self.books: dict[int, Book] = {}
        self.listeners: list[MarketListener] = []
        self.steps = 0

    def add(self, contract_id: int, tick_size: float, price: float) -> Book:
        """List a contract, starting at ``price``."""
        rng = random.Random(f"{self.seed}:{contract_id}")
        ticks = round(price / tick_size)
        book = Book(contract_id, tick_size, ticks, rng)
        book.open = book.high = book.low = book.settlement = ticks
        book.open_interest = rng.randint(50_000, 2_000_000)
        book.volume = rng.randint(10_000, 500_000)
        book.timestamp = iso(self.clock.now())
        self._redraw(book)
        self.books[contract_id] = book
        return book

    def book(self, contract_id: int) -> Book | None:
        return self.books.get(contract_id)

    def listen(self, listener: MarketListener) -> Callable[[], None]:
        """Call ``listener(book)`` after each step of each book; returns the function that stops it."""
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener) if listener in self.listeners else None

    def advance(self, steps: int = 1) -> None:
        """Move every book ``steps`` steps (and simulated time by ``step_seconds`` each)."""
        for _ in range(steps):
            self.steps += 1
            self.clock.advance(self.step_seconds)
            stamp = iso(self.clock.now())
            for contract_id in sorted(self.books):
                book = self.books[contract_id]
                self._step(book, stamp)
                for listener in list(self.listeners):
                    listener(book)

    def _step(self, book: Book, stamp: str) -> None:
        rng = book.rng
        move = rng.random()
        if move < self.volatility:
            book.bid -= 1
        elif move > 1.0 - self.volatility:
            book.bid += 1
        book.bid = max(book.bid, 1)
        self._redraw(book)
        aggressor = "Buy" if rng.random() < 0.5 else "Sell"
        size = rng.randint(1, 12)
        trade = Trade(book.offer if aggressor == "Buy" else book.bid, size, aggressor, stamp)
        book.trades = [trade]
        book.last = trade
        book.volume += size
        book.high = max(book.high, trade.ticks)
        book.low = min(book.low, trade.ticks)
        book.timestamp = stamp

    @staticmethod
    def _redraw(book: Book) -> None:
        rng = book.rng
        book.bid_sizes = [rng.randint(1, 60) for _ in range(DEPTH)]
        book.offer_sizes = [rng.randint(1, 60) for _ in range(DEPTH)]

    # ---------------------------------------------------------------------------------------
    # The market-data views (JSON shapes of the ``md`` events)

    def quote(self, contract_id: int) -> dict[str, Any] | None:
        """The ``quotes[]`` item of an ``md`` event for this contract."""
        book = self.books.get(contract_id)
        if book is None:
            return None
        p = book.price
        entries: dict[str, Any] = {
            "Bid": {"price": p(book.bid), "size": book.bid_sizes[0]},
            "Offer": {"price": p(book.offer), "size": book.offer_sizes[0]},
            "TotalTradeVolume": {"size": book.volume},
            "OpenInterest": {"size": book.open_interest},
            "OpeningPrice": {"price": p(book.open)},
            "HighPrice": {"price": p(book.high)},
            "LowPrice": {"price": p(book.low)},
            "SettlementPrice": {"price": p(book.settlement)},
        }
        if book.last is not None:
            entries["Trade"] = {"price": p(book.last.ticks), "size": book.last.size}
        return {"timestamp": book.timestamp, "contractId": contract_id, "entries": entries}

    def dom(self, contract_id: int) -> dict[str, Any] | None:
        """The ``doms[]`` item of an ``md`` event: full depth, best first on each side."""
        book = self.books.get(contract_id)
        if book is None:
            return None
        p = book.price
        return {
            "contractId": contract_id,
            "timestamp": book.timestamp,
            "bids": [{"price": p(book.bid - i), "size": s} for i, s in enumerate(book.bid_sizes)],
            "offers": [{"price": p(book.offer + i), "size": s} for i, s in enumerate(book.offer_sizes)],
        }
