"""The live account: one user socket kept synced into a :class:`~.mirror.Mirror`, and orders over it.

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
3. its snapshot is applied (``props`` events arriving meanwhile are held by the connection and
   applied after it); on a reconnect this reconciles: every difference, deletions included, is
   emitted as a change and counted in a :class:`Resynced` event with the length of the gap;
4. ``props`` events are applied as they come. If this session's event queue overflows (the
   mirror could not keep up), the connection is re-made to take a fresh snapshot: nothing is lost
   silently.

``ready`` means synced on the current connection (:meth:`AccountSession.wait_ready`).

``splitResponses``: how the parts of a split snapshot are delimited is not documented. The first
part answers the request and is applied as the snapshot; later parts (answers with the same request
id) are merged in without deleting anything (default ``split_responses=False``; B2B organisations
must send ``True``).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import Any, Final

import attrs

from tradovate_api import errors
from tradovate_api.models import PlaceOrder, PlaceOrderResult

from . import protocol as p
from .connection import Connected, Connection, Disconnected, Gap, Reconnected
from .errors import ConnectionClosed
from .mirror import ENTITY_TYPES, Change, Mirror, OrderHandle, SyncReport

__all__ = [
    "DEFAULT_ENTITY_TYPES",
    "AccountEvent",
    "AccountEvents",
    "AccountSession",
    "EventsLost",
    "OrderNotMirrored",
    "OrderOutcomeUnknown",
    "Resynced",
    "Synced",
    "new_cl_ord_id",
]

_log = logging.getLogger(__name__)

#: Every entity type the user sync can carry (the ``SyncMessage`` collections).
DEFAULT_ENTITY_TYPES: Final = tuple(ENTITY_TYPES)
SYNC: Final = "user/syncrequest"
PLACE: Final = "order/placeorder"


class OrderOutcomeUnknown(errors.OutcomeUnknown):
    """An order may have been placed: it was sent and its answer was lost. It is never resent;
    :meth:`AccountSession.resolve` with ``cl_ord_id`` answers from the server's state."""

    def __init__(self, operation: str, reason: str, cl_ord_id: str) -> None:
        self.cl_ord_id = cl_ord_id
        super().__init__(operation, f"{reason} (clOrdId {cl_ord_id})")


class OrderNotMirrored(errors.TradovateError):
    """The order was accepted (``order_id``) but did not reach the mirror in time; read it later
    with ``mirror.order(order_id)``."""

    def __init__(self, order_id: int, cl_ord_id: str, timeout: float | None) -> None:
        self.order_id = order_id
        self.cl_ord_id = cl_ord_id
        super().__init__(f"order {order_id} (clOrdId {cl_ord_id}) accepted, not in the mirror within {timeout}s")


def new_cl_ord_id(prefix: str = "tv") -> str:
    """A fresh ``clOrdId``: ``prefix`` and 24 random hex digits (Tradovate allows 64 characters)."""
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


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


@attrs.frozen
class EventsLost:
    """This session's event queue overflowed (``lost`` events): a resync was started."""

    lost: int


AccountEvent = Synced | Resynced | EventsLost | Disconnected | p.Shutdown


class AccountEvents:
    """A bounded queue of :data:`AccountEvent` for one consumer (overflow: one ``EventsLost``)."""

    def __init__(self, owner: AccountSession, maxsize: int) -> None:
        self._owner = owner
        self._maxsize = maxsize
        self._items: deque[AccountEvent] = deque()
        self._lost = 0
        self._waiter: asyncio.Future[None] | None = None
        self._closed = False

    def put(self, event: AccountEvent) -> None:
        if self._closed:
            return
        if len(self._items) >= self._maxsize:
            self._lost += 1
        else:
            if self._lost:
                self._items.append(EventsLost(self._lost))
                self._lost = 0
            self._items.append(event)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def close(self) -> None:
        """Stop receiving; the iteration ends after the queued events."""
        self._closed = True
        if self in self._owner._event_streams:
            self._owner._event_streams.remove(self)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def __aiter__(self) -> AsyncIterator[AccountEvent]:
        return self

    async def __anext__(self) -> AccountEvent:
        while not self._items:
            if self._lost:
                lost, self._lost = self._lost, 0
                return EventsLost(lost)
            if self._closed:
                raise StopAsyncIteration
            self._waiter = asyncio.get_running_loop().create_future()
            await self._waiter
        return self._items.popleft()


# ---------------------------------------------------------------------------------------------
# The session


class AccountSession:
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
        queue_size: this session's event queue (an overflow triggers a resync).
        connection_options: passed to :class:`~.connection.Connection` (timeouts, backoff, ...).
            With a Session, ``on_auth_refused`` defaults to its ``invalidate``: a token refused on
            a reconnect (revoked server-side) is dropped and the next attempt logs in again.
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
        elif callable(source):
            token = source
            self._rest = None
        else:
            raise errors.InvalidRequest("must be a Session or a coroutine function returning a token", "source")
        if url is None:
            raise errors.InvalidRequest("a socket URL is needed when source is not a Session", "url")
        self.sync_request: dict[str, Any] = _sync_body(
            entity_types, accounts, users, split_responses, sharding, full_org_snapshot, cutoff_timestamp
        )
        self._covered: tuple[str, ...] = tuple(self.sync_request.get("entityTypes", ()))
        self.mirror = mirror if mirror is not None else Mirror()
        self.sync_timeout = sync_timeout
        self.queue_size = queue_size
        self.connection = Connection(url, token, on_connected=self._on_connected, **options)
        self._stream = self.connection.events(queue_size)
        self._ready = asyncio.Event()
        self._synced_generation = 0
        self._sync_request_id: int | None = None
        self._event_streams: list[AccountEvents] = []
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

    async def close(self) -> None:
        """Close the socket; the mirror keeps its last state (and refuses reads)."""
        await self.connection.close()
        if self._consumer is not None:
            await asyncio.gather(self._consumer, return_exceptions=True)
        self._drain()
        self._not_ready()
        self.mirror.begin_sync()  # reads refuse; to_json() still dumps the last state
        self.mirror.close()
        for stream in list(self._event_streams):
            stream.close()
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
    def events(self, maxsize: int = 1000) -> AccountEvents:
        """An async iterator of what happens to the session (syncs, resyncs and their gaps,
        drops, server shutdowns); an overflow delivers :class:`EventsLost`, never a silent drop."""
        stream = AccountEvents(self, maxsize)
        self._event_streams.append(stream)
        return stream

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
    async def _on_connected(self, conn: Connection) -> None:
        # Whatever the previous connection delivered is older than the coming snapshot.
        self._drain(before_sync=True)
        self._not_ready()
        generation = conn.generation
        self.mirror.begin_sync()
        self.sync_requests[generation] = self.sync_requests.get(generation, 0) + 1
        response = await conn.send(SYNC, dict(self.sync_request), timeout=self.sync_timeout)
        if not response.ok:
            p.outcome(response, SYNC)  # raises the typed refusal
        if not isinstance(response.data, dict):
            raise errors.DecodeError(f"{SYNC}: expected a JSON object, got {type(response.data).__name__}")
        self._sync_request_id = response.request_id
        report = self.mirror.apply_snapshot(response.data, covered=self._covered)
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
            self.mirror.apply(event.entity_type, event.event_type, event.entity)
        elif cls is Disconnected:
            self._not_ready()
            self.mirror.begin_sync()
            self._tell(event)
        elif cls is Gap:
            # This session fell behind: the mirror missed events. Only a new connection can
            # sync again (one syncrequest per connection).
            self._not_ready()
            self.mirror.begin_sync()
            self._tell(EventsLost(event.lost))
            if before_sync:
                return  # the snapshot about to be taken makes up for it
            task = asyncio.ensure_future(self.connection.reconnect("the account event queue overflowed"))
            task.add_done_callback(_log_failure)
        elif cls is p.Response:
            if event.endpoint == SYNC and event.request_id == self._sync_request_id and isinstance(event.data, dict):
                self.mirror.apply_snapshot(event.data, covered=(), merge=True)
        elif cls is p.Shutdown:
            self._tell(event)
        elif cls is Connected or cls is Reconnected:
            pass  # told as Synced / Resynced, which carry what the snapshot changed

    # -- orders -----------------------------------------------------------------------------------
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
        if not wait or not isinstance(result.order_id, int):
            return result
        order_id = result.order_id

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

    async def resolve(self, cl_ord_id: str, timeout: float | None = None) -> OrderHandle | None:
        """Whether an order placed with ``cl_ord_id`` exists, from the server's own state: the
        order's handle, or ``None`` if the server has no such order.

        After an :class:`OrderOutcomeUnknown`, answers once the mirror has synced on a connection
        made after the loss (a fresh snapshot); it asks for one if the connection survived."""
        lost_on, still_up = self._unknown.get(cl_ord_id, (None, False))
        if lost_on is not None and still_up and self.connection.generation <= lost_on and self.ready:
            # The answer timed out on a connection still up: only a new snapshot is conclusive.
            self._not_ready()
            await self.connection.reconnect("resolving an order whose answer was lost")

        def synced_after() -> bool:
            return self.ready and (lost_on is None or self._synced_generation > lost_on)

        await self._wait(synced_after, timeout, "resolve")
        self._unknown.pop(cl_ord_id, None)
        return self.mirror.order_by_cl_ord_id(cl_ord_id)

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
        off = self.mirror.on("order", self._order_changed)  # only while waiting: observing costs
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
            off()


def _log_failure(task: asyncio.Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        _log.warning("reconnect failed: %s", type(task.exception()).__name__)


def _sync_body(
    entity_types: Iterable[str] | None,
    accounts: Iterable[int] | None,
    users: Iterable[int] | None,
    split_responses: bool,
    sharding: Mapping[str, Any] | None,
    full_org_snapshot: bool | None,
    cutoff_timestamp: str | None,
) -> dict[str, Any]:
    """The ``SyncRequest`` body, with the combinations the server refuses refused here."""
    body: dict[str, Any] = {"splitResponses": bool(split_responses)}
    if users is not None:
        if entity_types is not None or sharding is not None:
            raise errors.InvalidRequest("users cannot be combined with entity_types or sharding", "users")
        body["users"] = [int(u) for u in users]
    else:
        names = DEFAULT_ENTITY_TYPES if entity_types is None else tuple(entity_types)
        if isinstance(entity_types, str) or not all(isinstance(n, str) and n for n in names):
            raise errors.InvalidRequest("must be a list of entity type names", "entity_types")
        body["entityTypes"] = list(names)
    if accounts is not None:
        if sharding is not None:
            raise errors.InvalidRequest("accounts cannot be combined with sharding", "accounts")
        body["accounts"] = [int(a) for a in accounts]
    if sharding is not None:
        kind, divisor, remainder = sharding.get("expressionType"), sharding.get("divisor"), sharding.get("remainder")
        if kind not in ("modAccountId", "modUserId"):
            raise errors.InvalidRequest("expressionType must be modAccountId or modUserId", "sharding")
        if not isinstance(divisor, int) or isinstance(divisor, bool) or divisor <= 0:
            raise errors.InvalidRequest("divisor must be a positive integer", "sharding")
        if not isinstance(remainder, int) or isinstance(remainder, bool) or not 0 <= remainder < divisor:
            raise errors.InvalidRequest("remainder must be in [0, divisor)", "sharding")
        body["shardingExpression"] = {"expressionType": kind, "divisor": divisor, "remainder": remainder}
    if full_org_snapshot is not None:
        body["fullOrgSnapshot"] = bool(full_org_snapshot)
    if cutoff_timestamp is not None:
        body["cutoffTimestamp"] = cutoff_timestamp
    return body
