"""The one rule both simulator sockets (user and md/replay) follow for silent clients.

A socket is closed — the TCP connection, without a WebSocket close frame, which deployed clients
report as an abnormal close — when the client sent nothing (not even its ``[]`` heartbeat) for
``client_timeout`` seconds, or did not authorize within ``authorize_timeout`` seconds of opening.
The real timeouts are not documented (the reference: "closes after 30 seconds or so" in 2018, a
third-party summary says ~15 s); both are :class:`~.socket_options.SocketOptions`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

__all__ = ["Liveness"]


class Liveness:
    """When a socket last heard from its client, and the watchdog that closes a silent one."""

    def __init__(self, client_timeout: float, authorize_timeout: float) -> None:
        self.client_timeout = client_timeout
        self.authorize_timeout = authorize_timeout
        self.loop = asyncio.get_running_loop()
        self.opened = self.loop.time()
        self.last_received = self.opened

    def received(self) -> None:
        """The client sent a frame (any frame, a heartbeat included)."""
        self.last_received = self.loop.time()

    def expired(self, authorized: bool) -> bool:
        now = self.loop.time()
        if now - self.last_received > self.client_timeout:
            return True
        return not authorized and now - self.opened > self.authorize_timeout

    async def watch(self, authorized: Callable[[], bool], close: Callable[[], None]) -> None:
        """Run until the socket expires, then ``close()`` it (run as a task; cancel on close)."""
        step = max(0.05, min(self.client_timeout, self.authorize_timeout) / 4)
        while True:
            await asyncio.sleep(step)
            if self.expired(authorized()):
                close()
                return
