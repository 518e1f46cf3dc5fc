"""The bounded publish buffer between a worker's sockets and the engine.

The socket side only ever calls :meth:`Publisher.offer` (synchronous, never waits): a message is
taken if the buffer has room, refused otherwise. A separate task publishes the buffer's head in
batches, in order; reading the socket and answering its heartbeats never wait for the engine.

Overflow policy (the engine is slow or away): the buffer fills — that is the backpressure — and
from then on :meth:`offer` refuses. A refused message is never dropped silently: its producer
(:class:`~.worker.ShardSync`) marks the key *overflowed*, stops offering that key's events
and, once the buffer is back under its low-water mark (``on_space`` callbacks), offers one
snapshot of the key's current state instead (a resync marker: the consumer replaces the key's
state with it). Changes of an overflowed key are thereby conflated into its latest state.

A batch goes to the engine as one record per partition (a bundle of its messages, in order); a
batch smaller than ``batch`` first waits ``linger`` (5 ms) for more, so that records carry
several messages at moderate rates too (a record costs the worker, the engine and each consumer
about what a message costs). A
batch the engine failed on is sent again, whole and in order, with the same record ids, after
a bounded, jittered backoff (:attr:`Publisher.status` says ``"retrying"`` meanwhile). Every wait
is bounded by the engine's own timeouts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Callable
from typing import Final

from . import message
from .engine import Engine, EngineError, Outgoing, stop_task

__all__ = ["Publisher"]

_log = logging.getLogger(__name__)
_BACKOFF_MAX: Final = 2.0


class Publisher:
    """See the module doc.

    Args:
        engine: where to publish (connected by :meth:`start`).
        capacity: messages the buffer holds at most (the batch in flight included).
        batch: messages per engine call at most.
        low_water: fraction of ``capacity`` under which ``on_space`` callbacks are called.
        linger: seconds a batch smaller than ``batch`` waits for more messages before it is sent
            (once per batch): fewer, larger engine records — each record costs the worker, the
            engine and every consumer about as much as a message — for at most this much lag.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        capacity: int = 50_000,
        batch: int = 500,
        low_water: float = 0.5,
        linger: float = 0.005,
    ) -> None:
        if capacity < 1 or batch < 1 or linger < 0:
            raise ValueError("capacity and batch must be positive, linger not negative")
        self.linger = linger
        self.engine = engine
        self.capacity = capacity
        self.batch = batch
        self.low = int(capacity * low_water)
        self._buffer: deque[Outgoing] = deque()
        self._wakeup = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._space: list[Callable[[], None]] = []
        self._waiting_space = False
        self._rng = random.Random()
        #: published (acknowledged by the engine), refused by offer(), engine failures, batches
        self.published = 0
        self.refused = 0
        self.failures = 0
        self.batches = 0
        self.status = "idle"  # idle | publishing | retrying | closed
        self.last_error: EngineError | None = None
        self.last_published_at: float | None = None

    def __repr__(self) -> str:
        return f"<Publisher {self.status} buffered={len(self._buffer)}/{self.capacity} published={self.published}>"

    @property
    def buffered(self) -> int:
        return len(self._buffer)

    def on_space(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback()`` whenever the buffer drains under its low-water mark after a refusal."""
        self._space.append(callback)
        return lambda: self._space.remove(callback) if callback in self._space else None

    def room(self) -> int:
        return self.capacity - len(self._buffer)

    def want_space(self) -> None:
        """A producer could not offer what it had (counted as refused): call ``on_space`` later."""
        self.refused += 1
        self._waiting_space = True

    def offer(self, message: Outgoing, *, force: bool = False) -> bool:
        """Take ``message`` if there is room (``True``); ``False``: refused, nothing kept.
        ``force``: take it even over capacity (the further parts of a snapshot whose room was checked)."""
        if (len(self._buffer) >= self.capacity and not force) or self.status == "closed":
            self.refused += 1
            self._waiting_space = True
            return False
        self._buffer.append(message)
        self._wakeup.set()
        return True

    async def start(self) -> None:
        await self.engine.connect()
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="tradovate-org-publisher")

    async def flush(self, timeout: float | None = None) -> None:
        """Wait until the buffer is empty (``TimeoutError`` after ``timeout``)."""
        async with asyncio.timeout(timeout):
            while self._buffer:
                if self._task is None or self._task.done():
                    raise EngineError("publish", f"the publisher stopped with {len(self._buffer)} messages buffered")
                await asyncio.sleep(0.01)

    async def close(self, flush_timeout: float | None = 5.0) -> None:
        """Publish what is buffered (at most ``flush_timeout`` seconds), then stop."""
        if self._task is not None and flush_timeout:
            try:
                await self.flush(flush_timeout)
            except (TimeoutError, EngineError):
                _log.warning("closing with %d messages not published", len(self._buffer))
        self.status = "closed"
        await self.abort()

    async def abort(self) -> None:
        """Stop at once (a worker's death): what is buffered is not published."""
        self.status = "closed"
        task, self._task = self._task, None
        self._wakeup.set()
        if task is not None:
            await stop_task(task, 1.0)

    async def _run(self) -> None:
        buffer = self._buffer
        delay = 0.05
        while self.status != "closed":
            if not buffer:
                self.status = "idle"
                self._wakeup.clear()
                await self._wakeup.wait()
                continue
            if self.status == "closed":
                return
            if self.linger and len(buffer) < self.batch and self.status != "retrying":
                await asyncio.sleep(self.linger)  # bounded: a few milliseconds, once per batch
                if self.status == "closed":
                    return
            batch = [buffer[i] for i in range(min(self.batch, len(buffer)))]
            self.status = "publishing" if self.status != "retrying" else "retrying"
            try:
                await self.engine.publish(_bundles(batch))
            except EngineError as exc:
                if self.status == "closed":
                    return
                self.failures += 1
                self.last_error = exc
                self.status = "retrying"
                _log.warning("publish failed (%s): the batch of %d is sent again", exc.reason, len(batch))
                await asyncio.sleep(delay * (0.5 + self._rng.random()))
                delay = min(delay * 2, _BACKOFF_MAX)
                with contextlib.suppress(EngineError):
                    await self.engine.connect()
                continue
            if self.status == "closed":
                return
            delay = 0.05
            self.status = "publishing"
            for _ in batch:
                buffer.popleft()
            self.published += len(batch)
            self.batches += 1
            self.last_published_at = time.time()
            if self._waiting_space and len(buffer) <= self.low:
                self._waiting_space = False
                for callback in list(self._space):
                    try:
                        callback()
                    except Exception:  # a producer's bug must not stop publishing
                        _log.exception("on_space callback failed")


def _bundles(batch: list[Outgoing]) -> list[Outgoing]:
    """The batch as one record per partition (its messages in order): engines pay per record.
    The same batch always gives the same records and ids (a batch sent again is deduplicated)."""
    by_partition: dict[int, list[Outgoing]] = {}
    for out in batch:
        by_partition.setdefault(out.partition, []).append(out)
    return [
        Outgoing(p, outs[0].key, f"{outs[0].msg_id}+{len(outs)}", message.bundle([o.data for o in outs]))
        for p, outs in by_partition.items()
    ]
