"""The live mirror of a user's (or an organisation's) trading state: no I/O, fast.

A :class:`Mirror` is fed the answer to ``user/syncrequest`` (:meth:`Mirror.apply_snapshot`) and
then every ``props`` event (:meth:`Mirror.apply_props` / :meth:`Mirror.apply`). It keeps each
entity's JSON object exactly as the server sent it (``raw``, dumped by :meth:`Mirror.to_json`)
and decodes the generated model (``tradovate_api.models``) only when someone reads it, once.

    >>> mirror = Mirror()
    >>> mirror.apply_snapshot(snapshot_bytes)        # doctest: +SKIP
    >>> mirror.apply_props({"entityType": "order", "eventType": "Updated", "entity": {...}})  # doctest: +SKIP
    >>> [o.ord_status for o in mirror.working_orders(account_id=42)]  # doctest: +SKIP

Which value wins
----------------
Tradovate sends no sequence numbers, so each entity type may name a *version*: a value that only
grows while the entity changes (``VERSIONS``). A value (from an event or a snapshot) never
replaces a stored one whose version is strictly greater; a ``Deleted`` event wins over values of
the same or a lower version, and a value of a strictly greater version brings a deleted entity
back. Where versions are equal or unknown:

* between events, the one applied last wins (the server sends them in order on one socket);
* between an event applied since the current sync began (:meth:`Mirror.begin_sync`) and the
  snapshot, the event wins: the snapshot may have been taken before it, and anything newer than
  the event would arrive as a later event on the same socket;
* an entity of a type the snapshot covers that the snapshot lacks is deleted, unless an event
  of the current sync created or changed it (it may be newer than the snapshot).

Versions per entity type (``VERSIONS``; pass ``versions=`` to change them):

* ``order``: the stage of ``ordStatus``: ``PendingNew`` < any live status (``Working``,
  ``PendingReplace``, ``PendingCancel``, ``Suspended``, unknown values) < a final one (``Filled``,
  ``Canceled``, ``Rejected``, ``Expired``, ``Completed``). ``Order.timestamp`` is the creation
  time, so it cannot order the states; a final order never becomes live again.
* ``position``, ``cashBalance``, ``marginSnapshot``: ``timestamp`` (the time of the last change;
  observed growing with every update, not documented upstream). Unparseable: unknown.
* every other type: unknown (fills, commands, reports, versions... are written once).

So any permutation or repetition of the same events gives the same state whenever the events of
one entity carry distinct versions, and a snapshot and the events of its sync give the same
state in either order. Deletions are remembered (with their version) until the next snapshot,
except those made by events of the current sync, at most ``max_tombstones`` per type; without a
version, a deletion is final for the sync.

Reading, observing, handles
---------------------------
Reads (:meth:`Mirror.orders`, :meth:`Mirror.positions`, ...) refuse with :class:`NotSynced`
until a snapshot has been applied since the last :meth:`Mirror.begin_sync`: nothing is served
from a mirror that is not in sync. Changes are observable through :meth:`Mirror.changes` (an
async iterator with a bounded buffer; overflow gives a :class:`Gap`, never a silent drop) and
:meth:`Mirror.on` (callbacks per entity type). A kind is what the change did to the mirror
(``Created`` when the entity was absent, ``Updated``, ``Deleted``), whatever the event was
labelled; an event that changes nothing (a repeat) emits nothing.

:meth:`Mirror.order` returns an :class:`OrderHandle`: the same Python object for the same order
for as long as someone holds it, advancing with every event (``handle.value``, ``.status``,
``.fills``, ``await handle.wait_done()``).

The mirror belongs to one thread (the event loop's); it is not locked.
"""

from __future__ import annotations

import json
import logging
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeVar

from tradovate_api import errors, models
from tradovate_api.codec import Model
from tradovate_api.models import Fill, Order, Position
from tradovate_api.runtime import parse_json

from ..streams import Gap, Stream
from .changes import Change, ChangeKind, SyncReport
from .entity_types import _BY_PLURAL, _INDEXED, ENTITY_TYPES, VERSIONS, EntityType, Version, _decode
from .handles import _HANDLE_CLASSES, FINAL_ORDER_STATUSES, EntityHandle, OrderHandle, PositionHandle

__all__ = [
    "ENTITY_TYPES",
    "FINAL_ORDER_STATUSES",
    "VERSIONS",
    "Change",
    "ChangeKind",
    "EntityHandle",
    "EntityType",
    "Gap",
    "Mirror",
    "NotSynced",
    "OrderHandle",
    "PositionHandle",
    "SyncReport",
]

_log = logging.getLogger(__name__)

M = TypeVar("M", bound=Model)
Raw = dict[str, Any]


class NotSynced(errors.TradovateError):
    """The mirror has not taken a snapshot since its sync began: its content may be stale."""


# ---------------------------------------------------------------------------------------------
# The mirror


# The codec's parser: the same result or DecodeError whatever JSON library is installed, and
# integers past 64 bits kept exactly (orjson alone would turn them into floats).
_parse: Final = parse_json

Callback = Callable[[Change], None]


class _Table:
    """Everything the mirror keeps for one entity type."""

    __slots__ = (
        "fields",
        "fresh",
        "handles",
        "index",
        "models",
        "name",
        "nested",
        "plan",
        "recheck",
        "store",
        "tombs",
        "unchecked",
        "unkeyed",
        "vers",
        "version",
    )

    def __init__(self, name: str, version: Version | None) -> None:
        self.name = name
        self.version = version
        self.store: dict[int, Raw] = {}
        self.models: dict[int, Model] = {}  # decoded on first read
        self.vers: dict[int, Any] = {}  # versions of stored values, once computed
        self.tombs: dict[int, Raw] = {}  # deleted entities (their last JSON), see module doc
        self.fresh: set[int] = set()  # ids touched by events since the sync began
        self.fields: tuple[str, ...] = _INDEXED.get(name, ())
        self.index: dict[str, dict[Any, dict[int, None]]] = {f: {} for f in self.fields}
        self.handles: dict[int, weakref.ref[EntityHandle[Any]]] = {}
        self.unkeyed: list[Any] = []  # snapshot items without an integer id
        # For to_json: the stored values holding an object or an array, by id, with the keys of
        # those that are flat objects (``None``: anything deeper), as of the last to_json (the
        # others are copied in one C call each); ids stored since then are looked at by the
        # next one (every id if ``recheck``). ``plan``: the one plan every entity had when
        # ``nested`` last changed (deletions keep it true of those left), else ``None``.
        self.nested: dict[int, tuple[str, ...] | None] = {}
        self.plan: tuple[str, ...] | None = None
        self.unchecked: set[int] = set()
        self.recheck = False

    def stored_version(self, ident: int, raw: Raw) -> Any:
        v = self.vers.get(ident, _UNKNOWN)
        if v is _UNKNOWN:
            v = self.vers[ident] = self.version(raw)  # type: ignore[misc]
        return v

    def ids(self, field: str, value: Any) -> list[int]:
        return list(self.index.get(field, {}).get(value, ()))

    def reindex(self) -> None:
        for f in self.fields:
            by: dict[Any, dict[int, None]] = {}
            for ident, raw in self.store.items():
                value = raw.get(f)
                if value.__class__ is int or value.__class__ is str:
                    bucket = by.get(value)
                    if bucket is None:
                        by[value] = {ident: None}
                    else:
                        bucket[ident] = None
            self.index[f] = by


_UNKNOWN: Final = object()


class Mirror:
    """The account state as the server last described it (see the module documentation).

    Args:
        versions: version functions per entity type (default :data:`VERSIONS`).
    """

    #: How a JSON object of an entity type becomes its model (handles decode through it).
    _decode: Final = staticmethod(_decode)

    def __init__(self, versions: Mapping[str, Version] | None = None) -> None:
        self._versions: dict[str, Version] = dict(VERSIONS if versions is None else versions)
        self._tables: dict[str, _Table] = {}
        self._extra_keys: dict[str, Any] = {}  # snapshot keys whose value is not a list
        self._streams: dict[Stream[Change], frozenset[str] | None] = {}  # stream -> its entity types
        self._callbacks: dict[str | None, list[Callback]] = {}
        self._observed = False
        self._synced = False
        #: Deletions remembered per entity type during one sync (against late, older values).
        self.max_tombstones = 100_000
        #: Events applied (including repeats and stale ones), and events without an entity id.
        self.events_applied = 0
        self.unkeyed_events = 0

    def _table(self, name: str) -> _Table:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = _Table(name, self._versions.get(name))
        return table

    # -- sync lifecycle ------------------------------------------------------------------------
    @property
    def synced(self) -> bool:
        """Whether a snapshot was applied since the last :meth:`begin_sync`."""
        return self._synced

    def begin_sync(self) -> None:
        """A new sync starts (a new connection sent ``user/syncrequest``): reads refuse until its
        snapshot is applied, and events from now on may be newer than that snapshot."""
        self._synced = False
        for table in self._tables.values():
            table.fresh.clear()

    def apply_snapshot(
        self,
        snapshot: bytes | bytearray | memoryview | str | Mapping[str, Any],
        covered: Iterable[str] = (),
        *,
        merge: bool = False,
    ) -> SyncReport:
        """Apply a sync snapshot (the ``d`` of the ``user/syncrequest`` answer: JSON text or the
        parsed object) and mark the mirror synced.

        Each collection present replaces the mirror's entities of that type (under the rules of
        the module documentation); ``covered`` names further entity types (singular names) the
        sync asked for, whose absence from the snapshot means they have no entities. Collections
        of unknown names are kept under their key. Every difference is emitted as a change.
        ``merge``: more entities to add or replace by the same rules, none deleted, the sync state
        left as it is (a split snapshot's part that came after the whole was applied; the whole
        is assembled before it is applied, see :mod:`.account`).

        Raises:
            errors.DecodeError: the text is not JSON, or not a JSON object.
        """
        data: Any = snapshot
        if not isinstance(snapshot, Mapping):
            try:
                data = _parse(snapshot if isinstance(snapshot, bytes | str) else bytes(snapshot))
            except Exception:  # each parser has its own error class
                raise errors.DecodeError("sync snapshot: not valid JSON") from None  # same words whatever the parser
        if not isinstance(data, Mapping):
            raise errors.DecodeError("sync snapshot: expected a JSON object")
        counts = [0, 0, 0, 0, 0]  # created, updated, deleted, unchanged, kept
        seen: set[str] = set()
        for key, items in data.items():
            info = _BY_PLURAL.get(key)
            name = info.name if info is not None else key
            if items.__class__ is not list:
                self._extra_keys[key] = items
                continue
            seen.add(name)
            self._apply_collection(self._table(name), items, counts, merge)
        if merge:
            return SyncReport(*counts)
        for name in covered:
            if name not in seen:
                self._apply_collection(self._table(name), [], counts, merge)
        for table in self._tables.values():
            if table.tombs:
                fresh = table.fresh
                table.tombs = {i: t for i, t in table.tombs.items() if i in fresh}
        self._synced = True
        return SyncReport(*counts)

    def _apply_collection(self, table: _Table, items: list[Any], counts: list[int], merge: bool) -> None:
        store = table.store
        unkeyed: list[Any] = []
        if not store and not table.tombs and not table.handles and not self._observed:
            # First load of this type: nothing to compare with, nobody to tell.
            for item in items:
                ident = item.get("id") if item.__class__ is dict else None
                if ident.__class__ is int:
                    store[ident] = item
                else:
                    unkeyed.append(item)
            table.unkeyed = table.unkeyed + unkeyed if merge else unkeyed
            table.recheck = True
            counts[0] += len(store)
            if table.fields:
                table.reindex()
            return
        version = table.version
        fresh = table.fresh
        tombs = table.tombs
        seen: set[int] = set()
        for item in items:
            ident = item.get("id") if item.__class__ is dict else None
            if ident.__class__ is not int:
                unkeyed.append(item)
                continue
            seen.add(ident)
            old = store.get(ident)
            if old is None:
                tomb = tombs.get(ident)
                if tomb is not None:
                    if not _newer(version, item, tomb, ident in fresh):
                        counts[4] += 1
                        continue
                    del tombs[ident]
                counts[0] += 1
                self._put(table, ident, item, None, _UNKNOWN, "snapshot")
            elif old == item:
                counts[3] += 1
            elif _newer(version, item, old, ident in fresh):
                counts[1] += 1
                self._put(table, ident, item, old, _UNKNOWN, "snapshot")
            else:
                counts[4] += 1
        if merge:
            table.unkeyed.extend(unkeyed)
            return
        for ident in [i for i in store if i not in seen and i not in fresh]:
            counts[2] += 1
            self._remove(table, ident, store[ident], "snapshot")
        table.unkeyed = unkeyed

    # -- events --------------------------------------------------------------------------------
    def apply_props(self, props: Mapping[str, Any]) -> None:
        """Apply the ``d`` of a ``props`` event: ``{"entityType", "eventType", "entity"}``; the
        entity may be one object or an array of them."""
        try:
            entity = props["entity"]
            name = props["entityType"]
            kind = props["eventType"]
        except KeyError:
            entity, name, kind = props.get("entity"), props.get("entityType"), props.get("eventType")
        if name.__class__ is not str:
            name = str(name)
        if kind.__class__ is not str:
            kind = str(kind)
        if entity.__class__ is list:
            for one in entity:
                self.apply(name, kind, one)
        else:
            self.apply(name, kind, entity)

    def apply(self, entity_type: str, event_type: str, entity: Any) -> bool:
        """Apply one ``props`` event; returns whether it was applied (``False``: stale, a repeat
        that observers were not told of, or a deletion of an entity the mirror does not hold).

        ``event_type`` ``Deleted`` removes; any other value (``Created``, ``Updated``, a value
        Tradovate may add) stores the entity. An entity without an integer ``id`` cannot be
        stored: it is emitted as a change (``id`` None) and counted in ``unkeyed_events``.
        """
        self.events_applied += 1
        try:
            ident = entity["id"]
        except (KeyError, TypeError, IndexError):  # not an object with an id
            ident = None
        if ident.__class__ is not int or entity.__class__ is not dict:
            self.unkeyed_events += 1
            if self._observed:
                if event_type == "Deleted":
                    self._emit(Change(entity_type, None, ChangeKind.DELETED, None, entity, "event"))
                else:
                    self._emit(Change(entity_type, None, ChangeKind.UPDATED, entity, None, "event"))
            return True
        try:
            table = self._tables[entity_type]
        except KeyError:
            table = self._table(entity_type)
        old = table.store.get(ident)
        version = table.version
        if event_type == "Deleted":
            return self._delete(table, ident, entity, old)
        new_version: Any = _UNKNOWN
        if old is None:
            tombs = table.tombs
            if tombs:
                tomb = tombs.get(ident)
                if tomb is not None:
                    if version is None or not _stale(version, tomb, entity):
                        return False  # deleted at this version or later
                    del tombs[ident]
        elif version is not None:
            old_version = table.vers.get(ident, _UNKNOWN)
            if old_version is _UNKNOWN:
                old_version = version(old)
            new_version = version(entity)
            if old_version is not None and new_version is not None and old_version > new_version:
                return False
        table.fresh.add(ident)
        if old is not None and self._observed and old == entity:
            return False  # a repeat: nobody is told (unobserved, storing it again is cheaper)
        self._put(table, ident, entity, old, new_version, "event")
        return True

    def _delete(self, table: _Table, ident: int, entity: Raw, old: Raw | None) -> bool:
        version = table.version
        table.fresh.add(ident)
        tombs = table.tombs
        if len(tombs) >= self.max_tombstones:  # the oldest deletions matter least
            del tombs[next(iter(tombs))]
        if old is not None:
            if version is not None and _stale(version, entity, old):
                return False
            table.tombs[ident] = entity
            self._remove(table, ident, old, "event")
            return True
        tomb = table.tombs.get(ident)
        if tomb is None or (version is not None and _stale(version, tomb, entity)):
            table.tombs[ident] = entity
        return False

    # -- the only two places that change a store -----------------------------------------------
    def _put(self, table: _Table, ident: int, raw: Raw, old: Raw | None, version: Any, source: str) -> None:
        table.store[ident] = raw
        table.unchecked.add(ident)
        if table.models:
            table.models.pop(ident, None)
        if table.version is not None:
            if version is _UNKNOWN:
                table.vers.pop(ident, None)
            else:
                table.vers[ident] = version
        for f in table.fields:
            value = raw.get(f)
            if old is not None:
                was = old.get(f)
                if was == value:
                    continue
                _unindex(table.index[f], was, ident)
            if value.__class__ is int or value.__class__ is str:
                by = table.index[f]
                bucket = by.get(value)
                if bucket is None:
                    by[value] = {ident: None}
                else:
                    bucket[ident] = None
        if table.handles:
            ref = table.handles.get(ident)
            handle = ref() if ref is not None else None
            if handle is not None:
                handle._advance(raw)
        if self._observed:
            kind = ChangeKind.CREATED if old is None else ChangeKind.UPDATED
            self._emit(Change(table.name, ident, kind, raw, old, source))

    def _remove(self, table: _Table, ident: int, old: Raw, source: str) -> None:
        del table.store[ident]
        table.unchecked.discard(ident)
        table.nested.pop(ident, None)
        table.models.pop(ident, None)
        table.vers.pop(ident, None)
        for f in table.fields:
            _unindex(table.index[f], old.get(f), ident)
        if table.handles:
            ref = table.handles.get(ident)
            handle = ref() if ref is not None else None
            if handle is not None:
                handle._advance(None)
        if self._observed:
            self._emit(Change(table.name, ident, ChangeKind.DELETED, None, old, source))

    # -- observing -----------------------------------------------------------------------------
    def _observed_changed(self) -> None:
        self._observed = bool(self._streams) or any(self._callbacks.values())

    def _emit(self, change: Change) -> None:
        for stream, types in list(self._streams.items()):
            if types is None or change.entity_type in types:
                stream.put(change)
        for key in (change.entity_type, None):
            for callback in self._callbacks.get(key, ()):
                try:
                    callback(change)
                except Exception:  # a caller's bug must not stop the mirror
                    _log.exception("mirror callback %r failed on %r", callback, change)

    def changes(self, maxsize: int = 10_000, entity_types: Iterable[str] | None = None) -> Stream[Change]:
        """A new async iterator of the changes from now on (all types, or ``entity_types``).

        At most ``maxsize`` changes wait for the consumer; beyond that they are dropped and
        counted, and the consumer receives a :class:`Gap` in their place.
        """
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise errors.InvalidRequest("must be at least 1", "maxsize")
        stream: Stream[Change] = Stream(maxsize=maxsize, on_close=self._detach)
        self._streams[stream] = None if entity_types is None else frozenset(entity_types)
        self._observed = True
        return stream

    def _detach(self, stream: Stream[Change]) -> None:
        self._streams.pop(stream, None)
        self._observed_changed()

    def on(self, entity_type: str | None, callback: Callback) -> Callable[[], None]:
        """Call ``callback(change)`` for every change of ``entity_type`` (``None``: of any type),
        synchronously while the change is applied. Returns a function that unsubscribes."""
        self._callbacks.setdefault(entity_type, []).append(callback)
        self._observed = True

        def off() -> None:
            callbacks = self._callbacks.get(entity_type, [])
            if callback in callbacks:
                callbacks.remove(callback)
            self._observed_changed()

        return off

    def close(self) -> None:
        """No more updates will come: end every change stream (after its buffered changes), and
        fail every ``wait_done()`` still waiting with :class:`NotSynced`."""
        for stream in list(self._streams):
            stream.close()
        for table in self._tables.values():
            for ref in list(table.handles.values()):
                handle = ref()
                if isinstance(handle, OrderHandle):
                    handle._abandon()

    # -- reading -------------------------------------------------------------------------------
    def _check(self) -> None:
        if not self._synced:
            raise NotSynced("the mirror has not been synced on the current connection")

    def _typed(self, name: str, ids: Iterable[int]) -> list[Any]:
        table = self._tables.get(name)
        if table is None:
            return []
        store = table.store
        models = table.models
        out = []
        for ident in ids:
            model = models.get(ident)
            if model is None:
                raw = store.get(ident)
                if raw is None:
                    continue
                model = _decode(name, raw)
                if model is None:
                    continue
                models[ident] = model
            out.append(model)
        return out

    def _ids(self, name: str, field: str, value: Any) -> list[int]:
        table = self._tables.get(name)
        return [] if table is None else table.ids(field, value)

    def _all_ids(self, name: str) -> list[int]:
        table = self._tables.get(name)
        return [] if table is None else list(table.store)

    def _raw(self, name: str, ident: int) -> Raw | None:
        table = self._tables.get(name)
        return None if table is None else table.store.get(ident)

    def get(self, entity_type: str, id: int) -> Model | None:
        """The entity as its generated model, or ``None`` (unknown types: see :meth:`raw`)."""
        self._check()
        found = self._typed(entity_type, [id])
        return found[0] if found else None

    def raw(self, entity_type: str, id: int) -> Raw | None:
        """The entity's JSON object as the server sent it (a copy), or ``None``."""
        self._check()
        raw = self._raw(entity_type, id)
        return None if raw is None else _copy(raw)

    def all(self, entity_type: str) -> list[Any]:
        """Every entity of a type, as models (JSON objects, copied, for types without a model)."""
        self._check()
        if entity_type not in ENTITY_TYPES:
            table = self._tables.get(entity_type)
            return [] if table is None else [_copy(r) for r in table.store.values()]
        return self._typed(entity_type, self._all_ids(entity_type))

    def count(self, entity_type: str | None = None) -> int:
        """How many entities the mirror holds (of one type, or in all)."""
        if entity_type is not None:
            table = self._tables.get(entity_type)
            return 0 if table is None else len(table.store)
        return sum(len(t.store) for t in self._tables.values())

    def orders(self, account_id: int | None = None) -> list[Order]:
        """All orders, or those of one account."""
        self._check()
        if account_id is None:
            return self._typed("order", self._all_ids("order"))
        return self._typed("order", self._ids("order", "accountId", account_id))

    def working_orders(self, account_id: int | None = None) -> list[Order]:
        """Orders not in a final status (see :data:`FINAL_ORDER_STATUSES`)."""
        self._check()
        table = self._tables.get("order")
        if table is None:
            return []
        ids = self._all_ids("order") if account_id is None else self._ids("order", "accountId", account_id)
        store = table.store
        return self._typed("order", [i for i in ids if store[i].get("ordStatus") not in FINAL_ORDER_STATUSES])

    def positions(self, account_id: int | None = None) -> list[Position]:
        """All positions, or those of one account."""
        self._check()
        if account_id is None:
            return self._typed("position", self._all_ids("position"))
        return self._typed("position", self._ids("position", "accountId", account_id))

    def cash_balances(self, account_id: int | None = None) -> list[models.CashBalance]:
        """All cash balances, or those of one account."""
        self._check()
        if account_id is None:
            return self._typed("cashBalance", self._all_ids("cashBalance"))
        return self._typed("cashBalance", self._ids("cashBalance", "accountId", account_id))

    def fills(self, order_id: int | None = None) -> list[Fill]:
        """All fills, or those of one order (in arrival order)."""
        self._check()
        if order_id is None:
            return self._typed("fill", self._all_ids("fill"))
        return self._fills_of(order_id)

    def _fills_of(self, order_id: int) -> list[Fill]:
        return self._typed("fill", self._ids("fill", "orderId", order_id))

    def order_versions(self, order_id: int) -> list[models.OrderVersion]:
        """The versions (quantity, prices) of one order, in arrival order."""
        self._check()
        return self._typed("orderVersion", self._ids("orderVersion", "orderId", order_id))

    def _cl_ord_id_of(self, order_id: int) -> str | None:
        for cid in self._ids("command", "orderId", order_id):
            raw = self._raw("command", cid)
            value = raw.get("clOrdId") if raw is not None else None
            if value.__class__ is str:
                return value
        return None

    def order_id_by_cl_ord_id(self, cl_ord_id: str) -> int | None:
        """The id of the order whose command carried ``cl_ord_id`` (``command`` must be synced)."""
        self._check()
        for cid in self._ids("command", "clOrdId", cl_ord_id):
            raw = self._raw("command", cid)
            order_id = raw.get("orderId") if raw is not None else None
            if order_id.__class__ is int:
                return order_id
        return None

    def order_by_cl_ord_id(self, cl_ord_id: str) -> OrderHandle | None:
        """The handle of the order placed with ``cl_ord_id``, or ``None`` if the mirror has none."""
        order_id = self.order_id_by_cl_ord_id(cl_ord_id)
        return None if order_id is None else self.order(order_id)

    def handle(self, entity_type: str, id: int) -> EntityHandle[Any] | None:
        """The identity-stable handle of an entity (``None`` if the mirror does not hold it)."""
        self._check()
        table = self._tables.get(entity_type)
        raw = None if table is None else table.store.get(id)
        if table is None or raw is None:
            return None
        ref = table.handles.get(id)
        handle = ref() if ref is not None else None
        if handle is None:
            cls = _HANDLE_CLASSES.get(entity_type, EntityHandle)
            handle = cls(self, entity_type, id, raw)
            handles = table.handles

            def forget(dead: weakref.ref[EntityHandle[Any]], ident: int = id) -> None:
                if handles.get(ident) is dead:
                    del handles[ident]

            handles[id] = weakref.ref(handle, forget)
        return handle

    def order(self, id: int) -> OrderHandle | None:
        """The handle of an order: the same object for as long as someone holds it."""
        return self.handle("order", id)  # type: ignore[return-value]

    def position(self, id: int) -> PositionHandle | None:
        """The handle of a position: the same object for as long as someone holds it."""
        return self.handle("position", id)  # type: ignore[return-value]

    def entity_types(self) -> list[str]:
        """The entity types the mirror holds entities of."""
        return [name for name, table in self._tables.items() if table.store]

    def items(self, entity_type: str) -> list[tuple[int, Raw]]:
        """(id, JSON object) pairs of a type, neither copied nor decoded (do not mutate them)."""
        self._check()
        table = self._tables.get(entity_type)
        return [] if table is None else list(table.store.items())

    # -- dumping -------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The mirror as a JSON object keyed like ``SyncMessage`` (``orders``, ``positions``, ...),
        each entity as the server sent it (a deep copy). Collections the server sent that the
        mirror does not know are kept under their key."""
        return self._dump(_copies, _copy)

    def dumps(self) -> bytes:
        """:meth:`to_json` as compact JSON bytes, encoded straight from the stored values (the
        bytes alias nothing, so nothing is copied)."""
        state = self._dump(_values, _same)
        return json.dumps(state, separators=(",", ":"), ensure_ascii=False).encode()

    def _dump(self, entities: Callable[[_Table], list[Any]], value: Callable[[Any], Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, table in self._tables.items():
            info = ENTITY_TYPES.get(name)
            out[info.plural if info is not None else name] = entities(table)
        for key, extra in self._extra_keys.items():
            out.setdefault(key, value(extra))
        return out

    def __repr__(self) -> str:
        state = "synced" if self._synced else "not synced"
        return f"<Mirror {state}, {self.count()} entities>"


_NESTED: Final = frozenset({dict, list})


def _plan(raw: Raw) -> tuple[str, ...] | None:
    """The keys of ``raw`` holding flat objects, ``None`` if it holds anything deeper or an array."""
    flat = _NESTED.isdisjoint
    keys = []
    for k, v in raw.items():
        if v.__class__ is dict and flat(map(type, v.values())):
            keys.append(k)
        elif v.__class__ is dict or v.__class__ is list:
            return None
    return tuple(keys)


def _nested(table: _Table) -> dict[int, tuple[str, ...] | None]:
    """The table's stored values that hold an object or an array, with their plans (brought up
    to date with the values stored since the last call, and ``table.plan`` with them)."""
    flat = _NESTED.isdisjoint
    store = table.store
    if table.recheck:
        table.nested = {i: _plan(r) for i, r in store.items() if not flat(map(type, r.values()))}
        table.recheck = False
    elif table.unchecked:
        nested = table.nested
        for i in table.unchecked:
            raw = store[i]
            if flat(map(type, raw.values())):
                nested.pop(i, None)
            else:
                nested[i] = _plan(raw)
        table.unchecked.clear()
    else:
        return table.nested
    plans = set(table.nested.values()) if len(table.nested) == len(store) else ()
    table.plan = plans.pop() if len(plans) == 1 else None
    return table.nested


def _copies(table: _Table) -> list[Any]:
    """Deep copies of the table's stored values, in store order. Most hold no object or array (a
    shallow copy, one C call each, is a deep one); most others hold flat objects under known keys
    (``tradeDate``): those are copied key by key in one Python loop, which costs less than
    patching C-made copies afterwards."""
    store = table.store
    nested = _nested(table)
    plan = table.plan  # every stored entity's, or None
    if not nested:
        out = list(map(dict.copy, store.values()))
    elif plan is not None and len(plan) == 1:  # the usual case: every entity, one object (fills)
        (k,) = plan
        out = []
        append = out.append
        for raw in store.values():
            copy = raw.copy()
            copy[k] = raw[k].copy()
            append(copy)
    else:
        out = []
        append = out.append
        get = nested.get
        for i, raw in store.items():
            keys = get(i, ())  # () for a flat entity; a plan is never empty
            if not keys:
                append(raw.copy() if keys is not None else _copy(raw))
            else:
                copy = raw.copy()
                for k in keys:
                    copy[k] = raw[k].copy()
                append(copy)
    if table.unkeyed:
        out += map(_copy, table.unkeyed)
    return out


def _values(table: _Table) -> list[Any]:
    """The table's stored values themselves (for encoding only)."""
    return [*table.store.values(), *table.unkeyed]


def _same(value: Any) -> Any:
    return value


def _copy(value: Any) -> Any:
    """A deep copy of parsed JSON: containers copied in C, only the nested ones visited."""
    if value.__class__ is dict:
        out = value.copy()
        for k, v in value.items():
            if v.__class__ is dict or v.__class__ is list:
                out[k] = _copy(v)
        return out
    if value.__class__ is list:
        return [_copy(v) if v.__class__ is dict or v.__class__ is list else v for v in value]
    return value


def _unindex(by: dict[Any, dict[int, None]], value: Any, ident: int) -> None:
    if value.__class__ is int or value.__class__ is str:
        bucket = by.get(value)
        if bucket is not None:
            bucket.pop(ident, None)
            if not bucket:
                del by[value]


def _stale(version: Version, new: Mapping[str, Any], old: Mapping[str, Any]) -> bool:
    """Whether ``old`` has a strictly greater version than ``new``."""
    v_old = version(old)
    if v_old is None:
        return False
    v_new = version(new)
    return v_new is not None and v_old > v_new


def _newer(version: Version | None, snap: Mapping[str, Any], held: Mapping[str, Any], fresh: bool) -> bool:
    """Whether a snapshot value replaces ``held`` (a stored value or a deletion)."""
    if version is not None:
        v_held = version(held)
        v_snap = version(snap)
        if v_held is not None and v_snap is not None and v_held != v_snap:
            return v_snap > v_held  # type: ignore[no-any-return]
    return not fresh
