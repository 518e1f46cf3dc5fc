"""NATS JetStream backend (``nats://``): one stream, a subject per partition, KV leases.

* The stream ``{PREFIX}`` (file storage) holds the subjects ``{prefix}.p{n}``, one per
  partition; a batch is published asynchronously in order on one connection and every
  acknowledgement awaited (bounded). Each message carries ``Nats-Msg-Id`` = ``key:epoch:seq``:
  within the stream's duplicate window (``dedup_window``, default 120 s) the server stores a
  message sent twice once.
* A consumer group is a durable pull consumer named after the group (explicit acks, ack wait
  ``redeliver_after``): what is not acknowledged in time is delivered again, to whichever
  member of the group fetches next. A member that follows some partitions only has its own
  durable consumer (the group's name and those partitions): a consumer has one filter.
* A fetch is a series of pull requests of at most ``fetch_wait`` seconds each (default 20 ms)
  until one brings messages or the caller's timeout is spent. One long request can sit on what
  already arrived: nats-py's fetch of a batch waits for the rest of the batch within the
  request's life, and a reply meant for an earlier, expired request can send it into that wait;
  with irregular arrivals (bursts, then lulls near a request's expiry) messages were handed out
  up to 0.2-0.4 s after they were stored, with 0.5 s requests (the consumer's poll timeout) —
  the NATS lag p99 at 5,000 events/s. Short requests bound that to ``fetch_wait``. An idle
  consumer so sends ``1 / fetch_wait`` small requests a second; over a network whose round trip
  exceeds ``fetch_wait``, raise it (nothing is lost either way: what a request brings after its
  caller stopped waiting is kept by the client and handed out by the next fetch).
* A lease is the key ``shard-…`` of the KV bucket ``{prefix}_leases`` whose entries live
  ``ttl`` seconds (the bucket's age limit, fixed when the bucket is made: every worker of a
  deployment uses the same ttl). ``create`` succeeds only if the key is absent: its revision is
  the fencing token (the bucket's sequence only grows); renewing is an ``update`` conditioned on
  the last revision, so only the holder can extend it.
* Snapshot requests are core NATS messages (not stored) on ``{prefix}_ctl.snapshot`` (outside the
  stream's subjects): the key as text. A worker listens from its first
  :meth:`NatsEngine.snapshot_requests` on (at most ``CONTROL_PENDING`` kept between two calls); a
  request nobody hears is lost: the consumer asks again.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from collections.abc import Sequence
from typing import Any, Final

import nats
import nats.errors
import nats.js.errors
from nats.aio.client import Client
from nats.js import JetStreamContext, api
from nats.js.kv import KeyValue

from .engine import Delivery, EngineError, Outgoing

__all__ = ["NatsEngine", "NatsSubscription"]

_ERRORS: Final = (nats.errors.Error, OSError, TimeoutError)
#: At most this many snapshot requests are kept between two reads of them.
CONTROL_PENDING: Final = 10_000


def _fail(operation: str, exc: BaseException) -> EngineError:
    return EngineError(operation, f"{type(exc).__name__}: {exc}"[:300])


class NatsEngine:
    """See the module doc."""

    def __init__(
        self,
        url: str,
        *,
        partitions: int = 16,
        prefix: str = "tvorg",
        timeout: float = 10.0,
        dedup_window: float = 120.0,
        fetch_wait: float = 0.02,
    ) -> None:
        if fetch_wait < 0.01:
            raise ValueError("fetch_wait must be at least 0.01 s")
        self.url = url
        self.fetch_wait = fetch_wait
        self.partitions = partitions
        self.prefix = prefix
        self.stream_name = prefix.upper().replace(".", "_")
        self.timeout = timeout
        self.dedup_window = dedup_window
        self._nc: Client | None = None
        self._js: JetStreamContext | None = None
        self._kv: KeyValue | None = None
        self._kv_ttl: float | None = None
        self._revisions: dict[tuple[str, int], int] = {}  # (shard, fence) -> last revision
        self._ctl_sub: Any = None  # the core subscription to snapshot requests, and what it heard
        self._ctl_keys: set[int] = set()

    def __repr__(self) -> str:
        return f"<NatsEngine {self.stream_name} partitions={self.partitions}>"

    def subject(self, partition: int) -> str:
        return f"{self.prefix}.p{partition}"

    @property
    def js(self) -> JetStreamContext:
        if self._js is None:
            raise EngineError("nats", "not connected")
        return self._js

    async def connect(self) -> None:
        if self._nc is not None:
            return
        try:
            self._nc = await nats.connect(
                self.url,
                connect_timeout=min(self.timeout, 3.0),
                reconnect_time_wait=0.25,
                max_reconnect_attempts=-1,
                allow_reconnect=True,
            )
            self._js = self._nc.jetstream(timeout=self.timeout)
            config = api.StreamConfig(
                name=self.stream_name,
                subjects=[f"{self.prefix}.>"],
                storage=api.StorageType.FILE,
                duplicate_window=self.dedup_window,
            )
            try:
                await self._js.add_stream(config)
            except nats.js.errors.BadRequestError:
                await self._js.update_stream(config)
        except _ERRORS as exc:
            await self.close()
            raise _fail("connect", exc) from None

    async def close(self) -> None:
        nc, self._nc, self._js, self._kv = self._nc, None, None, None
        self._ctl_sub = None
        if nc is not None:
            with contextlib.suppress(*_ERRORS):
                await nc.close()

    async def publish(self, batch: Sequence[Outgoing]) -> None:
        js = self.js
        try:
            futures: list[asyncio.Future[api.PubAck]] = []
            for out in batch:
                futures.append(
                    await js.publish_async(
                        self.subject(out.partition),
                        out.data,
                        wait_stall=self.timeout,
                        headers={"Nats-Msg-Id": out.msg_id},
                    )
                )
            async with asyncio.timeout(self.timeout):
                await asyncio.gather(*futures)
        except _ERRORS as exc:
            raise _fail("publish", exc) from None

    async def subscribe(
        self, group: str, consumer: str, partitions: Sequence[int] | None = None, *, redeliver_after: float = 30.0
    ) -> NatsSubscription:
        chosen = list(range(self.partitions) if partitions is None else partitions)
        subjects = [self.subject(p) for p in chosen]
        all_of_them = partitions is None
        group = _durable(group, partitions)
        config = api.ConsumerConfig(
            durable_name=group,
            ack_policy=api.AckPolicy.EXPLICIT,
            deliver_policy=api.DeliverPolicy.ALL,
            ack_wait=redeliver_after,
            max_ack_pending=200_000,
            max_deliver=-1,
            filter_subject=f"{self.prefix}.>" if all_of_them else None,
            filter_subjects=None if all_of_them else subjects,
        )
        try:
            psub = await self.js.pull_subscribe(
                f"{self.prefix}.>" if all_of_them else subjects[0],
                durable=group,
                stream=self.stream_name,
                config=config,
            )
        except _ERRORS as exc:
            raise _fail("subscribe", exc) from None
        return NatsSubscription(psub, self.fetch_wait)

    # -- leases ------------------------------------------------------------------------------
    async def _bucket(self, ttl: float) -> KeyValue:
        if self._kv is None or self._kv_ttl != ttl:
            bucket = f"{self.prefix}_leases".replace(".", "_")
            try:
                self._kv = await self.js.key_value(bucket)
            except nats.js.errors.BucketNotFoundError:
                self._kv = await self.js.create_key_value(bucket=bucket, ttl=ttl, history=1)
            self._kv_ttl = ttl
        return self._kv

    async def acquire(self, shard: str, owner: str, ttl: float) -> int | None:
        try:
            kv = await self._bucket(ttl)
            fence = await kv.create(f"shard-{shard}", owner.encode())
        except nats.js.errors.KeyWrongLastSequenceError:
            return None
        except _ERRORS as exc:
            raise _fail("acquire", exc) from None
        self._revisions[(shard, fence)] = fence
        return fence

    async def renew(self, shard: str, owner: str, fence: int, ttl: float) -> bool:
        last = self._revisions.get((shard, fence))
        if last is None:
            return False
        try:
            kv = await self._bucket(ttl)
            revision = await kv.update(f"shard-{shard}", owner.encode(), last=last)
        except nats.js.errors.KeyWrongLastSequenceError:
            self._revisions.pop((shard, fence), None)
            return False
        except _ERRORS as exc:
            raise _fail("renew", exc) from None
        self._revisions[(shard, fence)] = revision
        return True

    async def release(self, shard: str, owner: str, fence: int) -> None:
        last = self._revisions.pop((shard, fence), None)
        if last is None or self._kv is None:
            return
        try:
            await self._kv.delete(f"shard-{shard}", last=last)
        except nats.js.errors.KeyWrongLastSequenceError:
            return
        except _ERRORS as exc:
            raise _fail("release", exc) from None

    async def holder(self, shard: str) -> str | None:
        try:
            kv = self._kv or await self.js.key_value(f"{self.prefix}_leases".replace(".", "_"))
            entry = await kv.get(f"shard-{shard}")
        except (nats.js.errors.KeyNotFoundError, nats.js.errors.BucketNotFoundError):
            return None
        except _ERRORS as exc:
            raise _fail("holder", exc) from None
        return None if entry.value is None else entry.value.decode()

    # -- snapshot requests -------------------------------------------------------------------
    @property
    def control(self) -> str:
        return f"{self.prefix}_ctl.snapshot"

    async def request_snapshots(self, keys: Sequence[int]) -> None:
        if self._nc is None:
            raise EngineError("nats", "not connected")
        try:
            for key in keys:
                await self._nc.publish(self.control, str(int(key)).encode())
            await self._nc.flush(timeout=max(1, int(self.timeout)))
        except _ERRORS as exc:
            raise _fail("request snapshots", exc) from None

    async def snapshot_requests(self) -> list[int]:
        if self._nc is None:
            raise EngineError("nats", "not connected")
        if self._ctl_sub is None:
            heard = self._ctl_keys

            async def on_request(msg: Any) -> None:
                text = msg.data.decode(errors="replace")
                if len(heard) < CONTROL_PENDING and text.lstrip("-").isdigit():
                    heard.add(int(text))

            try:
                self._ctl_sub = await self._nc.subscribe(self.control, cb=on_request)
            except _ERRORS as exc:
                raise _fail("snapshot requests", exc) from None
        keys = sorted(self._ctl_keys)
        self._ctl_keys.clear()
        return keys

    async def group_exists(self, group: str, partitions: Sequence[int] | None = None) -> bool:
        try:
            await self.js.consumer_info(self.stream_name, _durable(group, partitions))
        except nats.js.errors.NotFoundError:
            return False
        except _ERRORS as exc:
            raise _fail("group exists", exc) from None
        return True


def _durable(group: str, partitions: Sequence[int] | None) -> str:
    """The durable consumer of ``group`` (one per set of partitions: a consumer has one filter)."""
    if partitions is None:
        return group
    return f"{group}_{hashlib.sha1(','.join(map(str, sorted(partitions))).encode()).hexdigest()[:10]}"


def _delivered(reply: str | None) -> int | None:
    """How many times a JetStream message was delivered, read off its ack subject
    (``$JS.ACK.<stream>.<consumer>.<delivered>.…``, 9 tokens; with a domain and account hash,
    12 tokens, ``<delivered>`` 7th): once per record, cheaper than the client's metadata."""
    if not reply or not reply.startswith("$JS.ACK."):
        return None
    tokens = reply.split(".")
    token = tokens[4] if len(tokens) == 9 else tokens[6] if len(tokens) == 12 else ""
    return int(token) if token.isdigit() else None


class NatsSubscription:
    """A member of a durable pull consumer (see the module doc)."""

    def __init__(self, psub: Any, wait: float = 0.02) -> None:
        self._psub = psub
        self._wait = wait

    async def fetch(self, max_messages: int, timeout: float) -> list[Delivery]:
        """What is there within ``timeout``, in requests of at most ``fetch_wait`` (module doc)."""
        loop = asyncio.get_running_loop()
        end = loop.time() + max(timeout, self._wait)
        msgs: list[Any] = []
        while not msgs:
            left = end - loop.time()
            if left < 0.01:
                return []
            try:
                msgs = await self._psub.fetch(batch=max_messages, timeout=min(self._wait, left))
            except (nats.errors.TimeoutError, TimeoutError):
                continue  # nothing in this request: another one while the timeout lasts
            except _ERRORS as exc:
                raise _fail("fetch", exc) from None
        out = []
        for msg in msgs:
            delivered = _delivered(msg.reply)
            if delivered is None:  # not a layout we know: the client's own (slower) parser
                try:
                    delivered = msg.metadata.num_delivered
                except (nats.errors.Error, AttributeError, ValueError):
                    delivered = 1
            out.append(Delivery(msg.data, msg, delivered > 1))
        return out

    async def ack(self, deliveries: Sequence[Delivery]) -> None:
        try:
            for delivery in deliveries:
                await delivery.token.ack()
        except _ERRORS as exc:
            raise _fail("ack", exc) from None

    async def close(self) -> None:
        with contextlib.suppress(*_ERRORS):
            await self._psub.unsubscribe()
