"""The md / replay socket: :class:`tradovate.realtime.connection.Connection` with the market-data
fast path in front of its protocol core.

Every frame goes first to ``feed`` (the connection's ``on_frame`` hook: the client's
:meth:`._routing.Router.feed`), which decodes an ``a[...]`` frame (typed market data in one
pass), routes its market data and returns what the protocol core is fed: a frame made only of
market data as an empty data frame (``a[]``: its liveness clocks move, nothing is parsed
twice); a frame of anything else (responses, ``props``, ``shutdown``) whole; a frame holding
both as a frame of the other messages only, so the core correlates responses and never parses
market data (a quote with a number its parser refuses costs nothing but that value).

Connecting, authorizing (with a token read at every connection), heartbeats, drops, backoff and
shutdown notices are the connection's. ``on_connected(first)`` runs after each authorization,
before anything else is delivered: that is where the client marks gaps and re-establishes its
subscriptions.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from tradovate.realtime.connection import Connection

__all__ = ["MdSocket", "TokenSource"]

TokenSource = str | Callable[[], str | Awaitable[str]]


class MdSocket:
    """One logical md (or replay) connection that survives drops (see the module doc)."""

    def __init__(
        self,
        url: str,
        token: TokenSource,
        feed: Callable[[str | bytes], str | bytes],
        *,
        on_connected: Callable[[bool], Awaitable[None]] | None = None,
        request_timeout: float = 10.0,
        dead_after: float | None = 10.0,
        max_attempts: int | None = None,
        **connection_options: Any,
    ) -> None:
        self._token_source = token
        self._on_connected = on_connected
        self.request_timeout = request_timeout
        self.connections = 0
        # No permessage-deflate unless asked for: inflating every market-data frame costs more
        # CPU than the bandwidth it saves on the loopback-to-datacenter links this runs on.
        connect_options = dict(connection_options.pop("connect_options", None) or {})
        connect_options.setdefault("compression", None)
        self.connection = Connection(
            url,
            self._token,
            on_connected=self._connected,
            on_frame=feed,
            request_timeout=request_timeout,
            dead_after=dead_after,
            max_attempts=max_attempts,
            connect_options=connect_options,
            **connection_options,
        )

    def __repr__(self) -> str:
        return f"<MdSocket {self.connection.url} connections={self.connections}>"

    @property
    def closed(self) -> bool:
        return self.connection.closed

    async def _token(self) -> str:
        source = self._token_source
        if isinstance(source, str):
            return source
        value = source()
        if not isinstance(value, str):
            value = await value
        return value

    async def _connected(self, _connection: Connection) -> None:
        self.connections += 1
        if self._on_connected is not None:
            await self._on_connected(self.connections == 1)

    async def start(self) -> None:
        """Connect and authorize (raises ``AuthenticationFailed`` if the token is refused)."""
        await self.connection.connect()

    async def close(self) -> None:
        await self.connection.close()

    async def request(self, endpoint: str, body: Any, *, timeout: float | None = None, idempotent: bool = True) -> Any:
        """Send a request and return its ``d`` (refusals raise their typed error:
        ``OperationFailed`` for ``errorText`` in a 200, ``ApiError`` by status, ...). Market-data
        requests are reads: an answer lost to a drop is ``ConnectionLost``, safe to repeat; pass
        ``idempotent=False`` for one that changes state (``OutcomeUnknown`` then)."""
        return await self.connection.request(endpoint, body, timeout=timeout, idempotent=idempotent)
