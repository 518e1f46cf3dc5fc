"""Delivery to consumers: one bounded stream type and one gap marker for everything we hand out.

Every stream the library gives a consumer — the mirror's changes, an account session's events,
a connection's events, quotes, depth, charts, histograms, the replay clock — is a
:class:`Stream`: an async iterator of values and :class:`Gap` markers. The producer pushes with
:meth:`Stream.put` (synchronous, never blocks, never raises); the consumer reads with
``async for item in stream``, :meth:`Stream.get` or :meth:`Stream.get_nowait`. Nothing is lost
silently: what the bound forces out is announced by a gap at the place of the hole.

Two policies:

``"queue"`` (changes, events, charts): every value, in order, up to ``maxsize`` waiting values.
    A value arriving at a full stream is not queued (``put`` returns ``False``); the count of
    those is delivered as one ``Gap(reason="overflow", lost=n)`` right after the values queued
    before them.

``"latest"`` (quotes, books): one slot per key (a contract), holding the latest state. A new
    value for a key whose previous one has not been read yet replaces it (``merge`` combines
    partial updates), so memory is bounded by the number of keys; the replaced states are
    announced by one ``Gap(reason="conflated", lost=n)`` before the next values, which follow it
    whatever arrives meanwhile (a reader slower than the updates still gets values). A producer that
    already knows the key (market data routed by contract id) uses :meth:`Stream.put_keyed`,
    and says when a value is *whole* (supersedes any waiting state: replaced, not merged).

:meth:`Stream.mark_gap` queues a marker later values cannot overtake (``reason="reconnect"``
after a drop, ``"refused"`` when the server ended a subscription, ...; ``lost`` is ``None``: the
count is unknown).

Closing: the consumer calls :meth:`Stream.close` (``await`` it where the owner has to release
something on the server, such as a market-data subscription; a plain call is enough otherwise).
The producer calls :meth:`Stream.end`: the consumer still reads what waits, then the iteration
stops.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Generator, Hashable
from typing import Any, Generic, Literal, TypeVar

import attrs

__all__ = ["Gap", "Policy", "Stream", "StreamClosed"]

T = TypeVar("T")
Policy = Literal["queue", "latest"]


@attrs.frozen(slots=True)
class Gap:
    """Values may be missing here.

    ``reason``: ``"overflow"`` (``lost`` values were not queued: this consumer fell behind),
    ``"conflated"`` (``lost`` intermediate states were replaced by later ones), ``"reconnect"``
    (the connection dropped; what happened meanwhile is unknown), ``"refused"`` (the server ended
    the subscription), or another producer-specific word. ``lost`` is ``None`` when unknown.
    """

    reason: str
    lost: int | None = None


class StreamClosed(Exception):
    """:meth:`Stream.get` on a stream that is closed and drained."""


class _Done:
    """An awaitable that is already complete (what ``close()`` returns when nothing is pending)."""

    __slots__ = ()

    def __await__(self) -> Generator[Any, None, None]:
        return
        yield  # pragma: no cover - makes this a generator


_DONE = _Done()


def _retrieve(task: asyncio.Future[Any]) -> None:
    if not task.cancelled():
        task.exception()


class Stream(Generic[T]):
    """One consumer's bounded stream of ``T`` values and :class:`Gap` markers (see the module doc).

    Args:
        policy: ``"queue"`` or ``"latest"``.
        maxsize: the most values waiting (``"queue"``); at least 1.
        key: the slot of a value (``"latest"`` only; required there).
        merge: combines a waiting state with a newer partial one (``"latest"``; default: replace).
        on_close: called once when the consumer closes the stream; may return an awaitable
            (started at once; ``await stream.close()`` waits for it).
    """

    __slots__ = (
        "__weakref__",
        "_closing",
        "_key",
        "_keyed",
        "_latest",
        "_lost",
        "_merge",
        "_on_close",
        "_order",
        "_queue",
        "_waiter",
        "closed",
        "conflated",
        "delivered",
        "gaps",
        "maxsize",
        "overflowed",
        "policy",
    )

    def __init__(
        self,
        *,
        policy: Policy = "queue",
        maxsize: int = 10_000,
        key: Callable[[T], Hashable] | None = None,
        merge: Callable[[T, T], T] | None = None,
        on_close: Callable[[Stream[T]], Any] | None = None,
    ) -> None:
        if policy not in ("queue", "latest"):
            raise ValueError(f"unknown stream policy {policy!r}")
        if policy == "latest" and key is None:
            raise ValueError("the 'latest' policy needs a key function")
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise ValueError("maxsize must be an integer of at least 1")
        self.policy: Policy = policy
        self.maxsize = maxsize
        self._key = key
        self._merge = merge
        self._on_close = on_close
        self._closing: Awaitable[None] | None = None
        self._queue: deque[T | Gap] = deque()
        # "latest": the waiting state per key, and the keys in the order they started waiting
        # (a plain dict and a deque: popping the oldest is O(1) and cheaper than OrderedDict's)
        self._latest: dict[Hashable, T] = {}
        self._order: deque[Hashable] = deque()
        self._lost = 0  # forced out since the last gap marker
        self._waiter: asyncio.Future[None] | None = None
        self.closed = False
        self._keyed = policy == "latest"  # "latest" and open: put_keyed's one test on its hot path
        #: values delivered; values not queued (overflow); states replaced (conflation); gaps emitted
        self.delivered = 0
        self.overflowed = 0
        self.conflated = 0
        self.gaps = 0

    def __repr__(self) -> str:
        return f"<Stream {self.policy} waiting={len(self)} lost={self.lost} closed={self.closed}>"

    def __len__(self) -> int:
        """Items waiting (values, and the gap marker still to come)."""
        return len(self._queue) + len(self._latest) + (1 if self._lost else 0)

    @property
    def lost(self) -> int:
        """Values this consumer did not get as such: overflowed plus conflated, in total."""
        return self.overflowed + self.conflated

    # -- producer side ------------------------------------------------------------------------

    def put(self, value: T) -> bool:
        """Offer a value; ``False`` if it was not queued (the stream is full or closed)."""
        if self.closed:
            return False
        if self.policy == "latest":
            return self.put_keyed(self._key(value), value)  # type: ignore[misc]  # set for "latest" (checked in __init__)
        queue = self._queue
        if len(queue) >= self.maxsize:
            self._lost += 1
            self.overflowed += 1
            return False
        if self._lost:
            self._flush_lost()
        queue.append(value)
        if self._waiter is not None:
            self._wake()
        return True

    def put_keyed(self, key: Hashable, value: T, whole: bool = False) -> bool:
        """:meth:`put` with the value's key already known to the producer (the market-data hot
        path: no ``key`` call). ``whole``: the value supersedes whatever waits for its key, so it
        replaces it without ``merge`` (a full quote, a book). A ``"queue"`` stream ignores both
        and queues the value as :meth:`put` does."""
        if not self._keyed:  # a queue, or closed
            return False if self.closed else self.put(value)
        latest = self._latest
        previous = latest.get(key)
        if previous is None:
            latest[key] = value
            self._order.append(key)
        else:
            self._lost += 1
            self.conflated += 1
            merge = self._merge
            latest[key] = value if whole or merge is None else merge(previous, value)
        if self._waiter is not None:
            self._wake()
        return True

    def mark_gap(self, reason: str = "reconnect") -> None:
        """Queue a gap marker (count unknown) that later values cannot overtake."""
        if self.closed:
            return
        self._move_latest()
        if self._lost:
            self._flush_lost()
        self._queue.append(Gap(reason))
        self.gaps += 1
        self._wake()

    def end(self) -> None:
        """No more values will come; the consumer still reads what waits."""
        self.closed = True
        self._keyed = False
        self._wake()

    def _flush_lost(self) -> None:
        reason = "conflated" if self.policy == "latest" else "overflow"
        self._queue.append(Gap(reason, self._lost))
        self.gaps += 1
        self._lost = 0

    def _move_latest(self) -> None:
        # a gap must not be overtaken: the latest states so far go into the queue before it
        if self._latest:
            if self._lost:
                self._flush_lost()
            self._queue.extend(self._latest.values())
            self._latest.clear()
            self._order.clear()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    # -- consumer side ------------------------------------------------------------------------

    def get_nowait(self) -> T | Gap | None:
        """The next item if one is waiting, else ``None``."""
        if not self._queue and self._lost:
            # the gap goes out with the states it announces right behind it: a reader slower
            # than the updates gets gap, values, gap, values... — never only gaps
            self._move_latest() if self.policy == "latest" else self._flush_lost()
        if self._queue:
            self.delivered += 1
            return self._queue.popleft()
        if self._latest:
            value = self._latest.pop(self._order.popleft())
            self.delivered += 1
            return value
        return None

    async def get(self) -> T | Gap:
        """The next item, waiting for one; :class:`StreamClosed` once closed and drained."""
        while True:
            item = self.get_nowait()
            if item is not None:
                return item
            if self.closed:
                raise StreamClosed("the stream is closed")
            waiter = self._waiter
            if waiter is None or waiter.done():
                waiter = self._waiter = asyncio.get_running_loop().create_future()
            await waiter

    def drain(self) -> list[T | Gap]:
        """Everything waiting now, without waiting (what ``get_nowait`` would return, in order:
        the queue, the gap marker of what was forced out, the latest states)."""
        queue = self._queue
        out: list[T | Gap] = list(queue)
        queue.clear()
        if self._lost:
            self._flush_lost()
            out.append(queue.pop())
        if self._latest:
            out += self._latest.values()
            self._latest.clear()
            self._order.clear()
        self.delivered += len(out)
        return out

    def __aiter__(self) -> Stream[T]:
        return self

    async def __anext__(self) -> T | Gap:
        try:
            return await self.get()
        except StreamClosed:
            raise StopAsyncIteration from None

    def close(self) -> Awaitable[None]:
        """Stop this consumer's stream (what waits is still readable). Returns an awaitable that
        completes when the owner released what it held for the stream (``await`` it for a
        market-data subscription; ignoring it is fine: the release has started)."""
        self.end()
        if self._closing is None:
            result = self._on_close(self) if self._on_close is not None else None
            if asyncio.iscoroutine(result):
                task = asyncio.ensure_future(result)
                task.add_done_callback(_retrieve)  # awaited or not, a failure is not "never retrieved"
                self._closing = task
            else:
                self._closing = _DONE
        return self._closing

    async def __aenter__(self) -> Stream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
