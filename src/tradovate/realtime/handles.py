"""Identity-stable handles on mirrored entities: :class:`OrderHandle`, :class:`PositionHandle`.

The mirror hands out one handle per entity for as long as someone holds it and advances it with
every event (:meth:`Mirror.order`, :meth:`Mirror.position`, :meth:`Mirror.handle`). Re-exported
by :mod:`tradovate.realtime.mirror`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from tradovate_api import models
from tradovate_api.codec import Model
from tradovate_api.models import Fill, Order, OrdStatus, Position

from .changes import Raw

if TYPE_CHECKING:
    from .mirror import Mirror

__all__ = ["FINAL_ORDER_STATUSES", "EntityHandle", "OrderHandle", "PositionHandle"]

M = TypeVar("M", bound=Model)

#: ``ordStatus`` values after which an order never changes state again. Defined here (not in the
#: mirror, which re-exports it) so that :attr:`OrderHandle.done` reads it without an import cycle.
FINAL_ORDER_STATUSES: Final = frozenset({"Filled", "Canceled", "Rejected", "Expired", "Completed"})


class EntityHandle(Generic[M]):
    """The one object that stands for an entity of the mirror while its state advances.

    The mirror hands out the same handle for the same entity for as long as someone holds it.
    ``value`` is the current decoded model (the last one known after a deletion).
    """

    __slots__ = ("__weakref__", "_model", "_raw", "deleted", "entity_type", "id", "mirror")

    def __init__(self, mirror: Mirror, entity_type: str, id: int, raw: Raw) -> None:
        self.mirror = mirror
        self.entity_type = entity_type
        self.id = id
        self._raw = raw
        self._model: M | None = None
        #: True once the server deleted the entity.
        self.deleted = False

    @property
    def raw(self) -> Raw:
        """The JSON object as the server last sent it (do not mutate)."""
        return self._raw

    @property
    def value(self) -> M:
        """The current value as its generated model."""
        model = self._model
        if model is None:
            model = self._model = self.mirror._decode(self.entity_type, self._raw)  # type: ignore[assignment]
        return model  # type: ignore[return-value]

    def _advance(self, raw: Raw | None) -> None:
        if raw is None:
            self.deleted = True
        else:
            self._raw = raw
            self.deleted = False
        self._model = None

    def __repr__(self) -> str:
        gone = " deleted" if self.deleted else ""
        return f"<{type(self).__name__} {self.entity_type} {self.id}{gone}>"


class OrderHandle(EntityHandle[Order]):
    """An order as it advances (the ib_async ``Trade`` idea): value, status, fills, completion."""

    __slots__ = ("_waiters",)

    def __init__(self, mirror: Mirror, entity_type: str, id: int, raw: Raw) -> None:
        super().__init__(mirror, entity_type, id, raw)
        self._waiters: list[asyncio.Future[Order]] = []

    @property
    def status(self) -> OrdStatus:
        """``ordStatus`` (an open enum: unknown values are kept)."""
        return self.value.ord_status

    @property
    def done(self) -> bool:
        """Whether the order reached a final status (or was deleted)."""
        return self.deleted or self._raw.get("ordStatus") in FINAL_ORDER_STATUSES

    @property
    def fills(self) -> list[Fill]:
        """The order's fills known to the mirror, in arrival order."""
        return self.mirror._fills_of(self.id)

    @property
    def versions(self) -> list[models.OrderVersion]:
        """The order's versions (quantity, type, prices), in arrival order; the last is current."""
        return self.mirror._typed("orderVersion", self.mirror._ids("orderVersion", "orderId", self.id))

    @property
    def cl_ord_id(self) -> str | None:
        """The ``clOrdId`` its placing command carried (needs ``command`` in the sync)."""
        return self.mirror._cl_ord_id_of(self.id)

    def _advance(self, raw: Raw | None) -> None:
        super()._advance(raw)
        if self._waiters and self.done:
            waiters, self._waiters = self._waiters, []
            value = self.value
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(value)

    def _abandon(self) -> None:
        from .mirror import NotSynced  # noqa: PLC0415 - the mirror imports this module

        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_exception(NotSynced("the mirror stopped receiving updates"))

    async def wait_done(self) -> Order:
        """Wait until the order is final (filled, cancelled, rejected, expired) or deleted.

        Returns the final value; after a deletion (``deleted``) the last value known, which is
        not final when the server deleted the order while this client was away. A split
        snapshot deletes nothing it has not seen whole (see :mod:`.account`).

        Raises :class:`NotSynced` if the mirror is closed first (its session ended)."""
        if self.done:
            return self.value
        waiter: asyncio.Future[Order] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        return await waiter


class PositionHandle(EntityHandle[Position]):
    """A position as it advances."""

    __slots__ = ()

    @property
    def net_pos(self) -> int:
        return self.value.net_pos

    @property
    def account_id(self) -> int:
        return self.value.account_id

    @property
    def contract_id(self) -> int:
        return self.value.contract_id


_HANDLE_CLASSES: Final[Mapping[str, type[EntityHandle[Any]]]] = {"order": OrderHandle, "position": PositionHandle}
