"""The consumer-side mirror: the organisation's state rebuilt from the engine's stream alone.

:class:`OrgMirror` reads a consumer group (every partition, or some) and applies each message to
a :class:`~tradovate.realtime.mirror.Mirror` — the same class, handles and change API as the
local mirror (``org.mirror.order(id)``, ``org.mirror.changes()``, ``org.mirror.on(...)``):

* per key (an account), message ``(e, q)`` is applied right after ``(e, q - 1)``; a snapshot
  (every part of it) starts a newer epoch; anything at or below what was applied is a repeat
  (redelivered, published twice) or stale (an older epoch: a worker that lost its lease) and is
  acknowledged without effect — each message has its effect exactly once;
* a message that comes early (a redelivery still on its way) is held, unacknowledged, until the
  ones before it arrive; :attr:`OrgMirror.waiting` counts the keys waiting so;
* a snapshot replaces everything held for its account (entities it lacks are deleted, with a
  change each); the organisation-wide keys' snapshots only add and update;
* messages are acknowledged only after they were applied (at least once delivery: a consumer
  that dies before acknowledging gets them again, or another member of its group does).

* a key whose held messages cannot start (no position for it, or only an older epoch's: their
  start was acknowledged by an earlier member of the group that died with its memory) is
  *incomplete* (:attr:`OrgMirror.incomplete`, ``stats()["incomplete"]``): the mirror asks the
  workers for a snapshot of it (:meth:`Engine.request_snapshots`), again after ``resync_retry``
  seconds doubling up to ``resync_retry_max`` until it comes; that snapshot (applied as soon as
  it arrives, ahead of what is held) starts the key afresh and the held messages after it follow.
  A key held longer than ``2 * redeliver_after`` for a gap in its own epoch is asked for too.
  A mirror that starts without a state in a group that already read (:meth:`Engine.group_exists`)
  asks at once for every key (``0``), and so does its first incomplete key (in case nobody heard
  the first): the accounts that were quiet since the earlier member stopped come back too.

Its state (:class:`OrgState`: the mirror and the per-key positions) can outlive one reading
task: ``OrgMirror(engine, state=old.state)`` carries on where a dead reader stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections import Counter, deque
from collections.abc import Sequence
from typing import Any

import attrs

from tradovate.realtime.mirror import Mirror
from tradovate_api import errors

from . import message
from .engine import Delivery, Engine, EngineError, Subscription, stop_task
from .message import Message

__all__ = ["OrgMirror", "OrgState"]

_log = logging.getLogger(__name__)


class _Slot:
    """One delivery and how many of its messages are not yet applied or dropped."""

    __slots__ = ("delivery", "left", "ready")

    def __init__(self, delivery: Delivery) -> None:
        self.delivery = delivery
        self.left = 0
        self.ready = False  # every message of it was looked at

    def finish(self, done: list[Delivery]) -> None:
        self.left -= 1
        if self.left == 0 and self.ready:
            done.append(self.delivery)


@attrs.define
class OrgState:
    """What a consumer has applied: the mirror, and per key the last (epoch, seq) and the
    entities it holds for the key."""

    mirror: Mirror = attrs.field(factory=Mirror)
    applied: dict[int, tuple[int, int]] = attrs.field(factory=dict)
    owned: dict[int, set[tuple[str, int]]] = attrs.field(factory=dict)
    parts: dict[int, list[Message]] = attrs.field(factory=dict)  # a snapshot's parts so far

    def __attrs_post_init__(self) -> None:
        if not self.mirror.synced:
            self.mirror.apply_snapshot({})  # readable at once; each key's snapshot fills it


class OrgMirror:
    """See the module doc.

    Args:
        engine: where to read.
        group: the consumer group (one per independent mirror).
        consumer: this member's name (default: a fresh one).
        partitions: the partitions to follow (default every one).
        redeliver_after: seconds after which what a member did not acknowledge goes to another.
        state: carry on from another reader's state.
        fetch_size: messages per read.
        resync_retry, resync_retry_max: the first and longest wait before asking again for the
            snapshot of an incomplete key.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        group: str = "mirror",
        consumer: str | None = None,
        partitions: Sequence[int] | None = None,
        redeliver_after: float = 30.0,
        state: OrgState | None = None,
        fetch_size: int = 1000,
        resync_retry: float = 1.0,
        resync_retry_max: float = 30.0,
    ) -> None:
        self.engine = engine
        self.group = group
        self.consumer = consumer or f"consumer-{uuid.uuid4().hex[:12]}"
        self.partitions = partitions
        self.redeliver_after = redeliver_after
        self.state = state if state is not None else OrgState()
        self.fetch_size = fetch_size
        self._sub: Subscription | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._poll_timeout = 0.5
        self._held: dict[int, dict[tuple[int, int], tuple[Message, list[_Slot]]]] = {}
        self.resync_retry = resync_retry
        self.resync_retry_max = resync_retry_max
        self._held_since: dict[int, float] = {}  # key -> when messages of it were first held
        self._asked: dict[int, tuple[float, float]] = {}  # key -> (when to ask again, the wait after)
        #: snapshot requests sent (a key asked again counts again)
        self.requested = 0
        self._ask_all = state is None  # a fresh state: the first gap asks for every key
        #: messages applied (events among them), repeats and stale ones dropped, malformed ones,
        #: snapshots applied
        self.applied = 0
        self.events = 0
        self.duplicates = 0
        self.stale = 0
        self.malformed = 0
        self.snapshots = 0
        #: snapshots applied per key (an account, or an organisation-wide key < 0)
        self.snapshots_by_key: Counter[int] = Counter()
        self.status = "idle"  # idle | reading | retrying | closed
        self.last_error: errors.TradovateError | None = None
        #: seconds from the worker seeing a change to its being applied here (the last 100,000)
        self.lags: deque[float] = deque(maxlen=100_000)

    def __repr__(self) -> str:
        return f"<OrgMirror {self.group}/{self.consumer} {self.status} applied={self.applied} keys={len(self.state.applied)} incomplete={len(self.incomplete)}>"

    @property
    def mirror(self) -> Mirror:
        return self.state.mirror

    @property
    def waiting(self) -> int:
        """Keys with messages held until earlier ones arrive."""
        return sum(1 for held in self._held.values() if held)

    @property
    def incomplete(self) -> set[int]:
        """Keys with messages held whose start this mirror lacks (a snapshot of them is asked for)."""
        return self._incomplete(time.monotonic())

    def _incomplete(self, now: float) -> set[int]:
        out = set()
        limit = now - 2 * self.redeliver_after
        applied = self.state.applied
        for key, held in self._held.items():
            if not held:
                continue
            where = applied.get(key)
            if where is None or min(held)[0] > where[0] or self._held_since.get(key, limit) < limit:
                out.add(key)
        return out

    async def start(self) -> None:
        await self.engine.connect()
        await self._resume()
        self._sub = await self.engine.subscribe(
            self.group, self.consumer, self.partitions, redeliver_after=self.redeliver_after
        )
        self._task = asyncio.create_task(self._run(), name=f"tradovate-org-{self.consumer}")

    async def __aenter__(self) -> OrgMirror:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop reading (what was applied is acknowledged; held messages come again later)."""
        await self.kill()
        self.status = "closed"

    async def kill(self) -> None:
        """Stop at once, acknowledging nothing more (a crash)."""
        self._stopping = True
        task, self._task = self._task, None
        if task is not None:
            # Between two reads: a client cancelled inside a blocking read may never return.
            await stop_task(task, self._poll_timeout + 2.0)
        sub, self._sub = self._sub, None
        if sub is not None:
            await sub.close()

    async def _run(self) -> None:
        delay = 0.05
        while not self._stopping:
            try:
                await self.poll(self._poll_timeout, ack=True)
                delay = 0.05
            except EngineError as exc:
                self.status = "retrying"
                self.last_error = exc
                _log.warning("reading failed (%s); again in %.2fs", exc.reason, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)
                with contextlib.suppress(EngineError):
                    await self.engine.connect()

    async def poll(self, timeout: float = 0.5, *, ack: bool = True) -> list[Delivery]:
        """One read: fetch, apply, acknowledge what was applied (``ack=False``: leave it
        unacknowledged, as a consumer dying now would). Returns what was (to be) acknowledged."""
        if self._sub is None:
            self._sub = await self.engine.subscribe(
                self.group, self.consumer, self.partitions, redeliver_after=self.redeliver_after
            )
        self.status = "reading"
        deliveries = await self._sub.fetch(self.fetch_size, timeout)
        if self._stopping and self._task is None:
            return []  # killed while reading: nothing applied, nothing acknowledged
        done = self.receive(deliveries)
        if ack and done:
            await self._sub.ack(done)
        await self._ask_snapshots()
        return done

    async def _resume(self) -> None:
        """Without a state, in a group that read before: ask for every key (see the module doc)."""
        if self._ask_all and await self.engine.group_exists(self.group, self.partitions):
            await self.engine.request_snapshots([0])
            self.requested += 1

    async def _ask_snapshots(self) -> None:
        """Ask for the snapshot of each incomplete key that is due (see the module doc)."""
        due = self.snapshots_due(time.monotonic())
        if not due:
            return
        try:
            await self.engine.request_snapshots(due)
        except EngineError:
            self._ask_all = self._ask_all or due[0] == 0  # the keys themselves are asked again later
            raise
        self.requested += len(due)

    def snapshots_due(self, now: float) -> list[int]:
        """The keys whose snapshot to ask for at ``now`` (monotonic seconds; ``0`` first: every
        key), each then counted as asked: asked again after its backoff while still incomplete."""
        for key in [k for k in self._held_since if k not in self._held]:
            del self._held_since[key]
        for key in self._held:
            self._held_since.setdefault(key, now)
        incomplete = self._incomplete(now)
        for key in [k for k in self._asked if k not in incomplete]:
            del self._asked[key]
        due = sorted(k for k in incomplete if self._asked.get(k, (0.0, 0.0))[0] <= now)
        for key in due:
            wait = self._asked[key][1] if key in self._asked else self.resync_retry
            self._asked[key] = (now + wait, min(wait * 2, self.resync_retry_max))
        if due and self._ask_all:
            self._ask_all = False
            due.insert(0, 0)  # every key (see the module doc)
        return due

    def receive(self, deliveries: Sequence[Delivery]) -> list[Delivery]:
        """Apply what ``deliveries`` carry, in order (repeats dropped, early ones held); returns
        the deliveries now complete — every message of theirs applied or dropped — which may be
        acknowledged (a held one is returned by the call that applies its last message)."""
        done: list[Delivery] = []
        now = time.time()
        for delivery in deliveries:
            done.extend(self._handle(delivery, now))
        return done

    # -- applying ------------------------------------------------------------------------------
    def _handle(self, delivery: Delivery, now: float) -> list[Delivery]:
        """Apply what ``delivery`` carries (one message or a bundle); returns the deliveries now
        complete (every message of theirs applied or dropped): those may be acknowledged."""
        slot = _Slot(delivery)
        done: list[Delivery] = []
        for msg in message.decode_all(delivery.data):
            slot.left += 1
            if isinstance(msg, errors.DecodeError):
                self.malformed += 1
                _log.warning("dropped a malformed message: %s", msg)
                slot.finish(done)
            else:
                self._one(msg, slot, now, done)
        slot.ready = True
        if slot.left == 0:
            done.append(delivery)
        return done

    def _one(self, msg: Message, slot: _Slot, now: float, done: list[Delivery]) -> None:
        key = msg.key
        where = self.state.applied.get(key)
        if where is not None and msg.seq == where[1] + 1 and msg.epoch == where[0] and key not in self._held:
            self._apply(msg, now)  # the common case: the next message of its key, nothing held
            slot.finish(done)
            return
        mark = (msg.epoch, msg.seq)
        if where is not None and mark <= where:
            if msg.epoch < where[0]:
                self.stale += 1
            else:
                self.duplicates += 1
            slot.finish(done)
            return
        if not self._next(msg, where) and not self._answer(msg):
            waiting = self._held.setdefault(key, {})
            found = waiting.get(mark)
            if found is None:
                waiting[mark] = (msg, [slot])
            else:
                found[1].append(slot)
            return
        self._apply(msg, now)
        slot.finish(done)
        held = self._held.get(key)
        while held:
            where = self.state.applied[key]
            for stale_mark in [m for m in held if m <= where]:
                self.duplicates += 1
                for other in held.pop(stale_mark)[1]:
                    other.finish(done)
            nxt = next((m for m in sorted(held) if self._next(held[m][0], where)), None)
            if nxt is None:
                break
            msg, slots = held.pop(nxt)
            self._apply(msg, now)
            for other in slots:
                other.finish(done)
        if held is not None and not held:
            del self._held[key]  # nothing waits: the key's next message takes the quick path

    def _answer(self, msg: Message) -> bool:
        """Whether ``msg`` starts a fresh truth of a key this mirror asked a snapshot of."""
        return msg.kind == message.SNAPSHOT and msg.part == 0 and msg.key in self._asked

    @staticmethod
    def _next(msg: Message, where: tuple[int, int] | None) -> bool:
        """Whether ``msg`` is the next one of its key after ``where``."""
        if msg.kind == message.SNAPSHOT and msg.part == 0 and (where is None or msg.epoch > where[0]):
            return True  # a fresh truth starts
        return where is not None and msg.epoch == where[0] and msg.seq == where[1] + 1

    def _apply(self, msg: Message, now: float) -> None:
        state = self.state
        key = msg.key
        state.applied[key] = (msg.epoch, msg.seq)
        self.applied += 1
        self.lags.append(now - msg.ts)
        if msg.kind == message.SNAPSHOT:
            parts = state.parts.get(key) if msg.part else None
            parts = [msg] if parts is None else [*parts, msg]
            if len(parts) < msg.parts:
                state.parts[key] = parts
                return
            state.parts.pop(key, None)
            entities: dict[str, list[Any]] = {}
            for part in parts:
                for entity_type, items in part.entity.items():
                    entities.setdefault(entity_type, []).extend(items)
            self._replace(key, entities)
            self.snapshots += 1
            self.snapshots_by_key[key] += 1
            return
        self.events += 1
        if state.parts:
            state.parts.pop(key, None)  # an unfinished snapshot is void (its worker moved on)
        entity_type, event_type = msg.entity_type, msg.event_type
        assert entity_type is not None and event_type is not None
        # decoded here from the delivery's bytes: the consumer's own, handed over uncopied
        state.mirror.apply(entity_type, event_type, msg.entity, copy=False)
        if msg.id is not None:
            owned = state.owned.get(key)
            if owned is None:
                owned = state.owned[key] = set()
            if event_type == "Deleted":
                owned.discard((entity_type, msg.id))
            else:
                owned.add((entity_type, msg.id))

    def _replace(self, key: int, entities: dict[str, list[Any]]) -> None:
        mirror = self.state.mirror
        fresh: set[tuple[str, int]] = set()
        for entity_type, items in entities.items():
            for item in items:
                ident = item.get("id") if isinstance(item, dict) else None
                if ident.__class__ is int:
                    fresh.add((entity_type, ident))
                mirror.apply(entity_type, "Updated", item, copy=False)  # decoded here: ours
        if key > 0:  # an account: what the snapshot lacks is gone
            for entity_type, ident in self.state.owned.get(key, set()) - fresh:
                held = mirror.raw(entity_type, ident)
                if held is not None:
                    mirror.apply(entity_type, "Deleted", held)
            self.state.owned[key] = fresh
        else:
            self.state.owned.setdefault(key, set()).update(fresh)

    # -- figures -------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        lags = sorted(self.lags)

        def pct(p: float) -> float | None:
            return None if not lags else lags[min(len(lags) - 1, int(p * len(lags)))]

        return {
            "applied": self.applied,
            "events": self.events,
            "duplicates": self.duplicates,
            "stale": self.stale,
            "malformed": self.malformed,
            "snapshots": self.snapshots,
            "keys": len(self.state.applied),
            "waiting": self.waiting,
            "incomplete": len(self.incomplete),
            "requested": self.requested,
            "lag_p50": pct(0.5),
            "lag_p99": pct(0.99),
            "status": self.status,
        }
