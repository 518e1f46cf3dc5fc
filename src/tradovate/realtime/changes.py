"""Change notifications of the live mirror: :class:`Change`, :class:`Gap`, :class:`ChangeStream`.

What a :class:`~tradovate.realtime.mirror.Mirror` emits when an entity is created, updated or
deleted, the bounded async iterator that delivers it (:meth:`Mirror.changes`), and the
:class:`SyncReport` of a snapshot. Re-exported by :mod:`tradovate.realtime.mirror`.
"""

from __future__ import annotations

import asyncio
import enum
from collections import deque
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import attrs

from tradovate_api import errors
from tradovate_api.codec import Model

if TYPE_CHECKING:
    from .mirror import Mirror

__all__ = ["Change", "ChangeKind", "ChangeStream", "Gap", "SyncReport"]

Raw = dict[str, Any]


class ChangeKind(enum.StrEnum):
    """What a change did to the mirror."""

    CREATED = "Created"
    UPDATED = "Updated"
    DELETED = "Deleted"


class Change:
    """One entity created, updated or deleted in the mirror.

    ``raw``/``previous_raw`` are the JSON objects as the server sent them (``None`` for the side
    that does not exist); ``value``/``previous`` the decoded models (decoded on first access;
    ``None`` for an entity type without a model). ``source`` is ``"event"`` or ``"snapshot"``.
    Do not mutate the JSON objects: the mirror shares them.
    """

    __slots__ = ("_previous", "_value", "entity_type", "id", "kind", "previous_raw", "raw", "source")

    def __init__(
        self,
        entity_type: str,
        id: int | None,
        kind: ChangeKind,
        raw: Raw | None,
        previous_raw: Raw | None,
        source: str,
    ) -> None:
        self.entity_type = entity_type
        self.id = id
        self.kind = kind
        self.raw = raw
        self.previous_raw = previous_raw
        self.source = source
        self._value: Model | None = None
        self._previous: Model | None = None

    @property
    def value(self) -> Model | None:
        """The new value (``None`` after a deletion)."""
        if self._value is None and self.raw is not None:
            self._value = _decode(self.entity_type, self.raw)
        return self._value

    @property
    def previous(self) -> Model | None:
        """The value before the change (``None`` for a creation)."""
        if self._previous is None and self.previous_raw is not None:
            self._previous = _decode(self.entity_type, self.previous_raw)
        return self._previous

    def to_json(self) -> dict[str, Any]:
        """A JSON object describing the change (entity as sent by the server)."""
        return {
            "entityType": self.entity_type,
            "kind": self.kind.value,
            "source": self.source,
            "id": self.id,
            "entity": self.raw if self.raw is not None else self.previous_raw,
        }

    def __repr__(self) -> str:
        return f"Change({self.entity_type} {self.id} {self.kind.value} from {self.source})"


@attrs.frozen
class Gap:
    """Changes were dropped because this consumer fell behind: ``missed`` of them.

    The mirror itself lost nothing; read it again to catch up.
    """

    missed: int


class _GapMark:
    __slots__ = ("missed",)

    def __init__(self) -> None:
        self.missed = 1


@attrs.frozen
class SyncReport:
    """What applying a snapshot changed (for a reconnect: what changed while disconnected).

    ``kept`` counts snapshot entities not applied because the mirror held a newer value (or a
    newer deletion); ``unchanged`` those equal to the stored value.
    """

    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    kept: int = 0

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.deleted


def _decode(entity_type: str, raw: Raw) -> Model | None:
    # The entity-type table lives in the mirror, which imports this module: imported here (on a
    # read, never on apply). The absolute form takes the interpreter's fast path (~0.2 us, where
    # ``from .mirror import`` costs ~0.6 us).
    import tradovate.realtime.mirror as mirror  # noqa: PLC0415

    return mirror._decode(entity_type, raw)


class ChangeStream(AsyncIterator["Change | Gap"]):
    """An async iterator of changes with a bounded buffer (see :meth:`Mirror.changes`).

    When the buffer is full, further changes are dropped and counted; the consumer then receives
    the buffered changes, a :class:`Gap` with the count, and the changes after it. Closing the
    stream (or the mirror) ends the iteration once the buffer is drained.
    """

    def __init__(self, mirror: Mirror, maxsize: int, entity_types: frozenset[str] | None) -> None:
        if maxsize < 1:
            raise errors.InvalidRequest("must be at least 1", "maxsize")
        self._mirror = mirror
        self.maxsize = maxsize
        self.entity_types = entity_types
        self._buf: deque[Change | _GapMark] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._closed = False
        self.missed = 0

    def _push(self, change: Change) -> None:
        if self._closed:
            return
        buf = self._buf
        if len(buf) < self.maxsize:
            buf.append(change)
        else:
            self.missed += 1
            last = buf[-1]
            if last.__class__ is _GapMark:
                last.missed += 1
            else:
                buf.append(_GapMark())
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def close(self) -> None:
        """Stop receiving; the iteration ends after the buffered changes."""
        if not self._closed:
            self._closed = True
            self._mirror._streams.discard(self)
            self._mirror._observed_changed()
            self._wake()

    def pending(self) -> int:
        """How many items wait in the buffer."""
        return len(self._buf)

    def get_nowait(self) -> Change | Gap | None:
        """The next item, or ``None`` when the buffer is empty."""
        if not self._buf:
            return None
        item = self._buf.popleft()
        if isinstance(item, _GapMark):
            return Gap(item.missed)
        return item

    def __aiter__(self) -> ChangeStream:
        return self

    async def __anext__(self) -> Change | Gap:
        while not self._buf:
            if self._closed:
                raise StopAsyncIteration
            waiter = self._waiter
            if waiter is None or waiter.done():
                waiter = self._waiter = asyncio.get_running_loop().create_future()
            await waiter
        item = self.get_nowait()
        assert item is not None
        return item

    async def __aenter__(self) -> ChangeStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.close()
