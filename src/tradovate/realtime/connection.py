"""One Tradovate WebSocket, kept open: connect, authorize, heartbeats, requests, events, reconnects.

A thin asyncio layer over :class:`.protocol.Protocol` and ``websockets``::

    async def token() -> str:  # read at every (re)connect, so a renewed token is picked up
        return session.access_token

    async with Connection("wss://demo.tradovateapi.com/v1/websocket", token) as conn:
        accounts = await conn.request("account/list")           # typed models, typed errors
        async for event in conn.events():                      # Props, Shutdown, Disconnected, Gap, ...
            ...

Each connection: open the socket, wait for ``o``, ``authorize`` with a fresh token, run the
``on_connected`` hook (the live mirror sends its ``user/syncrequest`` there and takes the
snapshot; events arriving meanwhile are held and delivered after it), then deliver events.
Heartbeats ``[]`` go out every ``heartbeat_interval`` on their own timer whatever the traffic.

Drops — an abort, a close without any frame (``1000 "Bye"`` mid-stream, ``1006``), a ``c`` frame,
a ``shutdown`` event, no frame for ``dead_after`` seconds — are all handled the same way: the old
socket is closed first (Tradovate limits connections per user and IP), then a new one is opened
after a capped, jittered backoff, with no give-up by default. The backoff starts over only after a
connection stayed healthy for ``backoff.healthy_after`` seconds, so short-lived connections
escalate instead of storming. ``shutdown`` with a quota reason (``ConnectionQuotaReached``,
``IPQuotaReached``: another connection took this one's place) waits ``quota_delay`` at least;
``Maintenance`` waits ``maintenance_delay`` at least. A refused upgrade (HTTP 401/403/429 on the
handshake) is :class:`.errors.UpgradeRefused`: ``Retry-After`` is waited out, 401/403 end the
socket after one retry with a renewed token (see :mod:`.reconnect` for the whole policy). Each
drop, each failed reconnect (refused, answered with something that is not HTTP/WebSocket, token
refused, timed out: the typed cause in ``error`` where there is one), and the socket's end when
it gives up (``retry_in`` ``None``, the cause in ``error`` and in :attr:`Connection.ended_by`),
reach the streams as a :class:`Disconnected`: nothing fails silently.

TLS cannot be turned off and proxies are used only when named (see :mod:`.security`).

Requests in flight when a connection drops: a state-changing one (``order/placeorder`` and anything
that is not a read) fails with ``OutcomeUnknown`` and is never resent; a read fails with
``ConnectionLost`` (safe to send again).

Consumers read events through bounded streams (:meth:`Connection.events`, the one
:class:`tradovate.streams.Stream` type); a stream that overflows never drops silently: the
consumer gets ``Gap("overflow", lost)`` where events were lost (call :meth:`Connection.reconnect`
to take a fresh snapshot on a new connection).
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import ssl
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Final, Protocol
from urllib.parse import urlsplit

import attrs
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed as WsConnectionClosed
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI
from websockets.frames import Frame, Opcode
from websockets.protocol import Event

from tradovate_api import Guards, GuardSettings, errors
from tradovate_api.runtime import CallState

from ..streams import Gap, Stream
from . import protocol as p
from . import security
from .errors import ConnectionClosed, ConnectionLost, ProtocolViolation, ServerShutdown, UpgradeRefused
from .events import Connected, Disconnected, Reconnected, StreamEvent
from .reconnect import Backoff, ReconnectDelays, ReconnectPolicy, upgrade_refused

__all__ = [
    "Backoff",
    "Connected",
    "Connection",
    "Disconnected",
    "Gap",
    "Reconnected",
    "StreamEvent",
    "UpgradeRefused",
]

_LOG: Final = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Event streams


# ---------------------------------------------------------------------------------------------
# The connection


class _Link:
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
            future.add_done_callback(_retrieve)  # an outcome nobody awaited after a drop is not an error

    def end(self, reason: str, error: BaseException | None = None) -> None:
        if not self.ended.done():
            self.ended.set_result((reason, error))


@attrs.frozen
class _Attempt:
    usable: bool  # authorized and on_connected done: events were delivered
    reason: str
    error: BaseException | None
    hook_failed: bool = False


class Clock(Protocol):
    """Where the reconnect policy reads time and waits (tests inject a fast one)."""

    def monotonic(self) -> float: ...
    def asleep(self, seconds: float) -> Awaitable[None]: ...


class _LoopClock:
    def monotonic(self) -> float:
        return asyncio.get_running_loop().time()

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class Connection:
    """A Tradovate WebSocket kept connected (see the module docstring).

    Args:
        url: ``wss://...`` (or ``ws://`` to a loopback host, for tests and the simulator).
        token: returns the access token to authorize with; called at every (re)connect.
        on_connected: awaited after each successful ``authorize``, before events are delivered;
            may make requests. If it raises, the connection is dropped and made again (on the
            first connection, :meth:`connect` raises it).
        heartbeat_interval, dead_after, stale_after, request_timeout: see :class:`.protocol.Protocol`.
        connect_timeout: for opening the socket, the ``o`` frame and the ``authorize`` answer.
        backoff: reconnect delays, and how long a connection must stay up before they start over
            (``healthy_after``); ``quota_delay`` / ``maintenance_delay``: the least delay after a
            ``shutdown`` for those reasons.
        max_attempts: give up connecting after this many failed attempts in a row (``None``: never).
        first_connect_timeout: the bound on the first connection (``None``: none): when it would be
            passed, :meth:`connect` raises the last attempt's failure, typed (``UpgradeRefused``,
            ``ProtocolViolation`` for an answer to the handshake that is not HTTP/WebSocket,
            ``RequestNotSent`` for a refused or unreachable host, ...). Measured on ``clock``; each
            attempt is itself bounded by ``connect_timeout`` (and websockets' limits on the
            handshake's answer: 8 KiB lines, 128 headers, 1 MiB body). The first failure of a
            run of failed attempts is logged at WARNING, the later ones at INFO.
        upgrade_auth_retries: how many times a refused token is tried again — an upgrade refused
            with 401/403, or an ``authorize`` refused on a reconnect — each time after
            ``on_auth_refused`` was told (so with a renewed token, or a new login), before the
            socket ends with :class:`.errors.UpgradeRefused` / ``AuthenticationFailed`` (in
            :attr:`ended_by`, and to the streams): a token refused again after a fresh login will
            not be cured by more logins.
        max_retry_after: the longest ``Retry-After`` honoured (a longer one is cut to this).
        clock: where the reconnect policy reads time and sleeps (default: the event loop's).
        on_disconnected: called with every :class:`Disconnected` the streams get (a drop, a
            refused reconnect, the end: ``retry_in`` is ``None``), for owners that keep no event
            stream. Synchronous; its exceptions are logged, not raised.
        queue_size: the default bound of each event stream.
        max_message_size: the largest message accepted (a full sync snapshot can be tens of MB).
        connect_options: passed to ``websockets.asyncio.client.connect``: ``ssl`` (a verifying
            context: a custom trust store), ``proxy`` (a proxy URL, for remote hosts only), ...
            Checked by :mod:`.security`; anything that would turn TLS off, send the socket
            elsewhere than ``url`` (``host``, ``port``, ``local_addr``, ...) or log its frames
            (``logger``) is refused. Redirects are never followed: a 3xx answer is an
            ``UpgradeRefused`` like any other status.
        seed: seeds the backoff jitter (tests).
        on_frame: sees every received message before the protocol core and returns what the core
            is fed instead (the market-data client decodes ``a`` frames itself and passes ``a[]``
            on, so the core's clocks move without parsing the frame twice). Runs on the reader.
        on_auth_refused: called with the token the server refused in answer to ``authorize``
            (on any connection, first or later) before the next attempt asks ``token`` again:
            give it the token's owner (``Session.invalidate``) so that attempt gets a fresh token
            instead of the revoked one. Synchronous; its exceptions are logged, not raised.
            With it, a refusal on the first connection is tried once more (a stored token the
            server no longer knows): ``connect()`` raises ``AuthenticationFailed`` only if the
            fresh token is refused too.
        guards: the call policy every request goes through, the REST client's
            (``tradovate_api.Guards``): hourly budgets (the spec's ``x-rate-limit``, e.g.
            ``user/syncrequest`` 300 an hour; override with ``GuardSettings.rate_limits``), the
            429/423 breaker, penalty holds, penalty tickets (wait ``p-time`` if it fits in the
            request's timeout, send the same request once more carrying the ticket, raise
            ``PenaltyTicket`` if penalised again; ``p-captcha: true`` raises ``CaptchaRequired``
            at once), read retries. Budgets and holds are kept per operation id: a REST
            operation sent over the socket counts as that operation. A session passes its own,
            shared with its REST client and its other sockets (the server counts per user and
            IP); without one, the connection has its own.
        penalty_retry: for the connection's own guards (no ``guards`` given): ``False`` raises
            every penalty at once.
        delays: reconnect delays shared with other sockets (:class:`.reconnect.ReconnectDelays`;
            their ``backoff`` replaces ``backoff``): a session hands one per socket URL to the
            sockets it opens there, so one user's sockets escalate one backoff together.
            Without it, the connection has its own.
    """

    def __init__(
        self,
        url: str,
        token: Callable[[], Awaitable[str]],
        *,
        on_connected: Callable[[Connection], Awaitable[None]] | None = None,
        heartbeat_interval: float = 2.5,
        dead_after: float | None = 10.0,
        stale_after: float | None = None,
        request_timeout: float | None = 10.0,
        connect_timeout: float = 10.0,
        backoff: Backoff | None = None,
        quota_delay: float = 300.0,
        maintenance_delay: float = 30.0,
        max_attempts: int | None = None,
        first_connect_timeout: float | None = 30.0,
        queue_size: int = 10_000,
        max_message_size: int | None = 256 * 2**20,
        close_timeout: float = 2.0,
        connect_options: Mapping[str, Any] | None = None,
        logger: logging.Logger | None = None,
        seed: int | None = None,
        on_frame: Callable[[str | bytes], str | bytes] | None = None,
        on_auth_refused: Callable[[str], object] | None = None,
        guards: Guards | None = None,
        penalty_retry: bool = True,
        upgrade_auth_retries: int = 1,
        max_retry_after: float = 3600.0,
        clock: Clock | None = None,
        on_disconnected: Callable[[Disconnected], object] | None = None,
        delays: ReconnectDelays | None = None,
    ) -> None:
        security.check_url(url)
        security.check_options(url, connect_options or {})
        self.url = url
        self._token = token
        self._on_connected = on_connected
        self.heartbeat_interval = heartbeat_interval
        self.dead_after = dead_after
        self.stale_after = stale_after
        self.request_timeout = request_timeout
        self.connect_timeout = connect_timeout
        if delays is not None and not isinstance(delays, ReconnectDelays):
            raise errors.InvalidRequest("must be a ReconnectDelays", "delays")
        self.delays = delays
        self.backoff = delays.backoff if delays is not None else (backoff or Backoff())
        self.quota_delay = quota_delay
        self.maintenance_delay = maintenance_delay
        self.max_attempts = max_attempts
        if first_connect_timeout is not None and (
            isinstance(first_connect_timeout, bool)
            or not isinstance(first_connect_timeout, int | float)
            or not 0 < first_connect_timeout < math.inf
        ):
            raise errors.InvalidRequest("must be a number of seconds > 0, or None", "first_connect_timeout")
        self.first_connect_timeout = first_connect_timeout
        self.upgrade_auth_retries = upgrade_auth_retries
        self.max_retry_after = max_retry_after
        self.clock: Clock = clock or _LoopClock()
        self._default_ssl: list[ssl.SSLContext] = []
        self._usable_since = 0.0
        #: why the connection ended for good, when it was not :meth:`close` (``UpgradeRefused``, ...)
        self.ended_by: BaseException | None = None
        self.queue_size = queue_size
        self.close_timeout = close_timeout
        self._options: dict[str, Any] = {
            "max_size": max_message_size,
            "ping_interval": None,  # liveness is Tradovate's own: heartbeats out, dead_after in
            "open_timeout": connect_timeout,
            "close_timeout": close_timeout,
            **(connect_options or {}),
        }
        # websockets logs every frame at DEBUG, the authorize token included: its DEBUG is off
        # for our sockets (this module logs frames itself, redacted); no other logger is taken.
        self._ws_log = _NoFrameLog(logging.getLogger("websockets.client"), {})
        self.log = logger or _LOG
        self._on_frame = on_frame
        self._on_auth_refused = on_auth_refused
        self._auth_retry = False  # the owner was told of a refused first authorize: try once more
        self._auth_retried = False
        self._on_disconnected = on_disconnected
        if guards is not None and not isinstance(guards, Guards):
            raise errors.InvalidRequest("must be a tradovate_api.Guards", "guards")
        self.guards = guards if guards is not None else Guards(GuardSettings(penalty_retry=penalty_retry))
        self._protocol(0.0)  # validates the settings now, not at the first connect
        if (
            isinstance(upgrade_auth_retries, bool)
            or not isinstance(upgrade_auth_retries, int)
            or upgrade_auth_retries < 0
        ):
            raise errors.InvalidRequest("must be an int >= 0", "upgrade_auth_retries")
        if (
            isinstance(max_retry_after, bool)
            or not isinstance(max_retry_after, int | float)
            or not max_retry_after >= 0
        ):
            raise errors.InvalidRequest("must be a number of seconds >= 0", "max_retry_after")
        self._rng = random.Random(seed)
        self._streams: list[Stream[StreamEvent]] = []
        self._link: _Link | None = None
        self._ready = asyncio.Event()  # authorized on the current link (requests may go)
        self._holding: list[StreamEvent] | None = None
        self._run_task: asyncio.Task[None] | None = None
        self._opening: asyncio.Future[ClientConnection] | None = None  # the handshake under way
        self._told = False  # on_auth_refused was told of the last attempt's refused authorize
        self._spent: str | None = None  # the last token sent: removed from any server text kept
        self._first: asyncio.Future[None] | None = None
        self._closed = False
        self._reconnect_now = False
        self._wake_run = asyncio.Event()
        self.generation = 0
        self.disconnected_at: float | None = None

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("ready" if self._ready.is_set() else "connecting")
        return f"<Connection {urlsplit(self.url).netloc} {state} generation={self.generation}>"

    async def __aenter__(self) -> Connection:
        await self.connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- public ------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """:meth:`close` was called (or the first connection failed for good)."""
        return self._closed

    @property
    def ready(self) -> bool:
        """Authorized on a live socket (``on_connected`` may still be running)."""
        return self._ready.is_set() and not self._closed

    def events(self, maxsize: int | None = None) -> Stream[StreamEvent]:
        """A new bounded stream of the events from now on (a :class:`tradovate.streams.Stream`:
        a consumer that falls behind gets ``Gap("overflow", lost)`` where events were dropped;
        take a fresh snapshot then, e.g. with :meth:`reconnect`)."""
        stream: Stream[StreamEvent] = Stream(maxsize=maxsize or self.queue_size, on_close=self._detach)
        if self._closed:
            stream.end()
        else:
            self._streams.append(stream)
        return stream

    async def connect(self) -> None:
        """Open the first connection and return once it is authorized and ``on_connected`` ran.

        Keeps reconnecting in the background afterwards until :meth:`close`.
        Raises ``AuthenticationFailed`` (token refused), :class:`.errors.UpgradeRefused` (the
        handshake answered with an HTTP status: at once, or for 401/403 after one retry with a
        renewed token), ``InsecureConfiguration`` (a TLS context weakened since it was given),
        ``RequestNotSent`` (``max_attempts`` failed), or what the first ``on_connected`` raised."""
        if self._closed:
            raise ConnectionClosed("connection closed")
        if self._run_task is None:
            self._first = asyncio.get_running_loop().create_future()
            self._first.add_done_callback(_retrieve)
            self._run_task = asyncio.create_task(self._run(), name=f"tradovate-ws {urlsplit(self.url).netloc}")
        assert self._first is not None
        try:
            await asyncio.shield(self._first)
        except BaseException:
            if self._first.done() and self._first.exception() is not None:
                await self.close()
            raise

    async def request(
        self,
        endpoint: str,
        body: Any = None,
        query: Mapping[str, Any] | str | None = None,
        *,
        timeout: float | None = None,
        idempotent: bool | None = None,
    ) -> Any:
        """Send a request and return its result: the REST operation's model(s) when ``endpoint``
        is one (``account/list`` -> ``list[Account]``), else ``d`` as parsed.

        Waits (within ``timeout``) for the connection to be ready. Raises ``InvalidRequest``
        (nothing sent), ``RequestNotSent``, ``OutcomeUnknown`` (state-changing, answer lost),
        ``ConnectionLost`` / ``DeadlineExceeded`` (reads), ``ConnectionClosed``, or the typed
        refusal (``ApiError`` by status, ``PenaltyTicket`` / ``CaptchaRequired`` after the penalty
        handling described under ``guards``, ``OperationFailed``, ...), or the guards' local
        refusal before sending (``BreakerOpen``, ``BudgetExhausted``)."""
        response = await self.send(endpoint, body, query, timeout=timeout, idempotent=idempotent)
        return p.outcome(response, endpoint)

    async def send(
        self,
        endpoint: str,
        body: Any = None,
        query: Mapping[str, Any] | str | None = None,
        *,
        timeout: float | None = None,
        idempotent: bool | None = None,
    ) -> p.Response:
        """:meth:`request` without decoding: the :class:`.protocol.Response` (refusals included,
        in ``error``; a penalty ticket is first honoured once, see ``guards``); lost answers and
        timeouts still raise, and so do the guards' refusals (``BreakerOpen``,
        ``BudgetExhausted``) before anything is sent.

        The request is validated first (``InvalidRequest``, nothing sent, nothing counted), then
        goes through the call policy, the same as a REST call's (``tradovate_api.Guards``):
        sending its frame and awaiting the answer is the policy's "send" step."""
        request = p.prepare_request(endpoint, query, body, idempotent)
        timeout = self.request_timeout if timeout is None else timeout
        seconds = math.inf if timeout is None else timeout
        # The policy's steps driven here, without a generator or an exchange per answer (the
        # round trip is the hot path); the final answer is returned whatever the policy made of
        # its refusal (outcome() types it, a captcha penalty included).
        call = p.SocketCall.of(request)
        state = CallState(self.guards, call, request, seconds)
        while True:
            try:
                answer = await self._send_once(state.request, seconds)
            except errors.TradovateError as exc:
                delay = state.failed(exc)  # raises it unless a read is retried
            else:
                error = answer.error
                refusal = None if error is None else error.exception(call.endpoint, answer.idempotent)
                after = state.answered(answer.status, refusal)
                if after is None:
                    return answer
                delay = after
            await self.guards.settings.clock.asleep(delay)
            seconds = state.again()

    async def _send_once(self, request: p.SocketRequest, seconds: float) -> p.Response:
        """One frame and its answer (the policy's send step); ``seconds``: what is left of the
        call's timeout (``inf``: none)."""
        timeout = None if seconds == math.inf else (seconds if seconds > 0.0 else 0.0)
        endpoint = request.endpoint
        if self._closed:
            raise ConnectionClosed("connection closed")
        loop = asyncio.get_running_loop()
        if not self._ready.is_set():
            start = loop.time()
            if self._run_task is None:
                raise errors.RequestNotSent(endpoint, "not connected (call connect() first)")
            try:
                async with asyncio.timeout(timeout):
                    await self._ready.wait()
            except TimeoutError:
                raise errors.RequestNotSent(endpoint, f"no connection within {timeout:g}s") from None
            if self._closed:
                raise ConnectionClosed("connection closed")
            if timeout is not None:
                timeout = max(0.0, timeout - (loop.time() - start))
        link = self._link
        assert link is not None
        now = loop.time()
        rid, frame = link.proto.send(request, now, timeout)
        future: asyncio.Future[p.Response] = loop.create_future()
        link.waiters[rid] = future
        try:
            await link.ws.send(frame)
        except WsConnectionClosed:
            link.proto.forget(rid)
            link.waiters.pop(rid, None)
            raise errors.RequestNotSent(endpoint, "connection closed") from None
        if self.log.isEnabledFor(logging.DEBUG):
            self.log.debug("> %s", p.redact_frame(frame))
        if timeout is not None and timeout + now < link.tick_at:
            link.wake.set()
        try:
            return await future
        finally:
            link.waiters.pop(rid, None)

    async def reconnect(self, reason: str = "reconnect requested") -> None:
        """Drop the current connection and make a new one (e.g. to resync after a :class:`Gap`):
        at once when the connection had stayed healthy (``backoff.healthy_after``), else after
        the backoff's next delay, so repeated requests cannot storm either."""
        self._reconnect_now = True
        link = self._link
        if link is not None:
            link.end(reason)

    async def close(self) -> None:
        """Close for good: the socket is closed, requests waiting fail (state-changing ones with
        ``OutcomeUnknown``), event streams end after their queued events."""
        if self._closed:
            return
        self._closed = True
        self._wake_run.set()
        link = self._link
        if link is not None:
            link.end("closed by the client")
        opening = self._opening
        if opening is not None:
            opening.cancel()  # a stuck handshake is not waited out
        task = self._run_task
        if task is not None and task is not asyncio.current_task():
            await asyncio.gather(task, return_exceptions=True)  # its failure was reported where it happened
        if self._first is not None and not self._first.done():
            self._first.set_exception(ConnectionClosed("connection closed"))
        self._ready.set()  # wake requests waiting for a connection; they see _closed
        for stream in list(self._streams):
            stream.end()
        self._streams.clear()

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
                        await _first_of(sleep, woken)
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

    async def _one_connection(self) -> _Attempt:
        """Connect, authorize, run ``on_connected``, deliver events until the link ends."""
        loop = asyncio.get_running_loop()
        inbox = _Inbox()
        try:
            options = security.connect_kwargs(self.url, self._options, self._default_ssl)
        except errors.TradovateError as exc:  # a context weakened since: never connect with it
            return _Attempt(False, f"{type(exc).__name__}: {exc}", exc)
        opening = self._opening = asyncio.ensure_future(
            _Connect(self.url, **options, logger=self._ws_log, create_connection=_socket_class(inbox)).connect()
        )
        try:
            ws = await opening
        except asyncio.CancelledError:
            if opening.cancelled() and self._closed:  # close() during the handshake
                return _Attempt(False, "closed by the client", None)
            raise
        except InvalidStatus as exc:
            upgrade = _upgrade_refused(exc, self._spent)
            return _Attempt(False, f"upgrade refused (HTTP {upgrade.status_code})", upgrade)
        except (InvalidHandshake, InvalidURI) as exc:  # not an HTTP/WebSocket answer, or beyond the limits
            violation = _bad_handshake(exc, self._spent)
            return _Attempt(False, f"connect failed ({violation})", violation)
        except (OSError, TimeoutError, WsConnectionClosed) as exc:
            why = f"{type(exc).__name__}: {_scrub(str(exc), self._spent) or 'no detail'}"
            return _Attempt(False, f"connect failed ({why})", errors.RequestNotSent("connect", why))
        except (ValueError, TypeError, ImportError) as exc:  # connect_options websockets refused: raised by connect()
            return _Attempt(False, f"connect failed ({type(exc).__name__})", exc, hook_failed=True)
        finally:
            self._opening = None
        generation = self.generation + 1
        proto = self._protocol(loop.time())
        link = _Link(generation, ws, proto)
        self._link = link
        inbox.attach(lambda message: self._receive(link, message))
        reader = asyncio.create_task(self._watch(link))
        ticker = asyncio.create_task(self._tick(link))
        usable = False
        step = "waiting for the open frame"
        token: str | None = None
        try:
            async with asyncio.timeout(self.connect_timeout):
                await _first_of(link.opened, link.ended)
                if link.ended.done():
                    return _Attempt(False, *link.ended.result())
                step = "authorizing"
                token = await self._token()
                self._spent = token
                frame = proto.authorize(token, loop.time(), timeout=self.connect_timeout)
                await ws.send(frame)
                self.log.debug("> %s", p.redact_frame(frame))
                del frame
                await _first_of(link.authorized, link.ended)
            refused = link.authorized.done() and isinstance(link.authorized.exception(), errors.AuthenticationFailed)
            if refused:  # told even when the server closed at once after its answer
                assert token is not None
                self._auth_refused(token)
            elif link.ended.done():
                return _Attempt(False, *link.ended.result())
            link.authorized.result()  # raises AuthenticationFailed
            token = None
            self.generation = generation
            self._holding = []
            self._ready.set()
            if self._on_connected is not None:
                step = "on_connected"
                hook = asyncio.ensure_future(self._on_connected(self))
                await _first_of(hook, link.ended)
                if link.ended.done():
                    hook.cancel()
                    await asyncio.gather(hook, return_exceptions=True)
                    return _Attempt(False, *link.ended.result())
                try:
                    hook.result()
                except Exception as exc:
                    self.log.warning("on_connected failed: %s", type(exc).__name__)
                    return _Attempt(False, f"on_connected failed ({type(exc).__name__})", exc, hook_failed=True)
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
            return _Attempt(True, *(await link.ended))
        except TimeoutError:
            return _Attempt(usable, f"timed out {step}", None)
        except WsConnectionClosed as exc:
            return _Attempt(usable, _close_reason(exc), None)
        except errors.TradovateError as exc:
            return _Attempt(usable, f"{type(exc).__name__}: {exc}", exc)
        except Exception as exc:  # the token source failed: like a failed hook (raised by the first connect)
            self.log.warning("token source failed: %s", type(exc).__name__)
            return _Attempt(usable, f"token source failed ({type(exc).__name__})", exc, hook_failed=True)
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

    async def _shut(self, link: _Link, reader: asyncio.Task[None], ticker: asyncio.Task[None]) -> None:
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

    def _receive(self, link: _Link, message: str | bytes) -> None:
        """One message, fed from the socket's ``data_received`` (no task hop between the
        socket and a waiting request). Never raises into ``websockets``."""
        try:
            proto = link.proto
            now = asyncio.get_running_loop().time()
            if self._on_frame is not None:
                message = self._on_frame(message)
            proto.receive(message, now)
            deadline = proto.next_deadline()
            if deadline is not None and deadline <= now:
                proto.on_time(now)  # a flood must not starve heartbeats or timeouts
                deadline = proto.next_deadline()
            if deadline is not None and deadline < link.tick_at:
                link.wake.set()  # due before the timer's wake-up (the open frame starts the heartbeats)
            self._dispatch(link, proto.events_received())
            out = proto.data_to_send()
            if out:
                task = asyncio.ensure_future(self._send_all(link, out))
                link.tasks.add(task)
                task.add_done_callback(link.tasks.discard)
        except Exception as exc:  # a bug here must not take the socket's reader down silently
            self.log.exception("failed to handle a received frame")
            link.end(f"internal error ({type(exc).__name__})")

    async def _watch(self, link: _Link) -> None:
        await link.ws.wait_closed()
        link.end(_close_reason_of(link.ws))

    async def _tick(self, link: _Link) -> None:
        proto = link.proto
        loop = asyncio.get_running_loop()
        while True:
            deadline = proto.next_deadline()
            now = loop.time()
            if deadline is None or deadline > now:
                link.tick_at = float("inf") if deadline is None else deadline
                link.wake.clear()
                try:
                    async with asyncio.timeout(None if deadline is None else deadline - now):
                        await link.wake.wait()
                except TimeoutError:
                    pass
                continue
            proto.on_time(now)
            self._dispatch(link, proto.events_received())
            out = proto.data_to_send()
            if out:
                await self._send_all(link, out)

    async def _send_all(self, link: _Link, frames: list[str]) -> None:
        try:
            for frame in frames:
                await link.ws.send(frame)
        except WsConnectionClosed as exc:
            link.end(_close_reason(exc))

    # -- events ------------------------------------------------------------------------------

    def _dispatch(self, link: _Link, events: list[p.Event]) -> None:
        for event in events:
            cls = event.__class__
            if cls is p.Response:
                assert isinstance(event, p.Response)
                future = link.waiters.get(event.request_id)
                if future is not None and not event.late and not future.done():
                    future.set_result(event)
                    continue
            elif cls is p.Opened:
                if not link.opened.done():
                    link.opened.set_result(None)
                continue
            elif cls is p.Authorized:
                if not link.authorized.done():
                    link.authorized.set_result(None)
                continue
            elif cls is p.AuthorizationRefused:
                assert isinstance(event, p.AuthorizationRefused)
                if not link.authorized.done():
                    link.authorized.set_exception(_authorize_refused(event, self._spent))
                continue
            elif cls is p.RequestTimedOut or cls is p.RequestLost:
                assert isinstance(event, p.RequestTimedOut | p.RequestLost)
                self._fail(link, event)
                continue
            elif cls is p.ConnectionDead:
                assert isinstance(event, p.ConnectionDead)
                link.end(f"silent for {event.silent_for:.1f}s")
                continue
            elif cls is p.ServerClosing:
                assert isinstance(event, p.ServerClosing)
                link.end(f"close frame c[{event.code}, {event.reason!r}]")
            elif cls is p.Shutdown:
                assert isinstance(event, p.Shutdown)
                # Delivered first, then acted on: the server closes after it anyway.
                self._publish(event)
                link.end(f"shutdown {event.reason_code}", ServerShutdown(event.reason_code, event.reason))
                continue
            elif cls is p.FrameError:
                assert isinstance(event, p.FrameError)
                self.log.warning("protocol violation: %s", event.error)
            self._publish(event)

    def _fail(self, link: _Link, event: p.RequestTimedOut | p.RequestLost) -> None:
        if event.endpoint == p.AUTHORIZE:
            if not link.authorized.done():
                link.authorized.set_exception(TimeoutError())
            return
        future = link.waiters.get(event.request_id)
        if future is None or future.done():
            return
        if isinstance(event, p.RequestTimedOut):
            why = f"no answer within {event.timeout:g}s"
            exc: errors.TradovateError = (
                errors.DeadlineExceeded(event.endpoint, why)
                if event.idempotent
                else errors.OutcomeUnknown(event.endpoint, why)
            )
        else:
            why = "connection lost after sending"
            exc = (
                ConnectionLost(event.endpoint, why) if event.idempotent else errors.OutcomeUnknown(event.endpoint, why)
            )
        future.set_exception(exc)

    def _detach(self, stream: Stream[StreamEvent]) -> None:
        if stream in self._streams:
            self._streams.remove(stream)

    def _publish(self, event: StreamEvent) -> None:
        if self._holding is not None and event.__class__ not in (Connected, Reconnected, Disconnected):
            self._holding.append(event)
            return
        for stream in self._streams:
            stream.put(event)


class _NoFrameLog(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The ``websockets`` logger without its DEBUG level (which logs frame contents)."""

    def isEnabledFor(self, level: int) -> bool:
        return level > logging.DEBUG and self.logger.isEnabledFor(level)

    def debug(self, msg: object, *args: object, **kwargs: Any) -> None:
        return


class _Inbox:
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


def _socket_class(inbox: _Inbox) -> type[ClientConnection]:
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
                    inbox.feed(_message(bytes(event.data), opcode is Opcode.TEXT))
                else:
                    self._parts, self._text = [bytes(event.data)], opcode is Opcode.TEXT
            elif opcode is Opcode.CONT and self._parts is not None:
                self._parts.append(bytes(event.data))
                if event.fin:
                    data, self._parts = b"".join(self._parts), None
                    inbox.feed(_message(data, self._text))
            else:
                super().process_event(event)

    return Socket


def _message(data: bytes, text: bool) -> str | bytes:
    if text:
        try:
            return data.decode()
        except UnicodeDecodeError:
            return data  # the protocol core reports it as a frame error
    return data


def _retrieve(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


async def _first_of(*futures: asyncio.Future[Any]) -> None:
    await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)


def _close_reason(exc: WsConnectionClosed) -> str:
    rcvd = exc.rcvd
    if rcvd is None:
        return "aborted (no close frame, 1006)"
    return f"closed by the server ({rcvd.code}{' ' + rcvd.reason if rcvd.reason else ''})"


def _close_reason_of(ws: ClientConnection) -> str:
    code = ws.close_code
    if code is None or code == 1006:
        return "aborted (no close frame, 1006)"
    return f"closed by the server ({code}{' ' + ws.close_reason if ws.close_reason else ''})"


def _upgrade_refused(exc: InvalidStatus, token: str | None) -> UpgradeRefused:
    """The typed form of a refused handshake (see :func:`.reconnect.upgrade_refused`)."""
    response = exc.response
    return upgrade_refused(
        response.status_code, response.reason_phrase, response.headers.get("Retry-After"), response.body, token
    )


def _bad_handshake(exc: Exception, token: str | None) -> ProtocolViolation:
    """An answer to the handshake that is neither a WebSocket upgrade nor an HTTP status (or is
    beyond websockets' limits), typed with websockets' words (and its cause's), redacted."""
    words = [str(exc)]
    if exc.__cause__ is not None:
        words.append(f"{type(exc.__cause__).__name__}: {exc.__cause__}")
    detail = _scrub("; ".join(w for w in words if w), token) or type(exc).__name__
    return ProtocolViolation(f"invalid answer to the WebSocket handshake ({detail})")


def _authorize_refused(event: p.AuthorizationRefused, token: str | None) -> errors.TradovateError:
    """The typed refusal of ``authorize``, its server text without the token it refused (a
    server echoing it would put it in logs and messages) or anything else secret-like."""
    error = event.error
    if error.text:
        error = attrs.evolve(error, text=_scrub(error.text, token) or None)
    return error.exception(p.AUTHORIZE, True)


def _scrub(text: str, token: str | None) -> str:
    """``text`` fit for a message: without ``token`` and anything that looks like a secret."""
    if token:
        text = text.replace(token, "<redacted>")
    return errors.server_text(text) or ""


class _Connect(connect):
    """websockets' ``connect`` without redirects: a 3xx answer is an ``InvalidStatus`` (the token
    never follows a ``Location`` to another host or scheme)."""

    def process_redirect(self, exc: Exception) -> Exception | str:
        return exc
