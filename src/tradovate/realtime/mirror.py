"""The live mirror of a user's (or an organisation's) trading state: no I/O, fast.

A :class:`Mirror` is fed the answer to ``user/syncrequest`` (:meth:`Mirror.apply_snapshot`) and
then every ``props`` event (:meth:`Mirror.apply_props` / :meth:`Mirror.apply`). It keeps each
entity's JSON object exactly as the server sent it (``raw``, dumped by :meth:`Mirror.to_json`),
its own copy unless the caller hands the object over (``copy=False``), and decodes the generated
model (``tradovate_api.models``) only when someone reads it, once.

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

The mirror belongs to one thread (the event loop's); it is not locked. This module applies
snapshots and events; reading is :mod:`.reads`, observing :mod:`.observers`, writing the state
out :mod:`.dump`, what is kept per entity type :mod:`.table` (all re-exported or reached here).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from tradovate_api import errors
from tradovate_api.runtime import parse_json

from ..streams import Gap, Stream
from .changes import Change, ChangeKind, Raw, SyncReport
from .dump import own_entity, own_json
from .entity_types import _BY_PLURAL, ENTITY_TYPES, VERSIONS, EntityType, Version
from .handles import FINAL_ORDER_STATUSES, EntityHandle, OrderHandle, PositionHandle
from .observers import Callback, MirrorObservers
from .reads import MirrorReads, NotSynced
from .table import UNKNOWN as _UNKNOWN
from .table import Table
from .table import unindex as _unindex

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


# The codec's parser: the same result or DecodeError whatever JSON library is installed, and
# integers past 64 bits kept exactly (orjson alone would turn them into floats).
_parse: Final = parse_json


class Mirror(MirrorReads, MirrorObservers):
    """The account state as the server last described it (see the module documentation).

    Args:
        versions: version functions per entity type (default :data:`VERSIONS`).
    """

    def __init__(self, versions: Mapping[str, Version] | None = None) -> None:
        self._versions: dict[str, Version] = dict(VERSIONS if versions is None else versions)
        self._tables: dict[str, Table] = {}
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

    def _table(self, name: str) -> Table:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = Table(name, self._versions.get(name))
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
        copy: bool = True,
    ) -> SyncReport:
        """Apply a sync snapshot (the ``d`` of the ``user/syncrequest`` answer: JSON text or the
        parsed object) and mark the mirror synced.

        Each collection present replaces the mirror's entities of that type (under the rules of
        the module documentation); ``covered`` names further entity types (singular names) the
        sync asked for, whose absence from the snapshot means they have no entities. Collections
        of unknown names are kept under their key. Every difference is emitted as a change.
        ``merge``: more entities to add or replace by the same rules, none deleted, the sync state
        left as it is (a split snapshot's part that came after the whole was applied; the whole
        is assembled before it is applied, see :mod:`.account`). ``copy``: the mirror keeps copies
        of a parsed object's entities, so the caller's objects stay the caller's (``False``: the
        caller hands them over and never touches them again); text is parsed into objects nobody
        else holds, never copied.

        Raises:
            errors.DecodeError: the text is not JSON, or not a JSON object.
        """
        data: Any = snapshot
        copy = copy and isinstance(snapshot, Mapping)
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
            if items.__class__ is not list and not isinstance(items, list | tuple):
                self._extra_keys[key] = own_json(items) if copy else items
                continue
            if copy:
                items = list(map(own_json, items))
            elif items.__class__ is not list:
                items = list(items)
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

    def _apply_collection(self, table: Table, items: list[Any], counts: list[int], merge: bool) -> None:
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
    def apply_props(self, props: Mapping[str, Any], *, copy: bool = True) -> None:
        """Apply the ``d`` of a ``props`` event: ``{"entityType", "eventType", "entity"}``; the
        entity may be one object or an array of them. ``copy``: as for :meth:`apply`."""
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
        if entity.__class__ is list or entity.__class__ is tuple:
            for one in entity:
                self.apply(name, kind, one, copy=copy)
        else:
            self.apply(name, kind, entity, copy=copy)

    def apply(self, entity_type: str, event_type: str, entity: Any, *, copy: bool = True) -> bool:
        """Apply one ``props`` event; returns whether it was applied (``False``: stale, a repeat
        that observers were not told of, or a deletion of an entity the mirror does not hold).

        ``event_type`` ``Deleted`` removes; any other value (``Created``, ``Updated``, a value
        Tradovate may add) stores the entity. An entity without an integer ``id`` cannot be
        stored: it is emitted as a change (``id`` None) and counted in ``unkeyed_events``.

        ``copy``: the mirror stores a copy (plain JSON: any mapping a dict, any list or tuple a
        list; a mapping ``entity`` is keyed like a dict), so changing ``entity`` afterwards changes nothing in
        it (``False``: the caller hands ``entity`` over and never changes it again; what the
        account session does with the entities its connection parsed, saving the copy).
        """
        self.events_applied += 1
        try:
            ident = entity["id"]
        except (KeyError, TypeError, IndexError):  # not an object with an id
            ident = None
        if entity.__class__ is not dict and ident.__class__ is int and isinstance(entity, Mapping):
            entity, copy = own_json(entity), False  # any mapping is keyed as an object, stored as a dict
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
        self._put(table, ident, own_entity(entity) if copy else entity, old, new_version, "event")
        return True

    def _delete(self, table: Table, ident: int, entity: Raw, old: Raw | None) -> bool:
        version = table.version
        table.fresh.add(ident)
        tombs = table.tombs
        if len(tombs) >= self.max_tombstones:  # the oldest deletions matter least
            del tombs[next(iter(tombs))]
        if old is not None:
            if version is not None and _stale(version, entity, old):
                return False
            table.tombs[ident] = own_entity(entity)
            self._remove(table, ident, old, "event")
            return True
        tomb = table.tombs.get(ident)
        if tomb is None or (version is not None and _stale(version, tomb, entity)):
            table.tombs[ident] = own_entity(entity)
        return False

    # -- the only two places that change a store -----------------------------------------------
    def _put(self, table: Table, ident: int, raw: Raw, old: Raw | None, version: Any, source: str) -> None:
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

    def _remove(self, table: Table, ident: int, old: Raw, source: str) -> None:
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

    def __repr__(self) -> str:
        state = "synced" if self._synced else "not synced"
        return f"<Mirror {state}, {self.count()} entities>"


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
