"""The run loop of a :class:`.connection.Connection`: connect, authorize, run ``on_connected``,
deliver events, and after a drop decide (:mod:`.reconnect`) when to connect again or end. On
each link, the frames in and out and the dispatch of the protocol core's events are
:mod:`.dispatch`'s (:class:`.dispatch.Dispatch`, this class's base).

:class:`RunLoop` is the base of :class:`.connection.Connection` (whose constructor sets the
state declared here); the request path and the public face are :mod:`.connection`'s.
"""

from __future__ import annotations

import asyncio
import logging
import random
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed as WsConnectionClosed
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

from tradovate_api import Guards, errors

from ..streams import Stream as Stream  # the old import paths keep working
from . import protocol as p
from . import security
from .dispatch import Dispatch
from .errors import ConnectionClosed, UpgradeRefused
from .errors import ConnectionLost as ConnectionLost
from .errors import ServerShutdown as ServerShutdown
from .events import Connected, Disconnected, Reconnected
from .link import (
    Attempt,
    Clock,
    Inbox,
    Link,
    NoFrameLog,
    NoRedirectConnect,
    bad_handshake,
    close_reason,
    first_of,
    refused_upgrade,
    scrub,
    socket_class,
)
from .link import authorize_refused as authorize_refused  # the old import paths keep working
from .link import close_reason_of as close_reason_of
from .reconnect import Backoff, ReconnectDelays, ReconnectPolicy

__all__ = ["RunLoop"]


class RunLoop(Dispatch):
    """The links of one connection, one after another (see the module doc)."""

    # Set by Connection.__init__ (settings, hooks, and the state the run loop and the request
    # path share).
    url: str
    log: logging.Logger
    clock: Clock
    guards: Guards
    backoff: Backoff
    delays: ReconnectDelays | None
    heartbeat_interval: float
    dead_after: float | None
    stale_after: float | None
    request_timeout: float | None
    connect_timeout: float
    close_timeout: float
    quota_delay: float
    maintenance_delay: float
    max_attempts: int | None
    first_connect_timeout: float | None
    upgrade_auth_retries: int
    max_retry_after: float
    queue_size: int
    ended_by: BaseException | None
    generation: int
    disconnected_at: float | None
    _token: Callable[[], Awaitable[str]]
    _on_connected: Callable[[Any], Awaitable[None]] | None
    _on_auth_refused: Callable[[str], object] | None
    _on_disconnected: Callable[[Disconnected], object] | None
    _options: dict[str, Any]
    _default_ssl: list[ssl.SSLContext]
    _ws_log: NoFrameLog
    _rng: random.Random
    _opening: asyncio.Future[ClientConnection] | None
    _first: asyncio.Future[None] | None
    _reconnect_now: bool
    _wake_run: asyncio.Event
    _told: bool
    _auth_retry: bool
    _auth_retried: bool
    _usable_since: float

    @property
    def closed(self) -> bool:
        """:meth:`close` was called (or the first connection failed for good)."""
        return self._closed

    # -- the run loop ------------------------------------------------------------------------

    def _protocol(self, now: float) -> p.Protocol:
        return p.Protocol(
            now,
            heartbeat_interval=self.heartbeat_interval,
            dead_after=self.dead_after,
            stale_after=self.stale_after,
            request_timeout=self.request_timeout,
            logger=self.log,
        )

    async def _run(self) -> None:
        policy = ReconnectPolicy(
            self.backoff,
            self._rng,
            quota_delay=self.quota_delay,
            maintenance_delay=self.maintenance_delay,
            max_attempts=self.max_attempts,
            upgrade_auth_retries=self.upgrade_auth_retries,
            max_retry_after=self.max_retry_after,
            delays=self.delays,
        )
        started = self.clock.monotonic()
        bound = self.first_connect_timeout
        try:
            while not self._closed:
                result = await self._one_connection()
                if self.closed:
                    break
                first = self._first
                waiting = first is not None and not first.done()
                error = result.error
                # a refused first authorize is tried once more after on_auth_refused was told
                refused_auth = isinstance(error, errors.AuthenticationFailed) and not (waiting and self._retry_auth())
                fatal = refused_auth or result.hook_failed
                lived = self.clock.monotonic() - self._usable_since if result.usable else 0.0
                renewed, self._told = self._told, False
                decision = policy.after(
                    usable=result.usable,
                    lived=lived,
                    error=error,
                    first=waiting,
                    fatal_first=fatal,
                    renewed=renewed,
                    now=self.clock.monotonic(),
                )
                refused = isinstance(error, UpgradeRefused)
                out_of_time = (
                    waiting
                    and bound is not None
                    and not decision.end
                    and self.clock.monotonic() - started + decision.delay >= bound
                )
                if decision.end or out_of_time:
                    if out_of_time:  # the first connection's bound: the last failure, typed
                        reason = f"no connection within {bound:g}s; last attempt: {result.reason}"
                        last = error if isinstance(error, errors.TradovateError) else None
                        self.ended_by = last or errors.RequestNotSent("connect", reason)
                        self.log.warning("connection failed: %s", reason)
                    elif refused or isinstance(error, errors.AuthenticationFailed):
                        self.ended_by = decision.error or errors.RequestNotSent("connect", result.reason)
                        self.log.warning("connection refused for good: %s", error)
                    else:
                        self.ended_by = decision.error or errors.RequestNotSent("connect", result.reason)
                        self.log.warning(
                            "giving up after %d failed connection attempts (%s)", policy.failures, result.reason
                        )
                    if first is not None and not first.done():
                        first.set_exception(self.ended_by)
                    else:  # the streams hear of the end, and why (retry_in None)
                        self._lost(Disconnected(self.generation, result.reason, self.ended_by, None))
                    break
                if refused and policy.retry_token:
                    await self._renew_token()
                delay = decision.delay
                if self._reconnect_now:
                    self._reconnect_now = False
                    if result.usable and lived >= self.backoff.healthy_after:
                        delay = 0.0
                if result.usable or not waiting:
                    # a drop, and after the first connection every failed attempt too (a refused
                    # upgrade, an answer that is not HTTP/WebSocket, a refused token, a timeout):
                    # the streams hear of each, typed where there is a typed cause
                    self._lost(Disconnected(self.generation, result.reason, error, delay))
                # the first failure of a run is visible at the default level; the rest at INFO
                log = self.log.warning if refused or policy.failures == 1 else self.log.info
                log("connection lost (%s); reconnecting in %.2fs", result.reason, delay)
                if delay > 0:
                    self._wake_run.clear()
                    sleep = asyncio.ensure_future(self.clock.asleep(delay))
                    woken = asyncio.ensure_future(self._wake_run.wait())
                    try:
                        await first_of(sleep, woken)
                    finally:
                        sleep.cancel()
                        woken.cancel()
                        await asyncio.gather(sleep, woken, return_exceptions=True)
                    self._reconnect_now = False  # a request made while waiting: the next connection is it
        finally:
            self._closed = True
            if self._first is not None and not self._first.done():
                self._first.set_exception(ConnectionClosed("connection closed"))
            self._ready.set()  # requests waiting for a connection see it closed
            for stream in list(self._streams):
                stream.end()

    def _lost(self, event: Disconnected) -> None:
        """Tell the streams and the ``on_disconnected`` hook."""
        self._publish(event)
        hook = self._on_disconnected
        if hook is not None:
            try:
                hook(event)
            except Exception as exc:  # the owner's bug must not stop the reconnects
                self.log.warning("on_disconnected failed: %s", type(exc).__name__)

    async def _renew_token(self) -> None:
        """An upgrade refused with 401/403: the token's owner drops the current token, so the
        next attempt authorizes with a renewed one."""
        if self._on_auth_refused is None:
            return
        try:
            async with asyncio.timeout(self.connect_timeout):
                token = await self._token()
        except Exception as exc:  # the next attempt meets it again, and reports it
            self.log.warning("token source failed: %s", type(exc).__name__)
            return
        self._auth_refused(token)

    async def _one_connection(self) -> Attempt:
        """Connect, authorize, run ``on_connected``, deliver events until the link ends."""
        loop = asyncio.get_running_loop()
        inbox = Inbox()
        try:
            options = security.connect_kwargs(self.url, self._options, self._default_ssl)
        except errors.TradovateError as exc:  # a context weakened since: never connect with it
            return Attempt(False, f"{type(exc).__name__}: {exc}", exc)
        opening = self._opening = asyncio.ensure_future(
            NoRedirectConnect(self.url, **options, logger=self._ws_log, create_connection=socket_class(inbox)).connect()
        )
        try:
            ws = await opening
        except asyncio.CancelledError:
            if opening.cancelled() and self._closed:  # close() during the handshake
                return Attempt(False, "closed by the client", None)
            raise
        except InvalidStatus as exc:
            upgrade = refused_upgrade(exc, self._spent)
            return Attempt(False, f"upgrade refused (HTTP {upgrade.status_code})", upgrade)
        except (InvalidHandshake, InvalidURI) as exc:  # not an HTTP/WebSocket answer, or beyond the limits
            violation = bad_handshake(exc, self._spent)
            return Attempt(False, f"connect failed ({violation})", violation)
        except (OSError, TimeoutError, WsConnectionClosed) as exc:
            why = f"{type(exc).__name__}: {scrub(str(exc), self._spent) or 'no detail'}"
            return Attempt(False, f"connect failed ({why})", errors.RequestNotSent("connect", why))
        except (ValueError, TypeError, ImportError) as exc:  # connect_options websockets refused: raised by connect()
            return Attempt(False, f"connect failed ({type(exc).__name__})", exc, hook_failed=True)
        finally:
            self._opening = None
        generation = self.generation + 1
        proto = self._protocol(loop.time())
        link = Link(generation, ws, proto)
        self._link = link
        inbox.attach(lambda message: self._receive(link, message))
        reader = asyncio.create_task(self._watch(link))
        ticker = asyncio.create_task(self._tick(link))
        usable = False
        step = "waiting for the open frame"
        token: str | None = None
        try:
            async with asyncio.timeout(self.connect_timeout):
                await first_of(link.opened, link.ended)
                if link.ended.done():
                    return Attempt(False, *link.ended.result())
                step = "authorizing"
                token = await self._token()
                self._spent = token
                frame = proto.authorize(token, loop.time(), timeout=self.connect_timeout)
                await ws.send(frame)
                self.log.debug("> %s", p.redact_frame(frame))
                del frame
                await first_of(link.authorized, link.ended)
            refused = link.authorized.done() and isinstance(link.authorized.exception(), errors.AuthenticationFailed)
            if refused:  # told even when the server closed at once after its answer
                assert token is not None
                self._auth_refused(token)
            elif link.ended.done():
                return Attempt(False, *link.ended.result())
            link.authorized.result()  # raises AuthenticationFailed
            token = None
            self.generation = generation
            self._holding = []
            self._ready.set()
            if self._on_connected is not None:
                step = "on_connected"
                hook = asyncio.ensure_future(self._on_connected(self))
                await first_of(hook, link.ended)
                if link.ended.done():
                    hook.cancel()
                    await asyncio.gather(hook, return_exceptions=True)
                    return Attempt(False, *link.ended.result())
                try:
                    hook.result()
                except Exception as exc:
                    self.log.warning("on_connected failed: %s", type(exc).__name__)
                    return Attempt(False, f"on_connected failed ({type(exc).__name__})", exc, hook_failed=True)
            gap = None if self.disconnected_at is None else loop.time() - self.disconnected_at
            held, self._holding = self._holding, None
            usable = True
            self._usable_since = self.clock.monotonic()
            self._publish(Connected(generation) if gap is None else Reconnected(generation, gap))
            for event in held:
                self._publish(event)
            if self._first is not None and not self._first.done():
                self._first.set_result(None)
            self.log.info("connected (generation %d)", generation)
            return Attempt(True, *(await link.ended))
        except TimeoutError:
            return Attempt(usable, f"timed out {step}", None)
        except WsConnectionClosed as exc:
            return Attempt(usable, close_reason(exc), None)
        except errors.TradovateError as exc:
            return Attempt(usable, f"{type(exc).__name__}: {exc}", exc)
        except Exception as exc:  # the token source failed: like a failed hook (raised by the first connect)
            self.log.warning("token source failed: %s", type(exc).__name__)
            return Attempt(usable, f"token source failed ({type(exc).__name__})", exc, hook_failed=True)
        finally:
            self._ready.clear()
            # Events of a connection whose on_connected did not finish are not delivered: the
            # next connection starts from a fresh snapshot.
            self._holding = None
            if usable:
                self.disconnected_at = loop.time()
            await self._shut(link, reader, ticker)

    def _retry_auth(self) -> bool:
        """Whether a refused first authorize is tried once more (with the owner's new token)."""
        retry, self._auth_retry = self._auth_retry, False
        return retry

    def _auth_refused(self, token: str) -> None:
        hook = self._on_auth_refused
        if hook is None:
            return
        try:
            hook(token)
        except Exception as exc:  # the owner's bug must not stop the reconnects
            self.log.warning("on_auth_refused failed: %s", type(exc).__name__)
        else:
            self._auth_retry, self._auth_retried = not self._auth_retried, True
            self._told = True

    async def _shut(self, link: Link, reader: asyncio.Task[None], ticker: asyncio.Task[None]) -> None:
        """Close the old socket (before any new one opens) and fail what waited on it."""
        ticker.cancel()
        reader.cancel()
        ws = link.ws
        reason, _ = link.ended.result() if link.ended.done() else ("", None)
        if reason.startswith("silent") or reason.startswith("aborted"):
            ws.transport.abort()
        else:
            try:
                await asyncio.wait_for(ws.close(), self.close_timeout)
            except (TimeoutError, OSError, WsConnectionClosed):
                ws.transport.abort()
        await asyncio.gather(reader, ticker, *link.tasks, return_exceptions=True)
        link.proto.close()
        self._dispatch(link, link.proto.events_received())
        for future in link.waiters.values():  # none expected: the protocol answered or lost each one
            if not future.done():
                future.set_exception(errors.OutcomeUnknown("request", "connection closed"))
