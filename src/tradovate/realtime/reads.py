"""Reading the live mirror: typed reads (:meth:`MirrorReads.orders`, ``get``, ...), the JSON
objects as stored (``raw``, ``items``), identity-stable handles, and the dump (``to_json``,
``dumps``, written by :mod:`.dump`).

:class:`MirrorReads` is a base of :class:`~.mirror.Mirror` (whose constructor sets the state
declared here; applying snapshots and events is the mirror's). Every read refuses with
:class:`NotSynced` until a snapshot was applied since the sync began (see the mirror's doc).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, cast

from tradovate_api import errors, models
from tradovate_api.codec import Model
from tradovate_api.models import Fill, Order, Position

from . import dump
from .changes import Raw
from .dump import copy_json
from .entity_types import ENTITY_TYPES, _decode
from .handles import _HANDLE_CLASSES, FINAL_ORDER_STATUSES, EntityHandle, OrderHandle, PositionHandle
from .table import Table

if TYPE_CHECKING:
    from .mirror import Mirror

__all__ = ["MirrorReads", "NotSynced"]


class NotSynced(errors.TradovateError):
    """The mirror has not taken a snapshot since its sync began: its content may be stale."""


class MirrorReads:
    """The reading half of :class:`~.mirror.Mirror` (see the module doc)."""

    # Set by Mirror.__init__.
    _tables: dict[str, Table]
    _extra_keys: dict[str, Any]  # snapshot keys whose value is not a list
    _synced: bool

    #: How a JSON object of an entity type becomes its model (handles decode through it).
    _decode: Final = staticmethod(_decode)

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
        return None if raw is None else copy_json(raw)

    def all(self, entity_type: str) -> list[Any]:
        """Every entity of a type, as models (JSON objects, copied, for types without a model)."""
        self._check()
        if entity_type not in ENTITY_TYPES:
            table = self._tables.get(entity_type)
            return [] if table is None else [copy_json(r) for r in table.store.values()]
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
            handle = cls(cast("Mirror", self), entity_type, id, raw)
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

    def _held(self, entity_type: str) -> list[Raw]:
        """The JSON objects of a type as stored, neither copied nor decoded nor checked: readable
        mid-sync (what the mirror held before the sync began, and events since). Do not mutate."""
        table = self._tables.get(entity_type)
        return [] if table is None else list(table.store.values())

    # -- dumping -------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """The mirror as a JSON object keyed like ``SyncMessage`` (``orders``, ``positions``, ...),
        each entity as the server sent it (a deep copy: nothing in it is shared with the mirror).
        Collections the server sent that the mirror does not know are kept under their key.
        Readable when not synced (the last state)."""
        return dump.to_json(self._tables.values(), self._extra_keys)

    def dumps(self) -> bytes:
        """:meth:`to_json` as compact JSON bytes, encoded straight from the stored values (the
        bytes alias nothing, so nothing is copied)."""
        return dump.dumps(self._tables.values(), self._extra_keys)
