"""What the organisation sync needs of a distributed engine, and how to open one by URL.

An :class:`Engine` stores messages in partitions, hands them to consumer groups with
redelivery of what was not acknowledged, and keeps the shard leases:

* :meth:`Engine.publish` appends a batch in order (per partition the engine keeps that order); if
  it raises, any prefix of the batch may be stored: the caller sends the same batch again (same
  message ids: the engine drops what it already has where it can, the consumer always does).
* :meth:`Engine.subscribe` a :class:`Subscription` of a consumer group: ``fetch`` returns
  :class:`Delivery` objects, ``ack`` acknowledges them after they were applied; what is not
  acknowledged comes again (to this consumer after a restart, or to another one of the group).
* leases: :meth:`Engine.acquire` returns a fencing token (it only grows, over every shard) or
  ``None`` if someone holds the shard; :meth:`Engine.renew` keeps it for ``ttl`` more seconds and
  answers ``False`` once it is lost; the engine's clock expires a lease not renewed in time.
* snapshot requests (a small control channel per ``prefix``, beside the partitions):
  :meth:`Engine.request_snapshots` asks, for some keys, for a fresh snapshot (a consumer that
  holds messages of a key whose start it lacks: a restarted member of a group whose earlier
  member acknowledged that start); :meth:`Engine.snapshot_requests` returns the keys asked for
  since the previous call (the first call starts listening); key ``0`` means every key. Best effort: a request may be lost
  (no worker listening yet), so consumers ask again with backoff until the snapshot comes.
  :meth:`Engine.group_exists` tells a consumer starting without a state whether its group read
  before it (then what that member acknowledged is not coming again: it asks for every key).

Backends: :mod:`.redis_engine` (``redis://``), :mod:`.nats_engine` (``nats://``), each from the
``org`` extra. Every failure is an :class:`EngineError` (the engine's words kept).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from tradovate_api import errors

__all__ = ["Delivery", "Engine", "EngineError", "Outgoing", "Subscription", "open_engine", "stop_task"]


class EngineError(errors.TradovateError):
    """The engine refused, failed or could not be reached (``reason``: its words)."""

    def __init__(self, operation: str, reason: str) -> None:
        self.operation = operation
        self.reason = reason
        super().__init__(f"{operation}: {reason}")


class Outgoing(NamedTuple):
    """One message to publish: its partition, its id (``key:epoch:seq``) and its bytes (a tuple:
    one is made per change)."""

    partition: int
    key: int
    msg_id: str
    data: bytes


class Delivery(NamedTuple):
    """One message handed to a consumer: its bytes and what acknowledges it."""

    data: bytes
    token: Any
    redelivered: bool = False


class Subscription(Protocol):
    async def fetch(self, max_messages: int, timeout: float) -> list[Delivery]: ...

    async def ack(self, deliveries: Sequence[Delivery]) -> None: ...

    async def close(self) -> None: ...


class Engine(Protocol):
    """See the module doc."""

    partitions: int
    url: str

    async def connect(self) -> None: ...

    async def close(self) -> None: ...

    async def publish(self, batch: Sequence[Outgoing]) -> None: ...

    async def subscribe(
        self, group: str, consumer: str, partitions: Sequence[int] | None = None, *, redeliver_after: float = 30.0
    ) -> Subscription: ...

    async def acquire(self, shard: str, owner: str, ttl: float) -> int | None: ...

    async def renew(self, shard: str, owner: str, fence: int, ttl: float) -> bool: ...

    async def release(self, shard: str, owner: str, fence: int) -> None: ...

    async def holder(self, shard: str) -> str | None: ...

    async def request_snapshots(self, keys: Sequence[int]) -> None: ...

    async def snapshot_requests(self) -> list[int]: ...

    async def group_exists(self, group: str, partitions: Sequence[int] | None = None) -> bool: ...


def open_engine(url: str, *, partitions: int = 16, prefix: str = "tvorg") -> Engine:
    """An engine for ``redis://host:port[/db]`` or ``nats://host:port`` (not yet connected).

    ``partitions``: how many streams (Redis) / subjects (NATS) the keys are spread over; every
    worker and consumer of one deployment must use the same number. ``prefix`` names them."""
    if partitions <= 0:
        raise errors.InvalidRequest("must be a positive integer", "partitions")
    if url.startswith(("redis://", "rediss://", "unix://")):
        from .redis_engine import RedisEngine  # noqa: PLC0415 - optional dependency

        return RedisEngine(url, partitions=partitions, prefix=prefix)
    if url.startswith(("nats://", "tls://")):
        from .nats_engine import NatsEngine  # noqa: PLC0415 - optional dependency

        return NatsEngine(url, partitions=partitions, prefix=prefix)
    raise errors.InvalidRequest("must start with redis:// or nats://", "url")


async def stop_task(task: asyncio.Task[None], grace: float) -> None:
    """Wait up to ``grace`` seconds for ``task`` to end by itself (its loop saw a stop flag),
    then cancel it: engine clients cancelled in the middle of a blocking read may hang."""
    done, _ = await asyncio.wait({task}, timeout=grace)
    if not done:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, TimeoutError):
            async with asyncio.timeout(grace):
                await asyncio.gather(task, return_exceptions=True)
    elif not task.cancelled() and task.exception() is not None:
        with contextlib.suppress(Exception):
            task.result()
