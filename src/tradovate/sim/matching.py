r"""Matching: when and at what prices a working order fills against the simulated book
(:mod:`.market`), and what each fill writes (``executionReport`` Trade, ``fill``, ``fillFee``,
the order, the position and ``fillPair``\ s, the cash balance — the bookkeeping is
:mod:`.accounts` — then the risk engine's look at the account). Partial fills resize the
order's OCO partner and release its OSO brackets. The fill models are described in
:mod:`.engine`."""

from __future__ import annotations

from typing import Any

from .market import Book
from .orders import Working
from .trail import Trail

__all__ = ["Matching"]


class Matching(Trail):
    """Fills (see the module doc); the order lifecycle (:mod:`.lifecycle`) completes it."""

    def _finish_family(self, w: Working, *, filled: bool) -> None:
        raise NotImplementedError  # lifecycle.Lifecycle

    def _submit(
        self, w: Working, body: dict[str, Any], *, liquidation: bool = False, fill: bool = True, released: bool = False
    ) -> None:
        raise NotImplementedError  # lifecycle.Lifecycle

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
        if kind in ("TrailingStop", "TrailingStopLimit") and not w.triggered:
            self._trail(w, book)
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
            slip = 0
            if self.options.slippage and self.rng.random() < self.options.slippage:
                slip = 1 if buy else -1
            self._walk(w, book, None, slip)
            return
        if w.price is None:
            return
        limit = book.ticks(w.price)
        crossed = (buy and touch <= limit) or (not buy and touch >= limit)
        if not traded:
            if crossed:  # marketable on arrival: through the book up to its price (price improvement)
                self._walk(w, book, limit)
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

    def _walk(self, w: Working, book: Book, limit: int | None, slip: int = 0) -> None:
        """Fill ``w`` level by level from the displayed book (up to ``limit`` ticks), consuming
        the sizes it takes; what the book cannot give stays working for the next steps."""
        buy = w.action == "Buy"
        sizes = book.offer_sizes if buy else book.bid_sizes
        start = book.offer if buy else book.bid
        takes: list[tuple[int, int]] = []
        left = w.leaves
        for level, size in enumerate(sizes):
            ticks = start + level if buy else start - level
            if limit is not None and (ticks > limit if buy else ticks < limit):
                break
            take = min(left, size)
            if take:
                sizes[level] -= take
                takes.append((ticks + slip, take))
                left -= take
            if not left:
                break
        for ticks, take in takes:
            if w.order_id not in self.working:  # ended by what a fill set off (auto-liquidation)
                return
            self._fill(w, take, book.price(ticks))

    def _trail(self, w: Working, book: Book) -> None:
        """A trailing stop follows the market by its offset (``pegDifference``, or the distance at
        which it was placed) and never moves back."""
        if w.stop_price is None:
            return
        buy = w.action == "Buy"
        touch = book.offer if buy else book.bid
        stop = book.ticks(w.stop_price)
        if w.trail is None:
            w.trail = book.ticks(w.peg) if w.peg is not None else stop - touch
        moved = min(stop, touch + w.trail) if buy else max(stop, touch + w.trail)
        if moved != stop:
            w.stop_price = book.price(moved)

    def _fill(self, w: Working, qty: int, price: float) -> None:
        store = self.store
        clock = store.clock
        w.cum_qty += qty
        w.notional += price * qty
        done = w.leaves == 0
        if done:
            self.working.discard(w.order_id)
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
        fees = self.accounts.fees(fill["id"], product, qty)
        if done:
            store.update("order", w.order_id, ordStatus="Filled")
        realized = self.accounts.position(w.account_id, w.contract_id, fill, product)
        self.accounts.cash(w.account_id, realized, fees, fill["id"], w.user_id)
        self._follow_partial(w)
        self.risk.on_fill(w.account_id)
        if done:
            self._finish_family(w, filled=True)

    def _follow_partial(self, w: Working) -> None:
        """As the exchange (and nautilus_trader's matching engine) do: an OSO's brackets are
        released for what the parent has filled and grow with it; an OCO partner shrinks to what
        the filled leg has left."""
        for child_id in w.children:
            child = self.working.get(child_id)
            if child is None:
                continue
            # what the parent has filled, less what the bracket's OCO partner has already closed
            sibling = self.working.get(child.oco_id) if child.oco_id is not None else None
            target = w.cum_qty - (sibling.cum_qty if sibling is not None and sibling.order_id in w.children else 0)
            body = {"orderType": child.order_type, "isAutomated": True}
            if child.suspended:
                if child.qty != target:
                    child.qty = target
                    self._version(child.order_id, {**body, **self._prices(child)}, child.qty)
                self._submit(child, body, fill=False, released=True)
            elif child.qty != target and target > child.cum_qty:
                self._resize(child, target)
        partner = self.working.get(w.oco_id) if w.oco_id is not None else None
        if partner is not None and w.leaves and partner.leaves > w.leaves:
            self._resize(partner, partner.cum_qty + w.leaves)

    def _resize(self, w: Working, qty: int) -> None:
        w.qty = qty
        self._version(w.order_id, {"orderType": w.order_type, **self._prices(w)}, qty)
        self._execution(w, "Replaced", "Working")
