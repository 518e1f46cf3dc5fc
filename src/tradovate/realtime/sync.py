"""The user sync of an :class:`~.account.AccountSession`: its ``user/syncrequest`` body, the
request sent once per connection, and split snapshots assembled whole before they are applied
(the rules and why are in :mod:`.account`'s doc, "Split snapshots").

:class:`SyncSteps` is a base of ``AccountSession`` (whose constructor sets the state declared
here); announcing a finished sync (``Synced``/``Resynced``) is the session's.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from tradovate_api import errors

from . import protocol as p
from .connection import Connection
from .handles import FINAL_ORDER_STATUSES
from .mirror import ENTITY_TYPES, Mirror, SyncReport

__all__ = ["DEFAULT_ENTITY_TYPES", "SYNC", "SyncSteps", "log_failure", "sync_body"]

_log = logging.getLogger("tradovate.realtime.account")

#: Every entity type the user sync can carry (the ``SyncMessage`` collections).
DEFAULT_ENTITY_TYPES: Final = tuple(ENTITY_TYPES)
SYNC: Final = "user/syncrequest"


class SyncSteps:
    """Sending the sync on each connection and assembling its snapshot (see the module doc)."""

    # Set by AccountSession.__init__.
    connection: Connection
    mirror: Mirror
    sync_request: dict[str, Any]
    sync_timeout: float
    split_settle: float
    split_complete: Callable[[Sequence[Mapping[str, Any]]], bool] | None
    sync_requests: dict[int, int]
    _covered: tuple[str, ...]
    _sync_request_id: int | None
    _synced_generation: int
    _parts: list[Mapping[str, Any]] | None
    _split_conn: Connection | None
    _split_doubted: int | None
    _split_timer: asyncio.TimerHandle | None

    if TYPE_CHECKING:  # AccountSession's

        def _drain(self, before_sync: bool = False) -> None: ...
        def _not_ready(self) -> None: ...
        def _synced(self, conn: Connection, report: SyncReport) -> None: ...

    async def _on_connected(self, conn: Connection) -> None:
        # Whatever the previous connection delivered is older than the coming snapshot.
        self._drop_parts()
        self._sync_request_id = None  # later parts of the previous connection's answer are stale
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
        if self.sync_request["splitResponses"]:
            self._parts = [response.data]
            self._split_conn = conn
            self._part_received()
            return
        # The answer to our own request: nobody else holds it, so the mirror keeps it uncopied.
        self._synced(conn, self.mirror.apply_snapshot(response.data, covered=self._covered, copy=False))

    # -- split snapshots (see the module doc) ----------------------------------------------------
    def _part_received(self) -> None:
        """A part was added: finish if the parts are complete, else (re)start the timer."""
        parts = self._parts
        assert parts is not None
        done = self.split_complete
        if done is not None and done(parts):
            self._finish_parts()
            return
        if self._split_timer is not None:
            self._split_timer.cancel()
        wait = self.split_settle if done is None else self.sync_timeout
        self._split_timer = asyncio.get_running_loop().call_later(wait, self._split_quiet)

    def _split_quiet(self) -> None:
        """No part for the settle time (or, with ``split_complete``, for ``sync_timeout``)."""
        self._split_timer = None
        if self._parts is None:
            return
        count = len(self._parts)
        self._drain()  # parts received but not handled yet (a busy consumer) count as arrived
        if self._parts is None or len(self._parts) != count or self._split_timer is not None:
            return  # more came (the timer runs again), or the sync ended meanwhile
        if self.split_complete is None:
            self._finish_parts()
            return
        _log.warning("split snapshot incomplete after %d parts: syncing on a new connection", count)
        self._drop_parts()
        task = asyncio.ensure_future(self.connection.reconnect("the split snapshot did not complete"))
        task.add_done_callback(log_failure)

    def _finish_parts(self) -> None:
        parts, conn = self._parts, self._split_conn
        self._drop_parts()
        assert parts is not None and conn is not None
        if conn.generation != self.connection.generation:
            return  # a newer connection syncs again
        whole = _join(parts)
        missing = self._live_orders_missing(whole)
        if missing and self._split_doubted is None:
            # Parts may have been lost (the format carries no count or end marker): a snapshot
            # without live orders is taken again, once, on a new connection before it is believed.
            self._split_doubted = conn.generation
            _log.warning("split snapshot lacks %d live order(s): syncing once more to be sure", len(missing))
            task = asyncio.ensure_future(self.connection.reconnect("a split snapshot lacked live orders"))
            task.add_done_callback(log_failure)
            return
        self._split_doubted = None
        self._synced(conn, self.mirror.apply_snapshot(whole, covered=self._covered))

    def _live_orders_missing(self, whole: Mapping[str, Any]) -> set[int]:
        """Ids of orders the mirror holds as working that the snapshot ``whole`` does not list."""
        if self._synced_generation == 0:
            return set()  # the first snapshot has nothing to contradict
        # Read as stored: the mirror is mid-sync (its checked reads refuse), nothing is copied.
        live = {o["id"] for o in self.mirror._held("order") if o.get("ordStatus") not in FINAL_ORDER_STATUSES}
        if not live:
            return set()
        listed = {o.get("id") for o in whole.get("orders") or [] if isinstance(o, Mapping)}
        return live - listed

    def _drop_parts(self) -> None:
        self._parts = None
        self._split_conn = None
        if self._split_timer is not None:
            self._split_timer.cancel()
            self._split_timer = None


def _join(parts: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The parts of a split snapshot as one ``SyncMessage``: collections joined in order."""
    whole: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            held = whole.get(key)
            if value.__class__ is list and held.__class__ is list:
                whole[key] = held + value
            else:
                whole[key] = value
    return whole


def log_failure(task: asyncio.Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        _log.warning("reconnect failed: %s", type(task.exception()).__name__)


def sync_body(
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
