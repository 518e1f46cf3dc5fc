"""One socket of a :class:`.connection.Connection`: its state (:class:`Link`), how an attempt
ended (:class:`Attempt`), the clock the reconnect policy reads, and the ``websockets`` plumbing —
a client connection that hands each message to the protocol core from ``data_received`` (no
queue, no task hop), no redirects, no frame logging — and the typed, redacted forms of what a
handshake or a close said. No policy here: :mod:`.runloop` and :mod:`.dispatch` drive these.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

import attrs
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed as WsConnectionClosed
from websockets.exceptions import InvalidStatus
from websockets.frames import Frame, Opcode
from websockets.protocol import Event

from tradovate_api import errors

from . import protocol as p
from .errors import ProtocolViolation, UpgradeRefused
from .reconnect import upgrade_refused

__all__ = [
    "Attempt",
    "Clock",
    "Inbox",
    "Link",
    "LoopClock",
    "NoFrameLog",
    "NoRedirectConnect",
    "authorize_refused",
    "bad_handshake",
    "close_reason",
    "close_reason_of",
    "first_of",
    "refused_upgrade",
    "retrieve",
    "scrub",
    "socket_class",
]


class Link:
    """One socket's state: the socket, its protocol core, the callers waiting for answers."""

    def __init__(self, generation: int, ws: ClientConnection, proto: p.Protocol) -> None:
        self.generation = generation
        self.ws = ws
        self.proto = proto
        self.waiters: dict[int, asyncio.Future[p.Response]] = {}
        self.opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.authorized: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.ended: asyncio.Future[tuple[str, BaseException | None]] = asyncio.get_running_loop().create_future()
        self.wake = asyncio.Event()
        self.tick_at = float("inf")
        self.tasks: set[asyncio.Future[None]] = set()  # heartbeat sends started from the socket callback
        for future in (self.opened, self.authorized):
            future.add_done_callback(retrieve)  # an outcome nobody awaited after a drop is not an error

    def end(self, reason: str, error: BaseException | None = None) -> None:
        if not self.ended.done():
            self.ended.set_result((reason, error))


@attrs.frozen
class Attempt:
    usable: bool  # authorized and on_connected done: events were delivered
    reason: str
    error: BaseException | None
    hook_failed: bool = False


class Clock(Protocol):
    """Where the reconnect policy reads time and waits (tests inject a fast one)."""

    def monotonic(self) -> float: ...
    def asleep(self, seconds: float) -> Awaitable[None]: ...


class LoopClock:
    def monotonic(self) -> float:
        return asyncio.get_running_loop().time()

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class NoFrameLog(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The ``websockets`` logger without its DEBUG level (which logs frame contents)."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        return


class Inbox:
    """Where the socket delivers whole messages; those arriving before the link exists (in the
    same packet as the handshake answer) are kept and fed first."""

    def __init__(self) -> None:
        self.early: list[str | bytes] = []
        self.feed: Callable[[str | bytes], None] = self.early.append

    def attach(self, feed: Callable[[str | bytes], None]) -> None:
        for message in self.early:
            feed(message)
        self.early.clear()
        self.feed = feed


def socket_class(inbox: Inbox) -> type[ClientConnection]:
    """A ``websockets`` connection that hands each message to ``inbox`` from ``data_received``
    instead of queueing it for ``recv()`` (the ``create_connection`` hook of ``connect``)."""

    class Socket(ClientConnection):
        _parts: list[bytes] | None = None
        _text = True

        def process_event(self, event: Event) -> None:
            if not isinstance(event, Frame):  # the handshake's answer
                super().process_event(event)
                return
            opcode = event.opcode
            if opcode is Opcode.TEXT or opcode is Opcode.BINARY:
                if event.fin:
                    inbox.feed(message_of(bytes(event.data), opcode is Opcode.TEXT))
                else:
                    self._parts, self._text = [bytes(event.data)], opcode is Opcode.TEXT
            elif opcode is Opcode.CONT and self._parts is not None:
                self._parts.append(bytes(event.data))
                if event.fin:
                    data, self._parts = b"".join(self._parts), None
                    inbox.feed(message_of(data, self._text))
            else:
                super().process_event(event)

    return Socket


def message_of(data: bytes, text: bool) -> str | bytes:
    if text:
        try:
            return data.decode()
        except UnicodeDecodeError:
            return data  # the protocol core reports it as a frame error
    return data


def retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


async def first_of(*futures: asyncio.Future[Any]) -> None:
    await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)


def close_reason(exc: WsConnectionClosed) -> str:
    rcvd = exc.rcvd
    if rcvd is None:
        return "aborted (no close frame, 1006)"
    return f"closed by the server ({rcvd.code}{' ' + rcvd.reason if rcvd.reason else ''})"


def close_reason_of(ws: ClientConnection) -> str:
    code = ws.close_code
    if code is None or code == 1006:
        return "aborted (no close frame, 1006)"
    return f"closed by the server ({code}{' ' + ws.close_reason if ws.close_reason else ''})"


def refused_upgrade(exc: InvalidStatus, token: str | None) -> UpgradeRefused:
    """The typed form of a refused handshake (see :func:`.reconnect.upgrade_refused`)."""
    response = exc.response
    return upgrade_refused(
        response.status_code, response.reason_phrase, response.headers.get("Retry-After"), response.body, token
    )


def bad_handshake(exc: Exception, token: str | None) -> ProtocolViolation:
    """An answer to the handshake that is neither a WebSocket upgrade nor an HTTP status (or is
    beyond websockets' limits), typed with websockets' words (and its cause's), redacted."""
    words = [str(exc)]
    if exc.__cause__ is not None:
        words.append(f"{type(exc.__cause__).__name__}: {exc.__cause__}")
    detail = scrub("; ".join(w for w in words if w), token) or type(exc).__name__
    return ProtocolViolation(f"invalid answer to the WebSocket handshake ({detail})")


def authorize_refused(event: p.AuthorizationRefused, token: str | None) -> errors.TradovateError:
    """The typed refusal of ``authorize``, its server text without the token it refused (a
    server echoing it would put it in logs and messages) or anything else secret-like."""
    error = event.error
    if error.text:
        error = attrs.evolve(error, text=scrub(error.text, token) or None)
    return error.exception(p.AUTHORIZE, True)


def scrub(text: str, token: str | None) -> str:
    """``text`` fit for a message: without ``token`` and anything that looks like a secret."""
    if token:
        text = text.replace(token, "<redacted>")
    return errors.server_text(text) or ""


class NoRedirectConnect(connect):
    """websockets' ``connect`` without redirects: a 3xx answer is an ``InvalidStatus`` (the token
    never follows a ``Location`` to another host or scheme)."""

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc
