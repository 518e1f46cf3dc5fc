"""Re-establishing what a market-data client holds on each new connection: the policy.

Per subscription or chart (an *item*), after a reconnect:

- answered: done (the client re-reads its ``mode``, so RealTime → Delayed shows in
  ``degraded``);
- refused for good (unknown symbol, 400, 403, ``errorText``; see :func:`tradovate.marketdata.errors.lasting`): its
  streams get ``Gap(reason="refused")`` and end;
- failed in a way that may pass (a 404 not about the symbol, 5xx, 408/429, a penalty ticket, a
  timeout): tried again on the same connection after ``backoff`` delays (by default 0.5 s
  doubling to a 30 s cap, jittered; at least the server's penalty time, or the call policy's
  hold: after a 429 its breaker refuses calls for the server's lockout), for as long as a
  consumer holds it. Everything that failed in one round is tried again together in the next:
  one request per item per backoff step, never a storm. The streams stay open meanwhile; the
  first failure is logged as a warning with the server's words, later ones at info;
- lost with the connection: the next connection re-establishes it (the retries of the previous
  connection stop when it starts).

Decided (issue 17): market data keeps the shared rule for a 429, no shorter one. Tradovate's
429 is a lockout of the *user* (all endpoints, REST and sockets alike) on a rolling one-hour
window, and requests sent during the window restart it; a re-subscription tried sooner would
not get its data sooner, it would extend the lockout for every call of the user (orders
included). So the breaker's hold (the call policy's ``breaker_seconds``, an hour by default
and configurable there, or a longer ``Retry-After``) holds re-subscriptions too; the streams
stay open meanwhile and the retries are counted (``MarketDataClient.retries``). A penalty ticket (per endpoint and IP, with its own
``p-time``) is waited out for just that time, as above.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from tradovate.realtime.connection import Backoff
from tradovate.realtime.errors import ConnectionClosed, ConnectionLost
from tradovate_api import errors

from .errors import UnknownSymbolTest, lasting, refusal

__all__ = ["Restorer"]

I = TypeVar("I")  # noqa: E741 - an item: a server subscription or a chart
Symbol = str | int
_log = logging.getLogger("tradovate.marketdata")


class Restorer(Generic[I]):
    """Runs the policy above for one client.

    Args:
        restore: ask the server for one item again (raises the typed failure).
        end: end an item's streams after a lasting refusal.
        describe: an item's endpoint and symbol (for the refusal and the log).
        closed: whether the client is closed (no more rounds).
        backoff, unknown, concurrency: the delays, the unknown-symbol test, requests at once.
    """

    def __init__(
        self,
        restore: Callable[[I], Awaitable[None]],
        end: Callable[[I], None],
        describe: Callable[[I], tuple[str, Symbol]],
        closed: Callable[[], bool],
        *,
        backoff: Backoff,
        unknown: UnknownSymbolTest,
        concurrency: int,
    ) -> None:
        self._restore = restore
        self._end = end
        self._describe = describe
        self._closed = closed
        self.backoff = backoff
        self._unknown = unknown
        self._concurrency = concurrency
        self._rng = random.Random()
        self._task: asyncio.Task[None] | None = None
        #: items asked again after a failure that may pass
        self.retries = 0

    async def restore(self, items: list[I]) -> None:
        """The first round now; what may pass is tried again in the background."""
        await self.stop()
        pending, wait = await self._round(items, first=True)
        if pending and not self._closed():
            self._task = asyncio.create_task(self._again(pending, wait), name="tradovate-md-resubscribe")

    async def stop(self) -> None:
        """No more rounds (a new connection, or the client closes)."""
        task, self._task = self._task, None
        if task is not None and task is not asyncio.current_task():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _again(self, pending: list[I], wait: float) -> None:
        delays = self.backoff.delays(self._rng)
        while pending and not self._closed():
            await asyncio.sleep(max(next(delays), wait))
            self.retries += len(pending)
            pending, wait = await self._round(pending, first=False)

    async def _round(self, items: list[I], *, first: bool) -> tuple[list[I], float]:
        """Each item asked again. Returns those to try again later and the least wait the
        server asked for (a penalty ticket's time)."""
        gate = asyncio.Semaphore(self._concurrency)

        async def one(item: I) -> errors.TradovateError | None:
            async with gate:
                try:
                    await self._restore(item)
                except errors.TradovateError as exc:
                    return exc
                return None

        waits = [0.0]
        again: list[I] = []
        failures = await asyncio.gather(*(one(item) for item in items))
        for item, exc in zip(items, failures, strict=True):
            if exc is None:
                continue
            endpoint, symbol = self._describe(item)
            refused = refusal(endpoint, symbol, exc, self._unknown)
            if refused is not None and lasting(refused):
                _log.warning("%s %s refused after a reconnect; its streams end: %s", endpoint, symbol, refused)
                self._end(item)
                continue
            if isinstance(exc, ConnectionClosed | ConnectionLost | errors.RequestNotSent):
                continue  # the connection is gone: the next one re-establishes everything
            if isinstance(exc, errors.PenaltyTicket):
                waits.append(exc.time)
            elif isinstance(exc, errors.CallRefused):  # the shared call policy's hold (after a 429, ...)
                waits.append(exc.retry_after)
            log = _log.warning if first else _log.info
            log("%s %s failed after a reconnect (%s); trying again", endpoint, symbol, refused or exc)
            again.append(item)
        return again, max(waits)
