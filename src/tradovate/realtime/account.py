"""The live account: one user socket kept synced into a :class:`~.mirror.Mirror`, and orders over it::

    async with AccountSession(session) as account:          # session: tradovate.session.Session
        await account.wait_ready()
        for order in account.mirror.working_orders():
            ...
        try:
            handle = await account.place_order(PlaceOrder(...))   # an OrderHandle
            await handle.wait_done()
        except OutcomeUnknown as exc:                        # the answer was lost: never resent
            handle = await account.resolve(exc.cl_ord_id)    # from the server's own state

Each connection (made and re-made by :class:`~.connection.Connection`):

1. events still queued from the previous connection are applied, then the mirror starts a new sync
   (:meth:`Mirror.begin_sync`): reads refuse with ``NotSynced`` until its snapshot is in;
2. exactly one ``user/syncrequest`` is sent, with every entity type listed explicitly (an empty
   ``entityTypes`` now means *no* updates), and ``accounts``/``users``, ``splitResponses``,
   ``shardingExpression``, ``fullOrgSnapshot`` as configured;
3. its snapshot (every part of a split one, see below) is applied (``props`` events arriving
   meanwhile are held by the connection and applied after it); on a reconnect this reconciles:
   every difference, deletions included, is emitted as a change and counted in a
   :class:`Resynced` event with the length of the gap;
4. ``props`` events are applied as they come. If this session's event queue overflows (the
   mirror could not keep up), the connection is re-made to take a fresh snapshot: nothing is lost
   silently.

``ready`` means synced on the current connection (:meth:`AccountSession.wait_ready`).

Split snapshots (``split_responses=True``)
------------------------------------------
The server then answers the ``user/syncrequest`` in several parts; their format and what ends them
are not documented (the protocol reference marks both UNCONFIRMED, and no captured traffic shows
one). Assumed here, deliberately: every part is a ``SyncMessage`` answered ``s:200`` with the
request's id; a collection may be spread over several parts (their items are joined, a later
part's value of an entity replacing an earlier one); ``props`` events may come between parts (they
are applied at once and win over the snapshot, as in the unsplit case).

What ends a split snapshot, by default, is *quiet*: no further part for ``split_settle`` seconds
(default 0.5) after the latest one. There is no marker to wait for and no count to reach, and a
``props`` event cannot end it (events may come before the last part); a server sends the parts of
one answer back to back, so a pause is the one signal that assumes nothing else. It costs
``split_settle`` of latency per sync. When the real format is known, pass ``split_complete(parts)
-> bool`` (e.g. a final marker, or a parts count): it alone then ends the snapshot, and one that
has not ended after ``sync_timeout`` seconds without a part is given up (a new connection syncs).

Until the parts are complete nothing of them is applied: the mirror refuses reads, ``ready`` is
false, :meth:`AccountSession.resolve` waits, and a resync differences the *whole* snapshot against
the mirror (an entity missing from the first part is not deleted). A part arriving after its
snapshot was complete (``split_settle`` too short for this server) is merged in without deleting
anything, with a warning. Without ``splitResponses`` the single answer is the snapshot, as before.

A lost part looks exactly like deletions (the format carries no count), so two more rules hold
under the quiet rule: a split *resync* that lacks orders the mirror holds as working is not
believed at once — it is taken again, once, on a new connection, and a second snapshot that
agrees is applied; and :meth:`AccountSession.resolve` without a REST client (a token function
instead of a Session) never concludes "absent" from split snapshots: it raises
:class:`OrderOutcomeUnknown` instead (with a Session it asks the server's ``command/list``).

Resolving an ambiguous order
----------------------------
:meth:`AccountSession.resolve` answers only from a complete snapshot taken on a connection made
after the answer was lost (it makes one if the connection survived). An order the snapshot lacks
may still appear: the server may execute a placement it received after sending that snapshot. So
``None`` ("no such order") is answered only after ``resolve_settle`` more seconds (default 2) in
which no order with that ``clOrdId`` appeared on the live mirror and, with a Session, after the
server's REST ``command/list`` also has no command with that ``clOrdId``. An order that appears
within that window is always found; one the server executes later than that is beyond the promise.
Resolving needs the ``order`` and ``command`` entity types in the sync: a session whose
``entity_types`` lack one refuses at construction (:class:`EntityTypesMissing`).

The parts, one job each (bases of :class:`AccountSession`): :mod:`.sync` (the sync steps of a
connection), :mod:`.placing` (placing an order), :mod:`.resolve` (resolving an ambiguous one).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

import attrs

from tradovate_api import errors
from tradovate_api.models import PlaceOrder as PlaceOrder  # the old import paths keep working
from tradovate_api.models import PlaceOrderResult as PlaceOrderResult

from ..streams import Gap, Stream
from . import protocol as p
from .connection import Connected, Connection, Disconnected, Reconnected
from .errors import EntityTypesMissing, OrderNotMirrored, OrderOutcomeUnknown
from .handles import OrderHandle as OrderHandle
from .mirror import Mirror, SyncReport
from .placing import Placing, new_cl_ord_id
from .resolve import PLACE as PLACE
from .resolve import Resolving as Resolving
from .sync import DEFAULT_ENTITY_TYPES, SYNC, SyncSteps, log_failure, sync_body

__all__ = [
    "DEFAULT_ENTITY_TYPES",
    "AccountEvent",
    "AccountSession",
    "EntityTypesMissing",
    "OrderNotMirrored",
    "OrderOutcomeUnknown",
    "Resynced",
    "Synced",
    "new_cl_ord_id",
]

_log = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# What the session tells


@attrs.frozen
class Synced:
    """The first snapshot is applied (connection ``generation``): the mirror is ready."""

    generation: int
    report: SyncReport


@attrs.frozen
class Resynced:
    """A new connection took a fresh snapshot ``gap`` seconds after the previous one was lost;
    ``report`` counts what changed meanwhile (each change was also emitted by the mirror)."""

    generation: int
    gap: float
    report: SyncReport


# ``Gap("resync", lost)``: this session's own event queue overflowed (``lost`` events) and a
# resync was started; ``Gap("overflow", n)``: the consumer's stream dropped ``n`` account events.
AccountEvent = Synced | Resynced | Disconnected | p.Shutdown | Gap


# ---------------------------------------------------------------------------------------------
# The session


class AccountSession(SyncSteps, Placing):
    """A user socket kept synced into a live :class:`~.mirror.Mirror` (see the module doc).

    Args:
        source: a ``tradovate.session.Session`` (its ``access_token()`` is asked at every
            connect, its ``environment.ws_url`` is the default ``url``), or a coroutine function
            returning the access token.
        url: the user socket (``wss://.../v1/websocket``); default: the session's.
        entity_types: entity types to sync (singular names); default every type. An empty list
            is sent as such (the server then sends no entities).
        accounts, users: restrict the sync (``users`` is the classic form: it cannot be combined
            with explicit ``entity_types`` or ``sharding``; the entity types are then omitted).
        split_responses, sharding, full_org_snapshot, cutoff_timestamp: sent as given
            (``sharding``: ``{"expressionType": "modAccountId"|"modUserId", "divisor": N,
            "remainder": R}``).
        mirror: the mirror to keep (default: a new one).
        sync_timeout: how long the snapshot may take.
        split_settle: with ``split_responses``, the quiet (seconds without a further part) that
            ends a split snapshot (see the module doc).
        split_complete: with ``split_responses``, ``split_complete(parts) -> bool`` says when the
            parts received so far are the whole snapshot; it then replaces ``split_settle``.
        resolve_settle: how long :meth:`resolve` watches for an order the fresh snapshot lacks
            before it says ``None`` (see the module doc).
        queue_size: this session's event queue (an overflow triggers a resync).
        connection_options: passed to :class:`~.connection.Connection` (timeouts, backoff, ...).
            With a Session, ``on_auth_refused`` defaults to its ``invalidate``: a token refused on
            a reconnect (revoked server-side) is dropped and the next attempt logs in again,
            and ``guards`` to its guards (one call policy per user and IP, REST and sockets),
            and ``delays`` to its reconnect delays for ``url`` (unless ``backoff`` is given): the
            sessions of one Session escalate one backoff together.
    """

    def __init__(
        self,
        source: Any,
        url: str | None = None,
        *,
        entity_types: Iterable[str] | None = None,
        accounts: Iterable[int] | None = None,
        users: Iterable[int] | None = None,
        split_responses: bool = False,
        sharding: Mapping[str, Any] | None = None,
        full_org_snapshot: bool | None = None,
        cutoff_timestamp: str | None = None,
        mirror: Mirror | None = None,
        sync_timeout: float = 60.0,
        split_settle: float = 0.5,
        split_complete: Callable[[Sequence[Mapping[str, Any]]], bool] | None = None,
        resolve_settle: float = 2.0,
        queue_size: int = 100_000,
        connection_options: Mapping[str, Any] | None = None,
    ) -> None:
        token: Callable[[], Awaitable[str]]
        options = dict(connection_options or {})
        if callable(getattr(source, "access_token", None)) and hasattr(source, "environment"):
            token = source.access_token
            url = url or source.environment.ws_url
            self._rest: Any = source.rest
            if callable(getattr(source, "invalidate", None)):
                options.setdefault("on_auth_refused", source.invalidate)
            if getattr(source, "guards", None) is not None:
                options.setdefault("guards", source.guards)  # budgets, breaker, holds per user and IP
            if callable(getattr(source, "reconnect_delays", None)) and "backoff" not in options:
                # one backoff for the user's sockets to this server: they cannot storm together
                options.setdefault("delays", source.reconnect_delays(url))
        elif callable(source):
            token = source
            self._rest = None
        else:
            raise errors.InvalidRequest("must be a Session or a coroutine function returning a token", "source")
        if url is None:
            raise errors.InvalidRequest("a socket URL is needed when source is not a Session", "url")
        self.sync_request: dict[str, Any] = sync_body(
            entity_types, accounts, users, split_responses, sharding, full_org_snapshot, cutoff_timestamp
        )
        self._covered: tuple[str, ...] = tuple(self.sync_request.get("entityTypes", ()))
        if users is None:
            missing = [name for name in ("order", "command") if name not in self._covered]
            if missing:
                raise EntityTypesMissing(missing)
        for name, value in (("split_settle", split_settle), ("resolve_settle", resolve_settle)):
            if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value < float("inf"):
                raise errors.InvalidRequest("must be a finite number of seconds, at least 0", name)
        self.split_settle = float(split_settle)
        self.split_complete = split_complete
        self.resolve_settle = float(resolve_settle)
        self.mirror = mirror if mirror is not None else Mirror()
        self.sync_timeout = sync_timeout
        self.queue_size = queue_size
        self.connection = Connection(url, token, on_connected=self._on_connected, **options)
        self._stream = self.connection.events(queue_size)
        self._ready = asyncio.Event()
        self._synced_generation = 0
        self._sync_request_id: int | None = None
        # A split snapshot being assembled: its parts, the connection it came on, its timer.
        self._parts: list[Mapping[str, Any]] | None = None
        self._split_conn: Connection | None = None
        # A split resync that would delete live orders is taken again once before it is believed
        # (a lost part looks exactly like deletions); the generation whose snapshot was doubted.
        self._split_doubted: int | None = None
        self._split_timer: asyncio.TimerHandle | None = None
        #: Parts that arrived after their snapshot was complete (merged in, see the module doc).
        self.late_parts = 0
        self._event_streams: list[Stream[AccountEvent]] = []
        self._callbacks: list[Callable[[AccountEvent], None]] = []
        self._consumer: asyncio.Task[None] | None = None
        # clOrdId -> (generation when its answer was lost, whether that connection stayed up)
        self._unknown: dict[str, tuple[int, bool]] = {}
        self._waiters: list[asyncio.Future[None]] = []
        #: ``user/syncrequest`` sent, per connection generation (exactly one each).
        self.sync_requests: dict[int, int] = {}
        self.resyncs = 0

    def __repr__(self) -> str:
        state = "ready" if self.ready else "not ready"
        return f"<AccountSession {state} {self.connection!r}>"

    async def __aenter__(self) -> AccountSession:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # -- lifecycle ------------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect, sync, and keep the mirror live until :meth:`close`. Returns once the first
        snapshot is applied. Raises what the first connection raised (``AuthenticationFailed``,
        ``RequestNotSent``, the syncrequest's refusal, ...)."""
        if self._consumer is None:
            self._consumer = asyncio.create_task(self._consume(), name="tradovate-account")
        await self.connection.connect()
        if self.sync_request["splitResponses"]:  # the parts after the first are still coming
            await self._wait(lambda: self.ready, self.sync_timeout, "start")

    async def close(self) -> None:
        """Close the socket; the mirror keeps its last state (and refuses reads)."""
        await self.connection.close()
        if self._consumer is not None:
            await asyncio.gather(self._consumer, return_exceptions=True)
        self._drain()
        self._drop_parts()
        self._not_ready()
        self.mirror.begin_sync()  # reads refuse; to_json() still dumps the last state
        self.mirror.close()
        for stream in list(self._event_streams):
            stream.end()
        self._event_streams.clear()
        self._wake()

    @property
    def ready(self) -> bool:
        """Synced on the current connection: the mirror may be read."""
        return self._ready.is_set()

    async def wait_ready(self, timeout: float | None = None) -> None:
        """Wait until the mirror is synced on the current connection.

        Raises ``DeadlineExceeded`` after ``timeout`` seconds, ``ConnectionClosed`` once closed,
        or the error that ended the socket (``UpgradeRefused``, ...)."""
        await self._wait(lambda: self.ready, timeout, "wait_ready")

    # -- events ---------------------------------------------------------------------------------
    def events(self, maxsize: int = 1000) -> Stream[AccountEvent]:
        """A bounded stream of what happens to the session (syncs, resyncs and their gaps,
        drops, server shutdowns): a :class:`tradovate.streams.Stream`; a consumer that falls
        behind gets ``Gap("overflow", n)``, never a silent drop."""
        stream: Stream[AccountEvent] = Stream(maxsize=maxsize, on_close=self._event_streams_detach)
        self._event_streams.append(stream)
        return stream

    def _event_streams_detach(self, stream: Stream[AccountEvent]) -> None:
        if stream in self._event_streams:
            self._event_streams.remove(stream)

    def on_event(self, callback: Callable[[AccountEvent], None]) -> Callable[[], None]:
        """Call ``callback(event)`` for every :data:`AccountEvent`; returns the unsubscriber."""
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback) if callback in self._callbacks else None

    def _tell(self, event: AccountEvent) -> None:
        for stream in list(self._event_streams):
            stream.put(event)
        for callback in list(self._callbacks):
            try:
                callback(event)
            except Exception:  # a caller's bug must not stop the session
                _log.exception("account event callback failed on %s", type(event).__name__)

    # -- connection hook and event consumer -----------------------------------------------------
    def _synced(self, conn: Connection, report: SyncReport) -> None:
        """The snapshot of connection ``conn`` is applied: ready, told."""
        generation = conn.generation
        first = self._synced_generation == 0
        self._synced_generation = generation
        self._ready.set()
        if first:
            self._tell(Synced(generation, report))
        else:
            self.resyncs += 1
            loop = asyncio.get_running_loop()
            since = conn.disconnected_at
            gap = 0.0 if since is None else max(0.0, loop.time() - since)
            self._tell(Resynced(generation, gap, report))
        self._wake()

    def _not_ready(self) -> None:
        self._ready.clear()
        self._wake()

    def _drain(self, before_sync: bool = False) -> None:
        while True:
            event = self._stream.get_nowait()
            if event is None:
                return
            self._handle(event, before_sync)

    async def _consume(self) -> None:
        stream = self._stream
        async for event in stream:
            self._handle(event)

    def _handle(self, event: Any, before_sync: bool = False) -> None:
        cls = event.__class__
        if cls is p.Props:
            # This stream's own (the dispatch copies the entity for every other stream): kept uncopied.
            self.mirror.apply(event.entity_type, event.event_type, event.entity, copy=False)
        elif cls is Disconnected:
            self._drop_parts()
            self._not_ready()
            self.mirror.begin_sync()
            self._tell(event)
        elif cls is Gap:
            # This session fell behind: the mirror missed events. Only a new connection can
            # sync again (one syncrequest per connection).
            self._drop_parts()
            self._not_ready()
            self.mirror.begin_sync()
            self._tell(Gap("resync", event.lost))
            if before_sync:
                return  # the snapshot about to be taken makes up for it
            task = asyncio.ensure_future(self.connection.reconnect("the account event queue overflowed"))
            task.add_done_callback(log_failure)
        elif cls is p.Response:
            if event.endpoint == SYNC and event.request_id == self._sync_request_id and isinstance(event.data, dict):
                if self._parts is not None:
                    self._parts.append(event.data)
                    self._part_received()
                elif self.ready:
                    self.late_parts += 1
                    _log.warning("a split snapshot part came after the snapshot was complete: merged in")
                    self.mirror.apply_snapshot(event.data, covered=(), merge=True)
        elif cls is p.Shutdown:
            self._tell(event)
        elif cls is Connected or cls is Reconnected:
            pass  # told as Synced / Resynced, which carry what the snapshot changed
