"""One Tradovate WebSocket, kept open: connect, authorize, heartbeats, requests, events, reconnects.

A thin asyncio layer over :class:`.protocol.Protocol` and ``websockets``: this module is its public
face and the request path (each request through the shared call policy); the run loop (links one
after another, reconnects) is :mod:`.runloop`, one link's traffic (a request's frame and its
answer, frames in and out, events dispatched) :mod:`.dispatch`, a socket's plumbing :mod:`.link`::

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

(Over ~400 lines for a reason: a third of it is the documentation of every setting, next to the
constructor that checks them.)
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import ssl
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Final
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection

from tradovate_api import Guards, GuardSettings, errors
from tradovate_api.runtime import CallState

from ..streams import Gap, Stream
from . import protocol as p
from . import security
from .errors import ConnectionClosed, UpgradeRefused
from .events import Connected, Disconnected, Reconnected, StreamEvent
from .link import Clock, Link, LoopClock, NoFrameLog, retrieve
from .reconnect import Backoff, ReconnectDelays
from .runloop import RunLoop

__all__ = [
    "Backoff",
    "Clock",
    "Connected",
    "Connection",
    "Disconnected",
    "Gap",
    "Reconnected",
    "StreamEvent",
    "UpgradeRefused",
]

_LOG: Final = logging.getLogger(__name__)


class Connection(RunLoop):
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
        self.clock: Clock = clock or LoopClock()
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
        self._ws_log = NoFrameLog(logging.getLogger("websockets.client"), {})
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
        self._link: Link | None = None
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
            self._first.add_done_callback(retrieve)
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
