"""Resolving an ambiguous order and waiting on the live mirror, for
:class:`~.account.AccountSession` (the rules and why are in :mod:`.account`'s doc, "Resolving
an ambiguous order"): :meth:`Resolving.resolve` answers from a complete snapshot taken after the
loss, a settle window and, with a Session, the server's ``command/list``; ``_wait`` waits on a
predicate of the mirror, woken by readiness and order changes.

:class:`Resolving` is a base of ``AccountSession`` (whose constructor sets the state declared here).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from tradovate_api import errors

from .connection import Connection
from .errors import ConnectionClosed, OrderNotMirrored, OrderOutcomeUnknown
from .mirror import Change, Mirror, OrderHandle

__all__ = ["PLACE", "Resolving"]

PLACE: Final = "order/placeorder"


class Resolving:
    """Whether an order placed with a ``clOrdId`` exists, from the server's own state."""

    # Set by AccountSession.__init__.
    connection: Connection
    mirror: Mirror
    resolve_settle: float
    sync_request: dict[str, Any]
    split_complete: Callable[[Any], bool] | None
    _rest: Any
    _unknown: dict[str, tuple[int, bool]]
    _waiters: list[asyncio.Future[None]]
    _synced_generation: int

    if TYPE_CHECKING:  # AccountSession's

        @property
        def ready(self) -> bool: ...
        def _not_ready(self) -> None: ...

    async def resolve(self, cl_ord_id: str, timeout: float | None = None) -> OrderHandle | None:
        """Whether an order placed with ``cl_ord_id`` exists, from the server's own state: the
        order's handle, or ``None`` if the server has no such order.

        Answers from a complete snapshot; after an :class:`OrderOutcomeUnknown`, one taken on a
        connection made after the loss (it asks for one if the connection survived). ``None``
        only after ``resolve_settle`` seconds more without the order appearing and, with a
        Session, the server's ``command/list`` without that ``clOrdId`` (see the module doc).

        Raises:
            DeadlineExceeded: no answer within ``timeout`` (never ``None`` while unsure).
            OrderNotMirrored: the server has (or had: its command is there, the order deleted)
                the order, the mirror did not show it in time.
            ConnectionClosed: the session was closed.
            ApiError, RequestNotSent, ...: the REST lookup failed (nothing concluded; ask again).
        """
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout

        def left() -> float | None:
            return None if deadline is None else max(0.0, deadline - loop.time())

        lost_on, still_up = self._unknown.get(cl_ord_id, (None, False))
        if lost_on is not None and still_up and self.connection.generation <= lost_on and self.ready:
            # The answer timed out on a connection still up: only a new snapshot is conclusive.
            self._not_ready()
            await self.connection.reconnect("resolving an order whose answer was lost")

        def synced_after() -> bool:
            return self.ready and (lost_on is None or self._synced_generation > lost_on)

        def found() -> bool:
            return synced_after() and self.mirror.order_by_cl_ord_id(cl_ord_id) is not None

        await self._wait(synced_after, left(), "resolve")
        if not found():
            # The server may execute a placement it received after sending that snapshot.
            settle = self.resolve_settle
            remaining = left()
            try:
                await self._wait(found, settle if remaining is None else min(settle, remaining), "resolve")
            except errors.DeadlineExceeded:
                if remaining is not None and remaining < settle:
                    raise errors.DeadlineExceeded("resolve", f"not settled within {timeout:g}s") from None
            if (
                not found()
                and self._rest is None
                and self.sync_request.get("splitResponses")
                and self.split_complete is None
            ):
                # A split snapshot ends by quiet: a lost part cannot be told from an absent order, and
                # there is no REST client to ask the server. Absence is not concluded.
                raise OrderOutcomeUnknown(
                    PLACE,
                    "absence cannot be confirmed from split snapshots without a REST client (give a Session)",
                    cl_ord_id,
                )
            if not found() and self._rest is not None:
                try:
                    async with asyncio.timeout(left()):
                        order_id = await self._server_order_id(cl_ord_id)
                except TimeoutError:
                    raise errors.DeadlineExceeded("resolve", f"not settled within {timeout:g}s") from None
                if order_id is not None:
                    remaining = left()
                    limit = settle if remaining is None else min(settle, remaining)
                    try:
                        await self._wait(found, limit, "resolve")
                    except errors.DeadlineExceeded:
                        raise OrderNotMirrored(order_id, cl_ord_id, limit) from None
            await self._wait(synced_after, left(), "resolve")
        handle = self.mirror.order_by_cl_ord_id(cl_ord_id)
        if handle is None:
            placed = self.mirror.order_id_by_cl_ord_id(cl_ord_id)
            if placed is not None:  # its command is here, the order is not (deleted): it existed
                raise OrderNotMirrored(placed, cl_ord_id, self.resolve_settle)
        self._unknown.pop(cl_ord_id, None)
        return handle

    async def _server_order_id(self, cl_ord_id: str) -> int | None:
        """The order the server's REST ``command/list`` ties to ``cl_ord_id``, if any."""
        for command in await self._rest.commands.list():
            if command.cl_ord_id == cl_ord_id and isinstance(command.order_id, int):
                return int(command.order_id)
        return None

    # -- waiting ----------------------------------------------------------------------------------
    def _order_changed(self, change: Change) -> None:
        if self._waiters:
            self._wake()

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def _wait(self, predicate: Callable[[], bool], timeout: float | None, what: str) -> None:
        """Wait until ``predicate()`` holds; it is checked again whenever the readiness changes
        or an order changes."""
        # Only while waiting: observing costs. A clOrdId reaches an order through its command.
        offs = (self.mirror.on("order", self._order_changed), self.mirror.on("command", self._order_changed))
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    if self.connection.closed:
                        if self.connection.ended_by is not None:  # the socket ended on its own: say why
                            raise self.connection.ended_by
                        raise ConnectionClosed("the account session is closed")
                    waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                    self._waiters.append(waiter)
                    await waiter
        except TimeoutError:
            raise errors.DeadlineExceeded(what, f"not done within {timeout:g}s") from None
        finally:
            for off in offs:
                off()
