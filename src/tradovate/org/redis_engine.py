"""Redis Streams backend (``redis://``): one stream per partition, consumer groups, leases.

* Partition ``n`` is the stream ``{prefix}:p{n}``; a message is one entry ``m`` = its bytes,
  appended with ``XADD`` (a batch in one pipeline: Redis runs it in order, so after a failure a
  prefix of it is stored). Redis has no de-duplication: the consumer drops repeats by ``(e, q)``.
* A consumer group reads its partitions with ``XREADGROUP``; on start a consumer first reads its
  own pending entries (delivered before a crash, never acknowledged); entries pending on another
  consumer for longer than ``redeliver_after`` are taken over with ``XAUTOCLAIM``. ``XACK`` after
  the consumer applied them. A group that vanished (an engine restarted without its data) is made
  again from the start of the stream.
* A lease is the key ``{prefix}:lease:{shard}`` set with ``NX PX ttl`` to ``owner|fence``; the
  fence comes from ``INCR {prefix}:fence`` in the same script; renewing and releasing check the
  value first (Lua), so a lease is only ever extended or dropped by its holder.
* Snapshot requests go to the stream ``{prefix}:ctl`` (entries ``k`` = the key, trimmed to about
  ``CONTROL_MAXLEN`` entries); each worker reads it with plain ``XREAD`` from where it last read
  (its first read starts at the stream's end: a worker that starts resyncs its shards anyway).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Final

import redis.asyncio as aioredis
from redis import exceptions as rexc

from .engine import Delivery, EngineError, Outgoing

__all__ = ["RedisEngine", "RedisSubscription"]

_ACQUIRE: Final = """
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local fence = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. fence, 'PX', ARGV[2])
return fence
"""
_RENEW: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""
_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_ERRORS: Final = (rexc.RedisError, OSError)
#: About how many snapshot requests the control stream keeps.
CONTROL_MAXLEN: Final = 10_000


def _fail(operation: str, exc: BaseException) -> EngineError:
    return EngineError(operation, f"{type(exc).__name__}: {exc}"[:300])


class RedisEngine:
    """See the module doc. ``maxlen``: trim each stream to about this many entries (``None``: keep all)."""

    def __init__(
        self, url: str, *, partitions: int = 16, prefix: str = "tvorg", maxlen: int | None = None, timeout: float = 10.0
    ) -> None:
        self.url = url
        self.partitions = partitions
        self.prefix = prefix
        self.maxlen = maxlen
        self.timeout = timeout
        self._client: aioredis.Redis | None = None
        self._ctl_cursor: str | None = None  # the last control entry read

    def __repr__(self) -> str:
        return f"<RedisEngine {self.prefix} partitions={self.partitions}>"

    def stream(self, partition: int) -> str:
        return f"{self.prefix}:p{partition}"

    @property
    def client(self) -> aioredis.Redis:
        if self._client is None:
            raise EngineError("redis", "not connected")
        return self._client

    async def connect(self) -> None:
        if self._client is None:
            self._client = aioredis.Redis.from_url(
                self.url, socket_timeout=self.timeout, socket_connect_timeout=min(self.timeout, 3.0)
            )
        try:
            await self._client.ping()
        except _ERRORS as exc:
            raise _fail("connect", exc) from None

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    async def publish(self, batch: Sequence[Outgoing]) -> None:
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                for out in batch:
                    if self.maxlen is None:
                        pipe.xadd(self.stream(out.partition), {"m": out.data})
                    else:
                        pipe.xadd(self.stream(out.partition), {"m": out.data}, maxlen=self.maxlen, approximate=True)
                await pipe.execute()
        except _ERRORS as exc:
            raise _fail("publish", exc) from None

    async def subscribe(
        self, group: str, consumer: str, partitions: Sequence[int] | None = None, *, redeliver_after: float = 30.0
    ) -> RedisSubscription:
        parts = list(range(self.partitions)) if partitions is None else list(partitions)
        sub = RedisSubscription(self, group, consumer, [self.stream(p) for p in parts], redeliver_after)
        await sub.create_groups()
        return sub

    # -- leases ------------------------------------------------------------------------------
    def _lease(self, shard: str) -> str:
        return f"{self.prefix}:lease:{shard}"

    async def acquire(self, shard: str, owner: str, ttl: float) -> int | None:
        try:
            fence = await self.client.eval(
                _ACQUIRE, 2, self._lease(shard), f"{self.prefix}:fence", owner, int(ttl * 1000)
            )
        except _ERRORS as exc:
            raise _fail("acquire", exc) from None
        return None if fence is None else int(fence)

    async def renew(self, shard: str, owner: str, fence: int, ttl: float) -> bool:
        try:
            done = await self.client.eval(_RENEW, 1, self._lease(shard), f"{owner}|{fence}", int(ttl * 1000))
        except _ERRORS as exc:
            raise _fail("renew", exc) from None
        return bool(done)

    async def release(self, shard: str, owner: str, fence: int) -> None:
        try:
            await self.client.eval(_RELEASE, 1, self._lease(shard), f"{owner}|{fence}")
        except _ERRORS as exc:
            raise _fail("release", exc) from None

    async def holder(self, shard: str) -> str | None:
        try:
            value = await self.client.get(self._lease(shard))
        except _ERRORS as exc:
            raise _fail("holder", exc) from None
        if value is None:
            return None
        text = value.decode() if isinstance(value, bytes) else str(value)
        return text.rsplit("|", 1)[0]

    # -- snapshot requests -------------------------------------------------------------------
    @property
    def control(self) -> str:
        return f"{self.prefix}:ctl"

    async def request_snapshots(self, keys: Sequence[int]) -> None:
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.xadd(self.control, {"k": str(int(key))}, maxlen=CONTROL_MAXLEN, approximate=True)
                await pipe.execute()
        except _ERRORS as exc:
            raise _fail("request snapshots", exc) from None

    async def snapshot_requests(self) -> list[int]:
        client = self.client
        try:
            if self._ctl_cursor is None:
                last = await client.xrevrange(self.control, count=1)
                self._ctl_cursor = _text(last[0][0]) if last else "0-0"
                return []
            answer: Any = await client.xread({self.control: self._ctl_cursor}, count=CONTROL_MAXLEN)
        except _ERRORS as exc:
            raise _fail("snapshot requests", exc) from None
        keys: list[int] = []
        for _, entries in answer or []:
            for entry_id, fields in entries:
                self._ctl_cursor = _text(entry_id)
                text = _text((fields or {}).get(b"k", b""))
                if text.lstrip("-").isdigit():
                    keys.append(int(text))
        return keys

    async def group_exists(self, group: str, partitions: Sequence[int] | None = None) -> bool:
        stream = self.stream(0 if partitions is None or not partitions else partitions[0])
        try:
            groups: Any = await self.client.xinfo_groups(stream)
        except rexc.ResponseError:
            return False  # no such stream yet
        except _ERRORS as exc:
            raise _fail("group exists", exc) from None
        return any(_text(g.get("name", b"")) == group for g in groups or [] if isinstance(g, dict))


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisSubscription:
    """One consumer of a group over some streams (see the module doc)."""

    def __init__(
        self, engine: RedisEngine, group: str, consumer: str, streams: list[str], redeliver_after: float
    ) -> None:
        self.engine = engine
        self.group = group
        self.consumer = consumer
        self.streams = streams
        self.redeliver_after = redeliver_after
        self._own_pending = True  # first read what this consumer was given before and never acked
        self._cursor: dict[str, Any] = {}
        self._next_claim = 0.0
        #: entries taken over from other consumers (XAUTOCLAIM) and own pending re-read on start
        self.redelivered = 0

    async def create_groups(self) -> None:
        client = self.engine.client
        for stream in self.streams:
            try:
                await client.xgroup_create(stream, self.group, id="0", mkstream=True)
            except rexc.ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise _fail("xgroup create", exc) from None
            except _ERRORS as exc:
                raise _fail("xgroup create", exc) from None

    def _deliveries(self, answer: Any, redelivered: bool) -> list[Delivery]:
        out: list[Delivery] = []
        for stream, entries in answer or []:
            name = stream.decode() if isinstance(stream, bytes) else str(stream)
            for entry_id, fields in entries:
                data = (fields or {}).get(b"m")
                out.append(Delivery(data if isinstance(data, bytes) else b"", (name, entry_id), redelivered))
        return out

    async def fetch(self, max_messages: int, timeout: float) -> list[Delivery]:
        try:
            return await self._fetch(max_messages, timeout)
        except rexc.ResponseError as exc:
            if "NOGROUP" in str(exc):
                await self.create_groups()
                self._own_pending = True
                self._cursor.clear()
                return []
            raise _fail("fetch", exc) from None
        except _ERRORS as exc:
            raise _fail("fetch", exc) from None

    async def _fetch(self, max_messages: int, timeout: float) -> list[Delivery]:
        client = self.engine.client
        if self._own_pending:
            cursor = self._cursor
            answer = await client.xreadgroup(
                self.group, self.consumer, {s: cursor.get(s, "0") for s in self.streams}, count=max_messages
            )
            found = self._deliveries(answer, True)
            if found:
                for delivery in found:
                    cursor[delivery.token[0]] = delivery.token[1]
                self.redelivered += len(found)
                return found
            self._own_pending = False
            cursor.clear()
        now = time.monotonic()
        if now >= self._next_claim:
            self._next_claim = now + max(self.redeliver_after / 2, 0.05)
            claimed: list[Delivery] = []
            for stream in self.streams:
                answer = await client.xautoclaim(
                    stream, self.group, self.consumer, int(self.redeliver_after * 1000), "0-0", count=max_messages
                )
                claimed.extend(self._deliveries([(stream, answer[1])], True))
            if claimed:
                self.redelivered += len(claimed)
                return claimed
        answer = await client.xreadgroup(
            self.group,
            self.consumer,
            dict.fromkeys(self.streams, ">"),
            count=max_messages,
            block=max(1, int(min(timeout, self.engine.timeout / 2) * 1000)),
        )
        return self._deliveries(answer, False)

    async def ack(self, deliveries: Sequence[Delivery]) -> None:
        by_stream: dict[str, list[Any]] = {}
        for delivery in deliveries:
            stream, entry_id = delivery.token
            by_stream.setdefault(stream, []).append(entry_id)
        try:
            for stream, ids in by_stream.items():
                await self.engine.client.xack(stream, self.group, *ids)
        except _ERRORS as exc:
            raise _fail("ack", exc) from None

    async def close(self) -> None:
        return None
