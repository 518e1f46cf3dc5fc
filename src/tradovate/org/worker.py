"""Organisation sync workers: shards held by leases, each kept by one socket, turned into messages.

A deployment splits the organisation into ``shards`` shards by ``accountId % shards``
(Tradovate's ``shardingExpression`` ``modAccountId``). A :class:`Worker` holds some of them:

* each shard it holds has a lease in the engine (:meth:`Engine.acquire`, renewed every third of
  ``lease_ttl``); a worker that dies stops renewing, its leases expire after ``lease_ttl`` and
  the other workers, which try free shards at the same pace, take them over: a shard is
  unsynced for at most ``lease_ttl`` + ``lease_ttl / 3`` + one sync (default 6 + 2 s + the
  snapshot). A worker that cannot renew a lease in time (lost, or the engine unreachable for
  most of ``lease_ttl``) stops that shard at once;
* a held shard is a :class:`ShardSync`: one :class:`~tradovate.realtime.account.AccountSession`
  (``splitResponses``, ``fullOrgSnapshot``, its ``shardingExpression``: one syncrequest per
  socket, reconnects, resyncs) whose mirror's changes become messages (:mod:`.message`) offered
  to the worker's :class:`~.publisher.Publisher`;
* every sync of a shard (the first, a reconnect's, a takeover's) starts a new epoch and
  publishes a snapshot of each of its accounts — only that shard's accounts — then its events.

* a consumer that lacks the start of a key's history (a restarted member of a consumer group)
  asks for a snapshot of it (:meth:`Engine.request_snapshots`); every lease round the worker
  reads the requests and the shard holding each key publishes a snapshot of it (``w``
  ``request``) in its current epoch — once per key per ``answer_interval`` seconds, however many
  asked; key ``0`` asks for every key. A request for a shard nobody holds yet is answered by the takeover's resync.

``prefer``: the shards this worker takes first; after one ``lease_ttl`` it also takes any free
shard, up to ``max_shards``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from tradovate.realtime.account import AccountEvent, AccountSession, Resynced, Synced
from tradovate.realtime.mirror import Change, ChangeKind, Mirror

from . import message
from .engine import Engine, EngineError, Outgoing, stop_task
from .publisher import Publisher

__all__ = ["ShardSync", "Worker"]

_log = logging.getLogger(__name__)

Raw = dict[str, Any]
_KIND: Final = {kind: kind.value for kind in ChangeKind}


class ShardSync:
    """One shard kept synced and published (see the module doc)."""

    def __init__(self, worker: Worker, shard: int, fence: int) -> None:
        self.worker = worker
        self.shard = shard
        self.fence = fence
        self.shared_key = -(shard + 1)
        self.renewed_at = time.monotonic()
        self.mirror = Mirror()
        self.mirror.on(None, self._on_change)
        self.account = AccountSession(
            worker.session,
            sharding={"expressionType": "modAccountId", "divisor": worker.shards, "remainder": shard},
            split_responses=True,
            full_org_snapshot=True,
            entity_types=worker.entity_types,
            mirror=self.mirror,
            **worker.account_options,
        )
        self.account.on_event(self._on_event)
        self.syncs = 0
        self.epoch: int | None = None
        self._seq: dict[int, int] = {}
        self._owned: dict[int, dict[tuple[str, int], Raw]] = {}
        self._owner: dict[tuple[str, int], int] = {}
        self.overflowed: set[int] = set()
        #: messages offered and taken: events, snapshot parts; snapshots made per reason
        self.events = 0
        self.snapshot_parts = 0
        self.snapshots: dict[str, int] = {}
        self.task: asyncio.Task[None] | None = None
        self._offer = worker.publisher.offer
        self._partitions = worker.partitions

    def __repr__(self) -> str:
        return f"<ShardSync {self.shard}/{self.worker.shards} fence={self.fence} syncs={self.syncs}>"

    @property
    def keys(self) -> list[int]:
        """The keys (accounts, and this shard's organisation-wide key) the shard holds."""
        return list(self._owned)

    async def start(self) -> None:
        await self.account.start()

    async def stop(self) -> None:
        await self.account.close()

    # -- changes -> messages -------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        # Once per change of the shard (the hot path): local names, no enum property lookups.
        entity_type, ident, current = change.entity_type, change.id, change.raw
        raw = current if current is not None else change.previous_raw
        owner = self._owner
        if ident is None:
            found = message.account_of(entity_type, raw or {}, owner)
            key = self.shared_key if found is None else found
        else:
            tkey = (entity_type, ident)
            found = owner.get(tkey)
            if found is None:
                found = message.account_of(entity_type, raw or {}, owner)
                key = self.shared_key if found is None else found
            else:
                key = found
            if change.kind is ChangeKind.DELETED:
                owner.pop(tkey, None)
                held = self._owned.get(key)
                if held is not None:
                    held.pop(tkey, None)
            elif current is not None:
                owner[tkey] = key
                held = self._owned.get(key)
                if held is None:
                    held = self._owned[key] = {}
                held[tkey] = current
        epoch = self.epoch
        if epoch is None or change.source == "snapshot" or key in self.overflowed:
            return  # a sync's snapshot is published per key when it is complete (Synced)
        seq = self._seq.get(key, 0) + 1
        data = message.encode_event(key, epoch, seq, time.time(), entity_type, _KIND[change.kind], ident, raw)
        if self._offer(Outgoing(key % self._partitions, key, f"{key}:{epoch}:{seq}", data)):
            self._seq[key] = seq
            self.events += 1
        else:
            self.overflowed.add(key)

    def _on_event(self, event: AccountEvent) -> None:
        if isinstance(event, Synced | Resynced):
            self.syncs += 1
            self.epoch = message.epoch_of(self.fence, self.syncs)
            self._seq = {}
            self.overflowed = set()
            why = "sync" if self.syncs == 1 else "resync"
            for key in list(self._owned):
                if not self.overflowed and self._snapshot(key, why):
                    continue
                self.overflowed.add(key)
            for key in [k for k, held in self._owned.items() if not held]:
                del self._owned[key]

    def _snapshot(self, key: int, why: str) -> bool:
        """Offer a snapshot of ``key``; ``False`` if the buffer has no room for it."""
        assert self.epoch is not None
        entities: dict[str, list[Raw]] = {}
        for (entity_type, _), raw in self._owned.get(key, {}).items():
            entities.setdefault(entity_type, []).append(raw)
        seq = self._seq.get(key, 0) + 1
        parts = message.encode_snapshot(key, self.epoch, seq, time.time(), why, entities)
        publisher = self.worker.publisher
        if publisher.room() < len(parts) and publisher.buffered:  # an empty buffer takes any snapshot
            publisher.want_space()
            return False
        partition = key % self.worker.partitions
        for n, data in enumerate(parts):
            publisher.offer(Outgoing(partition, key, f"{key}:{self.epoch}:{seq + n}", data), force=True)
        self._seq[key] = seq + len(parts) - 1
        self.snapshot_parts += len(parts)
        self.snapshots[why] = self.snapshots.get(why, 0) + 1
        return True

    def answer(self, key: int) -> None:
        """A consumer asked for a snapshot of ``key``: offer one now, or once the buffer has room."""
        if self.epoch is None:
            return  # not synced yet: the first sync publishes every key's snapshot
        if key in self.overflowed or not self._snapshot(key, "request"):
            self.overflowed.add(key)

    def on_space(self) -> None:
        """The buffer drained: snapshots of the overflowed keys, as many as fit."""
        if self.epoch is None:
            return
        for key in list(self.overflowed):
            if not self._snapshot(key, "overflow"):
                return
            self.overflowed.discard(key)


class Worker:
    """A worker of an organisation sync (see the module doc).

    Args:
        engine: where the messages and leases go.
        session: a logged-in ``tradovate.session.Session`` whose user may sync the organisation.
        shards: how many shards the organisation is split into (the sharding divisor).
        prefer: shards to take first; max_shards: at most this many (default all).
        lease_ttl: seconds a lease lives without renewal.
        answer_interval: a key's snapshot is published on request at most once per this many seconds.
        capacity, batch, linger: the publish buffer (:class:`~.publisher.Publisher`).
        entity_types: entity types to sync (default every type).
        account_options: more arguments of each shard's ``AccountSession``.
    """

    def __init__(
        self,
        engine: Engine,
        session: Any,
        *,
        shards: int,
        prefer: Iterable[int] = (),
        max_shards: int | None = None,
        lease_ttl: float = 6.0,
        answer_interval: float = 1.0,
        owner: str | None = None,
        capacity: int = 50_000,
        batch: int = 500,
        linger: float = 0.005,
        entity_types: Sequence[str] | None = None,
        account_options: Mapping[str, Any] | None = None,
    ) -> None:
        if shards < 1:
            raise ValueError("shards must be positive")
        self.engine = engine
        self.session = session
        self.shards = shards
        self.partitions = engine.partitions
        self.prefer = [s for s in prefer if 0 <= s < shards]
        self.max_shards = shards if max_shards is None else max_shards
        self.lease_ttl = lease_ttl
        self.answer_interval = answer_interval
        self._answered: dict[int, float] = {}  # key -> when its snapshot was last published on request
        #: snapshot requests read, and answered with a snapshot
        self.requests = 0
        self.answered = 0
        self.owner = owner or f"worker-{uuid.uuid4().hex[:12]}"
        self.entity_types = entity_types
        self.account_options = dict(account_options or {})
        self.publisher = Publisher(engine, capacity=capacity, batch=batch, linger=linger)
        self.publisher.on_space(self._on_space)
        self.held: dict[int, ShardSync] = {}
        self._task: asyncio.Task[None] | None = None
        self._started = 0.0
        self._starting: set[asyncio.Task[None]] = set()
        self._stopping = asyncio.Event()
        #: (shard, fence, monotonic time) of every lease taken, and of every shard lost
        self.taken: list[tuple[int, int, float]] = []
        self.lost: list[tuple[int, float]] = []

    def __repr__(self) -> str:
        return f"<Worker {self.owner} shards={sorted(self.held)}/{self.shards}>"

    def _lease(self, shard: int) -> str:
        return f"{self.shards}-{shard}"

    async def start(self) -> None:
        await self.publisher.start()
        self._stopping.clear()
        self._started = time.monotonic()
        self._task = asyncio.create_task(self._run(), name=f"tradovate-org-{self.owner}")

    async def __aenter__(self) -> Worker:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop: publish what is buffered, close the sockets, release the leases."""
        await self._stop_loop()
        held, self.held = self.held, {}
        for sync in held.values():
            await sync.stop()
        await self.publisher.close()
        for shard, sync in held.items():
            with contextlib.suppress(EngineError):
                await self.engine.release(self._lease(shard), self.owner, sync.fence)

    async def kill(self) -> None:
        """Die as a crashed worker would: nothing more is published or renewed, nothing released."""
        await self._stop_loop()
        await self.publisher.abort()
        held, self.held = self.held, {}
        for sync in held.values():
            await sync.stop()

    async def _stop_loop(self) -> None:
        self._stopping.set()
        task, self._task = self._task, None
        if task is not None:
            await stop_task(task, self.lease_ttl / 3 + 2.0)
        starting, self._starting = self._starting, set()
        for start in starting:
            start.cancel()
        await asyncio.gather(*starting, return_exceptions=True)

    def _on_space(self) -> None:
        for sync in list(self.held.values()):
            sync.on_space()

    # -- leases --------------------------------------------------------------------------------
    async def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                await self.tick()
            except EngineError as exc:
                _log.warning("lease round failed: %s", exc.reason)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.lease_ttl / 3)

    async def tick(self) -> None:
        """One lease round: renew what is held (drop what cannot be), take free shards."""
        now = time.monotonic()
        for shard, sync in list(self.held.items()):
            try:
                kept: bool | None = await self.engine.renew(self._lease(shard), self.owner, sync.fence, self.lease_ttl)
            except EngineError:
                kept = None  # unknown: kept while the lease may still be ours
            if kept:
                sync.renewed_at = time.monotonic()
            elif kept is False or now - sync.renewed_at > self.lease_ttl * 0.8:
                await self._drop(shard, "lease lost" if kept is False else "lease not renewable")
        candidates = list(self.prefer)
        if not self.prefer or now - self._started >= self.lease_ttl:
            candidates += [s for s in range(self.shards) if s not in self.prefer]
        for shard in candidates:
            if len(self.held) >= self.max_shards:
                break
            if shard in self.held:
                continue
            fence = await self.engine.acquire(self._lease(shard), self.owner, self.lease_ttl)
            if fence is not None:
                self._take(shard, fence)
        await self.answer_requests()

    async def answer_requests(self) -> None:
        """Read the snapshot requests and answer those for keys of the shards held (see the module doc)."""
        keys = set(await self.engine.snapshot_requests())
        self.requests += len(keys)
        now = time.monotonic()
        for key, at in list(self._answered.items()):
            if now - at >= self.answer_interval:
                del self._answered[key]
        if 0 in keys:  # every key of the shards held
            keys.discard(0)
            keys.update(key for sync in self.held.values() for key in sync.keys)
        for key in sorted(keys):
            sync = self.held.get(key % self.shards if key > 0 else -key - 1)
            if sync is None or key in self._answered or sync.epoch is None:
                continue
            self._answered[key] = now
            self.answered += 1
            sync.answer(key)

    def _take(self, shard: int, fence: int) -> None:
        sync = ShardSync(self, shard, fence)
        self.held[shard] = sync
        self.taken.append((shard, fence, time.monotonic()))
        task = asyncio.create_task(self._start_sync(sync), name=f"tradovate-org-shard-{shard}")
        sync.task = task
        self._starting.add(task)
        task.add_done_callback(self._starting.discard)

    async def _start_sync(self, sync: ShardSync) -> None:
        try:
            await sync.start()
        except Exception as exc:  # the first connection failed: free the shard, try again later
            _log.warning("shard %d: first sync failed (%s)", sync.shard, type(exc).__name__)
            await self._drop(sync.shard, "first sync failed", release=True)

    async def _drop(self, shard: int, why: str, release: bool = False) -> None:
        sync = self.held.pop(shard, None)
        if sync is None:
            return
        _log.warning("shard %d dropped: %s", shard, why)
        self.lost.append((shard, time.monotonic()))
        if sync.task is not None and sync.task is not asyncio.current_task():
            sync.task.cancel()
        await sync.stop()
        if release:
            with contextlib.suppress(EngineError):
                await self.engine.release(self._lease(shard), self.owner, sync.fence)

    # -- figures -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        syncs = list(self.held.values())
        return {
            "owner": self.owner,
            "shards": sorted(self.held),
            "events": sum(s.events for s in syncs),
            "snapshot_parts": sum(s.snapshot_parts for s in syncs),
            "overflowed": sum(len(s.overflowed) for s in syncs),
            "requests": self.requests,
            "answered": self.answered,
            "published": self.publisher.published,
            "buffered": self.publisher.buffered,
            "refused": self.publisher.refused,
            "publisher": self.publisher.status,
        }
