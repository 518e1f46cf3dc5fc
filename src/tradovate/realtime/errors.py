"""The failures of the realtime layer, under the one hierarchy of :mod:`tradovate_api.errors`.

::

    ``TradovateError``
    ├── ``ProtocolViolation``   a frame from the server does not follow the protocol (kept, reported)
    ├── ``ConnectionClosed``    the connection was closed by :meth:`Connection.close`; nothing more is sent
    ├── ``ServerShutdown``      the server announced a shutdown (``Maintenance``, ``ConnectionQuotaReached``, ...)
    ├── ``UpgradeRefused``      the server answered the WebSocket handshake with an HTTP status (401, 403, 429, ...)
    ├── ``OrderNotMirrored``    an order the server accepted (or has) did not reach the live mirror in time
    ├── ``InvalidRequest``      (from ``tradovate_api.errors``)
    │   └── ``EntityTypesMissing``   an account session's sync lacks what resolving an order reads
    ├── ``OutcomeUnknown``      (from ``tradovate_api.errors``)
    │   └── ``OrderOutcomeUnknown``  an order may have been placed (answer lost); carries its ``cl_ord_id``
    └── ``TransportError``      (from ``tradovate_api.errors``)
        └── ``ConnectionLost``  a read sent over the socket lost its connection before the answer came

Requests that fail use the REST errors where they mean the same thing: ``RequestNotSent`` (never
left this process), ``OutcomeUnknown`` (a state-changing request was sent and its answer is lost;
never resent), ``DeadlineExceeded`` (a read ran past its timeout), ``AuthenticationFailed`` (the
``authorize`` request was refused), ``ApiError`` subclasses by status, ``PenaltyTicket``,
``OperationFailed``. Messages never carry tokens or request bodies.
"""

from __future__ import annotations

from collections.abc import Sequence

from tradovate_api.errors import InvalidRequest, OutcomeUnknown, TradovateError, TransportError

__all__ = [
    "ConnectionClosed",
    "ConnectionLost",
    "EntityTypesMissing",
    "OrderNotMirrored",
    "OrderOutcomeUnknown",
    "ProtocolViolation",
    "ServerShutdown",
    "UpgradeRefused",
]


class ProtocolViolation(TradovateError):
    """A server frame that does not follow the protocol; ``excerpt`` is its (short) beginning."""

    def __init__(self, message: str, excerpt: str = "") -> None:
        self.excerpt = excerpt
        super().__init__(message)


class ConnectionClosed(TradovateError):
    """The connection is closed for good (``close()`` was called); nothing more is sent."""


class ServerShutdown(TradovateError):
    """The server announced that it is closing this connection.

    ``reason_code`` is the server's code (``Maintenance``, ``ConnectionQuotaReached``,
    ``IPQuotaReached`` or one not known yet); ``reason`` its optional text.
    """

    def __init__(self, reason_code: str | None, reason: str | None) -> None:
        self.reason_code = reason_code
        self.reason = reason
        super().__init__(f"server shutdown: {reason_code or 'no reason code'}" + (f" ({reason})" if reason else ""))

    @property
    def quota(self) -> bool:
        """Whether a connection or IP quota was reached (reconnect much later, not at once)."""
        return self.reason_code in ("ConnectionQuotaReached", "IPQuotaReached")


class ConnectionLost(TransportError):
    """A read-only request was sent, then its connection dropped before the answer; safe to resend."""


class UpgradeRefused(TradovateError):
    """The server refused the WebSocket upgrade: it answered the handshake with HTTP
    ``status_code`` instead of 101.

    ``reason`` is the server's text (the start of its body, control characters and anything
    that looks like a secret removed); ``retry_after`` the seconds its ``Retry-After`` asked
    for (``None`` when absent). 401/403: the token or the user is refused; 429: rate limited.
    """

    def __init__(self, status_code: int, reason: str = "", retry_after: float | None = None) -> None:
        self.status_code = status_code
        self.reason = reason
        self.retry_after = retry_after
        text = f"WebSocket upgrade refused: HTTP {status_code}"
        if reason:
            text += f" ({reason})"
        if retry_after is not None:
            text += f"; retry after {retry_after:g}s"
        super().__init__(text)

    def __repr__(self) -> str:
        return (
            f"UpgradeRefused(status_code={self.status_code}, reason={self.reason!r}, retry_after={self.retry_after!r})"
        )


class OrderOutcomeUnknown(OutcomeUnknown):
    """An order may have been placed: it was sent and its answer was lost. It is never resent;
    :meth:`.account.AccountSession.resolve` with ``cl_ord_id`` answers from the server's state."""

    def __init__(self, operation: str, reason: str, cl_ord_id: str) -> None:
        self.cl_ord_id = cl_ord_id
        super().__init__(operation, f"{reason} (clOrdId {cl_ord_id})")


class EntityTypesMissing(InvalidRequest):
    """The session's ``entity_types`` lack what :meth:`.account.AccountSession.resolve` needs (``missing``:
    ``order`` and/or ``command``, which maps a ``clOrdId`` to its order)."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        names = ", ".join(repr(m) for m in self.missing)
        super().__init__(f"must include {names}: resolving an ambiguous order reads them", "entity_types")


class OrderNotMirrored(TradovateError):
    """The order was accepted (``order_id``) but did not reach the mirror in time; read it later
    with ``mirror.order(order_id)``."""

    def __init__(self, order_id: int, cl_ord_id: str, timeout: float | None) -> None:
        self.order_id = order_id
        self.cl_ord_id = cl_ord_id
        super().__init__(f"order {order_id} (clOrdId {cl_ord_id}) accepted, not in the mirror within {timeout}s")
