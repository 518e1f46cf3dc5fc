"""The simulator's market: a book per contract, moved by a seeded walk or by recorded data.

Every contract has its own random generator (seeded from the simulator's seed and the contract
id), so adding a contract never changes the path of another. One :meth:`Market.advance` step lets
``step_seconds`` of simulated time pass and moves each book:

- a book driven by a recorded feed (:mod:`.feed`) takes each record in the step at the record's
  own time (the virtual clock is set to it), one notification per record time;
- every other book walks: the mid price moves by at most one tick, the sizes on each level are
  redrawn (uniformly from ``sizes``, the scenario's ``"market": {"sizes": [1, 60]}``, the
  default), and one trade prints at the bid or the offer;
- a book whose market is closed by the trading calendar (:mod:`.calendar`, e.g. in the CME daily
  halt or on a Saturday) does not walk: its quotes stay frozen, nothing prints, nobody is told;
- when the last session of a book's trade date has ended, the :meth:`Market.listen_session_end`
  listeners are told once (the engine expires Day orders).

Prices are kept as integer tick counts; :meth:`Book.price` turns them into prices (the book
itself, one contract's state, is :mod:`.book`'s; re-exported here).

Who reads it:

- the trading engine fills orders against :meth:`Book.best_bid` / :meth:`Book.best_offer` and
  the printed trades (its :meth:`Market.listen` listener runs for each book that moved) and asks
  :meth:`Market.refusal` before it takes an order, a modify or a cancel;
- the market-data sockets (``md*.py``) read :meth:`Market.quote`, :meth:`Market.dom`,
  :meth:`Book.trades` and are told once per step which books moved (:meth:`Market.listen_steps`).

Nothing here does I/O or reads the wall clock: time comes from :class:`~.clock.Clock`.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from .book import Book, Trade
from .calendar import OPEN, Calendar, Session, make_calendar
from .clock import Clock, iso
from .feed import Feed, Record, make_feed

__all__ = ["Book", "Market", "MarketListener", "SessionEndListener", "StepListener", "Trade"]

DEPTH: Final = 10


MarketListener = Callable[[Book], None]
StepListener = Callable[[list[Book]], None]
SessionEndListener = Callable[[Book, Session], None]


class Market:
    """All books, stepped together (see the module doc)."""

    def __init__(
        self,
        seed: int,
        clock: Clock,
        *,
        step_seconds: float = 0.25,
        volatility: float = 0.3,
        calendar: Calendar | str | Mapping[str, Any] | None = None,
        feed: Feed | str | Path | Mapping[str, Any] | None = None,
        sizes: tuple[int, int] | list[int] = (1, 60),
    ) -> None:
        self.seed = seed
        self.clock = clock
        self.step_seconds = step_seconds
        self.volatility = volatility  # probability of a one-tick move each way per step
        low, high = (int(n) for n in sizes)
        if not 0 < low <= high:
            raise ValueError(f"market sizes must be 0 < low <= high, not {list(sizes)}")
        self.sizes = (low, high)  # the displayed size of each level is drawn from this range
        self._size_low, self._size_width = low, high - low + 1
        self.calendar = make_calendar(calendar)
        self.feed = make_feed(feed)
        if self.feed is not None and self.feed.align:
            self.feed = self.feed.shifted(clock.now())
        self.books: dict[int, Book] = {}
        self.listeners: list[MarketListener] = []
        self.step_listeners: list[StepListener] = []
        self.session_end_listeners: list[SessionEndListener] = []
        self.steps = 0
        self._names: dict[str, int] = {}  # contract and product names -> contract id (for the feed)
        self._pending: list[tuple[float, int, Record]] | None = None  # the feed's records still to come
        self._cursor = 0

    def add(self, contract_id: int, tick_size: float, price: float, *, symbol: str = "", product: str = "") -> Book:
        """List a contract, starting at ``price`` (or at its recorded prices when a feed drives it)."""
        rng = random.Random(f"{self.seed}:{contract_id}")
        ticks = round(price / tick_size)
        book = Book(contract_id, tick_size, ticks, rng, symbol=symbol, product=product)
        book.open = book.high = book.low = book.settlement = ticks
        book.open_interest = rng.randint(50_000, 2_000_000)
        book.volume = rng.randint(10_000, 500_000)
        book.timestamp = iso(self.clock.now())
        self._redraw(book)
        self.books[contract_id] = book
        names = [n for n in (symbol, product) if n and n not in self._names]  # a product: its first contract
        for name in names:
            self._names[name] = contract_id
        if self.feed is not None:
            records = self.feed.of(*names)
            if records:
                self._start(book, records)
        self._pending = None
        return book

    def start(self) -> None:
        """Check, once every contract is listed, that the feed names only listed contracts
        (``ValueError`` otherwise); the first :meth:`advance` does it too."""
        self._records()

    def book(self, contract_id: int) -> Book | None:
        return self.books.get(contract_id)

    def listen(self, listener: MarketListener) -> Callable[[], None]:
        """Call ``listener(book)`` for each book that moves; returns the function that stops it."""
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener) if listener in self.listeners else None

    def listen_steps(self, listener: StepListener) -> Callable[[], None]:
        """Call ``listener(books)`` once per step (per record time of a feed) with the books that
        moved, in contract order, after every :meth:`listen` listener saw them."""
        self.step_listeners.append(listener)
        return lambda: self.step_listeners.remove(listener) if listener in self.step_listeners else None

    def listen_session_end(self, listener: SessionEndListener) -> Callable[[], None]:
        """Call ``listener(book, session)`` once when the last session of a book's trade date has
        ended (seen at the next step or :meth:`check_session`); returns the function that stops it."""
        self.session_end_listeners.append(listener)
        return lambda: self.session_end_listeners.remove(listener) if listener in self.session_end_listeners else None

    def is_open(self, contract_id: int) -> bool:
        """Whether the contract's market is open now (by the trading calendar)."""
        book = self.books.get(contract_id)
        return book is None or self.calendar.is_open(book.product, self.clock.now())

    def matching(self, contract_id: int) -> bool:
        """Whether orders on the contract match now (its market open; a recorded book always)."""
        book = self.books.get(contract_id)
        return book is None or book.driven or self.calendar.phase(book.product, self.clock.now()) == OPEN

    def closed_text(self, contract_id: int) -> str | None:
        """The ``failureText`` for an order on this contract now; ``None`` while its market is open."""
        book = self.books.get(contract_id)
        return None if book is None else self.calendar.closed_text(book.product, self.clock.now())

    def refusal(self, contract_id: int, request: str, body: dict[str, Any]) -> str | None:
        """Why the exchange refuses ``request`` (``place``, ``modify``, ``cancel``) on the contract
        now, by its market state (:meth:`.calendar.Calendar.refusal`); ``None``: accepted. A
        session that has ended is closed first (:meth:`check_session`)."""
        book = self.books.get(contract_id)
        if book is None:
            return None
        self.check_session(book)
        return self.calendar.refusal(book.product, self.clock.now(), request, body)

    def check_session(self, book: Book) -> bool:
        """Note the book's session now; tell the session-end listeners if its trade date's last
        session has ended. Whether the book's market is open."""
        calendar = self.calendar
        now = self.clock.now()
        if not calendar.ends_sessions:
            return calendar.is_open(book.product, now)
        session = calendar.session(book.product, now)
        checked, book.checked = book.checked, now
        if session is not None and session is book.session:
            return True  # (still in the session it was in: no close passed)
        book.session = session
        if checked is not None and checked < now:
            # every close since the last look, in order: a clock jumped over several closes
            # (``clock.set``, a long step) passes each of them
            for ended in calendar.final_closes(book.product, checked, now):
                for listener in list(self.session_end_listeners):
                    listener(book, ended)
        return session is not None

    def advance(self, steps: int = 1, *, seconds: float | None = None) -> None:
        """Move every book ``steps`` steps of ``seconds`` (default ``step_seconds``) each."""
        period = self.step_seconds if seconds is None else seconds
        for _ in range(steps):
            self.steps += 1
            target = self.clock.now() + datetime.timedelta(seconds=period)
            driven = self._replay(target)
            self.clock.set(target)  # (wall time passes by itself)
            now = self.clock.now()
            stamp = iso(now)
            moved = []
            for contract_id in sorted(self.books):
                book = self.books[contract_id]
                if not self.check_session(book) or contract_id in driven:
                    continue  # frozen (the market is closed), or moved by the recording
                self._step(book, stamp)
                moved.append(book)
            self._notify(moved)

    def _notify(self, moved: list[Book]) -> None:
        for book in moved:
            for listener in list(self.listeners):
                listener(book)
        if moved:
            for step_listener in list(self.step_listeners):
                step_listener(moved)

    # ---------------------------------------------------------------------------------------
    # recorded data

    def _start(self, book: Book, records: list[Record]) -> None:
        """A book the feed drives: at its first recorded prices, caught up to now."""
        first = records[0]
        start = first.bid if first.bid is not None else first.price
        assert start is not None  # (every feed row carries a quote or a trade)
        book.bid = book.open = book.high = book.low = book.settlement = book.ticks(start)
        if first.bid is not None and first.ask is not None:
            book.spread = max(1, book.ticks(first.ask) - book.bid)
        book.driven = True
        now = self.clock.now().timestamp()
        stamp = iso(self.clock.now())
        for record in records:
            if record.time <= now:
                self._apply(book, record, stamp)
        book.trades = []

    def _records(self) -> list[tuple[float, int, Record]]:
        """The feed's records still to come, merged in time order."""
        if self._pending is None:
            self._pending = []
            if self.feed is not None:
                unknown = [s for s in self.feed.symbols if s not in self._names]
                if unknown:
                    raise ValueError(f"the recorded feed names unlisted symbols: {', '.join(unknown[:5])}")
                if self.feed.end < self.clock.now():
                    raise ValueError(
                        f"the recorded feed ends ({iso(self.feed.end)}) before the clock's time "
                        f"({iso(self.clock.now())}): start the clock at {iso(self.feed.start)} or align the feed"
                    )
                now = self.clock.now().timestamp()
                self._pending = [(r.time, self._names[r.symbol], r) for r in self.feed.records if r.time > now]
            self._cursor = 0
        return self._pending

    def _replay(self, target: datetime.datetime) -> set[int]:
        """Apply the feed's records up to ``target``, each time's at that time; the driven books."""
        pending = self._records()
        end = target.timestamp()
        while self._cursor < len(pending) and pending[self._cursor][0] <= end:
            at = pending[self._cursor][0]
            self.clock.set(datetime.datetime.fromtimestamp(at, datetime.UTC))
            stamp = iso(self.clock.now())
            moved: dict[int, Book] = {}
            while self._cursor < len(pending) and pending[self._cursor][0] == at:
                _, contract_id, record = pending[self._cursor]
                self._cursor += 1
                book = self.books[contract_id]
                if contract_id not in moved:
                    book.trades = []
                    moved[contract_id] = book
                self._apply(book, record, stamp)
            self._notify([moved[c] for c in sorted(moved)])
        return {contract_id for contract_id, book in self.books.items() if book.driven}

    def _apply(self, book: Book, record: Record, stamp: str) -> None:
        """One record onto its book: a new touch, then a print."""
        if record.bid is not None and record.ask is not None:
            bid, ask = book.ticks(record.bid), book.ticks(record.ask)
            if (bid, ask) != (book.bid, book.offer):
                self._redraw(book)
            book.bid, book.spread = bid, max(1, ask - bid)
            if record.bid_size is not None:
                book.bid_sizes[0] = record.bid_size
            if record.ask_size is not None:
                book.offer_sizes[0] = record.ask_size
        if record.price is not None:
            ticks = book.ticks(record.price)
            aggressor = record.aggressor or ("Buy" if ticks >= book.offer else "Sell")
            if record.bid is None:  # a trade alone moves the touch to it
                book.bid = ticks - book.spread if aggressor == "Buy" else ticks
            trade = Trade(ticks, record.size or 1, aggressor, stamp)
            book.trades.append(trade)
            book.last = trade
            book.volume += trade.size
            book.high = max(book.high, ticks)
            book.low = min(book.low, ticks)
        book.timestamp = stamp

    # ---------------------------------------------------------------------------------------
    # the seeded walk

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

    def _redraw(self, book: Book) -> None:
        # rng.randint(low, high), drawn as randint draws it (low + _randbelow(width): the same
        # values, the same seeded paths) without its argument checks: the redraw is most of a
        # market step's cost.
        below = book.rng._randbelow  # type: ignore[attr-defined]
        low, width = self._size_low, self._size_width
        book.bid_sizes = [low + below(width) for _ in range(DEPTH)]
        book.offer_sizes = [low + below(width) for _ in range(DEPTH)]

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
