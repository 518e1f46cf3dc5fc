"""Market replay on the replay socket: check a session, start the clock, change speed, follow
the replay clock, with market data through the same client API.

::

    async with ReplayClient(REPLAY_URL, token=session.access_token, contracts={...}) as replay:
        check = await replay.check_session(start)          # OK / StartTimestampAdjusted / Ineligible
        await replay.initialize_clock(check.start or start, speed=400, initial_balance=50_000)
        clock = replay.clock()                             # Stream of ReplayClock (latest wins)
        quotes = await replay.quotes("ESZ6")
        async for tick in clock:
            if isinstance(tick, ReplayClock) and tick.speed == 0:
                await replay.change_speed(400)             # the server paused the session

A ``clock`` event's ``d`` is a JSON string (``{"t": replay time, "s": speed}``); the decoder turns
it into :class:`.types.ReplayClock`. Speed is 0-400 (percent of real time). The replay socket
also serves the user's trading operations (``account/list``, ``order/placeorder``):
:meth:`ReplayClient.request` sends those.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Final

from tradovate_api import errors

from ..streams import Stream
from ._socket import TokenSource
from ._struct import Struct
from .charts import _iso
from .client import MarketDataClient
from .types import ReplayClock

if TYPE_CHECKING:
    from tradovate.session import Session

__all__ = ["ReplayCheck", "ReplayClient", "CHECK_STATUSES"]

CHECK_STATUSES: Final = ("OK", "StartTimestampAdjusted", "Ineligible")


class ReplayCheck(Struct, frozen=True):
    """The answer of ``replay/checkreplaysession``. ``status``: ``OK``,
    ``StartTimestampAdjusted`` (replay from ``start`` instead — it may lie after the end you
    wanted), ``Ineligible``, or a value not known yet (kept as sent)."""

    status: str
    start: datetime.datetime | None = None
    raw: Any = None

    @property
    def ok(self) -> bool:
        return self.status in ("OK", "StartTimestampAdjusted")


def _speed(speed: int) -> int:
    if isinstance(speed, bool) or not isinstance(speed, int) or not 0 <= speed <= 400:
        raise errors.InvalidRequest("must be an integer from 0 to 400 (percent of real time)", "speed")
    return speed


def _simple(endpoint: str, reply: Any) -> None:
    # SimpleResponse: {"ok": true}; a refusal with errorText is raised by the socket already
    if isinstance(reply, dict) and reply.get("ok") is False:
        raise errors.OperationFailed(endpoint, None, reply.get("errorText") or "refused", reply)


class ReplayClient(MarketDataClient):
    """A :class:`.client.MarketDataClient` on the replay socket, plus the ``replay/*`` calls.

    :meth:`from_session` connects to the session's replay socket with its access token (the
    replay socket is a user socket too)."""

    @staticmethod
    def _endpoint(session: Session) -> tuple[str, TokenSource]:
        return session.environment.replay_url, session.access_token

    async def check_session(self, start: datetime.datetime) -> ReplayCheck:
        reply = await self.socket.request("replay/checkreplaysession", {"startTimestamp": _iso(start)})
        if not isinstance(reply, dict):
            raise errors.DecodeError("replay/checkreplaysession: expected a JSON object")
        status = reply.get("checkStatus")
        adjusted = reply.get("startTimestamp")
        when = None
        if isinstance(adjusted, str):
            try:
                when = datetime.datetime.fromisoformat(adjusted)
            except ValueError:
                when = None
        return ReplayCheck(status=status if isinstance(status, str) else "", start=when, raw=reply)

    async def initialize_clock(
        self, start: datetime.datetime, speed: int = 100, initial_balance: float | None = None
    ) -> None:
        """Start (or restart) the replay session at ``start``; call right after connecting."""
        body: dict[str, Any] = {"startTimestamp": _iso(start), "speed": _speed(speed)}
        if initial_balance is not None:
            if isinstance(initial_balance, bool) or not isinstance(initial_balance, int | float) or initial_balance < 0:
                raise errors.InvalidRequest("must be a non-negative number", "initialBalance")
            body["initialBalance"] = initial_balance
        # it (re)starts the session: never repeated blindly, a lost answer is OutcomeUnknown
        reply = await self.socket.request("replay/initializeclock", body, idempotent=False)
        _simple("replay/initializeclock", reply)

    async def change_speed(self, speed: int) -> None:
        _simple("replay/changespeed", await self.socket.request("replay/changespeed", {"speed": _speed(speed)}))

    async def request(self, endpoint: str, body: Any = None, query: Any = None) -> Any:
        """Any other request on the replay socket (``account/list`` for the replay account,
        ``order/placeorder`` ...): typed like the REST client's results and errors, with the
        operation's own idempotency (a state-changing request is never repeated blindly)."""
        return await self.socket.connection.request(endpoint, body, query)

    def clock(self) -> Stream[ReplayClock]:
        """The replay clock: the latest ``clock`` event wins (a slow reader skips intermediate
        ticks, announced by a ``Gap(reason="conflated")``)."""
        return self.clock_stream()
