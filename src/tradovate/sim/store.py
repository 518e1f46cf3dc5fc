"""The simulator's state: every entity by type and id, and the ``props`` events its changes make.

Entities are plain JSON objects (``dict``), exactly as the REST API returns them. Each write
(:meth:`Store.insert`, :meth:`Store.update`, :meth:`Store.delete`) appends one ``props`` event to
the event log and hands it to the listeners (the synced WebSocket connections), in the order the
writes happen. The generic entity queries (``item``, ``items``, ``list``, ``find``, ``suggest``,
``deps``, ``ldeps``) are answered here for every entity row of the spec (:mod:`.entities`).

:meth:`Store.where` (and :meth:`Store.first`) look entities up by their first field through an
index per (type, field), built on first use and kept current by every write, so finding an
account's positions or its cash balance costs the same with 10,000 accounts as with one. Results
come in the order the entities were stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final, NamedTuple

from .clock import Clock
from .entities import ROWS

__all__ = ["FIRST_ID", "Event", "Listener", "Store", "dumps"]


class Event(NamedTuple):
    """One ``props`` event as written to the log and sent to sockets."""

    entity_type: str
    event_type: str  # Created | Updated | Deleted
    entity: dict[str, Any]
    data: bytes  # the whole {"e":"props","d":...} object, encoded once for every socket
    account_id: int | None  # whose it is (computed once, for the sockets' filters)
    user_id: int | None


Listener = Callable[[Event], None]

_ENCODER: Final = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def dumps(value: Any) -> bytes:
    """Compact JSON, as the server writes it (deterministic for equal values)."""
    return _ENCODER.encode(value).encode()


# Where the id sequence starts: one sequence for every entity type, twelve digits as the real
# server's (``601683390113``); entities seeded with their own small ids (accounts, contracts) keep them.
FIRST_ID: Final = 300_000_000_001


_ABSENT: Final = object()


def _add(index: dict[Any, dict[int, None]], value: Any, entity_id: Any) -> None:
    try:  # noqa: SIM105 (contextlib.suppress costs more on this path, taken at every write)
        index.setdefault(value, {})[entity_id] = None
    except TypeError:  # unhashable (a list stored by a fuzzed request): equal to no query value
        pass


def _drop(index: dict[Any, dict[int, None]], value: Any, entity_id: Any) -> None:
    try:
        ids = index.get(value)
    except TypeError:
        return
    if ids is not None:
        ids.pop(entity_id, None)
        if not ids:
            del index[value]


class Store:
    """Entities by type (see the module doc)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.tables: dict[str, dict[int, dict[str, Any]]] = {}
        self.events: list[bytes] = []
        self.listeners: list[Listener] = []
        self.record_events = True
        self._next_id = FIRST_ID
        # entity type -> field -> value -> the ids holding it (in storing order)
        self._indexes: dict[str, dict[str, dict[Any, dict[int, None]]]] = {}

    # ---------------------------------------------------------------------------------------
    # writing

    def new_id(self, span: int = 1) -> int:
        """The next id of the global sequence; ``span`` reserves that many consecutive ids (the
        first is returned), e.g. an order's id for its ``command`` and the next for its report."""
        n = self._next_id
        self._next_id = n + max(span, 1)
        return n

    def insert(self, entity_type: str, entity: dict[str, Any], *, quiet: bool = False) -> dict[str, Any]:
        """Store a new entity (an ``id`` is assigned when missing) and announce it as ``Created``.

        The event is encoded before anything is stored: a value JSON cannot carry (``NaN``, a lone
        surrogate...) raises ``ValueError`` and leaves the store as it was, so no stored entity can
        fail a snapshot later."""
        if "id" not in entity:
            entity = {"id": self.new_id(), **entity}
        elif isinstance(entity["id"], int):
            self._next_id = max(self._next_id, entity["id"] + 1)
        data = self._encode(entity_type, "Created", entity)
        table = self.tables.setdefault(entity_type, {})
        old = table.get(entity["id"])
        table[entity["id"]] = entity
        self._reindex(entity_type, old, entity)
        if not quiet:
            self._publish(entity_type, "Created", entity, data)
        return entity

    def update(self, entity_type: str, entity_id: int, **changes: Any) -> dict[str, Any]:
        """Change fields of a stored entity and announce it as ``Updated`` (a new dict is stored)."""
        table = self.tables[entity_type]
        old = table[entity_id]
        entity = {**old, **changes}
        data = self._encode(entity_type, "Updated", entity)
        table[entity_id] = entity
        self._reindex(entity_type, old, entity)
        self._publish(entity_type, "Updated", entity, data)
        return entity

    def replace(self, entity_type: str, entity: dict[str, Any]) -> dict[str, Any]:
        """Store ``entity`` over the one with its id (``update`` operations) and announce it."""
        data = self._encode(entity_type, "Updated", entity)
        table = self.tables.setdefault(entity_type, {})
        old = table.get(entity["id"])
        table[entity["id"]] = entity
        self._reindex(entity_type, old, entity)
        self._publish(entity_type, "Updated", entity, data)
        return entity

    def delete(self, entity_type: str, entity_id: int) -> None:
        entity = self.tables.get(entity_type, {}).pop(entity_id, None)
        if entity is not None:
            self._reindex(entity_type, entity, None)
            self._announce(entity_type, "Deleted", entity)

    def _reindex(self, entity_type: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
        """Keep the type's indexes current after ``old`` became ``new`` (either may be ``None``)."""
        indexes = self._indexes.get(entity_type)
        if not indexes:
            return
        entity_id = (new if new is not None else old or {}).get("id")
        for key, index in indexes.items():
            before = old.get(key) if old is not None else _ABSENT
            after = new.get(key) if new is not None else _ABSENT
            if before is after or (before == after and type(before) is type(after)):
                continue
            if before is not _ABSENT:
                _drop(index, before, entity_id)
            if after is not _ABSENT:
                _add(index, after, entity_id)

    def _index(self, entity_type: str, key: str) -> dict[Any, dict[int, None]]:
        by_type = self._indexes.setdefault(entity_type, {})
        index = by_type.get(key)
        if index is None:
            index = by_type[key] = {}
            for entity_id, entity in self.tables.get(entity_type, {}).items():
                _add(index, entity.get(key), entity_id)
        return index

    def _announce(self, entity_type: str, event_type: str, entity: dict[str, Any]) -> None:
        self._publish(entity_type, event_type, entity, self._encode(entity_type, event_type, entity))

    @staticmethod
    def _encode(entity_type: str, event_type: str, entity: dict[str, Any]) -> bytes:
        try:
            return dumps({"e": "props", "d": {"entityType": entity_type, "eventType": event_type, "entity": entity}})
        except (ValueError, TypeError, UnicodeEncodeError, RecursionError) as exc:
            raise ValueError(f"{entity_type} cannot be encoded as JSON: {exc}") from None

    def _publish(self, entity_type: str, event_type: str, entity: dict[str, Any], data: bytes) -> None:
        if self.record_events:
            self.events.append(data)
        if not self.listeners:
            return
        account_id = self.account_of(entity_type, entity)
        event = Event(entity_type, event_type, entity, data, account_id, self._user(entity_type, entity, account_id))
        for listener in list(self.listeners):
            listener(event)

    # ---------------------------------------------------------------------------------------
    # reading

    def get(self, entity_type: str, entity_id: int) -> dict[str, Any] | None:
        return self.tables.get(entity_type, {}).get(entity_id)

    def all(self, entity_type: str) -> list[dict[str, Any]]:
        return list(self.tables.get(entity_type, {}).values())

    def where(self, entity_type: str, **match: Any) -> Iterator[dict[str, Any]]:
        """The entities whose fields equal ``match`` (through the first field's index)."""
        table = self.tables.get(entity_type)
        if not table:
            return iter(())
        if not match:
            return iter(list(table.values()))
        pairs = list(match.items())
        key, value = pairs[0]
        try:
            ids = self._index(entity_type, key).get(value)
        except TypeError:  # an unhashable value: no index answers it
            ids = {i: None for i, e in table.items() if e.get(key) == value}
        if not ids:
            return iter(())
        found = [table[i] for i in ids]  # (a list: the caller may write while it reads)
        if len(pairs) == 1:
            return iter(found)
        rest = pairs[1:]
        return iter([e for e in found if all(e.get(k) == v for k, v in rest)])

    def first(self, entity_type: str, **match: Any) -> dict[str, Any] | None:
        return next(self.where(entity_type, **match), None)

    def items(self, entity_type: str, ids: Iterable[int]) -> list[dict[str, Any]]:
        table = self.tables.get(entity_type, {})
        return [table[i] for i in ids if i in table]

    def name_of(self, entity_type: str, entity: dict[str, Any]) -> str | None:
        """What ``find``/``suggest`` match: the ``name``, or the contract's name (positions)."""
        name = entity.get("name")
        if isinstance(name, str):
            return name
        contract_id = entity.get("contractId")
        contract = self.get("contract", contract_id) if isinstance(contract_id, int) else None
        return contract.get("name") if contract is not None else None

    def find(self, entity_type: str, name: str) -> dict[str, Any] | None:
        named = self.first(entity_type, name=name)  # the common case, through the index
        if named is not None:
            return named
        entities = list(self.tables.get(entity_type, {}).values())
        exact = next((e for e in entities if self.name_of(entity_type, e) == name), None)
        if exact is not None:
            return exact
        folded = name.casefold()
        return next((e for e in entities if (self.name_of(entity_type, e) or "").casefold() == folded), None)

    def suggest(self, entity_type: str, text: str, limit: int) -> list[dict[str, Any]]:
        folded = text.casefold()
        hits = [
            e
            for e in self.tables.get(entity_type, {}).values()
            if (self.name_of(entity_type, e) or "\x00").casefold().startswith(folded)
        ]
        return hits[: max(limit, 0)]

    def deps(self, entity_type: str, master_ids: Iterable[int]) -> list[dict[str, Any]]:
        key = ROWS[entity_type].master_key if entity_type in ROWS else "id"
        wanted = set(master_ids)
        return [e for e in self.tables.get(entity_type, {}).values() if e.get(key) in wanted]

    # ---------------------------------------------------------------------------------------
    # ownership

    def account_of(self, entity_type: str, entity: dict[str, Any]) -> int | None:
        """The account an entity belongs to (through its order, command, fill, position or position
        limit), if any."""
        if "accountId" in entity:
            value = entity["accountId"]
            return value if isinstance(value, int) else None
        if entity_type in ("account", "accountRiskStatus", "marginSnapshot", "userAccountAutoLiq"):
            value = entity.get("id")
            return value if isinstance(value, int) else None
        parent: tuple[str, Any] | None = None
        if "orderId" in entity:
            parent = ("order", entity["orderId"])
        elif "commandId" in entity:
            parent = ("command", entity["commandId"])
        elif "positionId" in entity:
            parent = ("position", entity["positionId"])
        elif entity_type == "fillFee":
            parent = ("fill", entity.get("id"))
        elif "orderStrategyId" in entity:
            parent = ("orderStrategy", entity["orderStrategyId"])
        elif "userAccountPositionLimitId" in entity:
            parent = ("userAccountPositionLimit", entity["userAccountPositionLimitId"])
        if parent is None:
            return None
        found = self.get(parent[0], parent[1]) if isinstance(parent[1], int) else None
        return None if found is None else self.account_of(parent[0], found)

    def user_of(self, entity_type: str, entity: dict[str, Any]) -> int | None:
        """The user an entity belongs to (directly or through its account), if any."""
        if entity_type == "user":
            value = entity.get("id")
            return value if isinstance(value, int) else None
        return self._user(entity_type, entity, self.account_of(entity_type, entity))

    def _user(self, entity_type: str, entity: dict[str, Any], account_id: int | None) -> int | None:
        """:meth:`user_of`, the entity's account already known."""
        if entity_type == "user":
            value = entity.get("id")
            return value if isinstance(value, int) else None
        if "userId" in entity and isinstance(entity["userId"], int):
            return int(entity["userId"])
        if account_id is None:
            return None
        account = self.get("account", account_id)
        return None if account is None else account.get("userId")
