"""Change notifications of the live mirror: :class:`Change` and :class:`SyncReport`.

What a :class:`~tradovate.realtime.mirror.Mirror` emits when an entity is created, updated or
deleted (delivered by :meth:`Mirror.changes` in a :class:`tradovate.streams.Stream`, the one
stream type, whose overflow is a :class:`~tradovate.streams.Gap`), and the :class:`SyncReport` of
a snapshot. Re-exported by :mod:`tradovate.realtime.mirror`.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

from tradovate_api.codec import Model

if TYPE_CHECKING:
    pass

__all__ = ["Change", "ChangeKind", "SyncReport"]

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
        """A JSON object describing the change (the entity as sent by the server, a deep copy:
        nothing in it is shared with the mirror)."""
        import tradovate.realtime.dump as dump  # noqa: PLC0415 - imports this module; see _decode

        return {
            "entityType": self.entity_type,
            "kind": self.kind.value,
            "source": self.source,
            "id": self.id,
            "entity": dump.copy_json(self.raw if self.raw is not None else self.previous_raw),
        }

    def __repr__(self) -> str:
        return f"Change({self.entity_type} {self.id} {self.kind.value} from {self.source})"


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
    # The entity-type table imports this module (through the handles): imported here, on a read,
    # never on apply. The absolute form takes the interpreter's fast path.
    import tradovate.realtime.entity_types as entity_types  # noqa: PLC0415

    return entity_types._decode(entity_type, raw)
