"""Placing an order over the account's socket (or its REST client), for
:class:`~.account.AccountSession`: a ``clOrdId`` attached when the order has none, a lost or
id-less answer recorded as ambiguous (:class:`~.errors.OrderOutcomeUnknown`, never resent; see
:meth:`.resolve.Resolving.resolve`), and the order's handle once the live mirror holds it.

:class:`Placing` is a base of ``AccountSession`` (whose constructor sets the state declared in
:class:`.resolve.Resolving`).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Literal, overload

import attrs

from tradovate_api import errors
from tradovate_api.models import PlaceOrder, PlaceOrderResult

from .errors import OrderNotMirrored, OrderOutcomeUnknown
from .mirror import OrderHandle
from .resolve import PLACE, Resolving

__all__ = ["Placing", "new_cl_ord_id"]


def new_cl_ord_id(prefix: str = "tv") -> str:
    """A fresh ``clOrdId``: ``prefix`` and 24 random hex digits (Tradovate allows 64 characters)."""
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


class Placing(Resolving):
    """Orders placed, their ambiguity recorded for :meth:`resolve` (see the module doc)."""

    @overload
    async def place_order(
        self,
        order: PlaceOrder | Mapping[str, Any],
        *,
        timeout: float | None = None,
        wait: Literal[True] = True,
        via: str = "socket",
    ) -> OrderHandle: ...

    @overload
    async def place_order(
        self,
        order: PlaceOrder | Mapping[str, Any],
        *,
        timeout: float | None = None,
        wait: Literal[False],
        via: str = "socket",
    ) -> PlaceOrderResult: ...

    async def place_order(
        self,
        order: PlaceOrder | Mapping[str, Any],
        *,
        timeout: float | None = None,
        wait: bool = True,
        via: str = "socket",
    ) -> OrderHandle | PlaceOrderResult:
        """Place an order over the socket (``via="rest"``: with the session's REST client, its
        own timeouts apply). A ``clOrdId`` is attached when the order has none.

        Returns the order's :class:`OrderHandle` once the mirror holds the order (``wait``;
        within ``timeout``, default the connection's request timeout), or the placement answer
        (``wait=False``).

        Raises:
            InvalidRequest: nothing was sent.
            OrderOutcomeUnknown: sent, answer lost (never resent; see :meth:`resolve`).
            OrderNotMirrored: accepted, but the mirror did not show it within ``timeout``.
            OrderRejected / ApiError / PenaltyTicket / RequestNotSent: typed refusals.
        """
        if via not in ("socket", "rest") or (via == "rest" and self._rest is None):
            raise errors.InvalidRequest("'socket', or 'rest' when the source is a Session", "via")
        if not isinstance(order, PlaceOrder):
            if not isinstance(order, Mapping):
                raise errors.InvalidRequest("must be a PlaceOrder or its JSON object", "order")
            order = PlaceOrder.from_dict(dict(order))
        if not order.cl_ord_id:
            order = attrs.evolve(order, cl_ord_id=new_cl_ord_id())
        cl_ord_id = str(order.cl_ord_id)
        generation = self.connection.generation
        try:
            if via == "rest":
                result = await self._rest.orders.place(order)
            else:
                result = await self.connection.request(PLACE, order, timeout=timeout, idempotent=False)
        except errors.OutcomeUnknown as exc:
            # A dropped connection is no longer ready when its requests fail; a timed-out
            # request leaves its connection up.
            self._unknown[cl_ord_id] = (max(generation, self.connection.generation), self.connection.ready)
            raise OrderOutcomeUnknown(PLACE, exc.reason, cl_ord_id) from None
        assert isinstance(result, PlaceOrderResult)
        if not wait:
            return result
        order_id: object = result.order_id  # decoding keeps what the server sent, even a wrong type
        if isinstance(order_id, bool) or not isinstance(order_id, int):
            # Accepted without an id to follow: the order may exist. Ambiguous, like a lost answer.
            self._unknown[cl_ord_id] = (self.connection.generation, self.connection.ready)
            raise OrderOutcomeUnknown(PLACE, "the answer carried no orderId", cl_ord_id)

        def found() -> bool:
            return self.ready and self.mirror.order(order_id) is not None

        limit = self.connection.request_timeout if timeout is None else timeout
        try:
            await self._wait(found, limit, "place_order")
        except errors.DeadlineExceeded:
            raise OrderNotMirrored(order_id, cl_ord_id, limit) from None
        handle = self.mirror.order(order_id)
        assert handle is not None
        return handle
