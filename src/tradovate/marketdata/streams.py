"""Delivery to consumers: one bounded, push-fed stream per consumer, never a silent drop.

A :class:`Stream` is an async iterator of values and :class:`Gap` markers. The connection
pushes with :meth:`Stream.put` (synchronous, never blocks, never raises); the consumer reads
with ``async for item in stream`` or :meth:`Stream.get`. Anything pushed between two reads is
kept, within the stream's bound, and what the bound forces out is announced by a gap.

Two policies:

``"queue"`` (charts, histograms, clocks): every value, in order, up to ``maxsize`` waiting
    values. A value arriving at a full stream is not queued; the count of those is delivered as
    one ``Gap(reason="overflow", lost=n)`` right after the values that were queued before them,
    so the consumer knows exactly where the hole is.

``"latest"`` (quotes, books): one slot per contract, holding the latest state. A new value for
    a contract whose previous one has not been read yet replaces it (merged, for partial quote
    updates: the consumer never loses an entry, only intermediate states). Memory is bounded by
    the number of contracts. The replaced states are announced by one
    ``Gap(reason="conflated", lost=n)`` delivered before the next values.

Whatever the policy, :meth:`Stream.mark_gap` (used after a reconnect, ``reason="reconnect"``)
queues a marker that may not be conflated away: the consumer sees it before any value received
after it.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable
from typing import Any, Generic, Literal, TypeVar

from ._struct import Struct

__all__ = ["Gap", "Policy", "Stream", "StreamClosed"]

T = TypeVar("T")
Policy = Literal["queue", "latest"]


class Gap(Struct, frozen=True):
    """Updates may be missing here. ``reason``: ``"overflow"`` (``lost`` values were not queued),
    ``"conflated"`` (``lost`` intermediate states were replaced by later ones), ``"reconnect"``
    (the connection dropped and was re-established; what happened meanwhile is unknown,
    ``lost`` is ``None``)."""

    reason: str
    lost: int | None = None


class StreamClosed(Exception):
    """Internal: :meth:`Stream.get` after close."""


class Stream(Generic[T]):
    """One consumer's stream (see the module doc). Use ``async for``; ``close()`` (or the owner's
    unsubscribe) ends it."""

    def __init__(
        self,
        *,
        policy: Policy = "queue",
        maxsize: int = 10_000,
        key: Callable[[T], Hashable] | None = None,
        merge: Callable[[T, T], T] | None = None,
        on_close: Callable[[Stream[T]], Any] | None = None,
    ) -> None:
        if policy == "latest" and key is None:
            raise ValueError("the 'latest' policy needs a key function")
        self.policy = policy
        self.maxsize = max(1, maxsize)
        self._key = key
        self._merge = merge
        self._on_close = on_close
        self._queue: deque[T | Gap] = deque()
        self._latest: OrderedDict[Hashable, T] = OrderedDict()
        self._lost = 0
        self._waiter: asyncio.Future[None] | None = None
        self.closed = False
        #: values delivered, values lost to overflow, states conflated, gap markers emitted
        self.delivered = 0
        self.overflowed = 0
        self.conflated = 0
        self.gaps = 0

    def __repr__(self) -> str:
        return f"<Stream {self.policy} waiting={len(self)} closed={self.closed}>"

    def __len__(self) -> int:
        return len(self._queue) + len(self._latest)

    # -- producer side ------------------------------------------------------------------------

    def put(self, value: T) -> None:
        if self.closed:
            return
        if self.policy == "latest":
            assert self._key is not None
            k = self._key(value)
            latest = self._latest
            previous = latest.get(k)
            if previous is not None:
                self._lost += 1
                self.conflated += 1
                latest[k] = self._merge(previous, value) if self._merge is not None else value
            else:
                latest[k] = value
        else:
            if len(self._queue) >= self.maxsize:
                self._lost += 1
                self.overflowed += 1
                return
            if self._lost:
                self._flush_lost()
            self._queue.append(value)
        self._wake()

    def mark_gap(self, reason: str = "reconnect") -> None:
        """Queue a gap marker that later values cannot overtake."""
        if self.closed:
            return
        self._move_latest()
        if self._lost:
            self._flush_lost()
        self._queue.append(Gap(reason=reason))
        self.gaps += 1
        self._wake()

    def _flush_lost(self) -> None:
        reason = "conflated" if self.policy == "latest" else "overflow"
        self._queue.append(Gap(reason=reason, lost=self._lost))
        self.gaps += 1
        self._lost = 0

    def _move_latest(self) -> None:
        # a gap must not be overtaken: the latest states so far go into the queue before it
        if self._latest:
            if self._lost:
                self._flush_lost()
            self._queue.extend(self._latest.values())
            self._latest.clear()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- consumer side ------------------------------------------------------------------------

    def get_nowait(self) -> T | Gap | None:
        """The next item if one is waiting, else ``None``."""
        if not self._queue and self._lost:
            self._flush_lost()
        if self._queue:
            self.delivered += 1
            return self._queue.popleft()
        if self._latest:
            _, value = self._latest.popitem(last=False)
            self.delivered += 1
            return value
        return None

    async def get(self) -> T | Gap:
        """The next item, waiting for one. Raises ``StopAsyncIteration`` once closed and drained."""
        while True:
            item = self.get_nowait()
            if item is not None:
                return item
            if self.closed:
                raise StopAsyncIteration
            loop = asyncio.get_running_loop()
            self._waiter = loop.create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None

    def __aiter__(self) -> Stream[T]:
        return self

    async def __anext__(self) -> T | Gap:
        return await self.get()

    def drain(self) -> list[T | Gap]:
        """Everything waiting now, without waiting."""
        out: list[T | Gap] = []
        while (item := self.get_nowait()) is not None:
            out.append(item)
        return out

    def end(self) -> None:
        """No more values will come (the consumer still reads what is waiting)."""
        self.closed = True
        self._wake()

    async def close(self) -> None:
        """Stop this consumer's stream (and release its subscription)."""
        if self.closed:
            return
        self.end()
        if self._on_close is not None:
            result = self._on_close(self)
            if asyncio.iscoroutine(result):
                await result
